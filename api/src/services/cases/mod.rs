//! Reintegration cases: open, find, read, assign. Their moves, notes and
//! assessments are in the modules below.
//!
//! A case belongs to the organisation of whoever opened it; its case workers
//! see it, others find nothing ([`Actor::reach`] of [`RecordKind::Case`]).

use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::{Access, Reach};
use integra_domain::error::RecordKind;
use integra_domain::reintegration::case::{self, CaseInput, CaseOutcome, CaseStatus};
use integra_domain::version::Precondition;
use integra_domain::{Error, ValidationErrors};
use integra_persistence::assessments::{self as stored_assessments, AssessmentRecord};
use integra_persistence::cases::{self, CaseFilter, CaseRecord};
use integra_persistence::{persons, programmes, users, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::services::answer::{self, Answer};
use crate::services::eligibility::RuleSetRef;
use crate::services::json::Body;
use crate::services::{self, paging, rights, visible, Call, ReadSize};

pub mod assessments;
pub mod notes;
pub mod transitions;

/// The latest assessment of a case, in brief.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0", "eligible": true,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "assessed_on": "2026-01-31", "created_at": "2026-02-01T10:00:00Z"}))]
pub struct AssessmentSummary {
    pub id: Uuid,
    pub eligible: bool,
    pub rule_set: RuleSetRef,
    #[schema(value_type = String, format = Date)]
    pub assessed_on: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// A case as the API shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80",
    "organisation_id": "00000000-0000-7000-8000-000000000001", "status": "eligible",
    "outcome": null, "registered_on": "2026-01-31", "plan_due_on": "2026-03-02",
    "plan_overdue": false, "closed_on": null,
    "assigned_to": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0",
    "latest_assessment": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0", "eligible": true,
        "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
        "assessed_on": "2026-01-31", "created_at": "2026-02-01T10:00:00Z"},
    "version": 4, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-02-10T11:30:00Z"}))]
pub struct CaseView {
    pub id: Uuid,
    pub person_id: Uuid,
    pub programme_id: Uuid,
    /// The organisation whose case workers see the case.
    pub organisation_id: Uuid,
    pub status: CaseStatus,
    /// Set once the case is closed.
    pub outcome: Option<CaseOutcome>,
    /// The application date.
    #[schema(value_type = String, format = Date)]
    pub registered_on: NaiveDate,
    /// 30 days after `registered_on`.
    #[schema(value_type = String, format = Date)]
    pub plan_due_on: NaiveDate,
    /// The plan's due date has passed and the case is not yet in planning.
    pub plan_overdue: bool,
    #[schema(value_type = Option<String>, format = Date)]
    pub closed_on: Option<NaiveDate>,
    pub assigned_to: Option<Uuid>,
    pub latest_assessment: Option<AssessmentSummary>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One page of cases.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "person_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f",
    "programme_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80",
    "organisation_id": "00000000-0000-7000-8000-000000000001", "status": "registered",
    "outcome": null, "registered_on": "2026-01-31", "plan_due_on": "2026-03-02",
    "plan_overdue": false, "closed_on": null, "assigned_to": null, "latest_assessment": null,
    "version": 1, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"}],
    "next_cursor": null}))]
pub struct CasePage {
    pub items: Vec<CaseView>,
    pub next_cursor: Option<String>,
}

/// Filters of `GET /cases`; all given filters must match.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CaseQuery {
    #[param(value_type = Option<CaseStatus>)]
    status: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    programme_id: Option<String>,
    #[param(value_type = Option<String>, format = Uuid)]
    person_id: Option<String>,
    /// The user the cases are assigned to.
    #[param(value_type = Option<String>, format = Uuid)]
    assigned_to: Option<String>,
    /// `true`: only cases whose plan is overdue (due date passed, not yet in planning).
    overdue: Option<bool>,
    /// Page size, 1 to 500; 50 when absent.
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(min_length = 1, max_length = 64)]
    cursor: Option<String>,
}

impl CaseQuery {
    /// The list's filter (limited to `reach` on `today`), page size and cursor.
    fn validate(
        &self,
        reach: Reach,
        today: NaiveDate,
    ) -> Result<(CaseFilter, i64, Option<Uuid>), Error> {
        let mut errors = ValidationErrors::new();
        let status = self
            .status
            .as_deref()
            .and_then(|s| errors.check(CaseStatus::parse("status", s)));
        let mut id = |field: &str, value: &Option<String>| {
            value
                .as_deref()
                .and_then(|v| errors.check(integra_domain::reintegration::uuid(field, v)))
        };
        let filter = CaseFilter {
            organisation: reach.organisation(),
            status,
            programme_id: id("programme_id", &self.programme_id),
            person_id: id("person_id", &self.person_id),
            assigned_to: id("assigned_to", &self.assigned_to),
            overdue_on: self.overdue.unwrap_or(false).then_some(today),
        };
        let (limit, after) = paging::finish(errors, self.limit, self.cursor.as_deref())?;
        Ok((filter, limit, after))
    }
}

fn summary(record: &AssessmentRecord) -> AssessmentSummary {
    AssessmentSummary {
        id: record.id,
        eligible: record.eligible,
        rule_set: RuleSetRef {
            id: record.rule_set_id,
            version: record.rule_set_version,
        },
        assessed_on: record.assessed_on,
        created_at: record.created_at,
    }
}

fn view(record: CaseRecord, latest: Option<&AssessmentRecord>, today: NaiveDate) -> CaseView {
    let c = record.case;
    CaseView {
        id: c.id,
        person_id: c.person_id,
        programme_id: c.programme_id,
        organisation_id: record.organisation_id,
        status: c.status,
        outcome: c.outcome,
        registered_on: c.registered_on,
        plan_due_on: c.plan_due_on,
        plan_overdue: case::plan_is_overdue(c.status, c.registered_on, today),
        closed_on: c.closed_on,
        assigned_to: record.assigned_to,
        latest_assessment: latest.map(summary),
        version: c.version,
        created_at: c.created_at,
        updated_at: c.updated_at,
    }
}

/// The case `id`, if the caller reaches it; otherwise it is not found.
pub(crate) fn load(conn: &mut DbConnection, id: Uuid, reach: Reach) -> Result<CaseRecord, Error> {
    let record = cases::get(conn, id)?;
    visible(reach, record.organisation_id)?;
    Ok(record)
}

/// The case `id` as the API shows it, if the caller reaches it.
pub(crate) fn load_view(
    conn: &mut DbConnection,
    id: Uuid,
    reach: Reach,
) -> Result<CaseView, Error> {
    let record = load(conn, id, reach)?;
    let latest = stored_assessments::latest(conn, id)?;
    Ok(view(record, latest.as_ref(), services::today()))
}

/// Opens a case for a person in a programme, held by the caller's organisation.
/// A person has at most one open case per programme: a second is a conflict
/// naming the first (to a caller who may see it, [`answer::disclosed`]).
pub async fn create(call: &Call, input: Body<CaseInput>) -> Result<Answer<CaseView>, Error> {
    call.reach(RecordKind::Case, Access::Write)?;
    let input = input.parse()?;
    let today = services::today();
    let fields = input.validate(today)?;
    let organisation = call
        .organisation_id
        .unwrap_or(integra_domain::organisation::MINISTRY_ID);
    let id = Uuid::now_v7();
    let entries = vec![call.entry("case.created", RecordKind::Case, id)];
    let by = call.id;
    let (person, programme) = (fields.person_id, fields.programme_id);
    let opened = services::write_answer(call, entries, move |c, now| {
        let mut errors = ValidationErrors::new();
        if !persons::exists(c, person)? {
            errors.add("person_id", "not_found", "person_id names no person");
        }
        if !programmes::exists(c, programme)? {
            errors.add(
                "programme_id",
                "not_found",
                "programme_id names no programme",
            );
        }
        if !errors.is_empty() {
            return Err(errors.into());
        }
        rights::not_erased(c, person)?;
        if let Some(open) = cases::open_case_of(c, person, programme)? {
            return Err(open_case_exists(open));
        }
        let record = cases::insert(c, id, &fields, organisation, by, now)?;
        Ok(view(record, None, today))
    })
    .await;
    match opened {
        // The unique index caught a concurrent open: name the case that won.
        Err(e) if e.is_duplicate() => {
            let open = services::read(&call.app, move |c| {
                Ok(cases::open_case_of(c, person, programme)?)
            })
            .await?;
            let conflict = match open {
                Some(open) => open_case_exists(open),
                None => Error::conflict(
                    "concurrent_update",
                    "a concurrent request changed the cases of this person; retry",
                ),
            };
            answer::disclosed(call, Err(conflict)).await
        }
        other => other,
    }
}

fn open_case_exists(open: Uuid) -> Error {
    Error::conflict_with(
        "open_case_exists",
        "the person has an open case in this programme already",
        RecordKind::Case,
        open,
    )
}

/// Lists the cases the caller reaches, oldest first; every case listed is a read.
pub async fn list(call: &Call, query: CaseQuery) -> Result<CasePage, Error> {
    let reach = call.reach(RecordKind::Case, Access::Read)?;
    let today = services::today();
    let (filter, limit, after) = query.validate(reach, today)?;
    let actor = call.actor.clone();
    let items = services::audited_read(call, ReadSize::Long, move |c| {
        let records = cases::list(c, &filter, after, limit)?;
        let ids: Vec<Uuid> = records.iter().map(|r| r.case.id).collect();
        let latest = stored_assessments::latest_of(c, &ids)?;
        let items: Vec<CaseView> = records
            .into_iter()
            .map(|record| {
                let id = record.case.id;
                view(record, latest.get(&id), today)
            })
            .collect();
        let entries = actor.reads("case.read", RecordKind::Case, ids);
        Ok((items, entries))
    })
    .await?;
    let next_cursor = paging::next_cursor(items.iter().map(|c| c.id), limit);
    Ok(CasePage { items, next_cursor })
}

/// Reads a case (the read is recorded).
pub async fn get(call: &Call, id: Uuid) -> Result<CaseView, Error> {
    let reach = call.reach(RecordKind::Case, Access::Read)?;
    let entries = vec![call.entry("case.read", RecordKind::Case, id)];
    services::audited_read(call, ReadSize::Short, move |c| {
        Ok((load_view(c, id, reach)?, entries))
    })
    .await
}

/// Whom to assign a case to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"user_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0"}))]
pub struct AssignInput {
    /// An active case worker or admin of the case's organisation.
    pub user_id: Uuid,
}

/// Assigns a case to an active case worker (or admin) of its organisation.
pub async fn assign(
    call: &Call,
    id: Uuid,
    input: Body<AssignInput>,
    precondition: Precondition,
) -> Result<Answer<CaseView>, Error> {
    let reach = call.reach(RecordKind::Case, Access::Write)?;
    let user = input.parse()?.user_id;
    let entries = vec![call.entry("case.assigned", RecordKind::Case, id)];
    services::write_answer(call, entries, move |c, now| {
        let current = load(c, id, reach)?;
        let expected = precondition.expected(current.case.version)?;
        let standing = users::standing(c, user)?.map(|s| (s.role, s.active, s.organisation_id));
        case::assignable(standing, current.organisation_id)?;
        cases::assign(c, id, expected, user, now)?;
        load_view(c, id, Reach::All)
    })
    .await
    .map_err(|e| precondition.lost_race(e))
}
