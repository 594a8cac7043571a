//! The counts of the overview fact sheet and the records behind each figure
//! (see `integra_domain::reports::overview` for the definitions).
//!
//! The records of the period, as CTEs, read by one statement (the records of
//! every set, or for a drill-down those of the sets its figure counts) and
//! tallied in [`tally`], which defines every figure once for its value and its
//! drill-down:
//!
//! | CTE | rows |
//! |---|---|
//! | `placed` | job placements started in the period (person) |
//! | `delivered`, `given` | the reintegration report's: items delivered in the period, and those without corrections |
//! | `returned` | the reintegration report's, of one return type: each person's first assisted voluntary return in the period, counted by the database (read for the figure's drill-down) |
//! | `counselled` | counselling sessions held in the period (id, person or none) |
//! | `outreach` | outreach events held in the period (id, people reached) |
//! | `enrolled` | enrolments in a social enterprise started in the period (enterprise, person) |
//! | `places` | job places created in the period (id, enterprise, term, places) |
//! | `enterprises` | the social enterprises of `enrolled` and `places` |
//! | `partners` | the implementing partners of `enterprises` |
//! | `moved` | movement assistance with a departure in the period (person) |
//! | `trained` | each official's first attendance (by id) of a training held in the period (participant, training) |
//!
//! An organisation's overview counts what it recorded: the items of its cases,
//! its placements, sessions, events, enrolments and job places; returns and
//! movement assistance are everyone's (as stays are). The programme narrows
//! items (the one asked for, or every reintegration programme), placements,
//! sessions and events (the one asked for, or all). Filters on persons are one
//! set (`fp`) that each set's person must be in; outreach events are taken by
//! their region; anonymous sessions and job places, which record no region, by
//! no region filter.
//!
//! Indexes: items delivered in a period, covering what both reports read of
//! them (migration `2026-12-07-000040_overview_indexes`), stays by return
//! type, end date and previous return (`2026-12-16-000250_first_returns`);
//! placements by start (`job_placements_started`, `_programme`), sessions by
//! day (`counselling_sessions_held_on`, covering the person), events by day
//! and region (`outreach_events_held_on`, covering people reached),
//! enrolments by start (`social_enterprise_beneficiaries_started`, covering
//! the enterprise and person), job places by day (`job_places_created`),
//! movements by departure (`movements_departed`, covering the person).
//!
//! Measured with the release build on 2 cores over a generated population of
//! 1,000,000 persons (`integra demo-data --persons 1000000 --seed 1 --as-of
//! 2026-11-30`), median of 5 requests through the API, SQLite / PostgreSQL: a
//! year 55 / 84 ms, five years 280 / 420 ms (returns read one by one, the
//! same hour: 59 / 87 ms and 286 / 460 ms). The cost of five years is the
//! distinct persons among some 150,000 items and 310,000 sessions; assisted
//! voluntary returns (170,000) are counted without being read (see
//! `returned`).

use diesel::sql_types::{BigInt, Integer, Nullable, Text};
use integra_domain::error::RecordKind;
use integra_domain::reports::overview::{Counts, OverviewFigure};
use integra_domain::reports::ReportFilter;
use integra_domain::stay::ReturnType;
use uuid::Uuid;

use super::{
    backend, by_position, filtered_persons, from_persons, in_period, items, of_organisation,
    person_conditions, returned, tally_alongside, Numbered, Sql, TextId, Within, GIVEN,
};
use crate::connection::{Backend, DbConnection};
use crate::error::StoreError;

mod tally;

use tally::{Source, Tally};

/// ` AND column = programme` when the filters name a programme (records whose
/// programme is optional: without the filter, all of them count).
fn of_programme_if_asked(sql: &mut Sql, filter: &ReportFilter, column: &str) {
    if let Some(programme) = filter.programme_id {
        sql.push(&format!(" AND {column} = ")).id(programme);
    }
}

/// The `WITH` clause of every set of the overview (the last CTE ends without a comma).
fn sets(filter: &ReportFilter, within: Within, backend: Backend) -> Sql {
    let mut sql = Sql::new();
    let persons_filtered = person_conditions(filter, "p").is_some();
    sql.push("WITH ");
    filtered_persons(&mut sql, filter);
    // Job placements started in the period.
    sql.push("placed AS (SELECT jp.person_id");
    from_persons(&mut sql, filter, "job_placements", "jp", "person_id");
    in_period(&mut sql, filter, "jp.starts_on");
    of_programme_if_asked(&mut sql, filter, "jp.programme_id");
    of_organisation(&mut sql, within, "jp.organisation_id");
    sql.push(")");
    // The reintegration report's assistance and (assisted voluntary) returns.
    items(
        &mut sql,
        "delivered",
        "delivered",
        "i.delivered_on",
        filter,
        within,
        backend,
    );
    sql.push(GIVEN).push(", ");
    returned(&mut sql, filter, Some(ReturnType::AssistedVoluntaryReturn));
    // Counselling sessions: identified persons as the filters take them;
    // anonymous sessions whatever the sex or age band, but no region's.
    sql.push(
        ", counselled AS (SELECT cs.id, cs.person_id FROM counselling_sessions cs WHERE 1 = 1",
    );
    in_period(&mut sql, filter, "cs.held_on");
    of_programme_if_asked(&mut sql, filter, "cs.programme_id");
    of_organisation(&mut sql, within, "cs.organisation_id");
    if persons_filtered {
        if filter.region.is_some() {
            sql.push(" AND cs.person_id IN (SELECT id FROM fp)");
        } else {
            sql.push(" AND (cs.person_id IS NULL OR cs.person_id IN (SELECT id FROM fp))");
        }
    }
    // Outreach events, by the region they were held in.
    sql.push("), outreach AS (SELECT o.id, o.people_reached FROM outreach_events o WHERE 1 = 1");
    in_period(&mut sql, filter, "o.held_on");
    of_programme_if_asked(&mut sql, filter, "o.programme_id");
    of_organisation(&mut sql, within, "o.organisation_id");
    if let Some(region) = &filter.region {
        sql.push(" AND o.region = ").text(region.clone());
    }
    // Social enterprises: enrolments and job places (no region's).
    sql.push("), enrolled AS (SELECT b.social_enterprise_id, b.person_id");
    from_persons(
        &mut sql,
        filter,
        "social_enterprise_beneficiaries",
        "b",
        "person_id",
    );
    in_period(&mut sql, filter, "b.started_on");
    of_organisation(&mut sql, within, "b.organisation_id");
    sql.push(
        "), places AS (SELECT jpl.id, jpl.social_enterprise_id, jpl.term, jpl.places \
         FROM job_places jpl WHERE 1 = 1",
    );
    in_period(&mut sql, filter, "jpl.created_on");
    of_organisation(&mut sql, within, "jpl.organisation_id");
    if filter.region.is_some() {
        sql.push(" AND 1 = 0");
    }
    sql.push(
        "), enterprises AS (SELECT social_enterprise_id AS id FROM enrolled \
             UNION SELECT social_enterprise_id FROM places), \
         partners AS (SELECT DISTINCT sp.partner_organisation_id AS id \
             FROM social_enterprise_partners sp \
             WHERE sp.social_enterprise_id IN (SELECT id FROM enterprises))",
    );
    // Movement assistance, everyone's.
    sql.push(", moved AS (SELECT m.person_id");
    from_persons(&mut sql, filter, "movements", "m", "person_id");
    in_period(&mut sql, filter, "m.departed_on");
    // Officials trained: their first attendance of the period each. They
    // record no region, sex or age: a region filter leaves them out.
    sql.push(
        "), trained AS (SELECT tp.id, tp.training_id FROM training_participants tp \
         WHERE tp.id IN (SELECT MIN(a.id) FROM training_participants a \
         JOIN trainings t ON t.id = a.training_id WHERE a.attended = TRUE",
    );
    sql.push(" AND t.starts_on <= ").date(filter.period.to);
    sql.push(" AND t.ends_on >= ").date(filter.period.from);
    of_organisation(&mut sql, within, "a.organisation_id");
    if filter.region.is_some() {
        sql.push(" AND 1 = 0");
    }
    sql.push(" GROUP BY a.official_key))");
    sql
}

/// What the statement selects of `source`: its `id`, `person`, `key`,
/// `parent` and `amount` (see [`Source`]), and `FROM` what.
fn selected(source: Source) -> ([&'static str; 5], &'static str) {
    const NULL: &str = "NULL";
    match source {
        Source::Return => ([NULL, "person_id", NULL, NULL, "0"], "returned"),
        Source::ReturnCount => (
            [NULL, NULL, "return_type", NULL, "COUNT(*)"],
            "returned GROUP BY return_type",
        ),
        Source::Given => (
            ["id", "person_id", "assistance_type", "household_id", "0"],
            "given",
        ),
        Source::StartupCoBeneficiary => (
            ["g.id", "cb.person_id", NULL, NULL, "0"],
            "given g JOIN assistance_co_beneficiaries cb ON cb.assistance_id = g.id \
             WHERE g.assistance_type = 'micro_business'",
        ),
        Source::Placement => ([NULL, "person_id", NULL, NULL, "0"], "placed"),
        Source::Session => (["id", "person_id", NULL, NULL, "0"], "counselled"),
        Source::Outreach => (["id", NULL, NULL, NULL, "people_reached"], "outreach"),
        Source::Enrolment => (
            [NULL, "person_id", NULL, "social_enterprise_id", "0"],
            "enrolled",
        ),
        Source::JobPlace => (
            ["id", NULL, "term", "social_enterprise_id", "places"],
            "places",
        ),
        Source::Partner => (["id", NULL, NULL, NULL, "0"], "partners"),
        Source::Movement => ([NULL, "person_id", NULL, NULL, "0"], "moved"),
        Source::Participant => (["id", NULL, NULL, "training_id", "0"], "trained"),
    }
}

/// The statement of the records of `sources`: a [`Row`] each.
fn records(filter: &ReportFilter, within: Within, backend: Backend, sources: &[Source]) -> Sql {
    let mut sql = sets(filter, within, backend);
    for (n, source) in sources.iter().enumerate() {
        let ([id, person, key, parent, amount], from) = selected(*source);
        sql.push(if n == 0 {
            " SELECT "
        } else {
            " UNION ALL SELECT "
        });
        sql.push(&format!(
            "{} AS source, CAST({id} AS TEXT) AS id, CAST({person} AS TEXT) AS person, \
             CAST({key} AS TEXT) AS key, CAST({parent} AS TEXT) AS parent, \
             CAST({amount} AS BIGINT) AS amount FROM {from}",
            source.number(),
        ));
    }
    sql
}

by_position! {
    /// One row of [`records`].
    struct Row {
        source: i32 = Integer,
        id: Option<TextId> = Nullable<Text>,
        person: Option<TextId> = Nullable<Text>,
        key: Option<String> = Nullable<Text>,
        parent: Option<TextId> = Nullable<Text>,
        amount: i64 = BigInt,
    }
}

impl TryFrom<Row> for tally::Record {
    type Error = StoreError;

    fn try_from(row: Row) -> Result<Self, StoreError> {
        Ok(tally::Record {
            source: Source::numbered(row.source)?,
            id: row.id.map(|id| id.0),
            person: row.person.map(|id| id.0),
            key: row.key,
            parent: row.parent.map(|id| id.0),
            amount: row.amount,
        })
    }
}

/// The records of `sources` of the period, tallied, read in one snapshot.
fn tally(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
    sources: &[Source],
) -> Result<Tally, StoreError> {
    let records = records(filter, within, backend(conn), sources);
    tally_alongside(
        conn,
        |c, each| records.for_each(c, |row: Row| each(tally::Record::try_from(row)?)),
        Tally::default(),
        Tally::add,
    )
}

/// The exact value of every figure of the overview, read in one snapshot.
pub fn counts(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
) -> Result<Counts, StoreError> {
    Ok(tally(conn, filter, within, &Source::counted())?.counts())
}

/// One record behind a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub id: Uuid,
    pub kind: RecordKind,
    /// The social enterprise of a job place.
    pub parent: Option<Uuid>,
}

/// One page of the records behind a figure, with their total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    /// How many records the figure counts (its value, for a count).
    pub total: i64,
    /// What their numbers add up to (the value of a sum; zero for counts).
    pub sum: i64,
    /// The page, in id order.
    pub records: Vec<Record>,
}

/// The records behind `figure`: their total (and sum), and one page of them
/// after `after`, in id order; read in one snapshot.
pub fn behind(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
    figure: OverviewFigure,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Behind, StoreError> {
    let mut records = tally(conn, filter, within, Source::of(figure))?.behind(figure);
    records.sort_unstable_by_key(|record| record.id);
    let limit = usize::try_from(limit).unwrap_or(0);
    Ok(Behind {
        total: i64::try_from(records.len()).unwrap_or(i64::MAX),
        sum: records.iter().map(|record| record.amount).sum(),
        records: records
            .into_iter()
            .filter(|record| after.is_none_or(|after| record.id > after))
            .take(limit)
            .map(|record| Record {
                id: record.id,
                kind: record.kind,
                parent: record.parent,
            })
            .collect(),
    })
}
