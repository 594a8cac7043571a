//! The counts of the reintegration report and the records behind each figure
//! (see `integra_domain::reports::reintegration` for the definitions).
//!
//! The sets, as CTEs (each figure counts one; its drill-down pages through it):
//!
//! | CTE | rows |
//! |---|---|
//! | `reg` | cases of the programme(s) registered in the period (a row each: person, screened, latest decision) |
//! | `events` | `reg`, contacts about the programme(s) in the period and `given` items, as funnel flags per row |
//! | `funnel` | `events` grouped by person: reached, registered, screened, latest decision (`cases.decision_key`), assisted, counselled |
//! | `reached` .. `not_eligible_counselled` | the persons of `funnel` at each stage |
//! | `delivered` | items delivered in the period, corrections included |
//! | `approved` | items approved in the period and not (yet) delivered |
//! | `given` | `delivered` without corrections: what persons, households and the funnel count |
//! | `involved` | (type, person) of `given`'s beneficiaries and co-beneficiaries |
//! | `committed` | `delivered` and `approved` together (money) |
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
//! indexes can use.
//!
//! Cost: every figure counts distinct persons among the records of the
//! period, so a report reads each of those records once (the funnel in one
//! pass grouped by person; items, returns). With `demo-data --persons 1000000`
//! (some 45,000 cases, 60,000 contacts and 40,000 items a year) a year takes
//! under 0.5 s on either backend and five years 2.5 s (figures in the README).
//! Distinct persons do not add up across days or months, so no per-period
//! total can serve an arbitrary period exactly; what would is a
//! first-occurrence table per calendar period (month, quarter, year), stage
//! and programme, `(period, stage, programme, organisation, person)` with a
//! unique key, kept by the writes in their transaction, read by reports over
//! whole calendar periods (any other period keeps this set-based path).

use integra_domain::money::Money;
use integra_domain::reintegration::programme::AssistanceType;
use integra_domain::reports::reintegration::{
    Counts, ReintegrationFigure, Stage, TypeCounts, TypeMeasure,
};
use integra_domain::reports::ReportFilter;
use integra_domain::stay::ReturnType;
use uuid::Uuid;

use super::{
    backend, chosen_page, filtered_persons, from_persons, in_period, items, of_organisation,
    of_programme, returned, snapshot, Counted, Listed, Sql, Total, Within, GIVEN,
};
use diesel::connection::SimpleConnection;

use crate::connection::{Backend, DbConnection};
use crate::error::StoreError;
use crate::rows;

/// The `WITH` clause of every set of the report (the last CTE ends without a comma).
fn sets(filter: &ReportFilter, within: Within, backend: Backend) -> Sql {
    let mut sql = Sql::new();
    sql.push("WITH ");
    filtered_persons(&mut sql, filter);
    // The funnel in one pass: a row per case of the programme registered in
    // the period (`reg`), per contact about it in the period and per item
    // given in the period (`events`), grouped by person (`funnel`). A decision
    // needs an assessment of its case (the case's life cycle), so the decided
    // are screened; a person's latest decision is the greatest `decision_key`
    // of their cases.
    sql.push(
        "reg AS (SELECT c.person_id, 1 AS reached, 1 AS registered, \
             CASE WHEN c.assessed = TRUE THEN 1 ELSE 0 END AS screened, \
             CASE WHEN c.assessed = TRUE THEN c.decision_key END AS decision, \
             0 AS assisted, 0 AS counselled",
    );
    from_persons(&mut sql, filter, "cases", "c", "person_id");
    in_period(&mut sql, filter, "c.registered_on");
    of_programme(&mut sql, filter, "c.programme_id", backend);
    of_organisation(&mut sql, within, "c.organisation_id");
    sql.push(")");
    // Items delivered in the period, and approved in the period (not delivered).
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
    sql.push(GIVEN);
    sql.push(", events AS (SELECT * FROM reg");
    sql.push(" UNION ALL SELECT ct.person_id, 1, 0, 0, NULL, 0, 0");
    from_persons(&mut sql, filter, "contacts", "ct", "person_id");
    in_period(&mut sql, filter, "ct.contacted_on");
    of_programme(&mut sql, filter, "ct.programme_id", backend);
    of_organisation(&mut sql, within, "ct.organisation_id");
    sql.push(
        " UNION ALL SELECT person_id, 0, 0, 0, NULL, \
             CASE WHEN assistance_type <> 'counselling_referral' THEN 1 ELSE 0 END, \
             CASE WHEN assistance_type = 'counselling_referral' THEN 1 ELSE 0 END FROM given), \
         funnel AS (SELECT person_id, MAX(reached) AS reached, MAX(registered) AS registered, \
             MAX(screened) AS screened, MAX(decision) AS decision, MAX(assisted) AS assisted, \
             MAX(counselled) AS counselled FROM events GROUP BY person_id), \
         reached AS (SELECT person_id FROM funnel WHERE reached = 1), \
         registered AS (SELECT person_id FROM funnel WHERE registered = 1), \
         screened AS (SELECT person_id FROM funnel WHERE screened = 1), \
         eligible AS (SELECT person_id FROM funnel WHERE decision LIKE '% eligible'), \
         not_eligible AS (SELECT person_id FROM funnel WHERE decision LIKE '% not_eligible'), \
         assisted AS (SELECT person_id FROM funnel WHERE registered = 1 AND assisted = 1), \
         not_eligible_counselled AS (SELECT person_id FROM funnel \
             WHERE decision LIKE '% not_eligible' AND counselled = 1)",
    );
    sql.push(
        ", committed AS (SELECT id, person_id, assistance_type, amount_tetri FROM delivered \
             UNION ALL SELECT id, person_id, assistance_type, amount_tetri FROM approved)",
    );
    returned(&mut sql, filter, None);
    sql
}

/// The exact counts of every figure of the report, read in one snapshot.
pub fn counts(
    conn: &mut DbConnection,
    filter: &ReportFilter,
    within: Within,
) -> Result<Counts, StoreError> {
    let mut sql = sets(filter, within, backend(conn));
    let stages = Stage::ALL
        .iter()
        .map(|s| format!("SELECT '{s}' AS name, '' AS key, COUNT(*) AS n FROM {s}"))
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    sql.push(" ").push(&stages).push(
        " UNION ALL SELECT 'persons', assistance_type, COUNT(DISTINCT person_id) FROM given \
             GROUP BY assistance_type \
         UNION ALL SELECT 'households', assistance_type, COUNT(DISTINCT household_id) FROM given \
             GROUP BY assistance_type \
         UNION ALL SELECT 'persons_involved', assistance_type, COUNT(*) FROM involved \
             GROUP BY assistance_type \
         UNION ALL SELECT 'delivered', assistance_type, \
             CAST(COALESCE(SUM(amount_tetri), 0) AS BIGINT) FROM delivered GROUP BY assistance_type \
         UNION ALL SELECT 'committed', assistance_type, \
             CAST(COALESCE(SUM(amount_tetri), 0) AS BIGINT) FROM committed GROUP BY assistance_type \
         UNION ALL SELECT 'delivered_persons', assistance_type, COUNT(DISTINCT person_id) \
             FROM delivered GROUP BY assistance_type \
         UNION ALL SELECT 'committed_persons', assistance_type, COUNT(DISTINCT person_id) \
             FROM committed GROUP BY assistance_type \
         UNION ALL SELECT 'returns', return_type, COUNT(DISTINCT person_id) FROM returned \
             GROUP BY return_type",
    );
    let rows: Vec<Counted> = snapshot(conn, |c| {
        // PostgreSQL cannot size the sets it reads from CTEs (it guesses a
        // hundred rows or so), and would join them in a nested loop of their
        // full sizes (seconds at a million persons): hash joins instead.
        if let DbConnection::Postgres(_) = c {
            c.batch_execute("SET LOCAL enable_nestloop = off")?;
        }
        sql.load(c)
    })?;
    let mut counts = Counts::default();
    let mut by_type: Vec<TypeCounts> = AssistanceType::ALL
        .iter()
        .map(|t| TypeCounts::none(*t))
        .collect();
    for row in rows {
        if let Some(stage) = Stage::ALL.iter().find(|s| s.as_str() == row.name) {
            counts.funnel.insert(stage.as_str(), row.n);
        } else if row.name == "returns" {
            let kind = rows::parse("return type", &row.key, ReturnType::parse)?;
            counts.returns.insert(kind.as_str(), row.n);
        } else {
            let kind = rows::parse("assistance type", &row.key, AssistanceType::parse)?;
            let Some(counted) = by_type.iter_mut().find(|t| t.assistance_type == kind) else {
                continue;
            };
            match row.name.as_str() {
                "committed_persons" => {
                    counted.committed_persons = row.n;
                    continue;
                }
                "delivered_persons" => {
                    counted.delivered_persons = row.n;
                    continue;
                }
                _ => {}
            }
            let measure = rows::parse("measure", &row.name, TypeMeasure::parse)?;
            match measure {
                TypeMeasure::Persons => counted.persons = row.n,
                TypeMeasure::PersonsInvolved => counted.persons_involved = row.n,
                TypeMeasure::Households => counted.households = row.n,
                TypeMeasure::Committed => counted.committed = Money::from_tetri(row.n),
                TypeMeasure::Delivered => counted.delivered = Money::from_tetri(row.n),
            }
        }
    }
    counts.by_type = by_type;
    Ok(counts)
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

/// The `SELECT` of the records behind `figure` (column `id`; `amount` too for
/// money), without the `WITH` clause.
fn chosen(figure: ReintegrationFigure, sql: &mut Sql) {
    match figure {
        ReintegrationFigure::Funnel(stage) => {
            sql.push(&format!(
                "SELECT DISTINCT person_id AS id, 0 AS amount FROM {stage}"
            ));
        }
        ReintegrationFigure::Returns(kind) => {
            sql.push(
                "SELECT DISTINCT person_id AS id, 0 AS amount FROM returned WHERE return_type = ",
            )
            .text(kind.as_str());
        }
        ReintegrationFigure::ByType(kind, measure) => {
            let select = match measure {
                TypeMeasure::Persons => {
                    "SELECT DISTINCT person_id AS id, 0 AS amount FROM given WHERE 1 = 1"
                }
                TypeMeasure::PersonsInvolved => {
                    "SELECT DISTINCT person_id AS id, 0 AS amount FROM involved WHERE 1 = 1"
                }
                TypeMeasure::Households => {
                    "SELECT DISTINCT household_id AS id, 0 AS amount FROM given \
                     WHERE household_id IS NOT NULL"
                }
                TypeMeasure::Committed => {
                    "SELECT id, COALESCE(amount_tetri, 0) AS amount FROM committed WHERE 1 = 1"
                }
                TypeMeasure::Delivered => {
                    "SELECT id, COALESCE(amount_tetri, 0) AS amount FROM delivered WHERE 1 = 1"
                }
            };
            sql.push(select)
                .push(" AND assistance_type = ")
                .text(kind.as_str());
        }
    }
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
    let mut with_chosen = sets(filter, within, backend(conn));
    with_chosen.push(", chosen AS (");
    chosen(figure, &mut with_chosen);
    with_chosen.push(")");
    let (total, listed): (Total, Vec<Listed>) =
        chosen_page(conn, &with_chosen, "id", after, limit)?;
    Ok(Behind {
        total: total.n,
        amount: Money::from_tetri(total.amount),
        ids: listed
            .iter()
            .map(|l| rows::uuid(&l.id))
            .collect::<Result<_, _>>()?,
    })
}
