//! The person registry: persons and their ids in other systems.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};
use integra_domain::name_search::{self, NameSearch};
use integra_domain::person::{ExternalId, Person, PersonFields, ResidenceStatus, Sex};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{person_external_ids, persons};

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = persons)]
struct PersonRow {
    id: String,
    personal_number: Option<String>,
    given_name: String,
    family_name: String,
    date_of_birth: Option<NaiveDate>,
    sex: Option<String>,
    citizenship: Option<String>,
    residence_status: Option<String>,
    region: Option<String>,
    phone: Option<String>,
    household_id: Option<String>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// The columns a client's write changes.
#[derive(AsChangeset, Insertable)]
#[diesel(table_name = persons, treat_none_as_null = true)]
pub(crate) struct PersonChanges<'a> {
    personal_number: Option<&'a str>,
    given_name: &'a str,
    family_name: &'a str,
    name_search: String,
    date_of_birth: Option<NaiveDate>,
    sex: Option<&'a str>,
    citizenship: Option<&'a str>,
    residence_status: Option<&'a str>,
    region: Option<&'a str>,
    phone: Option<&'a str>,
}

impl<'a> From<&'a PersonFields> for PersonChanges<'a> {
    fn from(fields: &'a PersonFields) -> Self {
        Self {
            personal_number: fields.personal_number.as_deref(),
            given_name: &fields.given_name,
            family_name: &fields.family_name,
            name_search: name_search::searchable(&fields.given_name, &fields.family_name),
            date_of_birth: fields.date_of_birth,
            sex: fields.sex.map(Sex::as_str),
            citizenship: fields.citizenship.as_deref(),
            residence_status: fields.residence_status.map(ResidenceStatus::as_str),
            region: fields.region.as_deref(),
            phone: fields.phone.as_deref(),
        }
    }
}

impl PersonRow {
    fn into_person(self, external_ids: Vec<ExternalId>) -> Result<Person, StoreError> {
        Ok(Person {
            id: rows::uuid(&self.id)?,
            personal_number: self.personal_number,
            given_name: self.given_name,
            family_name: self.family_name,
            date_of_birth: self.date_of_birth,
            sex: self
                .sex
                .as_deref()
                .map(|s| rows::parse("sex", s, Sex::parse))
                .transpose()?,
            citizenship: self.citizenship,
            residence_status: self
                .residence_status
                .as_deref()
                .map(|s| rows::parse("residence_status", s, ResidenceStatus::parse))
                .transpose()?,
            region: self.region,
            phone: self.phone,
            household_id: rows::optional_uuid(self.household_id.as_deref())?,
            external_ids,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Filters of the person list; every given filter must match.
#[derive(Debug, Clone, Default)]
pub struct PersonFilter {
    /// Every word must occur in the given or the family name, ignoring case.
    pub name: Option<NameSearch>,
    pub personal_number: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub region: Option<String>,
    pub citizenship: Option<String>,
}

/// Registers a person with their external ids.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &PersonFields,
    now: DateTime<Utc>,
) -> Result<Person, StoreError> {
    let now = now.naive_utc();
    diesel::insert_into(persons::table)
        .values((
            persons::id.eq(id.to_string()),
            PersonChanges::from(fields),
            persons::version.eq(1_i64),
            persons::created_at.eq(now),
            persons::updated_at.eq(now),
        ))
        .execute(conn)?;
    insert_external_ids(conn, id, &fields.external_ids)?;
    get(conn, id)
}

/// Registers many persons at once, in the caller's transaction, a few hundred per
/// statement: for loading test and benchmark data. No uniqueness check beyond the
/// database's own and no external ids: the caller brings distinct, plain persons.
pub fn insert_bulk(
    conn: &mut DbConnection,
    persons: &[(Uuid, PersonFields)],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let now = now.naive_utc();
    // 14 values a row; SQLite takes up to 32,766 per statement, PostgreSQL 65,535.
    for chunk in persons.chunks(500) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(id, fields)| {
                (
                    persons::id.eq(id.to_string()),
                    PersonChanges::from(fields),
                    persons::version.eq(1_i64),
                    persons::created_at.eq(now),
                    persons::updated_at.eq(now),
                )
            })
            .collect();
        let insert = diesel::insert_into(persons::table).values(rows);
        match conn {
            DbConnection::Postgres(c) => insert.execute(c)?,
            DbConnection::Sqlite(c) => insert.execute(c)?,
        };
    }
    Ok(())
}

/// Replaces a person's writable fields, if the stored version is `expected_version`.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &PersonFields,
    now: DateTime<Utc>,
) -> Result<Person, StoreError> {
    let changed = diesel::update(
        persons::table
            .filter(persons::id.eq(id.to_string()))
            .filter(persons::version.eq(expected_version)),
    )
    .set((
        PersonChanges::from(fields),
        persons::version.eq(persons::version + 1),
        persons::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(match current_version(conn, id)? {
            Some(current) => StoreError::VersionMismatch { current },
            None => StoreError::NotFound,
        });
    }
    diesel::delete(
        person_external_ids::table.filter(person_external_ids::person_id.eq(id.to_string())),
    )
    .execute(conn)?;
    insert_external_ids(conn, id, &fields.external_ids)?;
    crate::matching::changed(conn, id)?;
    get(conn, id)
}

/// Takes the person's row lock for the rest of the transaction and bumps its version,
/// so that writes about one person (stays abroad, household moves) run one at a time.
pub fn touch(conn: &mut DbConnection, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    let changed = diesel::update(persons::table.filter(persons::id.eq(id.to_string())))
        .set((
            persons::version.eq(persons::version + 1),
            persons::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Moves the person into the household `to` (at position `to.1`) or out of `from`.
///
/// Joining needs the person to be in no household (`from = None`); leaving needs them
/// to be in `from`. Returns whether the person was where the change expected them,
/// so that two concurrent moves of one person cannot both succeed.
pub fn set_household(
    conn: &mut DbConnection,
    id: Uuid,
    from: Option<Uuid>,
    to: Option<(Uuid, i64)>,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let target = diesel::update(persons::table.filter(persons::id.eq(id.to_string()))).into_boxed();
    let target = match from {
        Some(household) => target.filter(persons::household_id.eq(household.to_string())),
        None => target.filter(persons::household_id.is_null()),
    };
    let changed = target
        .set((
            persons::household_id.eq(to.map(|(h, _)| h.to_string())),
            persons::household_joined_at.eq(to.map(|_| now.naive_utc())),
            persons::household_position.eq(to.map(|(_, position)| position)),
            persons::version.eq(persons::version + 1),
            persons::updated_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Person, StoreError> {
    // One statement (a round trip less on PostgreSQL): the person joined with its
    // other systems' ids, one row per id (or one row with none). Not `.first()`: its
    // `LIMIT ?` makes SQLite compile the statement afresh at every run.
    let rows: Vec<(PersonRow, Option<(String, String)>)> = persons::table
        .left_join(person_external_ids::table)
        .filter(persons::id.eq(id.to_string()))
        .select((
            PersonRow::as_select(),
            (person_external_ids::system, person_external_ids::value).nullable(),
        ))
        .order(person_external_ids::system)
        .load(conn)?;
    let mut ids = Vec::new();
    let mut person = None;
    for (row, external) in rows {
        ids.extend(external.map(|(system, value)| ExternalId { system, value }));
        person.get_or_insert(row);
    }
    person.ok_or(StoreError::NotFound)?.into_person(ids)
}

/// The household the person is in (`Some(None)`: none); `None` when there is no such person.
pub fn household_of(conn: &mut DbConnection, id: Uuid) -> Result<Option<Option<Uuid>>, StoreError> {
    persons::table
        .find(id.to_string())
        .select(persons::household_id)
        .first::<Option<String>>(conn)
        .optional()?
        .map(|household| rows::optional_uuid(household.as_deref()))
        .transpose()
}

pub fn exists(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(current_version(conn, id)?.is_some())
}

/// The person holding the personal number `number`.
pub fn holder_of_personal_number(
    conn: &mut DbConnection,
    number: &str,
) -> Result<Option<Uuid>, StoreError> {
    persons::table
        .filter(persons::personal_number.eq(number))
        .select(persons::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

/// The person holding the external id `(system, value)`.
pub fn find_by_external_id(
    conn: &mut DbConnection,
    system: &str,
    value: &str,
) -> Result<Option<Uuid>, StoreError> {
    person_external_ids::table
        .filter(person_external_ids::system.eq(system))
        .filter(person_external_ids::value.eq(value))
        .select(person_external_ids::person_id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

/// One page of persons in id order (creation order), after the id `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &PersonFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Person>, StoreError> {
    let mut query = persons::table.select(PersonRow::as_select()).into_boxed();
    if let Some(after) = after {
        query = query.filter(persons::id.gt(after.to_string()));
    }
    if let Some(name) = &filter.name {
        // SQLite plans by hand what PostgreSQL's planner decides from statistics:
        // FTS5's trigram index collects the candidates, unless the index says
        // they are so many that scanning in id order finds a page sooner (which
        // holds only when every word is in the index: a short word could match
        // none of them and leave the scan to read the whole registry). The
        // LIKEs below decide either way. PostgreSQL's pg_trgm GIN index serves
        // the LIKEs themselves.
        let sqlite = matches!(conn, DbConnection::Sqlite(_));
        if sqlite && (name.has_unindexed_words() || !name_is_common(conn, name)?) {
            query = query.filter(
                sql::<Bool>(
                    "persons.id IN (SELECT k.person_id FROM person_name_keys k \
                     WHERE k.key IN (SELECT rowid FROM person_name_fts \
                     WHERE person_name_fts MATCH ",
                )
                .bind::<Text, _>(fts_query(name))
                .sql("))"),
            );
        }
        for word in name.words() {
            let pattern = format!("%{}%", escape_like(word));
            query = query.filter(persons::name_search.like(pattern).escape('\\'));
        }
    }
    if let Some(number) = &filter.personal_number {
        query = query.filter(persons::personal_number.eq(number.clone()));
    }
    if let Some(date) = filter.date_of_birth {
        query = query.filter(persons::date_of_birth.eq(date));
    }
    if let Some(region) = &filter.region {
        query = query.filter(persons::region.eq(region.clone()));
    }
    if let Some(citizenship) = &filter.citizenship {
        query = query.filter(persons::citizenship.eq(citizenship.clone()));
    }
    let rows: Vec<PersonRow> = query.order(persons::id.asc()).limit(limit).load(conn)?;
    with_external_ids(conn, rows)
}

/// The persons of `rows`, each with its external ids (one more statement).
fn with_external_ids(
    conn: &mut DbConnection,
    rows: Vec<PersonRow>,
) -> Result<Vec<Person>, StoreError> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut external: std::collections::HashMap<String, Vec<ExternalId>> =
        external_ids_of(conn, &ids)?.into_iter().collect();
    rows.into_iter()
        .map(|row| {
            let ids = external.remove(&row.id).unwrap_or_default();
            row.into_person(ids)
        })
        .collect()
}

/// The persons with these ids that exist, in id order (two statements).
pub fn get_many(conn: &mut DbConnection, ids: &[Uuid]) -> Result<Vec<Person>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let rows: Vec<PersonRow> = persons::table
        .filter(persons::id.eq_any(&ids))
        .order(persons::id.asc())
        .select(PersonRow::as_select())
        .load(conn)?;
    with_external_ids(conn, rows)
}

/// Who holds each of these personal numbers (those held), in one statement.
pub fn holders_of_personal_numbers(
    conn: &mut DbConnection,
    numbers: &[String],
) -> Result<Vec<(String, Uuid)>, StoreError> {
    if numbers.is_empty() {
        return Ok(Vec::new());
    }
    persons::table
        .filter(persons::personal_number.eq_any(numbers))
        .select((persons::personal_number.assume_not_null(), persons::id))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(number, id)| Ok((number, rows::uuid(&id)?)))
        .collect()
}

/// An external id as `(system, value)`.
pub type ExternalKey = (String, String);

/// Who holds each of these external ids (those held), in one statement.
pub fn holders_of_external_ids(
    conn: &mut DbConnection,
    external: &[ExternalKey],
) -> Result<Vec<(ExternalKey, Uuid)>, StoreError> {
    if external.is_empty() {
        return Ok(Vec::new());
    }
    let mut systems: Vec<&str> = external.iter().map(|(s, _)| s.as_str()).collect();
    systems.sort_unstable();
    systems.dedup();
    let values: Vec<&str> = external.iter().map(|(_, v)| v.as_str()).collect();
    let wanted: std::collections::HashSet<(&str, &str)> = external
        .iter()
        .map(|(s, v)| (s.as_str(), v.as_str()))
        .collect();
    person_external_ids::table
        .filter(person_external_ids::system.eq_any(&systems))
        .filter(person_external_ids::value.eq_any(&values))
        .select((
            person_external_ids::system,
            person_external_ids::value,
            person_external_ids::person_id,
        ))
        .load::<(String, String, String)>(conn)?
        .into_iter()
        .filter(|(s, v, _)| wanted.contains(&(s.as_str(), v.as_str())))
        .map(|(s, v, id)| Ok(((s, v), rows::uuid(&id)?)))
        .collect()
}

/// Defers the name index of the persons this transaction adds until
/// [`index_deferred_names`], which the same transaction must call before it
/// commits (SQLite: every statement after a write to the FTS5 index flushes
/// it, so a bulk write indexes its names once at its end; migration
/// `2026-12-14-000230_deferred_name_index`), and lets the connection cache
/// 128 MiB of pages meanwhile (the default 2 MiB spills a bulk write's dirty
/// pages to the WAL before it commits). Nothing on PostgreSQL.
///
/// Measured (release, 2 cores, `integra import` of 100,000 new persons on
/// SQLite): 7.3 s before, 5.6 s with the index deferred, 4.7 s with the cache
/// too.
pub fn defer_name_index(conn: &mut DbConnection) -> Result<(), StoreError> {
    if let DbConnection::Sqlite(c) = conn {
        diesel::connection::SimpleConnection::batch_execute(
            c,
            "PRAGMA cache_size = -131072; UPDATE name_index_mode SET deferred_after = \
                 (SELECT COALESCE(MAX(key), 0) FROM person_name_keys)",
        )?;
    }
    Ok(())
}

/// Indexes the names [`defer_name_index`] deferred, in one statement, and
/// ends the deferral (the page cache back to its default, its memory freed).
pub fn index_deferred_names(conn: &mut DbConnection) -> Result<(), StoreError> {
    if let DbConnection::Sqlite(c) = conn {
        diesel::connection::SimpleConnection::batch_execute(
            c,
            "INSERT INTO person_name_fts (rowid, name_search) \
                 SELECT k.key, p.name_search FROM person_name_keys k \
                 JOIN persons p ON p.id = k.person_id \
                 WHERE k.key > (SELECT deferred_after FROM name_index_mode) \
                 ORDER BY k.key; \
             UPDATE name_index_mode SET deferred_after = NULL; \
             PRAGMA cache_size = -2000; PRAGMA shrink_memory",
        )?;
    }
    Ok(())
}

/// Registers new persons with their external ids, a few statements for
/// many: in the caller's transaction, no uniqueness check beyond the
/// database's own (the caller checked who holds their numbers and ids).
pub fn insert_many(
    conn: &mut DbConnection,
    persons: &[(Uuid, PersonFields)],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    if let DbConnection::Sqlite(_) = conn {
        // SQLite has no round trips to save: one prepared single-row
        // statement a person, cheaper than compiling one of hundreds of rows.
        let stamp = now.naive_utc();
        for (id, fields) in persons {
            diesel::insert_into(persons::table)
                .values((
                    persons::id.eq(id.to_string()),
                    PersonChanges::from(fields),
                    persons::version.eq(1_i64),
                    persons::created_at.eq(stamp),
                    persons::updated_at.eq(stamp),
                ))
                .execute(conn)?;
            insert_external_ids(conn, *id, &fields.external_ids)?;
        }
        return Ok(());
    }
    // PostgreSQL: round trips saved, a few hundred rows a statement.
    insert_bulk(conn, persons, now)?;
    let external: Vec<_> = persons
        .iter()
        .flat_map(|(id, fields)| {
            fields.external_ids.iter().map(move |e| {
                (
                    person_external_ids::system.eq(e.system.as_str()),
                    person_external_ids::value.eq(e.value.as_str()),
                    person_external_ids::person_id.eq(id.to_string()),
                )
            })
        })
        .collect();
    if let DbConnection::Postgres(pg) = conn {
        for chunk in external.chunks(500) {
            diesel::insert_into(person_external_ids::table)
                .values(chunk)
                .execute(pg)?;
        }
    }
    Ok(())
}

/// Whether a person with this id holds the version `version` now.
fn current_version(conn: &mut DbConnection, id: Uuid) -> Result<Option<i64>, StoreError> {
    Ok(persons::table
        .find(id.to_string())
        .select(persons::version)
        .first::<i64>(conn)
        .optional()?)
}

fn insert_external_ids(
    conn: &mut DbConnection,
    id: Uuid,
    ids: &[ExternalId],
) -> Result<(), StoreError> {
    for external in ids {
        diesel::insert_into(person_external_ids::table)
            .values((
                person_external_ids::system.eq(&external.system),
                person_external_ids::value.eq(&external.value),
                person_external_ids::person_id.eq(id.to_string()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The external ids of each of `persons`, by owner.
fn external_ids_of(
    conn: &mut DbConnection,
    persons: &[String],
) -> Result<Vec<(String, Vec<ExternalId>)>, StoreError> {
    if persons.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(String, String, String)> = person_external_ids::table
        .filter(person_external_ids::person_id.eq_any(persons))
        .select((
            person_external_ids::person_id,
            person_external_ids::system,
            person_external_ids::value,
        ))
        .order((person_external_ids::person_id, person_external_ids::system))
        .load(conn)?;
    let mut grouped: Vec<(String, Vec<ExternalId>)> = Vec::new();
    for (owner, system, value) in rows {
        match grouped.last_mut() {
            Some((last, ids)) if *last == owner => ids.push(ExternalId { system, value }),
            _ => grouped.push((owner, vec![ExternalId { system, value }])),
        }
    }
    Ok(grouped)
}

/// Above this many matches a name is common: the persons it finds are dense
/// enough in id order that scanning for a page beats collecting every match
/// (about the square root of a page times a national registry).
const COMMON_NAME_MATCHES: i64 = 10_000;

/// Whether at least [`COMMON_NAME_MATCHES`] persons' names hold the indexable
/// words of `name` (SQLite: counted in the FTS5 index, up to that bound).
fn name_is_common(conn: &mut DbConnection, name: &NameSearch) -> Result<bool, StoreError> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let count = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM person_name_fts \
         WHERE person_name_fts MATCH ? LIMIT ?)",
    )
    .bind::<Text, _>(fts_query(name))
    .bind::<diesel::sql_types::BigInt, _>(COMMON_NAME_MATCHES)
    .get_result::<Count>(conn)?;
    Ok(count.n >= COMMON_NAME_MATCHES)
}

/// The FTS5 query of a name search: each indexable word as a quoted string (a
/// substring match under the trigram tokenizer), all of them required.
fn fts_query(name: &NameSearch) -> String {
    name.indexed_words()
        .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use integra_domain::name_search::NameSearch;

    #[test]
    fn fts_queries_quote_every_indexable_word() {
        let search = NameSearch::parse("name", r#"ni "be"r beridze"#).unwrap();
        assert_eq!(super::fts_query(&search), r#""""be""r" AND "beridze""#);
    }

    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(super::escape_like(r"50%_a\b"), r"50\%\_a\\b");
    }
}
