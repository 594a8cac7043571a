//! Field research: `/questionnaires`, their responses and aggregates. Each
//! handler parses the request and calls one use case of
//! [`crate::services::surveys`].

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use integra_domain::survey::aggregate::SurveyAggregates;
use integra_domain::survey::questionnaire::{Questionnaire, QuestionnaireInput};
use integra_domain::survey::response::{Response, ResponseInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::reports::{answer, format};
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::{QuestionnaireAnswer, SurveyResponseAnswer};
use crate::services::surveys::{
    self, AggregateQuery, QuestionnairePage, QuestionnaireQuery, ResponsePage, ResponseQuery,
};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_questionnaire)
        .service(list_questionnaires)
        .service(get_questionnaire)
        .service(patch_questionnaire)
        .service(publish_questionnaire)
        .service(create_questionnaire_edition)
        .service(record_survey_response)
        .service(list_survey_responses)
        .service(get_survey_response)
        .service(patch_survey_response)
        .service(get_survey_aggregates);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/questionnaires/{id}")
}

/// Records the first edition of a questionnaire, as a draft.
///
/// For administrators. Questions are single choice, multiple choice, a scale
/// of 1 to 5, a whole number (within `min` and `max` if given) or text, each
/// in Georgian and English. A draft is changed with `PATCH` and published with
/// `POST /questionnaires/{id}/publish`. A code that names questionnaires
/// already is a 409 `code_taken`.
#[utoipa::path(
    tag = "surveys",
    request_body(content = QuestionnaireInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the draft", body = QuestionnaireAnswer,
            headers(("Location" = String, description = "The questionnaire's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/questionnaires")]
pub async fn create_questionnaire(
    call: Call,
    JsonBody(input): JsonBody<QuestionnaireInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = surveys::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists questionnaires, every edition, in id order.
///
/// For case workers, committee members (monitors) and administrators. The
/// three field studies have a questionnaire each from the start
/// (`reintegration-sustainability`, `integration-experience`,
/// `labour-migration-attitudes`).
///
/// Filters by `code` (every edition of it), `study` and `status`; pages with `limit` (1
/// to 500, 50 when absent) and `cursor`. Questionnaires name nobody, so the list is not
/// recorded in the audit log.
#[utoipa::path(
    tag = "surveys",
    params(QuestionnaireQuery),
    responses((status = 200, description = "One page of questionnaires", body = QuestionnairePage))
)]
#[get("/questionnaires")]
pub async fn list_questionnaires(
    call: Call,
    query: web::Query<QuestionnaireQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = surveys::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a questionnaire with its questions.
///
/// For case workers, committee members (monitors) and administrators; `404` when no
/// questionnaire has the id. The read is not recorded in the audit log (a questionnaire
/// names nobody); the `ETag` is the version to send in `If-Match`.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id")),
    responses((status = 200, description = "The questionnaire", body = Questionnaire,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/questionnaires/{id}")]
pub async fn get_questionnaire(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let questionnaire = surveys::get(&call, path_id(&id)?).await?;
    Ok(versioned(questionnaire.version, &questionnaire))
}

/// Changes a draft questionnaire with a JSON merge patch.
///
/// Its `study`, `title` or `questions` (`questions` replaces the whole list); `code`,
/// `edition`, `status` and the other read-only fields may be sent only unchanged (`422`
/// `read_only`). For administrators only; a stale `If-Match` is a `412`.
///
/// A published questionnaire never changes: a 409 `published` (make a new
/// edition instead).
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id"), IfMatch),
    request_body(content = QuestionnairePatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "Changed: the draft", body = QuestionnaireAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[patch("/questionnaires/{id}")]
pub async fn patch_questionnaire(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = surveys::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// Publishes a draft questionnaire.
///
/// From then on it takes responses and never changes (a 409 `already_published` the
/// second time). For administrators only; a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id"), IfMatch),
    responses(
        (status = 200, description = "Published", body = QuestionnaireAnswer,
            headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/questionnaires/{id}/publish")]
pub async fn publish_questionnaire(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let answer = surveys::publish(&call, path_id(&id)?, if_match.0).await?;
    Ok(written(&answer))
}

/// Makes the next edition of a published questionnaire.
///
/// The new edition is a draft copy of it, numbered one above the latest edition of its
/// code, to be changed with `PATCH` and then published. For administrators only.
///
/// A 409 `not_published` for a draft (change it instead), and
/// `draft_exists` naming the draft when the code has one already.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The published questionnaire's id")),
    responses(
        (status = 201, description = "Made: the new draft", body = QuestionnaireAnswer,
            headers(("Location" = String, description = "The new edition's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/questionnaires/{id}/editions")]
pub async fn create_questionnaire_edition(
    call: Call,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let answer = surveys::new_edition(&call, path_id(&id)?).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Records a response to a published questionnaire.
///
/// Anonymous, or linked to a person who agreed to be named (`person_id`, which cannot be
/// changed afterwards); a draft questionnaire is a 409 `not_published`. `collected_on`
/// may not be in the future.
///
/// For case workers and administrators; the response belongs to the caller's
/// organisation, whose case workers see it. Each answer is checked against its
/// question; every required question must be answered.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id")),
    request_body(content = ResponseInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the response", body = SurveyResponseAnswer,
            headers(("Location" = String, description = "The response's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/questionnaires/{id}/responses")]
pub async fn record_survey_response(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<ResponseInput>,
) -> Result<HttpResponse, ApiError> {
    let questionnaire = path_id(&id)?;
    let answer = surveys::record(&call, questionnaire, input).await?;
    let location = format!("{}/responses/{}", location(questionnaire), answer.id());
    Ok(created_answer(location, &answer))
}

/// Lists the responses to a questionnaire, in the order recorded.
///
/// Only those the caller's organisation collected (every organisation's for
/// administrators); for case workers and administrators. Filters by `person_id` and by
/// the day collected (`from`, `to`); pages with `limit` (1 to 500, 50 when absent) and
/// `cursor`. Every response listed is recorded as a read in the audit log.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id"), ResponseQuery),
    responses((status = 200, description = "One page of responses", body = ResponsePage))
)]
#[get("/questionnaires/{id}/responses")]
pub async fn list_survey_responses(
    call: Call,
    id: web::Path<String>,
    query: web::Query<ResponseQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = surveys::responses(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a response to a questionnaire.
///
/// For case workers of the organisation that collected it, and administrators; another
/// organisation's response is a `404`. The read is recorded in the audit log, anonymous
/// or not.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id"),
        ("response_id" = Uuid, Path, description = "The response's id")),
    responses((status = 200, description = "The response", body = Response,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/questionnaires/{id}/responses/{response_id}")]
pub async fn get_survey_response(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (questionnaire, id) = path.into_inner();
    let response = surveys::response(&call, path_id(&questionnaire)?, path_id(&id)?).await?;
    Ok(versioned(response.version, &response))
}

/// Changes a response's day or answers with a JSON merge patch.
///
/// `answers` is merged by question key (`null` removes an answer) and checked against the
/// questions again. Who answered (`person_id`) and the other read-only fields may be sent
/// only unchanged (`422` `read_only`). For case workers of the organisation that
/// collected it (another's is a `404`) and administrators; a stale `If-Match` is a `412`.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id"),
        ("response_id" = Uuid, Path, description = "The response's id"), IfMatch),
    request_body(content = SurveyResponsePatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the response", body = SurveyResponseAnswer,
        headers(("ETag" = String, description = "The new version"))))
)]
#[patch("/questionnaires/{id}/responses/{response_id}")]
pub async fn patch_survey_response(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (questionnaire, id) = path.into_inner();
    let answer = surveys::update_response(
        &call,
        path_id(&questionnaire)?,
        path_id(&id)?,
        patch,
        if_match.0,
    )
    .await?;
    Ok(written(&answer))
}

/// Reads the aggregates per question of the responses collected in a period.
///
/// The period is `from` to `to`, both required. The answer gives the responses; for each
/// question how many answered it; counts per option (choice questions) and per point
/// (scales); the mean of scales and numbers, and the quartiles and median of numbers (to
/// one decimal). Text answers are counted, never shown.
///
/// Case workers and employment counsellors count their organisation's
/// responses, administrators and monitors everyone's; monitors see every
/// count from 1 to 4 (and what would give one away by subtraction) as
/// `null`, and the means and quartiles of one to four answers too, listed in
/// `suppressed`. With `Accept: text/csv`: one row per figure, the
/// definitions in the language of `Accept-Language`.
#[utoipa::path(
    tag = "surveys",
    params(("id" = Uuid, Path, description = "The questionnaire's id"), AggregateQuery),
    responses((status = 200, description = "The aggregates", content(
        (SurveyAggregates = "application/json"),
        (String = "text/csv", example = "figure,value,definition\r\nresponses,42,Responses collected in the period\r\n"),
    )))
)]
#[get("/questionnaires/{id}/aggregates")]
pub async fn get_survey_aggregates(
    call: Call,
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<AggregateQuery>,
) -> Result<HttpResponse, ApiError> {
    let rendered =
        surveys::aggregates(&call, path_id(&id)?, query.into_inner(), format(&req)).await?;
    Ok(answer(rendered))
}

/// A merge patch of a draft questionnaire: its study, title or questions.
#[derive(ToSchema)]
#[schema(example = json!({"title": {"ka": "დაბრუნებულთა კეთილდღეობა 2027", "en": "Returnee well-being 2027"}}))]
#[allow(dead_code)]
pub struct QuestionnairePatch {
    #[schema(value_type = Option<integra_domain::survey::questionnaire::Study>)]
    study: Option<String>,
    #[schema(value_type = Option<crate::routes::programmes::LocalisedPatch>)]
    title: Option<integra_domain::localised::Localised>,
    /// Replaces every question.
    questions: Option<Vec<integra_domain::survey::questionnaire::QuestionInput>>,
}

/// A merge patch of a response: its day, or answers by question key.
#[derive(ToSchema)]
#[schema(example = json!({"answers": {"economic_situation": 3, "what_helped": null}}))]
#[allow(dead_code)]
pub struct SurveyResponsePatch {
    #[schema(value_type = Option<String>, format = Date)]
    collected_on: Option<String>,
    /// Answers to set (`null` removes one).
    #[schema(schema_with = answer_changes)]
    answers: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// `answers` of [`SurveyResponsePatch`]: by question key, an answer to set or
/// `null` to remove it.
fn answer_changes() -> utoipa::openapi::Object {
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, SchemaType, Type};
    let change = OneOfBuilder::new()
        .item(utoipa::openapi::Ref::from_schema_name("SurveyAnswer"))
        .item(ObjectBuilder::new().schema_type(Type::Null))
        .build();
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Object, Type::Null]))
        .description(Some("Answers to set by question key (`null` removes one)."))
        .additional_properties(Some(Schema::OneOf(change)))
        .build()
}
