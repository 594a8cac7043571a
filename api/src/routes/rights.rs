//! Data-subject rights: export of everything held on a person, and erasure by
//! anonymisation that keeps ids and figures so that reports stay right.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use integra_domain::access::Permission;
use integra_domain::audit::AuditRecord;
use integra_domain::household::Household;
use integra_domain::person::Person;
use integra_domain::reintegration::assistance::Assistance;
use integra_domain::reintegration::case::{Case, CaseNote};
use integra_domain::reintegration::follow_up::FollowUp;
use integra_domain::reintegration::referral::Referral;
use integra_domain::stay::StayAbroad;
use integra_domain::validation;
use integra_persistence::audit_log::{self, AuditFilter};
use integra_persistence::cases::{self, CaseFilter};
use integra_persistence::referrals;
use integra_persistence::{
    assessments, assistance, erasure, follow_ups, households, persons, stays,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::routes::{path_id, versioned};
use crate::services::cases::assessments::AssessmentView;
use crate::state::{audit, AppState};

pub fn configure(config: &mut ServiceConfig) {
    config.service(export_person).service(erase_person);
}

/// Most audit entries, and most records of each other kind, put in one export.
const EXPORT_LIMIT: i64 = 10_000;

/// Who erased a person's data, when and why.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"erased_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01",
    "reason": "Request of the data subject, letter 2026/145", "erased_at": "2026-02-01T10:00:00Z"}))]
pub struct ErasureRecord {
    pub erased_by: Uuid,
    pub reason: String,
    pub erased_at: DateTime<Utc>,
}

/// Everything integra holds on a person, in one document.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"exported_at": "2026-02-01T10:00:00Z",
    "person": {"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f", "personal_number": "01001012345",
        "given_name": "Nino", "family_name": "Beridze", "date_of_birth": "1988-04-12",
        "sex": "female", "citizenship": "GE", "residence_status": "citizen",
        "region": "GE-IM", "phone": "+995 555 12 34 56", "household_id": null,
        "external_ids": [], "version": 1, "created_at": "2026-01-31T09:00:00Z", "updated_at": "2026-01-31T09:00:00Z"},
    "stays_abroad": [], "household": null, "erasure": null, "cases": [], "case_notes": [],
    "assessments": [], "assistance": [], "referrals": [], "follow_ups": [], "access_log": []}))]
pub struct PersonExport {
    pub exported_at: DateTime<Utc>,
    pub person: Person,
    pub stays_abroad: Vec<StayAbroad>,
    pub household: Option<Household>,
    pub erasure: Option<ErasureRecord>,
    /// Every case of the person, in every programme.
    pub cases: Vec<Case>,
    pub case_notes: Vec<CaseNote>,
    /// Eligibility assessments of the person's cases, with the facts they used.
    pub assessments: Vec<AssessmentView>,
    /// Assistance items of the person's cases.
    pub assistance: Vec<Assistance>,
    pub referrals: Vec<Referral>,
    pub follow_ups: Vec<FollowUp>,
    /// Who read or changed the person's data, and when.
    pub access_log: Vec<AuditRecord>,
}

/// Why a person's data is erased.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"reason": "Request of the data subject, letter 2026/145"}))]
pub struct EraseInput {
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
}

/// Everything held on a person, as one JSON document (the right of access).
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The person's data", body = PersonExport),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[get("/persons/{id}/export")]
pub async fn export_person(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let entry = audit(&principal, &req, "person.exported", "person", Some(id));
    let export = state
        .audited(vec![entry], move |c, now| {
            let person = persons::get(c, id)?;
            let stays_abroad = stays::list(c, id)?;
            let household = person
                .household_id
                .map(|h| households::get(c, h))
                .transpose()?;
            let erasure = erasure::of(c, id)?.map(|e| ErasureRecord {
                erased_by: e.erased_by,
                reason: e.reason,
                erased_at: e.erased_at,
            });
            let filter = AuditFilter {
                subject: Some(id),
                ..AuditFilter::default()
            };
            let access_log = audit_log::list(c, &filter, None, EXPORT_LIMIT)?;
            let found = cases::list(
                c,
                &CaseFilter {
                    person_id: Some(id),
                    ..CaseFilter::default()
                },
                None,
                EXPORT_LIMIT,
            )?;
            let (mut case_notes, mut assessed, mut items, mut referred, mut followed) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for record in &found {
                let case = record.case.id;
                case_notes.extend(cases::notes(c, case)?);
                assessed.extend(
                    assessments::list(c, case)?
                        .into_iter()
                        .map(AssessmentView::from),
                );
                items.extend(assistance::list_for_case(
                    c,
                    case,
                    None,
                    None,
                    EXPORT_LIMIT,
                )?);
                followed.extend(follow_ups::list_for_case(c, case, None)?);
            }
            // Referrals outside a case too.
            referred.extend(referrals::of_person(c, id)?);
            Ok(PersonExport {
                exported_at: now,
                person,
                stays_abroad,
                household,
                erasure,
                cases: found.into_iter().map(|r| r.case).collect(),
                case_notes,
                assessments: assessed,
                assistance: items,
                referrals: referred,
                follow_ups: followed,
                access_log,
            })
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(export))
}

/// Erases a person's data by anonymisation (the right to erasure).
///
/// Names, personal number, phone, other systems' ids and the day and month of
/// birth are removed; ids, sex, citizenship, residence status, region, year of
/// birth, stays abroad and case figures stay, so that reports keep counting right.
/// Who erased, when and why is kept. An erased person cannot be changed.
#[utoipa::path(
    tag = "persons",
    params(("id" = Uuid, Path, description = "The person's id")),
    request_body(content = EraseInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Erased; the anonymised person", body = Person),
        (status = 400, response = crate::openapi::BadRequest),
        (status = 401, response = crate::openapi::Unauthorized),
        (status = 403, response = crate::openapi::Forbidden),
        (status = 404, response = crate::openapi::NotFound),
        (status = 409, response = crate::openapi::Conflict),
        (status = 413, response = crate::openapi::PayloadTooLarge),
        (status = 415, response = crate::openapi::UnsupportedMediaType),
        (status = 422, response = crate::openapi::Unprocessable),
        (status = 503, response = crate::openapi::Unavailable),
    ),
    security(("bearer" = []))
)]
#[post("/persons/{id}/erase")]
pub async fn erase_person(
    principal: Principal,
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    JsonBody(input): JsonBody<EraseInput>,
) -> Result<HttpResponse, ApiError> {
    principal.require(Permission::Administer)?;
    let id = path_id(&id)?;
    let reason = validation::text("reason", &input.reason, 2000)?;
    let by = principal.id;
    let entry = audit(&principal, &req, "person.erased", "person", Some(id));
    let person = state
        .audited(vec![entry], move |c, now| {
            erasure::erase(c, id, by, &reason, now)?;
            persons::get(c, id)
        })
        .await?;
    Ok(versioned(person.version, &person))
}
