//! Applications to labour migration schemes (`/applications`) and
//! pre-departure orientation sessions (`/orientation-sessions`). Each handler
//! parses the request and calls one use case of
//! [`crate::services::applications`] or [`crate::services::orientation`].

use actix_web::{get, post, web, HttpResponse};
use integra_domain::labour::application::{
    Application, ApplicationAction, ApplicationInput, MoveInput,
};
use integra_domain::labour::orientation::{
    AttendanceInput, OrientationSession, OrientationSessionInput,
};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::http::preconditions::IfMatch;
use crate::routes::{created, created_answer, path_id, versioned, written};
use crate::services::answer::ApplicationAnswer;
use crate::services::applications::{
    self, ApplicationPage, ApplicationQuery, OverstayPage, OverstayQuery,
};
use crate::services::json::Body;
use crate::services::orientation::{self, OrientationSessionPage, OrientationSessionQuery};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_application)
        .service(list_applications)
        .service(list_overstays)
        .service(get_application)
        .service(shortlist_application)
        .service(depart_application)
        .service(return_application)
        .service(reject_application)
        .service(withdraw_application)
        .service(create_orientation_session)
        .service(list_orientation_sessions)
        .service(get_orientation_session)
        .service(record_attendance);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/applications/{id}")
}

/// Applies a jobseeker to a labour migration scheme (`applied`).
///
/// Optionally for one of the scheme's vacancies. `applied_on` may not be in the future
/// (today when absent); the application is recorded for the caller's organisation. For
/// administrators, case workers and employment counsellors; a jobseeker whose person's
/// data is erased is a `409` `erased`.
///
/// The scheme must take applications on `applied_on` (409 `not_open`), the
/// vacancy be open and under the scheme (409 `vacancy_closed`, 422
/// `other_scheme`); one open application of a jobseeker to a scheme at a time
/// (409 `already_applied` names it).
#[utoipa::path(
    tag = "applications",
    request_body(content = ApplicationInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Applied: the application", body = ApplicationAnswer,
            headers(("Location" = String, description = "The application's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/applications")]
pub async fn create_application(
    call: Call,
    JsonBody(input): JsonBody<ApplicationInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = applications::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists applications in the order recorded, with filters and cursor paging.
///
/// Filters by `jobseeker_id`, `person_id`, `scheme_id` and `status` (all given must
/// match); pages with `limit` (1 to 500, 50 when absent) and `cursor`. For
/// administrators, case workers and employment counsellors, over every organisation's
/// applications. Every application listed is recorded as a read in the audit log.
#[utoipa::path(
    tag = "applications",
    params(ApplicationQuery),
    responses((status = 200, description = "One page of applications", body = ApplicationPage))
)]
#[get("/applications")]
pub async fn list_applications(
    call: Call,
    query: web::Query<ApplicationQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(applications::list(&call, query.into_inner()).await?))
}

/// Lists the applications past their term abroad today.
///
/// Those returned after `due_back_on` and those still abroad after it, by `due_back_on`
/// then id, each with `days_over` and `still_abroad`; `scheme_id` keeps one scheme's, and
/// `limit` and `cursor` page. For administrators, case workers and employment
/// counsellors; every application listed is recorded as a read in the audit log.
#[utoipa::path(
    tag = "applications",
    params(OverstayQuery),
    responses((status = 200, description = "One page of overstays", body = OverstayPage))
)]
#[get("/applications/overstays")]
pub async fn list_overstays(
    call: Call,
    query: web::Query<OverstayQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(applications::overstays(&call, query.into_inner()).await?))
}

/// Reads an application with its moves.
///
/// `allowed_actions` lists the moves its status allows; the `ETag` is the version to send
/// in `If-Match` with a move. For administrators, case workers and employment
/// counsellors, whichever organisation recorded it; the read is recorded in the audit
/// log.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The application's id")),
    responses((status = 200, description = "The application", body = Application,
        headers(("ETag" = String, description = "The version, for If-Match"))))
)]
#[get("/applications/{id}")]
pub async fn get_application(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let application = applications::get(&call, path_id(&id)?).await?;
    Ok(versioned(application.version, &application))
}

/// The one path of the five moves: the application after `action`.
async fn act(
    call: &Call,
    id: &str,
    action: ApplicationAction,
    input: Body<MoveInput>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let answer = applications::act(call, path_id(id)?, action, input, if_match.0).await?;
    Ok(written(&answer))
}

/// Shortlists an application.
///
/// Only an `applied` application (else a `409` `illegal_action` listing the `allowed`
/// moves); the body may carry a `reason`, no `date`. The jobseeker must meet the scheme's
/// conditions today (409 `conditions_not_met` names each hard requirement missed), and a
/// place of the scheme's quota of the year must be free (409 `quota_full`; held by the
/// database, also across nodes). For administrators, case workers and employment
/// counsellors; a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The application's id"), IfMatch),
    request_body(content = MoveInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The shortlisted application", body = ApplicationAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/applications/{id}/shortlist")]
pub async fn shortlist_application(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MoveInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ApplicationAction::Shortlist, input, if_match).await
}

/// Records the departure of an oriented application on `date`.
///
/// `date` is required, not in the future and not before `applied_on`; only an `oriented`
/// application departs (else a `409` `illegal_action`). The term abroad runs to `date`
/// plus the scheme's longest stay (`due_back_on`), and a job placement abroad is recorded
/// (employer: the vacancy's, or the scheme's partner; 409 `no_employer` when neither is
/// known). For administrators, case workers and employment counsellors; a stale
/// `If-Match` is a `412`.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The application's id"), IfMatch),
    request_body(content = MoveInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The departed application", body = ApplicationAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/applications/{id}/depart")]
pub async fn depart_application(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MoveInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ApplicationAction::Depart, input, if_match).await
}

/// Records the return of a departed application on `date`.
///
/// `date` is required, not in the future and not before the departure; it ends the job
/// placement of the departure. Only a `departed` application returns (else a `409`
/// `illegal_action`), and `returned` is final. For administrators, case workers and
/// employment counsellors; a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The application's id"), IfMatch),
    request_body(content = MoveInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The returned application", body = ApplicationAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/applications/{id}/return")]
pub async fn return_application(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MoveInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ApplicationAction::Return, input, if_match).await
}

/// Rejects an application before departure.
///
/// Needs a `reason` (`422` without it); allowed from `applied`, `shortlisted` and
/// `oriented` (else a `409` `illegal_action`), and `rejected` is final. A shortlisted or
/// oriented application gives its place of the quota back. For administrators, case
/// workers and employment counsellors.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The application's id"), IfMatch),
    request_body(content = MoveInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The rejected application", body = ApplicationAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/applications/{id}/reject")]
pub async fn reject_application(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MoveInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ApplicationAction::Reject, input, if_match).await
}

/// Withdraws an application before departure (the jobseeker's decision).
///
/// Needs a `reason` (`422` without it); allowed from `applied`, `shortlisted` and
/// `oriented` (else a `409` `illegal_action`), and `withdrawn` is final. A shortlisted or
/// oriented application gives its place of the quota back. For administrators, case
/// workers and employment counsellors.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The application's id"), IfMatch),
    request_body(content = MoveInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The withdrawn application", body = ApplicationAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/applications/{id}/withdraw")]
pub async fn withdraw_application(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<MoveInput>,
) -> Result<HttpResponse, ApiError> {
    act(&call, &id, ApplicationAction::Withdraw, input, if_match).await
}

/// Plans (or records) a pre-departure orientation session of a scheme.
///
/// A future `held_on` plans it; the session is recorded for the caller's organisation,
/// and a `scheme_id` that names no scheme is a `422` `not_found`. For administrators,
/// case workers and employment counsellors. Attendance is recorded with
/// `POST /orientation-sessions/{id}/attendance` once the session has been held.
#[utoipa::path(
    tag = "applications",
    request_body(content = OrientationSessionInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the session", body = OrientationSession,
            headers(("Location" = String, description = "The session's path"), ("ETag" = String, description = "The version"))),
    )
)]
#[post("/orientation-sessions")]
pub async fn create_orientation_session(
    call: Call,
    JsonBody(input): JsonBody<OrientationSessionInput>,
) -> Result<HttpResponse, ApiError> {
    let session = orientation::create(&call, input).await?;
    let path = format!("/api/v1/orientation-sessions/{}", session.id);
    Ok(created(path, session.version, &session))
}

/// Lists orientation sessions in the order recorded.
///
/// `scheme_id` keeps one scheme's; pages with `limit` (1 to 500, 50 when absent) and
/// `cursor`. For administrators, case workers and employment counsellors; sessions name
/// no person, so the list is not recorded in the audit log.
#[utoipa::path(
    tag = "applications",
    params(OrientationSessionQuery),
    responses((status = 200, description = "One page of sessions", body = OrientationSessionPage))
)]
#[get("/orientation-sessions")]
pub async fn list_orientation_sessions(
    call: Call,
    query: web::Query<OrientationSessionQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(orientation::list(&call, query.into_inner()).await?))
}

/// Reads an orientation session with the applications that attended.
///
/// `attendees` lists the ids of the applications. For administrators, case workers and
/// employment counsellors; `404` when no session has the id.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "The session's id")),
    responses((status = 200, description = "The session", body = OrientationSession,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/orientation-sessions/{id}")]
pub async fn get_orientation_session(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let session = orientation::get(&call, path_id(&id)?).await?;
    Ok(versioned(session.version, &session))
}

/// Records that an application attended an orientation session.
///
/// The session must have been held (409 `not_held_yet` before): a shortlisted application
/// moves to `oriented`; an oriented one stays (a second session); anything else is a 409
/// with the moves it allows. The application must be to the session's scheme (422
/// `other_scheme`; `not_found` when no application has the id); attendance is recorded
/// once (409 `already_attended`). For administrators, case workers and employment
/// counsellors; the answer is the application.
#[utoipa::path(
    operation_id = "record_orientation_attendance",
    tag = "applications",
    params(("id" = Uuid, Path, description = "The session's id")),
    request_body(content = AttendanceInput, content_type = "application/json"),
    responses(
        (status = 200, description = "The application that attended", body = ApplicationAnswer,
            headers(("ETag" = String, description = "The application's new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/orientation-sessions/{id}/attendance")]
pub async fn record_attendance(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<AttendanceInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = orientation::attend(&call, path_id(&id)?, input).await?;
    Ok(written(&answer))
}
