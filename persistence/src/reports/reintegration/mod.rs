//! The counts of the reintegration report and the records behind each figure
//! (see `integra_domain::reports::reintegration` for the definitions).
//!
//! The records of the period, as CTEs, read by two statements (persons'
//! records, then items) in one snapshot and tallied in [`tally`], which
//! defines every figure once for its count and its drill-down:
//!
//! | CTE | rows |
//! |---|---|
//! | `reg` | cases of the programme(s) registered in the period (person, assessed, latest decision) |
//! | (contacts) | contacts about the programme(s) in the period (person) |
//! | `delivered` | items delivered in the period, corrections included |
//! | `approved` | items approved in the period and not (yet) delivered |
//! | `given` | `delivered` without corrections; their co-beneficiaries are read with the items |
//! | `returned` | each person's first return of each type in the period (any programme, anyone's): counted by the database for the report, read for a drill-down into returns |
//!
//! Programme: the one asked for, or every reintegration programme. An
//! organisation's report counts its cases, its contacts and the items of its
//! cases (returns are everyone's: persons belong to no organisation). Filters
//! on persons are one set (`fp`) that each set's person must be in.
//!
//! Indexes (migrations `2026-12-07-000031_report_indexes`,
//! `2026-12-08-000050_report_funnel` and `2026-12-16-000250_first_returns`):
//! cases by programme and registration day covering what the funnel reads of
//! them, contacts by programme and day, items by programme, status and
//! delivery or approval day (covering), stays by return type, end date and
//! previous return, persons by region, sex and date of birth. What the funnel
//! needs of a case's history (assessed, its latest decision as a sortable
//! `decision_key`) is kept on the case by the writes that change it; what
//! returns need (the end of the person's previous return of the type) on the
//! stay by the writes of stays. PostgreSQL takes the stream's programmes as an
//! array (`= ANY`), which its indexes can use, and sends the rows one at a
//! time (the report's memory is the tally's, not the result's).
//!
//! Cost: the funnel and the assistance figures count distinct persons among
//! the records of the period, so a report reads each of those records once.
//! Grouping them in the database (a sort of every record by person) cost three
//! times the reading; the tally groups them in hash sets as they arrive, on a
//! second thread while the first reads (`tally_alongside`). Returns, the
//! largest set (110,000 a year), are not read: each stay names its person's
//! previous return of its type, so distinct persons who returned are a count
//! of index entries. With `demo-data --persons 1000000` (some 45,000 cases,
//! 60,000 contacts and 40,000 items a year) five years read some 740,000
//! records where they read 1,300,000: 0.35 s on SQLite where it took 0.48 s,
//! 0.74 s on PostgreSQL where it took 0.9 s (the same machine, the same
//! quiet hour; a year: 80 and 130 ms). On PostgreSQL the server's process is
//! what bounds it (executing the statements and sending some 700,000 rows,
//! about 0.65 s of its CPU).
//! Distinct persons do not add up across days or months, so no per-period
//! total can serve the funnel exactly; a stage over one set (contacts, say)
//! could be counted like returns, but the funnel's stages intersect sets
//! (registered and assisted) per person, which a count cannot.

use diesel::sql_types::{BigInt, Integer, Nullable, Text};
use integra_domain::money::Money;
use integra_domain::reports::reintegration::{Counts, ReintegrationFigure};
use integra_domain::reports::ReportFilter;
use uuid::Uuid;

use super::{
    backend, by_position, filtered_persons, from_persons, in_period, items, of_organisation,
    of_programme, returned, tally_alongside, Numbered, Sql, TextId, Within, GIVEN,
};
use crate::connection::{Backend, DbConnection};
use crate::error::StoreError;

mod tally;

use tally::{Record, Source, Tally};

/// The `WITH` clause of the report's sets (see the module's table).
fn sets(filter: &ReportFilter, within: Within, backend: Backend) -> Sql {
    let mut sql = Sql::new();
    sql.push("WITH ");
    filtered_persons(&mut sql, filter);
    // The cases of the programme registered in the period.
    sql.push(
        "reg AS (SELECT c.person_id, c.assessed, \
             CASE WHEN c.assessed = TRUE THEN c.decision_key END AS decision_key",
    );
    from_persons(&mut sql, filter, "cases", "c", "person_id");
    in_period(&mut sql, filter, "c.registered_on");
    of_programme(&mut sql, filter, "c.programme_id", backend);
    of_organisation(&mut sql, within, "c.organisation_id");
    sql.push(")");
    items(
        &mut sql,
        "delivered",
        "delivered",
        "i.delivered_on",
        filter,
        within,
        backend,
    );
    items(
        &mut sql,
        "approved",
        "approved",
        "i.approved_on",
        filter,
        within,
        backend,
    );
    sql.push(GIVEN).push(", ");
    returned(&mut sql, filter, None);
    sql
}

/// Whether a tally reads the persons who returned (a drill-down into
/// returns) or has the database count them (the report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Returns {
    Counted,
    Listed,
}

/// The statement of the records of persons (cases, contacts, and returns
/// when they are listed): a [`PersonRow`] each.
fn person_records(
    filter: &ReportFilter,
    within: Within,
    backend: Backend,
    returns: Returns,
) -> Sql {
    let mut sql = sets(filter, within, backend);
    let n = |source: Source| source.number();
    sql.push(&format!(
        " SELECT CASE WHEN assessed = TRUE THEN {} ELSE {} END AS source, \
             person_id AS person, decision_key AS key FROM reg \
         UNION ALL SELECT {}, ct.person_id, NULL",
        n(Source::AssessedCase),
        n(Source::Case),
        n(Source::Contact),
    ));
    from_persons(&mut sql, filter, "contacts", "ct", "person_id");
    in_period(&mut sql, filter, "ct.contacted_on");
    of_programme(&mut sql, filter, "ct.programme_id", backend);
    of_organisation(&mut sql, within, "ct.organisation_id");
    if returns == Returns::Listed {
        sql.push(&format!(
            " UNION ALL SELECT {}, person_id, return_type FROM returned",
            n(Source::Return)
        ));
    }
    sql
}

by_position! {
    /// One row of [`person_records`].
    struct PersonRow {
        source: i32 = Integer,
        person: TextId = Text,
        key: Option<String> = Nullable<Text>,
    }
}

impl TryFrom<PersonRow> for Record {
    type Error = StoreError;

    fn try_from(row: PersonRow) -> Result<Self, StoreError> {
        Ok(Record {
            source: Source::numbered(row.source)?,
            person: Some(row.person.0),
            key: row.key,
            item: None,
            household: None,
            amount: 0,
        })
    }
}

/// The statement of the assistance items (delivered, approved), the
/// co-beneficiaries of those given (`household` none, `amount` 0), and when
/// returns are counted the persons who returned by return type (`key` the
/// type, `amount` how many, no `person` or `item`): an [`ItemRow`] each.
fn item_records(filter: &ReportFilter, within: Within, backend: Backend, returns: Returns) -> Sql {
    let mut sql = sets(filter, within, backend);
    let n = |source: Source| source.number();
    sql.push(&format!(
        " SELECT CASE WHEN corrects_id IS NULL THEN {} ELSE {} END AS source, \
             person_id AS person, assistance_type AS key, id AS item, household_id AS household, \
             COALESCE(amount_tetri, 0) AS amount FROM delivered \
         UNION ALL SELECT {}, person_id, assistance_type, id, household_id, \
             COALESCE(amount_tetri, 0) FROM approved \
         UNION ALL SELECT {}, cb.person_id, g.assistance_type, g.id, NULL, 0 FROM given g \
             JOIN assistance_co_beneficiaries cb ON cb.assistance_id = g.id",
        n(Source::Given),
        n(Source::Correction),
        n(Source::Approved),
        n(Source::CoBeneficiary),
    ));
    if returns == Returns::Counted {
        sql.push(&format!(
            " UNION ALL SELECT {}, NULL, return_type, NULL, NULL, COUNT(*) FROM returned \
             GROUP BY return_type",
            n(Source::ReturnCount),
        ));
    }
    sql
}

by_position! {
    /// One row of [`item_records`].
    struct ItemRow {
        source: i32 = Integer,
        person: Option<TextId> = Nullable<Text>,
        key: String = Text,
        item: Option<TextId> = Nullable<Text>,
        household: Option<TextId> = Nullable<Text>,
        amount: i64 = BigInt,
    }
}

impl TryFrom<ItemRow> for Record {
    type Error = StoreError;

    fn try_from(row: ItemRow) -> Result<Self, StoreError> {
        Ok(Record {
            source: Source::numbered(row.source)?,
            person: row.person.map(|id| id.0),
            key: Some(row.key),
            item: row.item.map(|id| id.0),
            household: row.household.map(|id| id.0),
            amount: row.amount,
        })
    }
}

/// The report's records of the period, tallied, read in one snapshot (the
/// persons who returned counted by the database, or listed).
fn tally(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
    returns: Returns,
) -> Result<Tally, StoreError> {
    let persons = person_records(filter, within, backend(conn), returns);
    let items = item_records(filter, within, backend(conn), returns);
    tally_alongside(
        conn,
        |c, each| {
            persons.for_each(c, |row: PersonRow| each(Record::try_from(row)?))?;
            items.for_each(c, |row: ItemRow| each(Record::try_from(row)?))
        },
        Tally::default(),
        Tally::add,
    )
}

/// The exact counts of every figure of the report, read in one snapshot.
pub fn counts(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
) -> Result<Counts, StoreError> {
    Ok(tally(conn, filter, within, Returns::Counted)?.counts())
}

/// One page of the records behind a figure, with their total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    /// How many records the figure counts (its value, for a count).
    pub total: i64,
    /// What their money adds up to (the value of a money figure; zero otherwise).
    pub amount: Money,
    /// The page's ids, in id order.
    pub ids: Vec<Uuid>,
}

/// The records behind `figure`: their total (and money), and one page of
/// their ids after `after`, in id order; read in one snapshot.
pub fn behind(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
    figure: ReintegrationFigure,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Behind, StoreError> {
    let returns = match figure {
        ReintegrationFigure::Returns(_) => Returns::Listed,
        _ => Returns::Counted,
    };
    let mut records = tally(conn, filter, within, returns)?.behind(figure);
    records.sort_unstable();
    let limit = usize::try_from(limit).unwrap_or(0);
    Ok(Behind {
        total: i64::try_from(records.len()).unwrap_or(i64::MAX),
        amount: Money::from_tetri(records.iter().map(|(_, amount)| amount).sum()),
        ids: records
            .into_iter()
            .map(|(id, _)| id)
            .filter(|id| after.is_none_or(|after| *id > after))
            .take(limit)
            .collect(),
    })
}
