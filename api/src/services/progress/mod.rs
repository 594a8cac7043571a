//! The progress report for the steering committee
//! (`GET /steering/progress-report`): a project on a day, every outcome and
//! output with its indicators (baseline, target, actual, status), the
//! assumptions, the risks by score, the activities late against the plan,
//! the overdue action items, and the decisions since the committee last met.
//! Read by monitors and administrators, like the project; the actual values
//! as the caller may see the reports behind them.

use chrono::NaiveDate;
use integra_domain::access::Access;
use integra_domain::error::RecordKind;
use integra_domain::localised::Lang;
use integra_domain::reports::Disclosure;
use integra_domain::steering::activity::Activity;
use integra_domain::steering::framework::{Element, ElementKind, Indicator};
use integra_domain::steering::meeting::{ActionItem, Decision, MeetingKind};
use integra_domain::steering::progress::{standing, Standing};
use integra_domain::steering::project::Project;
use integra_domain::steering::risk::Risk;
use integra_domain::{reintegration, Error, ValidationErrors};
use integra_persistence::{activities, framework, meetings, organisations, projects, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::framework::actual;
use crate::services::{self, Call};

pub mod page;

/// `GET /steering/progress-report`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ProgressQuery {
    /// The project (required).
    #[param(value_type = String, format = Uuid)]
    project_id: Option<String>,
    /// The day of the report (today when absent).
    #[param(value_type = Option<String>, format = Date)]
    as_of: Option<String>,
}

/// An indicator with its actual value on the day and its standing.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"indicator": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "element_id": null,
    "name": "Persons given reintegration assistance", "unit": "persons",
    "baseline": 0, "target": 1200, "target_date": "2027-12-31", "figure": null,
    "actual": {"as_of": "2026-12-01", "value": 812, "measured_on": null}, "version": 1,
    "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"},
    "standing": {"status": "on_track", "reached": 0.677, "elapsed": 0.64}}))]
pub struct IndicatorProgress {
    pub indicator: Indicator,
    pub standing: Standing,
}

/// An output or an assumption, with its indicators.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"element": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "kind": "output",
    "parent_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1", "code": "1.1",
    "statement": "Counsellors are trained", "version": 1,
    "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}, "indicators": []}))]
pub struct ElementProgress {
    pub element: Element,
    pub indicators: Vec<IndicatorProgress>,
}

/// An outcome with its indicators and its outputs.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"element": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2",
    "project_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0", "kind": "output",
    "parent_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1", "code": "1.1",
    "statement": "Counsellors are trained", "version": 1,
    "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"}, "indicators": [], "outputs": []}))]
pub struct OutcomeProgress {
    pub element: Element,
    pub indicators: Vec<IndicatorProgress>,
    pub outputs: Vec<ElementProgress>,
}

/// The decisions of one meeting.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"meeting_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1",
    "held_on": "2026-11-20", "kind": "steering_committee",
    "decisions": [{"text": "The survey method is endorsed", "endorses": "method"}]}))]
pub struct MeetingDecisions {
    pub meeting_id: Uuid,
    #[schema(value_type = String, format = Date)]
    pub held_on: NaiveDate,
    pub kind: MeetingKind,
    pub decisions: Vec<Decision>,
}

/// The progress report of a project on a day.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"project": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0",
    "name": "Strengthening the Migration Division", "objective": "Returnees are served by one division",
    "starts_on": "2025-01-01", "ends_on": "2027-12-31", "version": 1,
    "created_at": "2025-01-10T09:00:00Z", "updated_at": "2025-01-10T09:00:00Z"},
    "as_of": "2026-12-01", "objective_indicators": [], "outcomes": [], "assumptions": [],
    "risks": [], "late_activities": [], "overdue_action_items": [], "decisions": []}))]
pub struct ProgressReport {
    pub project: Project,
    #[schema(value_type = String, format = Date)]
    pub as_of: NaiveDate,
    /// The indicators of the project's objective.
    pub objective_indicators: Vec<IndicatorProgress>,
    /// Each outcome (by code) with its indicators and outputs.
    pub outcomes: Vec<OutcomeProgress>,
    /// The assumptions, with any indicators on them.
    pub assumptions: Vec<ElementProgress>,
    /// Every risk, highest score first.
    pub risks: Vec<Risk>,
    /// Activities late on the day: not started or not ended though planned to be.
    pub late_activities: Vec<Activity>,
    /// Action items not done and due before the day.
    pub overdue_action_items: Vec<ActionItem>,
    /// The decisions of the last steering committee meeting held by the day
    /// and of every meeting after it up to the day (every meeting's, when the
    /// committee has not met).
    pub decisions: Vec<MeetingDecisions>,
}

/// The project and the day of a query.
fn validate(query: &ProgressQuery) -> Result<(Uuid, NaiveDate), Error> {
    let mut errors = ValidationErrors::new();
    let project = match query.project_id.as_deref() {
        Some(id) => errors.check(reintegration::uuid("project_id", id)),
        None => {
            errors.add("project_id", "required", "project_id is required");
            None
        }
    };
    let as_of = match query.as_of.as_deref() {
        Some(day) => errors.check(reintegration::date("as_of", day)),
        None => Some(services::today()),
    };
    match (project, as_of) {
        (Some(project), Some(as_of)) if errors.is_empty() => Ok((project, as_of)),
        _ => Err(errors.into()),
    }
}

/// The progress report of `project_id` on `as_of`.
pub async fn report(call: &Call, query: ProgressQuery) -> Result<ProgressReport, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let (project, as_of) = validate(&query)?;
    let disclosure = Disclosure::for_caller(&call.caller);
    services::read(&call.app, move |c| build(c, project, as_of, disclosure)).await
}

/// The progress report of `project_id` on `as_of` as a printable page in
/// `lang` ([`page`]), the organisations named.
pub async fn page(call: &Call, query: ProgressQuery, lang: Lang) -> Result<String, Error> {
    call.reach(RecordKind::Project, Access::Read)?;
    let (project, as_of) = validate(&query)?;
    let disclosure = Disclosure::for_caller(&call.caller);
    services::read(&call.app, move |c| {
        let report = build(c, project, as_of, disclosure)?;
        let ids: Vec<Uuid> = report
            .risks
            .iter()
            .map(|r| r.owner_organisation_id)
            .chain(
                report
                    .late_activities
                    .iter()
                    .map(|a| a.responsible_organisation_id),
            )
            .chain(
                report
                    .overdue_action_items
                    .iter()
                    .map(|a| a.owner_organisation_id),
            )
            .collect();
        let names = organisations::names(c, &ids)?;
        Ok(page::render(&report, &names, lang))
    })
    .await
}

/// The report of `project` on `as_of`, figures as `disclosure` shows them.
fn build(
    c: &mut DbConnection,
    project: Uuid,
    as_of: NaiveDate,
    disclosure: Disclosure,
) -> Result<ProgressReport, Error> {
    let project = projects::get(c, project)?;
    let elements = framework::elements(c, project.id)?;
    let mut indicators: Vec<(Option<Uuid>, IndicatorProgress)> = Vec::new();
    for mut indicator in framework::indicators(c, project.id)? {
        let now = actual(c, &project, &indicator, as_of, disclosure)?;
        let standing = standing(
            indicator.baseline,
            indicator.target,
            now.value,
            project.starts_on,
            indicator.target_date,
            as_of,
        );
        indicator.actual = Some(now);
        indicators.push((
            indicator.element_id,
            IndicatorProgress {
                indicator,
                standing,
            },
        ));
    }
    let mut take = |element: Option<Uuid>| -> Vec<IndicatorProgress> {
        let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut indicators)
            .into_iter()
            .partition(|(e, _)| *e == element);
        indicators = rest;
        mine.into_iter().map(|(_, i)| i).collect()
    };
    let objective_indicators = take(None);
    let of_kind = |kind| elements.iter().filter(move |e: &&Element| e.kind == kind);
    let mut outcomes = Vec::new();
    for outcome in of_kind(ElementKind::Outcome) {
        let outputs = of_kind(ElementKind::Output)
            .filter(|o| o.parent_id == Some(outcome.id))
            .map(|o| ElementProgress {
                element: o.clone(),
                indicators: take(Some(o.id)),
            })
            .collect();
        outcomes.push(OutcomeProgress {
            element: outcome.clone(),
            indicators: take(Some(outcome.id)),
            outputs,
        });
    }
    let assumptions = of_kind(ElementKind::Assumption)
        .map(|a| ElementProgress {
            element: a.clone(),
            indicators: take(Some(a.id)),
        })
        .collect();
    let held: Vec<_> = meetings::list(c, project.id)?
        .into_iter()
        .filter(|m| m.held_on <= as_of)
        .collect();
    let since = held
        .iter()
        .rposition(|m| m.kind == MeetingKind::SteeringCommittee)
        .unwrap_or(0);
    let decisions = held
        .into_iter()
        .skip(since)
        .map(|m| MeetingDecisions {
            meeting_id: m.id,
            held_on: m.held_on,
            kind: m.kind,
            decisions: m.decisions,
        })
        .collect();
    let mut late_activities = activities::list(c, project.id)?;
    late_activities.retain(|a| a.late_on(as_of));
    let mut overdue_action_items = meetings::action_items(c, project.id)?;
    overdue_action_items.retain(|a| a.overdue_on(as_of));
    Ok(ProgressReport {
        risks: projects::risks(c, project.id, None)?,
        project,
        as_of,
        objective_indicators,
        outcomes,
        assumptions,
        late_activities,
        overdue_action_items,
        decisions,
    })
}
