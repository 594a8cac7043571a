//! Follow-ups of a case at 3, 6 and 12 months, scored on the sustainability
//! indicators; and the indicator catalogue. Each handler parses the request and
//! calls one use case of [`crate::services::follow_ups`].

use actix_web::{get, post, web, HttpResponse};
use integra_domain::reintegration::follow_up::{FollowUp, FollowUpInput, IndicatorView};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::routes::{created_answer, path_id};
use crate::services::answer::FollowUpAnswer;
use crate::services::follow_ups;
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(list_indicators)
        .service(record_follow_up)
        .service(list_follow_ups);
}

/// The follow-ups of a case.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30",
    "case_id": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0", "point": "month_3",
    "due_on": "2026-05-15", "conducted_on": "2026-05-15",
    "answers": {"income_source": true, "economic_satisfaction": 4},
    "scores": {"economic": 0.9167, "social": null, "psychosocial": null, "overall": 0.9167},
    "recorded_by": "0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0", "version": 1,
    "created_at": "2026-05-15T12:00:00Z", "updated_at": "2026-05-15T12:00:00Z"}]}))]
pub struct FollowUpList {
    pub items: Vec<FollowUp>,
}

/// The indicator catalogue.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"items": [{"id": "income_source", "dimension": "economic",
    "scale": "yes_no", "weight": 2.0,
    "question": {"ka": "აქვს შემოსავლის მუდმივი წყარო", "en": "Has a regular source of income"}}]}))]
pub struct FollowUpIndicatorList {
    pub items: Vec<IndicatorView>,
}

/// Lists the sustainability indicators a follow-up answers.
///
/// Returns the whole catalogue (not paged): each indicator's `id`, `dimension`
/// (economic, social, psychosocial), `scale` (`yes_no` or `scale_1_5`), `weight` and
/// question in Georgian and English. For case workers and administrators.
#[utoipa::path(
    tag = "follow-ups",
    responses((status = 200, description = "The indicators", body = FollowUpIndicatorList))
)]
#[get("/follow-ups/indicators")]
pub async fn list_indicators(call: Call) -> Result<HttpResponse, ApiError> {
    let items = follow_ups::indicators(&call)?;
    Ok(HttpResponse::Ok().json(FollowUpIndicatorList { items }))
}

/// Records the 3-, 6- or 12-month follow-up of a case, scoring it.
///
/// Only on a case in `assisting`, `monitoring` or `closed` (409 `case_status`);
/// one per point per case (409 `duplicate_follow_up`). Due dates count from the
/// first delivery of assistance on the case (its registration date until then).
/// For case workers of the case's organisation and administrators. `conducted_on` may
/// not be in the future, and `answers` needs at least one known indicator with a value
/// on its scale (`422` otherwise); the scores per dimension are computed from them.
#[utoipa::path(
    operation_id = "record_case_follow_up",
    tag = "follow-ups",
    params(("id" = Uuid, Path, description = "The case's id")),
    request_body(content = FollowUpInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the follow-up, or its id and version to a caller who may not read it", body = FollowUpAnswer,
            headers(("Location" = String, description = "The case's follow-ups"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/cases/{id}/follow-ups")]
pub async fn record_follow_up(
    call: Call,
    case_id: web::Path<String>,
    JsonBody(input): JsonBody<FollowUpInput>,
) -> Result<HttpResponse, ApiError> {
    let case_id = path_id(&case_id)?;
    let answer = follow_ups::record(&call, case_id, input).await?;
    Ok(created_answer(
        format!("/api/v1/cases/{case_id}/follow-ups"),
        &answer,
    ))
}

/// Lists the follow-ups of a case, 3 months first.
///
/// Returns every follow-up of the case (not paged) with its due date, answers and
/// scores. For case workers of the case's organisation and administrators; another
/// organisation's case is a `404`, and the read is audited as a read of the case.
#[utoipa::path(
    operation_id = "list_case_follow_ups",
    tag = "follow-ups",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses((status = 200, description = "The case's follow-ups", body = FollowUpList))
)]
#[get("/cases/{id}/follow-ups")]
pub async fn list_follow_ups(
    call: Call,
    case_id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let items = follow_ups::list(&call, path_id(&case_id)?).await?;
    Ok(HttpResponse::Ok().json(FollowUpList { items }))
}
