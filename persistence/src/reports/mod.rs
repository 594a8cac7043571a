//! The counts behind the reports: set-based SQL, one statement per part of a
//! report, the same text on both backends (but its placeholders).
//!
//! Each figure is the size of a set of records defined once in SQL (a CTE):
//! the report counts it, its drill-down pages through it, so the two always
//! agree. A report's statements run in one read-only transaction (one snapshot
//! on PostgreSQL: `REPEATABLE READ`; SQLite's read transaction is one).
//!
//! SQL here is assembled from fixed fragments; every value a caller gives goes
//! in as a bound parameter ([`Sql`]).

use chrono::NaiveDate;
use diesel::connection::DefaultLoadingMode;
use diesel::connection::SimpleConnection;
use diesel::deserialize::{self, FromSql};
use diesel::pg::{Pg, PgRowByRowLoadingMode, PgValue};
use diesel::query_builder::{BoxedSqlQuery, SqlQuery};
use diesel::query_dsl::RunQueryDsl;
use diesel::row::Row;
use diesel::serialize::ToSql;
use diesel::sql_types::HasSqlType;
use diesel::sql_types::{BigInt, Date, Text};
use diesel::sqlite::{Sqlite, SqliteValue};
use diesel::QueryableByName;
use integra_domain::reports::ReportFilter;
use integra_domain::stay::ReturnType;
use uuid::Uuid;

use crate::connection::{transaction, Backend, DbConnection};
use crate::error::StoreError;

pub mod capacity;
pub mod integration;
pub mod labour;
pub mod overview;
pub mod reintegration;

/// The backend of [`DbConnection`] (either database).
type Multi = <DbConnection as diesel::Connection>::Backend;

/// A value bound to a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Bind {
    Text(String),
    Date(NaiveDate),
    BigInt(i64),
}

/// A statement and its bound values, in order. Placeholders are written `?`
/// (SQLite's) and numbered `$1, $2, ...` for PostgreSQL when the statement
/// runs; no SQL text here holds a `?` of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sql {
    text: String,
    binds: Vec<Bind>,
}

impl Sql {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends SQL text.
    pub fn push(&mut self, sql: &str) -> &mut Self {
        self.text.push_str(sql);
        self
    }

    /// Appends a placeholder bound to a text.
    pub fn text(&mut self, value: impl Into<String>) -> &mut Self {
        self.text.push('?');
        self.binds.push(Bind::Text(value.into()));
        self
    }

    /// Appends a placeholder bound to an id (stored as text).
    pub fn id(&mut self, value: Uuid) -> &mut Self {
        self.text(value.to_string())
    }

    /// Appends a placeholder bound to a date.
    pub fn date(&mut self, value: NaiveDate) -> &mut Self {
        self.text.push('?');
        self.binds.push(Bind::Date(value));
        self
    }

    /// Appends a placeholder bound to an integer.
    pub fn big(&mut self, value: i64) -> &mut Self {
        self.text.push('?');
        self.binds.push(Bind::BigInt(value));
        self
    }

    /// The text for `conn`'s backend.
    fn text_for(&self, conn: &DbConnection) -> String {
        match conn {
            DbConnection::Sqlite(_) => self.text.clone(),
            DbConnection::Postgres(_) => numbered(&self.text),
        }
    }

    /// Appends another statement's text and values.
    fn append(&mut self, other: Sql) -> &mut Self {
        self.text.push_str(&other.text);
        self.binds.extend(other.binds);
        self
    }

    /// The statement with its values bound, for `conn`'s backend.
    fn query(&self, conn: &DbConnection) -> BoxedSqlQuery<'static, Multi, SqlQuery> {
        self.bound(self.text_for(conn))
    }

    /// `text` (this statement's, for some backend) with this statement's values bound.
    fn bound<DB>(&self, text: String) -> BoxedSqlQuery<'static, DB, SqlQuery>
    where
        DB: diesel::backend::Backend + HasSqlType<Text> + HasSqlType<Date> + HasSqlType<BigInt>,
        String: ToSql<Text, DB>,
        NaiveDate: ToSql<Date, DB>,
        i64: ToSql<BigInt, DB>,
    {
        let mut query = diesel::sql_query(text).into_boxed();
        for bind in &self.binds {
            query = match bind {
                Bind::Text(value) => query.bind::<Text, _>(value.clone()),
                Bind::Date(value) => query.bind::<Date, _>(*value),
                Bind::BigInt(value) => query.bind::<BigInt, _>(*value),
            };
        }
        query
    }

    /// Runs the statement and reads its rows.
    pub fn load<T>(&self, conn: &mut DbConnection) -> Result<Vec<T>, StoreError>
    where
        T: QueryableByName<Multi> + 'static,
    {
        Ok(self.query(conn).load::<T>(conn)?)
    }

    /// Runs the statement and hands its rows to `each` one at a time, as they
    /// are read (none is kept: PostgreSQL sends them one by one rather than
    /// the whole result at once; read through a cursor, 20,000 rows a fetch,
    /// five years of the reintegration report took 2.2 s rather than 1.3 s).
    /// Rows are decoded by position (`by_position!`), ids with no string
    /// allocated (`TextId`).
    pub fn for_each<T>(
        &self,
        conn: &mut DbConnection,
        mut each: impl FnMut(T) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>
    where
        T: QueryableByName<Sqlite> + QueryableByName<Pg> + 'static,
    {
        match conn {
            DbConnection::Postgres(pg) => {
                let query = self.bound::<Pg>(numbered(&self.text));
                for row in query.load_iter::<T, PgRowByRowLoadingMode>(pg)? {
                    each(row?)?;
                }
            }
            DbConnection::Sqlite(sqlite) => {
                let query = self.bound::<Sqlite>(self.text.clone());
                for row in query.load_iter::<T, DefaultLoadingMode>(sqlite)? {
                    each(row?)?;
                }
            }
        }
        Ok(())
    }
}

/// An id read from its text column straight into a [`Uuid`], with no string
/// allocated on the way (a report reads some 10^6 of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextId(pub Uuid);

impl FromSql<Text, Sqlite> for TextId {
    fn from_sql(mut value: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
        Ok(TextId(Uuid::try_parse(value.read_text())?))
    }
}

impl FromSql<Text, Pg> for TextId {
    fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
        Ok(TextId(Uuid::try_parse_ascii(value.as_bytes())?))
    }
}

/// Column `index` of a row, decoded as `T` from the SQL type `ST` (see
/// [`by_position`]).
fn column<'a, DB, ST, T>(row: &impl Row<'a, DB>, index: usize) -> deserialize::Result<T>
where
    DB: diesel::backend::Backend,
    T: FromSql<ST, DB>,
{
    row.get_value::<ST, T, usize>(index)
}

/// A row struct read by position: its fields are the statement's columns in
/// order, each `name: RustType = SqlType`. (Diesel's derived
/// `QueryableByName` finds each column by name, a search of the row's column
/// names per field and row: a tenth of a report's time.)
macro_rules! by_position {
    ($(#[$meta:meta])* struct $row:ident { $($field:ident: $t:ty = $st:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        struct $row {
            $($field: $t,)*
        }

        impl<DB: diesel::backend::Backend> diesel::deserialize::QueryableByName<DB> for $row
        where
            $($t: diesel::deserialize::FromSql<$st, DB>,)*
        {
            fn build<'a>(
                row: &impl diesel::row::NamedRow<'a, DB>,
            ) -> diesel::deserialize::Result<Self> {
                let mut index = 0..;
                Ok($row {
                    $($field: $crate::reports::column::<DB, $st, $t>(
                        row,
                        index.next().unwrap_or_default(),
                    )?,)*
                })
            }
        }
    };
}
use by_position;

/// Reads records with `read` (on this thread, in one snapshot: [`snapshot`])
/// and counts them into `tally` with `add` on a second thread as they come, in
/// batches: reading (the database's work and decoding its rows) and counting
/// (hash sets of some 10^5 to 10^6 ids) each take about half of a report's
/// time, so on two cores the report takes about the longer of the two. The
/// records reach `add` in the order `read` gives them.
fn tally_alongside<R, T>(
    conn: &mut DbConnection,
    read: impl FnOnce(
        &mut DbConnection,
        &mut dyn FnMut(R) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>,
    mut tally: T,
    add: impl Fn(&mut T, R) -> Result<(), StoreError> + Send,
) -> Result<T, StoreError>
where
    R: Send,
    T: Send,
{
    /// Records handed over at a time, and batches the reader may be ahead.
    const BATCH: usize = 4096;
    const AHEAD: usize = 8;
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<R>>(AHEAD);
    snapshot(conn, |conn| {
        std::thread::scope(|scope| {
            let counter = scope.spawn(move || {
                for batch in receiver {
                    for record in batch {
                        add(&mut tally, record)?;
                    }
                }
                Ok(tally)
            });
            let mut batch = Vec::with_capacity(BATCH);
            let read = read(conn, &mut |record| {
                batch.push(record);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    // The counter stopped: its error is the report's.
                    sender
                        .send(full)
                        .map_err(|_| StoreError::Internal("the report's tally stopped".into()))?;
                }
                Ok(())
            });
            if read.is_ok() && !batch.is_empty() {
                // A counter that stopped reports its own error below.
                let _ = sender.send(batch);
            }
            drop(sender);
            let counted = counter
                .join()
                .map_err(|_| StoreError::Internal("the report's tally panicked".into()))
                .and_then(|counted| counted);
            match (read, counted) {
                (_, Err(error)) => Err(error),
                (Err(error), Ok(_)) => Err(error),
                (Ok(()), Ok(tally)) => Ok(tally),
            }
        })
    })
}

/// The sets a report's statement reads, numbered (from 1) in its `source`
/// column in the order of [`Numbered::ALL`].
trait Numbered: Copy + PartialEq + 'static {
    /// Every source, in number order.
    const ALL: &'static [Self];

    /// The number the statement gives this source.
    fn number(self) -> i32 {
        Self::ALL
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i as i32 + 1)
    }

    /// The source numbered `number` (an error for a number no source has).
    fn numbered(number: i32) -> Result<Self, StoreError> {
        number
            .checked_sub(1)
            .and_then(|index| usize::try_from(index).ok())
            .and_then(|index| Self::ALL.get(index).copied())
            .ok_or_else(|| StoreError::corrupt("report source", &number.to_string()))
    }
}

/// `text` with its placeholders `?` numbered `$1, $2, ...` (PostgreSQL's).
fn numbered(text: &str) -> String {
    let mut numbered = String::with_capacity(text.len() + 16);
    let mut n = 0;
    for c in text.chars() {
        if c == '?' {
            n += 1;
            numbered.push('$');
            numbered.push_str(&n.to_string());
        } else {
            numbered.push(c);
        }
    }
    numbered
}

/// Runs `work` in one read-only transaction that sees one snapshot of the
/// database (PostgreSQL: `REPEATABLE READ`; SQLite: a read transaction).
///
/// PostgreSQL compiles no report statement (`jit = off`): compiling one of
/// these statements costs more (50 to 100 ms) than it saves; it sorts and
/// hashes a report's sets (100,000s of rows) in memory (`work_mem`), not in
/// files; and it runs each statement in one process (no parallel workers:
/// while the report's two threads read and count, the cores are taken, and
/// each worker built its own copy of a join's hash table: a tenth of five
/// years' work).
pub fn snapshot<T>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    transaction(conn, |c| {
        if let DbConnection::Postgres(_) = c {
            c.batch_execute(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET LOCAL jit = off; \
                 SET LOCAL work_mem = '64MB'; SET LOCAL max_parallel_workers_per_gather = 0",
            )?;
        }
        work(c)
    })
}

/// Who asks for a report, as the database filters it: the records of one
/// organisation (cases, contacts, assistance of its cases), or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Within {
    pub organisation: Option<Uuid>,
}

/// The filters on persons of a report, as SQL over the persons table aliased
/// `alias`: `None` when there are none (no join needed).
fn person_conditions(filter: &ReportFilter, alias: &str) -> Option<Sql> {
    let mut sql = Sql::new();
    if let Some(region) = &filter.region {
        sql.push(&format!(" AND {alias}.region = "))
            .text(region.clone());
    }
    if let Some(sex) = filter.sex {
        sql.push(&format!(" AND {alias}.sex = ")).text(sex.as_str());
    }
    if let Some(births) = filter.births() {
        sql.push(&format!(" AND {alias}.date_of_birth <= "))
            .date(births.until);
        if let Some(after) = births.after {
            sql.push(&format!(" AND {alias}.date_of_birth > "))
                .date(after);
        }
    }
    (!sql.text.is_empty()).then_some(sql)
}

/// The first CTE of a report's `WITH` clause when it filters persons: `fp`,
/// the ids of the persons the filters take in, followed by a comma; nothing
/// otherwise. Both backends read it once (materialized: each set then probes
/// it); inlined into each set as a semi-join, PostgreSQL took three times as
/// long (a year of `demo-data --persons 200000`, region + sex + age band:
/// 99 ms against 34 ms).
fn filtered_persons(sql: &mut Sql, filter: &ReportFilter) {
    if let Some(conditions) = person_conditions(filter, "p") {
        sql.push("fp AS MATERIALIZED (SELECT p.id FROM persons p WHERE 1 = 1")
            .append(conditions)
            .push("), ");
    }
}

/// The backend of a connection.
fn backend(conn: &DbConnection) -> Backend {
    match conn {
        DbConnection::Sqlite(_) => Backend::Sqlite,
        DbConnection::Postgres(_) => Backend::Postgres,
    }
}

/// A `FROM` of `table alias` limited to the persons the filters take in (by the
/// column `alias.person_column`, among [`filtered_persons`]). Ends in the
/// `WHERE` clause.
fn from_persons(
    sql: &mut Sql,
    filter: &ReportFilter,
    table: &str,
    alias: &str,
    person_column: &str,
) {
    sql.push(&format!(" FROM {table} {alias} WHERE 1 = 1"));
    if person_conditions(filter, "p").is_some() {
        sql.push(&format!(
            " AND {alias}.{person_column} IN (SELECT id FROM fp)"
        ));
    }
}

/// ` AND column BETWEEN from AND to` of the filter's period.
fn in_period(sql: &mut Sql, filter: &ReportFilter, column: &str) {
    sql.push(&format!(" AND {column} >= "))
        .date(filter.period.from)
        .push(&format!(" AND {column} <= "))
        .date(filter.period.to);
}

/// ` AND column` names the programme asked for, or any reintegration programme.
/// PostgreSQL reads the stream's programmes once, as an array (`= ANY`), which
/// its indexes on (programme, day) can take; it would otherwise join them by
/// hash and read the whole table.
fn of_programme(sql: &mut Sql, filter: &ReportFilter, column: &str, backend: Backend) {
    const STREAM: &str = "SELECT id FROM programmes WHERE stream = 'reintegration'";
    match (filter.programme_id, backend) {
        (Some(programme), _) => {
            sql.push(&format!(" AND {column} = ")).id(programme);
        }
        (None, Backend::Sqlite) => {
            sql.push(&format!(" AND {column} IN ({STREAM})"));
        }
        (None, Backend::Postgres) => {
            sql.push(&format!(" AND {column} = ANY(ARRAY({STREAM}))"));
        }
    }
}

/// ` AND column` names the organisation, when the report is one organisation's.
fn of_organisation(sql: &mut Sql, within: Within, column: &str) {
    if let Some(organisation) = within.organisation {
        sql.push(&format!(" AND {column} = ")).id(organisation);
    }
}

/// `, name AS (...)`: the assistance items of `status` whose `day` (a column of
/// `assistance_items i`) is in the period, of the programme asked for (or every
/// reintegration programme), of the organisation's cases when the report is
/// one organisation's, of the persons the filters take in.
fn items(
    sql: &mut Sql,
    name: &str,
    status: &str,
    day: &str,
    filter: &ReportFilter,
    within: Within,
    backend: Backend,
) {
    sql.push(&format!(
        ", {name} AS (SELECT i.id, i.person_id, i.household_id, i.assistance_type, \
         i.amount_tetri, i.corrects_id"
    ));
    from_persons(sql, filter, "assistance_items", "i", "person_id");
    sql.push(&format!(" AND i.status = '{status}'"));
    in_period(sql, filter, day);
    of_programme(sql, filter, "i.programme_id", backend);
    if let Some(organisation) = within.organisation {
        sql.push(
            " AND EXISTS (SELECT 1 FROM cases ic WHERE ic.id = i.case_id \
             AND ic.organisation_id = ",
        )
        .id(organisation)
        .push(")");
    }
    sql.push(")");
}

/// `given`: the items of `delivered` (see [`items`]) but corrections, which
/// persons, households and grants count; `involved`: (type, person) of their
/// beneficiaries and co-beneficiaries.
const GIVEN: &str =
    ", given AS (SELECT id, person_id, household_id, assistance_type FROM delivered \
     WHERE corrects_id IS NULL), \
     involved AS (SELECT assistance_type, person_id FROM given \
     UNION SELECT g.assistance_type, cb.person_id FROM given g \
     JOIN assistance_co_beneficiaries cb ON cb.assistance_id = g.id)";

/// `returned AS (...)`: (person, return type) of each person's first return
/// of each type in the period (one row per person and type): the stays abroad
/// that ended in the period with a return type whose person's previous return
/// of that type did not (`stays_abroad.previous_return_on`, kept by the writes
/// of stays: `crate::stays::previous_returns`); any programme's, anyone's; of
/// the return type `only` when one is given. Distinct persons who returned
/// are a count of its rows (over the index `stays_abroad_first_returns`), with
/// no row read.
fn returned(sql: &mut Sql, filter: &ReportFilter, only: Option<ReturnType>) {
    sql.push("returned AS (SELECT s.person_id, s.return_type");
    from_persons(sql, filter, "stays_abroad", "s", "person_id");
    sql.push(" AND s.return_type IN (");
    let kinds = only.as_ref().map_or(ReturnType::ALL, std::slice::from_ref);
    for (n, kind) in kinds.iter().enumerate() {
        sql.push(if n == 0 { "" } else { ", " }).text(kind.as_str());
    }
    sql.push(")");
    in_period(sql, filter, "s.end_date");
    sql.push(" AND (s.previous_return_on IS NULL OR s.previous_return_on < ")
        .date(filter.period.from)
        .push("))");
}

/// Persons of a figure, counted by the database (`counted`: a count of rows
/// that are one per person, such as [`returned`]'s) or read one by one
/// (`listed`, for the figure's drill-down). A tally takes one or the other.
#[derive(Debug, Clone, Default)]
struct Persons {
    counted: usize,
    listed: rustc_hash::FxHashSet<Uuid>,
}

impl Persons {
    /// Adds `n` persons counted by the database.
    fn count(&mut self, n: i64) {
        self.counted = self
            .counted
            .saturating_add(usize::try_from(n).unwrap_or_default());
    }

    /// How many persons the figure counts.
    fn len(&self) -> usize {
        self.counted.saturating_add(self.listed.len())
    }
}

/// One row of a count: a name, a key (a type, or empty) and a number.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
struct Counted {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    key: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Rows of counts as cells by figure id: `name.key`, or `name` when the key is
/// empty.
fn cells(rows: Vec<Counted>) -> std::collections::BTreeMap<String, i64> {
    rows.into_iter()
        .map(|row| {
            let id = if row.key.is_empty() {
                row.name
            } else {
                format!("{}.{}", row.name, row.key)
            };
            (id, row.n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres() {
        let mut sql = Sql::new();
        sql.push("SELECT 1 WHERE a = ")
            .text("x")
            .push(" AND b = ")
            .big(2);
        assert_eq!(sql.text, "SELECT 1 WHERE a = ? AND b = ?");
        assert_eq!(sql.binds.len(), 2);
        assert_eq!(numbered(&sql.text), "SELECT 1 WHERE a = $1 AND b = $2");
    }
}
