//! Reintegration cases: open, find, move through the life cycle, assign, note, assess.

use actix_web::http::header;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, NaiveDate, Utc};
use integra_domain::access::{Permission, Role};
use integra_domain::reintegration::case::{
    self, CaseInput, CaseNote, CaseOutcome, CaseStatus, CaseTransition, NoteInput, TransitionError,
    TransitionInput,
};
use integra_domain::ValidationErrors;
use integra_persistence::assessments::{self, AssessmentRecord};
use integra_persistence::audit::{self, AuditEntry};
use integra_persistence::cases::{self, CaseFilter, CaseRecord, Move};
use integra_persistence::{DbConnection, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::context;
use crate::http::paging as cursor;
use crate::http::preconditions::IfMatch;
use crate::routes::eligibility::{self, RuleSetRef};
use crate::routes::persons::lost_race;
use crate::routes::{created, path_id, versioned};
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_case)
        .service(list_cases)
        .service(get_case)
        .service(transition)
        .service(list_transitions)
        .service(assign)
        .service(add_note)
        .service(list_notes)
        .service(assess)
        .service(list_assessments)
        .service(get_assessment);
}

/// The path of a case.
pub fn location(id: Uuid) -> String {
    format!("/api/v1/cases/{id}")
}

/// The organisation whose cases the caller sees: `None` for an admin (all of them).
fn scope_of(principal: &Principal) -> Option<Uuid> {
    if principal.role == Role::Admin {
        None
    } else {
        Some(principal.organisation_id.unwrap_or(Uuid::nil()))
    }
}

/// Reads a case the caller may see; another organisation's case is not found.
fn load(conn: &mut DbConnection, id: Uuid, scope: Option<Uuid>) -> Result<CaseRecord, StoreError> {
    let record = cases::get(conn, id)?;
    match scope {
        Some(organisation) if organisation != record.organisation_id => Err(StoreError::NotFound),
        _ => Ok(record),
    }
}

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

fn load_view(
    conn: &mut DbConnection,
    id: Uuid,
    scope: Option<Uuid>,
    today: NaiveDate,
) -> Result<CaseView, StoreError> {
    let record = load(conn, id, scope)?;
    let latest = assessments::latest(conn, id)?;
    Ok(view(record, latest.as_ref(), today))
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

/// Opens a case for a person in a programme.
///
/// A person has at most one open case per programme: a second is a `409` whose
/// `existing` is the path of the first.
#[utoipa::path(
    tag = "cases",
    request_body(content = CaseInput, content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer")),
    responses(
        (status = 201, description = "Opened", body = CaseView,
            headers(("Location" = String, description = "The case's path"), ("ETag" = String, description = "The version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/cases")]
pub async fn create_case(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    JsonBody(input): JsonBody<CaseInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let today = state.today();
    let fields = input.validate(today)?;
    let organisation = principal
        .organisation_id
        .unwrap_or(integra_domain::organisation::MINISTRY_ID);
    let id = Uuid::now_v7();
    let actor = principal.id;
    let entry = audit(&principal, &req, "case.created", "case", Some(id));
    let (person, programme) = (fields.person_id, fields.programme_id);
    let result = state
        .audited(vec![entry], move |c, now| {
            let record = cases::insert(c, id, &fields, organisation, actor, now)?;
            Ok(view(record, None, today))
        })
        .await;
    let case = match result {
        Ok(case) => case,
        // The unique index caught a concurrent open: name the case that won.
        Err(ApiError::Conflict {
            code: "duplicate", ..
        }) => {
            let existing = state
                .read(move |c| cases::open_case_of(c, person, programme))
                .await?;
            return Err(match existing {
                Some(existing) => cases::duplicate(existing).into(),
                None => ApiError::Conflict {
                    code: "concurrent_update",
                    detail: "a concurrent request changed the cases of this person; retry"
                        .to_owned(),
                    existing: None,
                },
            });
        }
        Err(e) => return Err(e),
    };
    Ok(created(location(id), case.version, &case))
}

/// Lists the cases the caller may see (a case worker: their organisation's), oldest first.
#[utoipa::path(
    tag = "cases",
    params(CaseQuery),
    responses(
        (status = 200, description = "One page of cases", body = CasePage),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases")]
pub async fn list_cases(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<CaseQuery>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let today = state.today();
    let mut errors = ValidationErrors::new();
    let status = query
        .status
        .as_deref()
        .and_then(|s| errors.check(CaseStatus::parse("status", s)));
    let mut id_filter = |field: &str, value: &Option<String>| {
        value
            .as_deref()
            .and_then(|v| errors.check(integra_domain::reintegration::uuid(field, v)))
    };
    let programme_id = id_filter("programme_id", &query.programme_id);
    let person_id = id_filter("person_id", &query.person_id);
    let assigned_to = id_filter("assigned_to", &query.assigned_to);
    let page = cursor::check(&mut errors, query.limit, query.cursor.as_deref())?;
    let Some((limit, after)) = page else {
        return Err(ApiError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let filter = CaseFilter {
        organisation: scope_of(&principal),
        status,
        programme_id,
        person_id,
        assigned_to,
        overdue_on: query.overdue.unwrap_or(false).then_some(today),
    };
    let (actor, request_id) = (principal.id, context::request_id(&req));
    let now = state.now();
    let items = state
        .write(move |c| {
            let records = cases::list(c, &filter, after, limit)?;
            let mut items = Vec::with_capacity(records.len());
            for record in records {
                let latest = assessments::latest(c, record.case.id)?;
                items.push(view(record, latest.as_ref(), today));
            }
            let entries: Vec<AuditEntry> = items
                .iter()
                .map(|case| AuditEntry {
                    actor_id: Some(actor),
                    action: "case.read",
                    record_type: "case",
                    record_id: Some(case.id),
                    request_id: request_id.clone(),
                })
                .collect();
            audit::record(c, &entries, now)?;
            Ok(items)
        })
        .await?;
    let next_cursor = cursor::next_cursor(items.iter().map(|c| c.id), limit);
    Ok(HttpResponse::Ok().json(CasePage { items, next_cursor }))
}

/// Reads a case (the read is recorded).
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case", body = CaseView,
            headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}")]
pub async fn get_case(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let id = path_id(&id)?;
    let (scope, today) = (scope_of(&principal), state.today());
    let entry = audit(&principal, &req, "case.read", "case", Some(id));
    let case = state
        .audited(vec![entry], move |c, _| load_view(c, id, scope, today))
        .await?;
    Ok(versioned(case.version, &case))
}

fn refused(error: &TransitionError) -> ApiError {
    match error {
        TransitionError::IllegalMove { allowed, .. } => ApiError::IllegalMove {
            code: "illegal_transition",
            detail: error.to_string(),
            allowed: allowed.iter().map(|s| s.as_str().to_owned()).collect(),
        },
        TransitionError::NoAssessment => ApiError::Conflict {
            code: "no_assessment",
            detail: "the case has no eligibility assessment yet: run one first (POST /cases/{id}/assessments)".to_owned(),
            existing: None,
        },
        TransitionError::AssessmentDisagrees { .. } => ApiError::Conflict {
            code: "assessment_disagrees",
            detail: format!("{error}; only an admin may override it, with a reason"),
            existing: None,
        },
        other => match other.field_error() {
            Some(field) => field.into(),
            None => ApiError::BadRequest(other.to_string()),
        },
    }
}

/// Moves a case through its life cycle: `{"to", "reason", "outcome"?, "override"?}`.
///
/// A move the life cycle does not allow is a `409` listing the `allowed` moves.
/// `eligible` / `not_eligible` must agree with the latest assessment unless an admin
/// overrides it (`"override": true`); closing needs an `outcome`.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = TransitionInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Moved", body = CaseView,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/transitions")]
pub async fn transition(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<TransitionInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let id = path_id(&id)?;
    let fields = input.validate()?;
    if fields.admin_override && principal.role != Role::Admin {
        return Err(ApiError::Forbidden);
    }
    let (scope, today) = (scope_of(&principal), state.today());
    let (record, latest) = state
        .read(move |c| {
            let record = load(c, id, scope)?;
            let latest = assessments::latest(c, id)?.map(|a| a.eligible);
            Ok((record, latest))
        })
        .await?;
    let from = record.case.status;
    case::check_transition(
        from,
        fields.to,
        fields.outcome,
        &fields.reason,
        latest,
        fields.admin_override,
    )
    .map_err(|e| refused(&e))?;
    let expected = if_match.expected(record.case.version)?;
    let is_override = case::is_override(fields.to, latest);
    let actor = principal.id;
    let entry = audit(&principal, &req, "case.status_changed", "case", Some(id));
    let case = state
        .audited(vec![entry], move |c, now| {
            let step = Move {
                from,
                to: fields.to,
                outcome: fields.outcome,
                reason: &fields.reason,
                is_override,
            };
            cases::transition(c, id, expected, &step, actor, now)?;
            load_view(c, id, None, today)
        })
        .await
        .map_err(|e| lost_race(e, if_match))?;
    Ok(versioned(case.version, &case))
}

/// The moves of a case.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4eb0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "from": "registered", "to": "screening",
    "reason": "Documents complete", "outcome": null, "override": false,
    "by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "at": "2026-02-01T10:15:00Z"}]}))]
pub struct TransitionList {
    pub items: Vec<CaseTransition>,
}

/// Lists the moves of a case, first to last: who, when, why.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The moves", body = TransitionList),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/transitions")]
pub async fn list_transitions(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let id = path_id(&id)?;
    let scope = scope_of(&principal);
    let entry = audit(&principal, &req, "case.read", "case", Some(id));
    let items = state
        .audited(vec![entry], move |c, _| {
            load(c, id, scope)?;
            cases::transitions(c, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(TransitionList { items }))
}

/// Whom to assign a case to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"user_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0"}))]
pub struct AssignInput {
    /// An active case worker or admin of the case's organisation.
    pub user_id: Uuid,
}

/// Assigns a case to a case worker (or admin) of its organisation.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version being changed"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = AssignInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Assigned", body = CaseView,
            headers(("ETag" = String, description = "The new version"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 412, response = crate::openapi::PreconditionFailed),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/assign")]
pub async fn assign(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<AssignInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let id = path_id(&id)?;
    let (scope, today) = (scope_of(&principal), state.today());
    let current = state.read(move |c| load(c, id, scope)).await?;
    let expected = if_match.expected(current.case.version)?;
    let entry = audit(&principal, &req, "case.assigned", "case", Some(id));
    let case = state
        .audited(vec![entry], move |c, now| {
            cases::assign(c, id, expected, input.user_id, now)?;
            load_view(c, id, None, today)
        })
        .await
        .map_err(|e| lost_race(e, if_match))?;
    Ok(versioned(case.version, &case))
}

/// The notes of a case.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ed0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0",
    "text": "Called; the business plan is due next week.",
    "author_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "created_at": "2026-02-03T14:00:00Z"}]}))]
pub struct NoteList {
    pub items: Vec<CaseNote>,
}

/// Adds a note to a case.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    request_body(content = NoteInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Added", body = CaseNote,
            headers(("Location" = String, description = "The notes of the case"))),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/notes")]
pub async fn add_note(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    JsonBody(input): JsonBody<NoteInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let id = path_id(&id)?;
    let text = input.validate()?;
    let (scope, actor) = (scope_of(&principal), principal.id);
    let entry = audit(&principal, &req, "case.note_added", "case", Some(id));
    let note = state
        .audited(vec![entry], move |c, now| {
            load(c, id, scope)?;
            cases::add_note(c, id, &text, actor, now)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("{}/notes", location(id))))
        .json(note))
}

/// Lists the notes of a case, oldest first.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The notes", body = NoteList),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/notes")]
pub async fn list_notes(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let id = path_id(&id)?;
    let scope = scope_of(&principal);
    let entry = audit(&principal, &req, "case.read", "case", Some(id));
    let items = state
        .audited(vec![entry], move |c, _| {
            load(c, id, scope)?;
            cases::notes(c, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(NoteList { items }))
}

/// A stored eligibility assessment: never changed.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "eligible": true,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "assessed_on": "2026-01-31",
    "facts": {"citizenship": "GE", "residence_status": "citizen", "date_of_birth": "1988-04-12",
        "stays_abroad": [], "application_date": "2026-01-31", "grants_received": 0},
    "results": [{"rule_id": "adult", "outcome": "passed",
        "reason": {"ka": "პირი სრულწლოვანია.", "en": "The person is 18 or older."},
        "facts": {"age_years": 37}}],
    "assessed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "created_at": "2026-02-01T10:00:00Z"}))]
pub struct AssessmentView {
    pub id: Uuid,
    pub case_id: Uuid,
    pub eligible: bool,
    pub rule_set: RuleSetRef,
    /// The application date the rules were evaluated on (the case's `registered_on`).
    #[schema(value_type = String, format = Date)]
    pub assessed_on: NaiveDate,
    /// The facts used, as they were.
    #[schema(value_type = Object)]
    pub facts: Value,
    /// Every rule's result.
    #[schema(value_type = Vec<Object>)]
    pub results: Value,
    pub assessed_by: Uuid,
    pub created_at: DateTime<Utc>,
}

impl From<AssessmentRecord> for AssessmentView {
    fn from(record: AssessmentRecord) -> Self {
        Self {
            id: record.id,
            case_id: record.case_id,
            eligible: record.eligible,
            rule_set: RuleSetRef {
                id: record.rule_set_id,
                version: record.rule_set_version,
            },
            assessed_on: record.assessed_on,
            facts: record.facts,
            results: record.results,
            assessed_by: record.assessed_by,
            created_at: record.created_at,
        }
    }
}

/// The assessments of a case.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "eligible": false,
    "rule_set": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90", "version": 1},
    "assessed_on": "2026-01-31", "facts": {"date_of_birth": null},
    "results": [{"rule_id": "adult", "outcome": "not_evaluable",
        "reason": {"ka": "ასაკი უცნობია.", "en": "The age is not known."},
        "facts": {"age_years": null}}],
    "assessed_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "created_at": "2026-02-01T10:00:00Z"}]}))]
pub struct AssessmentList {
    pub items: Vec<AssessmentView>,
}

/// Runs the programme's rules on the registry's facts as of the case's application
/// date and stores the result; earlier assessments stay as they were.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first answer"),
    ),
    responses(
        (status = 201, description = "Assessed", body = AssessmentView,
            headers(("Location" = String, description = "The assessment's path"))),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/cases/{id}/assessments")]
pub async fn assess(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::WriteCases)?;
    let id = path_id(&id)?;
    let scope = scope_of(&principal);
    let current = state.read(move |c| load(c, id, scope)).await?;
    if !current.case.status.is_open() {
        return Err(ApiError::Conflict {
            code: "case_closed",
            detail: "a closed case is not assessed again".to_owned(),
            existing: None,
        });
    }
    let assessment_id = Uuid::now_v7();
    let entries = vec![
        audit(
            &principal,
            &req,
            "assessment.created",
            "assessment",
            Some(assessment_id),
        ),
        audit(
            &principal,
            &req,
            "person.read",
            "person",
            Some(current.case.person_id),
        ),
    ];
    let actor = principal.id;
    let record = state
        .audited(entries, move |c, now| {
            let case = load(c, id, scope)?.case;
            let (rule_set_id, version) = cases::programme_rules(c, case.programme_id)?;
            let facts =
                assessments::facts_of(c, case.person_id, case.programme_id, case.registered_on)?;
            let rules = eligibility::load_rules(c, rule_set_id, version)?;
            let answer = eligibility::evaluate(
                &rules,
                RuleSetRef {
                    id: rule_set_id,
                    version,
                },
                &facts,
            );
            let record = AssessmentRecord {
                id: assessment_id,
                case_id: id,
                rule_set_id,
                rule_set_version: version,
                assessed_on: case.registered_on,
                eligible: answer.eligible,
                facts: answer.facts,
                results: answer.results,
                assessed_by: actor,
                created_at: now,
            };
            assessments::insert(c, &record)?;
            cases::touch(c, id, now)?;
            Ok(record)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("{}/assessments/{assessment_id}", location(id)),
        ))
        .json(AssessmentView::from(record)))
}

/// Lists the assessments of a case, oldest first.
#[utoipa::path(
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The assessments", body = AssessmentList),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/assessments")]
pub async fn list_assessments(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let id = path_id(&id)?;
    let scope = scope_of(&principal);
    let entry = audit(&principal, &req, "case.read", "case", Some(id));
    let items = state
        .audited(vec![entry], move |c, _| {
            load(c, id, scope)?;
            assessments::list(c, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(AssessmentList {
        items: items.into_iter().map(AssessmentView::from).collect(),
    }))
}

/// Reads one assessment of a case.
#[utoipa::path(
    tag = "cases",
    params(
        ("id" = Uuid, Path, description = "The case's id"),
        ("aid" = Uuid, Path, description = "The assessment's id"),
    ),
    responses(
        (status = 200, description = "The assessment", body = AssessmentView),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/cases/{id}/assessments/{aid}")]
pub async fn get_assessment(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::ReadCases)?;
    let id = path_id(&path.0)?;
    let aid = path_id(&path.1)?;
    let scope = scope_of(&principal);
    let entry = audit(&principal, &req, "case.read", "case", Some(id));
    let record = state
        .audited(vec![entry], move |c, _| {
            load(c, id, scope)?;
            assessments::get(c, id, aid)
        })
        .await?;
    Ok(HttpResponse::Ok().json(AssessmentView::from(record)))
}
