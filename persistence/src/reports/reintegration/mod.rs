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
//! | `given` | `delivered` without corrections; their co-beneficiaries are read too |
//! | `returned` | stays abroad that ended in the period with a return type (any programme, anyone's) |
//!
//! Programme: the one asked for, or every reintegration programme. An
//! organisation's report counts its cases, its contacts and the items of its
//! cases (returns are everyone's: persons belong to no organisation). Filters
//! on persons are one set (`fp`) that each set's person must be in.
//!
//! Indexes (migrations `2026-12-07-000031_report_indexes` and
//! `2026-12-08-000050_report_funnel`): cases by programme and registration day
//! covering what the funnel reads of them, contacts by programme and day,
//! items by programme, status and delivery or approval day (covering), stays
//! by end date and return type, persons by region, sex and date of birth. What
//! the funnel needs of a case's history (assessed, its latest decision as a
//! sortable `decision_key`) is kept on the case by the writes that change it.
//! PostgreSQL takes the stream's programmes as an array (`= ANY`), which its
//! indexes can use, and sends the rows one at a time (the report's memory is
//! the tally's, not the result's).
//!
//! Cost: every figure counts distinct persons among the records of the
//! period, so a report reads each of those records once. Grouping them in the
//! database (a sort of every record by person) cost three times the reading;
//! the tally groups them in hash sets as they arrive, on a second thread while
//! the first reads (`tally_alongside`). With `demo-data --persons
//! 1000000` (some 45,000 cases, 60,000 contacts, 40,000 items and 110,000
//! returns a year) a year takes 160 to 210 ms (SQLite) and 215 ms
//! (PostgreSQL), five years 0.7 to 0.8 s and 1.3 s (counted on one thread,
//! the same machine the same day: 1.0 to 1.9 s and 2.0 s; grouped by the
//! database, 2.5 s and 2.8 s); the tally of five years holds some 60 MB while
//! it counts. Distinct persons do not add up
//! across days or months, so no per-period total can serve an arbitrary
//! period exactly; what would is a first-occurrence table per calendar period
//! (month, quarter, year), stage and programme, `(period, stage, programme,
//! organisation, person)` with a unique key, kept by the writes in their
//! transaction, read by reports over whole calendar periods (any other period
//! keeps this path).

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

/// The statement of the persons who returned, counted by return type: a
/// [`CountRow`] each.
fn returns_counted(filter: &ReportFilter, within: Within, backend: Backend) -> Sql {
    let mut sql = sets(filter, within, backend);
    sql.push(&format!(
        " SELECT {} AS source, return_type AS key, COUNT(*) AS n FROM returned \
         GROUP BY return_type",
        Source::ReturnCount.number()
    ));
    sql
}

by_position! {
    /// One row of [`returns_counted`].
    struct CountRow {
        source: i32 = Integer,
        key: String = Text,
        n: i64 = BigInt,
    }
}

impl TryFrom<CountRow> for Record {
    type Error = StoreError;

    fn try_from(row: CountRow) -> Result<Self, StoreError> {
        Ok(Record {
            source: Source::numbered(row.source)?,
            person: None,
            key: Some(row.key),
            item: None,
            household: None,
            amount: row.n,
        })
    }
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

/// The statement of the assistance items (delivered, approved) and the
/// co-beneficiaries of those given (`household` none, `amount` 0): an
/// [`ItemRow`] each.
fn item_records(filter: &ReportFilter, within: Within, backend: Backend) -> Sql {
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
    sql
}

by_position! {
    /// One row of [`item_records`].
    struct ItemRow {
        source: i32 = Integer,
        person: TextId = Text,
        key: String = Text,
        item: TextId = Text,
        household: Option<TextId> = Nullable<Text>,
        amount: i64 = BigInt,
    }
}

impl TryFrom<ItemRow> for Record {
    type Error = StoreError;

    fn try_from(row: ItemRow) -> Result<Self, StoreError> {
        Ok(Record {
            source: Source::numbered(row.source)?,
            person: Some(row.person.0),
            key: Some(row.key),
            item: Some(row.item.0),
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
    let items = item_records(filter, within, backend(conn));
    let counted =
        (returns == Returns::Counted).then(|| returns_counted(filter, within, backend(conn)));
    tally_alongside(
        conn,
        |c, each| {
            if let Some(counted) = &counted {
                counted.for_each(c, |row: CountRow| each(Record::try_from(row)?))?;
            }
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
