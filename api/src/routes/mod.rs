//! The routes of `/api/v1`, one module per resource.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use integra_domain::localised::Lang;
use serde::Serialize;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::preconditions;
use crate::services::answer::{Answer, Shown};

pub mod applications;
pub mod assistance;
pub mod audit_log;
pub mod auth;
pub mod cases;
pub mod contacts;
pub mod counselling_sessions;
pub mod eligibility;
pub mod events;
pub mod follow_ups;
pub mod health;
pub mod households;
pub mod imports;
pub mod integration_services;
pub mod jobseekers;
pub mod movements;
pub mod organisations;
pub mod outreach_events;
pub mod persons;
pub mod placements;
pub mod programmes;
pub mod projects;
pub mod referrals;
pub mod reports;
pub mod residence_permits;
pub mod rights;
pub mod rule_sets;
pub mod schemes;
pub mod service_accounts;
pub mod social_enterprises;
pub mod stays;
pub mod surveys;
pub mod trainings;
pub mod users;
pub mod vacancies;
pub mod webhooks;

/// Registers every documented route.
pub fn configure(config: &mut ServiceConfig) {
    config
        .service(health::live)
        .service(health::ready)
        .service(health::metrics)
        .service(
            utoipa_actix_web::scope("/api/v1")
                .configure(auth::configure)
                .configure(persons::configure)
                .configure(stays::configure)
                .configure(movements::configure)
                .configure(residence_permits::configure)
                .configure(households::configure)
                .configure(rights::configure)
                .configure(audit_log::configure)
                .configure(organisations::configure)
                .configure(users::configure)
                .configure(service_accounts::configure)
                .configure(rule_sets::configure)
                .configure(programmes::configure)
                .configure(eligibility::configure)
                .configure(cases::configure)
                .configure(assistance::configure)
                .configure(referrals::configure)
                .configure(follow_ups::configure)
                .configure(outreach_events::configure)
                .configure(counselling_sessions::configure)
                .configure(placements::configure)
                .configure(social_enterprises::configure)
                .configure(contacts::configure)
                .configure(integration_services::configure)
                .configure(jobseekers::configure)
                .configure(schemes::configure)
                .configure(vacancies::configure)
                .configure(applications::configure)
                .configure(trainings::configure)
                .configure(surveys::configure)
                .configure(events::configure)
                .configure(imports::configure)
                .configure(webhooks::configure)
                .configure(projects::configure)
                .configure(reports::configure)
                .default_service(actix_web::web::to(crate::http::routing::unmatched)),
        );
}

/// A request header's text; empty when absent or not text.
fn header_text(req: &HttpRequest, name: header::HeaderName) -> &str {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// Whether the request's `Accept` names `media` (its parameters aside).
pub fn accepts(req: &HttpRequest, media: &str) -> bool {
    header_text(req, header::ACCEPT)
        .split(',')
        .any(|m| m.split(';').next().unwrap_or_default().trim() == media)
}

/// The language the request's `Accept-Language` asks for.
pub fn language(req: &HttpRequest) -> Lang {
    Lang::from_accept_language(header_text(req, header::ACCEPT_LANGUAGE))
}

/// An id from the path; one that is not a UUID names nothing.
pub fn path_id(text: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(text).map_err(|_| ApiError::NotFound)
}

/// `201 Created` with `Location` and `ETag`.
pub fn created<T: Serialize>(location: String, version: i64, body: &T) -> HttpResponse {
    let mut builder = HttpResponse::Created();
    builder.insert_header((header::LOCATION, location));
    preconditions::with_etag(&mut builder, version).json(body)
}

/// `200 OK` with `ETag`.
pub fn versioned<T: Serialize>(version: i64, body: &T) -> HttpResponse {
    preconditions::with_etag(&mut HttpResponse::Ok(), version).json(body)
}

/// The answer of a write that created a record: `201 Created` with `Location`,
/// the `ETag` of a versioned record, and the record or, to a caller who may not
/// read it, its id and version.
pub fn created_answer<T: Shown + Serialize>(location: String, answer: &Answer<T>) -> HttpResponse {
    let mut builder = HttpResponse::Created();
    builder.insert_header((header::LOCATION, location));
    with_version(&mut builder, answer.version()).json(answer)
}

/// The answer of a write that changed a record: `200 OK`, the `ETag`, and the
/// record or, to a caller who may not read it, its id and version.
pub fn written<T: Shown + Serialize>(answer: &Answer<T>) -> HttpResponse {
    with_version(&mut HttpResponse::Ok(), answer.version()).json(answer)
}

fn with_version(
    builder: &mut actix_web::HttpResponseBuilder,
    version: Option<i64>,
) -> &mut actix_web::HttpResponseBuilder {
    match version {
        Some(version) => preconditions::with_etag(builder, version),
        None => builder,
    }
}
