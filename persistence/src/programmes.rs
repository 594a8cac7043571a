//! Programmes and their catalogues of assistance.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use integra_domain::localised::Localised;
use integra_domain::money::Money;
use integra_domain::reintegration::programme::{
    AssistanceType, CatalogueEntry, Programme, ProgrammeFields, ProgrammeStatus, Stream,
};
use uuid::Uuid;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::rows;
use crate::schema::{programme_catalogue, programmes};

#[derive(Queryable, Selectable)]
#[diesel(table_name = programmes)]
struct ProgrammeRow {
    id: String,
    code: String,
    name_ka: String,
    name_en: String,
    stream: String,
    status: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    application_opens_on: Option<NaiveDate>,
    application_closes_on: Option<NaiveDate>,
    budget_tetri: i64,
    committed_tetri: i64,
    approval_threshold_tetri: i64,
    rule_set_id: String,
    rule_set_version: i64,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = programme_catalogue)]
struct CatalogueRow {
    assistance_type: String,
    cap_per_person_tetri: Option<i64>,
    cap_per_household_tetri: Option<i64>,
}

#[derive(AsChangeset)]
#[diesel(table_name = programmes, treat_none_as_null = true)]
struct ProgrammeChanges<'a> {
    code: &'a str,
    name_ka: &'a str,
    name_en: &'a str,
    stream: &'a str,
    status: &'a str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    application_opens_on: Option<NaiveDate>,
    application_closes_on: Option<NaiveDate>,
    budget_tetri: i64,
    approval_threshold_tetri: i64,
    rule_set_id: String,
    rule_set_version: i64,
}

impl<'a> ProgrammeChanges<'a> {
    fn new(fields: &'a ProgrammeFields, rule_set_version: i64) -> Self {
        Self {
            code: &fields.code,
            name_ka: &fields.name.ka,
            name_en: &fields.name.en,
            stream: fields.stream.as_str(),
            status: fields.status.as_str(),
            starts_on: fields.starts_on,
            ends_on: fields.ends_on,
            application_opens_on: fields.application_opens_on,
            application_closes_on: fields.application_closes_on,
            budget_tetri: fields.budget.tetri(),
            approval_threshold_tetri: fields.approval_threshold.tetri(),
            rule_set_id: fields.rule_set_id.to_string(),
            rule_set_version,
        }
    }
}

impl ProgrammeRow {
    fn into_programme(self, catalogue: Vec<CatalogueEntry>) -> Result<Programme, StoreError> {
        Ok(Programme {
            id: rows::uuid(&self.id)?,
            code: self.code,
            name: Localised::new(self.name_ka, self.name_en),
            stream: rows::parse("stream", &self.stream, Stream::parse)?,
            status: rows::parse("status", &self.status, ProgrammeStatus::parse)?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            application_opens_on: self.application_opens_on,
            application_closes_on: self.application_closes_on,
            budget: Money::from_tetri(self.budget_tetri),
            approval_threshold: Money::from_tetri(self.approval_threshold_tetri),
            committed: Money::from_tetri(self.committed_tetri),
            rule_set_id: rows::uuid(&self.rule_set_id)?,
            rule_set_version: self.rule_set_version,
            catalogue,
            version: self.version,
            created_at: rows::utc(self.created_at),
            updated_at: rows::utc(self.updated_at),
        })
    }
}

/// Filters of the programme list.
#[derive(Debug, Clone, Default)]
pub struct ProgrammeFilter {
    pub stream: Option<Stream>,
    pub status: Option<ProgrammeStatus>,
}

/// The programme that has the code `code`, if one has.
pub fn code_holder(conn: &mut DbConnection, code: &str) -> Result<Option<Uuid>, StoreError> {
    programmes::table
        .filter(programmes::code.eq(code))
        .select(programmes::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| rows::uuid(&id))
        .transpose()
}

fn write_catalogue(
    conn: &mut DbConnection,
    id: Uuid,
    catalogue: &[CatalogueEntry],
) -> Result<(), StoreError> {
    diesel::delete(
        programme_catalogue::table.filter(programme_catalogue::programme_id.eq(id.to_string())),
    )
    .execute(conn)?;
    for entry in catalogue {
        diesel::insert_into(programme_catalogue::table)
            .values((
                programme_catalogue::programme_id.eq(id.to_string()),
                programme_catalogue::assistance_type.eq(entry.assistance_type.as_str()),
                programme_catalogue::cap_per_person_tetri
                    .eq(entry.cap_per_person.map(Money::tetri)),
                programme_catalogue::cap_per_household_tetri
                    .eq(entry.cap_per_household.map(Money::tetri)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Creates a programme applying `rule_set_version` of its rule set.
pub fn insert(
    conn: &mut DbConnection,
    id: Uuid,
    fields: &ProgrammeFields,
    rule_set_version: i64,
    now: DateTime<Utc>,
) -> Result<Programme, StoreError> {
    let stamp = now.naive_utc();
    diesel::insert_into(programmes::table)
        .values((
            programmes::id.eq(id.to_string()),
            programmes::code.eq(&fields.code),
            programmes::name_ka.eq(&fields.name.ka),
            programmes::name_en.eq(&fields.name.en),
            programmes::stream.eq(fields.stream.as_str()),
            programmes::status.eq(fields.status.as_str()),
            programmes::starts_on.eq(fields.starts_on),
            programmes::ends_on.eq(fields.ends_on),
            programmes::application_opens_on.eq(fields.application_opens_on),
            programmes::application_closes_on.eq(fields.application_closes_on),
            programmes::budget_tetri.eq(fields.budget.tetri()),
            programmes::committed_tetri.eq(0_i64),
            programmes::approval_threshold_tetri.eq(fields.approval_threshold.tetri()),
            programmes::rule_set_id.eq(fields.rule_set_id.to_string()),
            programmes::rule_set_version.eq(rule_set_version),
            programmes::version.eq(1_i64),
            programmes::created_at.eq(stamp),
            programmes::updated_at.eq(stamp),
        ))
        .execute(conn)?;
    write_catalogue(conn, id, &fields.catalogue)?;
    get(conn, id)
}

/// Replaces a programme's fields if it is at `expected_version` and the new
/// budget covers what is committed (checked in the same statement, so that no
/// approval slips in between); `None` when the budget does not.
pub fn update(
    conn: &mut DbConnection,
    id: Uuid,
    expected_version: i64,
    fields: &ProgrammeFields,
    rule_set_version: i64,
    now: DateTime<Utc>,
) -> Result<Option<Programme>, StoreError> {
    let changed = diesel::update(
        programmes::table
            .filter(programmes::id.eq(id.to_string()))
            .filter(programmes::version.eq(expected_version))
            .filter(programmes::committed_tetri.le(fields.budget.tetri())),
    )
    .set((
        ProgrammeChanges::new(fields, rule_set_version),
        programmes::version.eq(programmes::version + 1),
        programmes::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    if changed == 0 {
        let current = get(conn, id)?;
        if current.version != expected_version {
            return Err(StoreError::VersionMismatch {
                current: current.version,
            });
        }
        return Ok(None);
    }
    write_catalogue(conn, id, &fields.catalogue)?;
    get(conn, id).map(Some)
}

pub fn exists(conn: &mut DbConnection, id: Uuid) -> Result<bool, StoreError> {
    Ok(programmes::table
        .find(id.to_string())
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

fn catalogue(conn: &mut DbConnection, id: &str) -> Result<Vec<CatalogueEntry>, StoreError> {
    programme_catalogue::table
        .filter(programme_catalogue::programme_id.eq(id))
        .order(programme_catalogue::assistance_type.asc())
        .select(CatalogueRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| {
            Ok(CatalogueEntry {
                assistance_type: rows::parse(
                    "assistance_type",
                    &row.assistance_type,
                    AssistanceType::parse,
                )?,
                cap_per_person: row.cap_per_person_tetri.map(Money::from_tetri),
                cap_per_household: row.cap_per_household_tetri.map(Money::from_tetri),
            })
        })
        .collect()
}

pub fn get(conn: &mut DbConnection, id: Uuid) -> Result<Programme, StoreError> {
    let row = programmes::table
        .find(id.to_string())
        .select(ProgrammeRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let entries = catalogue(conn, &row.id)?;
    row.into_programme(entries)
}

/// Programmes in creation order, with filters and cursor paging.
pub fn list(
    conn: &mut DbConnection,
    filter: &ProgrammeFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Programme>, StoreError> {
    let mut query = programmes::table.into_boxed();
    if let Some(stream) = filter.stream {
        query = query.filter(programmes::stream.eq(stream.as_str()));
    }
    if let Some(status) = filter.status {
        query = query.filter(programmes::status.eq(status.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(programmes::id.gt(after.to_string()));
    }
    let found: Vec<ProgrammeRow> = query
        .order(programmes::id.asc())
        .limit(limit)
        .select(ProgrammeRow::as_select())
        .load(conn)?;
    found
        .into_iter()
        .map(|row| {
            let entries = catalogue(conn, &row.id)?;
            row.into_programme(entries)
        })
        .collect()
}
