//! The counts of the overview fact sheet and the records behind each figure
//! (see `integra_domain::reports::overview` for the definitions).
//!
//! The sets, as CTEs (each figure counts one; its drill-down pages through it):
//!
//! | CTE | rows |
//! |---|---|
//! | `placed` | job placements started in the period (person) |
//! | `delivered`, `given` | the reintegration report's: items delivered in the period, and those without corrections |
//! | `startups`, `startup_involved` | the `micro_business` items of `given`, and their beneficiaries and co-beneficiaries |
//! | `returned` | the reintegration report's, of one return type: stays abroad that ended in the period with an assisted voluntary return |
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
//! them, and stays by return type and end date (migration
//! `2026-12-07-000040_overview_indexes`); placements by start
//! (`job_placements_started`, `_programme`), sessions by day
//! (`counselling_sessions_held_on`, covering the person), events by day and
//! region (`outreach_events_held_on`, covering people reached), enrolments by
//! start (`social_enterprise_beneficiaries_started`, covering the enterprise
//! and person), job places by day (`job_places_created`), movements by
//! departure (`movements_departed`, covering the person).
//!
//! Measured with the release build on 2 cores over a generated population of
//! 1,000,000 persons (`integra demo-data --persons 1000000 --seed 1 --as-of
//! 2026-11-30`), median of 5 requests through the API, SQLite / PostgreSQL:
//!
//! | overview | SQLite | PostgreSQL |
//! |---|---:|---:|
//! | a month | 12 ms | 11 ms |
//! | a year (2026-01-01 .. 2026-11-30) | 120 ms | 123 ms |
//! | a year, region + sex + age band | 277 ms | 383 ms |
//! | five years (2022-01-01 .. 2026-11-30) | 629 ms | 620 ms |
//! | a drill-down page (`persons_counselled`, a year) | 94 ms | 88 ms |
//!
//! (At 200,000 persons: a year 21 ms, five years 107 ms on SQLite.) Five years
//! is over 500 ms: the cost is the distinct counts of some 150,000 items,
//! 170,000 returns and 310,000 sessions (`persons_counselled`,
//! `returns_assisted`, `persons_assisted` by type, each 100 to 200 ms). Below
//! that needs what the reintegration report's notes say: first occurrences
//! per calendar period kept by the writes, for reports over whole periods.

use diesel::sql_types::{Nullable, Text};
use diesel::QueryableByName;
use integra_domain::error::RecordKind;
use integra_domain::reintegration::programme::AssistanceType;
use integra_domain::reports::overview::{Counts, Measure, OverviewFigure};
use integra_domain::reports::ReportFilter;
use integra_domain::stay::ReturnType;
use uuid::Uuid;

use super::{
    backend, chosen_page, filtered_persons, from_persons, in_period, items, of_organisation,
    person_conditions, returned, snapshot, Counted, Sql, Total, Within, GIVEN,
};
use crate::connection::{Backend, DbConnection};
use crate::error::StoreError;
use crate::rows;

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
    // The reintegration report's assistance and (assisted voluntary) returns;
    // its micro-business grants and the persons involved in them.
    items(
        &mut sql,
        "delivered",
        "delivered",
        "i.delivered_on",
        filter,
        within,
        backend,
    );
    sql.push(GIVEN);
    returned(&mut sql, filter, Some(ReturnType::AssistedVoluntaryReturn));
    sql.push(
        ", startups AS (SELECT id, person_id FROM given \
             WHERE assistance_type = 'micro_business'), \
         startup_involved AS (SELECT person_id FROM startups \
             UNION SELECT cb.person_id FROM startups g \
             JOIN assistance_co_beneficiaries cb ON cb.assistance_id = g.id)",
    );
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

/// The `SELECT` of the records behind `figure`, without the `WITH` clause:
/// columns `id`, `amount` (what a sum adds up; 0 for counts), `parent` (the
/// social enterprise of a job place; null otherwise) and `kind` (the record
/// kind, as audit entries name it).
fn chosen(figure: OverviewFigure, sql: &mut Sql) {
    let persons = |from: &str| {
        format!("SELECT DISTINCT person_id AS id, 0 AS amount, NULL AS parent, 'person' AS kind FROM {from}")
    };
    match figure {
        OverviewFigure::ReturnsAssisted => {
            sql.push(&persons("returned"));
        }
        OverviewFigure::PersonsAssisted => {
            sql.push(&persons("given"))
                .push(" WHERE assistance_type <> 'counselling_referral'");
        }
        OverviewFigure::PersonsAssistedBy(kind) => {
            sql.push(&persons("given"))
                .push(" WHERE assistance_type = ")
                .text(kind.as_str());
        }
        OverviewFigure::PersonsTrainedVocationally => chosen(
            OverviewFigure::PersonsAssistedBy(AssistanceType::VocationalTraining),
            sql,
        ),
        OverviewFigure::StartupsSupported => {
            sql.push("SELECT id, 0 AS amount, NULL AS parent, 'assistance' AS kind FROM startups");
        }
        OverviewFigure::StartupPersonsInvolved => {
            sql.push(&persons("startup_involved"));
        }
        OverviewFigure::FamiliesHoused => {
            sql.push(
                "SELECT DISTINCT household_id AS id, 0 AS amount, NULL AS parent, \
                 'household' AS kind FROM given \
                 WHERE assistance_type = 'temporary_accommodation' AND household_id IS NOT NULL",
            );
        }
        OverviewFigure::PersonsEmployed => {
            sql.push(&persons("placed"));
        }
        OverviewFigure::PersonsCounselled => {
            sql.push(&persons("counselled")).push(
                " WHERE person_id IS NOT NULL \
                 UNION ALL SELECT id, 0, NULL, 'counselling_session' FROM counselled \
                 WHERE person_id IS NULL",
            );
        }
        OverviewFigure::PeopleReachedByOutreach => {
            sql.push(
                "SELECT id, people_reached AS amount, NULL AS parent, 'outreach_event' AS kind \
                 FROM outreach",
            );
        }
        OverviewFigure::SocialEnterprises => {
            sql.push(
                "SELECT id, 0 AS amount, NULL AS parent, 'organisation' AS kind FROM enterprises",
            );
        }
        OverviewFigure::SocialEnterprisePartners => {
            sql.push(
                "SELECT id, 0 AS amount, NULL AS parent, 'organisation' AS kind FROM partners",
            );
        }
        OverviewFigure::SocialEnterpriseBeneficiaries => {
            sql.push(&persons("enrolled"));
        }
        OverviewFigure::JobPlaces(term) => {
            sql.push(
                "SELECT id, places AS amount, social_enterprise_id AS parent, \
                 'job_place' AS kind FROM places WHERE term = ",
            )
            .text(term.as_str());
        }
        OverviewFigure::ForeignMigrantsMoved => {
            sql.push(&persons("moved"));
        }
        OverviewFigure::OfficialsTrained => {
            sql.push(
                "SELECT id, 0 AS amount, training_id AS parent, \
                 'training_participant' AS kind FROM trained",
            );
        }
    }
}

/// The exact value of every figure of the overview, read in one snapshot: the
/// size (or, for sums, the total) of each figure's set of records.
pub fn counts(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
) -> Result<Counts, StoreError> {
    let mut sql = sets(filter, within, backend(conn));
    // Persons by assistance type in one pass over `given`.
    sql.push(
        " SELECT 'persons_assisted' AS name, assistance_type AS key, \
         COUNT(DISTINCT person_id) AS n FROM given GROUP BY assistance_type",
    );
    for figure in OverviewFigure::all() {
        if matches!(
            figure,
            OverviewFigure::PersonsAssistedBy(_) | OverviewFigure::PersonsTrainedVocationally
        ) {
            continue;
        }
        let value = match figure.measure() {
            Measure::Count => "COUNT(*)",
            Measure::Sum => "CAST(COALESCE(SUM(amount), 0) AS BIGINT)",
        };
        sql.push(&format!(
            " UNION ALL SELECT '{}', '', {value} FROM (",
            figure.id()
        ));
        chosen(figure, &mut sql);
        sql.push(") x");
    }
    let rows: Vec<Counted> = snapshot(conn, |c| sql.load(c))?;
    let mut counts = Counts::default();
    for row in rows {
        let id = if row.key.is_empty() {
            row.name
        } else {
            let kind = rows::parse("assistance type", &row.key, AssistanceType::parse)?;
            OverviewFigure::PersonsAssistedBy(kind).id()
        };
        counts.0.insert(id, row.n);
    }
    let trained = counts.value(OverviewFigure::PersonsAssistedBy(
        AssistanceType::VocationalTraining,
    ));
    counts
        .0
        .insert(OverviewFigure::PersonsTrainedVocationally.id(), trained);
    Ok(counts)
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

/// One row of a drill-down's page.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
struct Listed {
    #[diesel(sql_type = Text)]
    id: String,
    #[diesel(sql_type = Nullable<Text>)]
    parent: Option<String>,
    #[diesel(sql_type = Text)]
    kind: String,
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
    let mut with_chosen = sets(filter, within, backend(conn));
    with_chosen.push(", chosen AS (");
    chosen(figure, &mut with_chosen);
    with_chosen.push(")");
    let (totals, listed): (Total, Vec<Listed>) =
        chosen_page(conn, &with_chosen, "id, parent, kind", after, limit)?;
    let (total, sum) = (totals.n, totals.amount);
    let kinds = figure.records().kinds();
    let records = listed
        .iter()
        .map(|row| {
            let kind = kinds
                .iter()
                .copied()
                .find(|k| k.as_str() == row.kind)
                .ok_or_else(|| StoreError::corrupt("record kind", &row.kind))?;
            Ok(Record {
                id: rows::uuid(&row.id)?,
                kind,
                parent: row.parent.as_deref().map(rows::uuid).transpose()?,
            })
        })
        .collect::<Result<_, StoreError>>()?;
    Ok(Behind {
        total,
        sum,
        records,
    })
}
