//! Trainings of officials and their participants: `/trainings`. Each handler
//! parses the request and calls one use case of [`crate::services::trainings`].

use actix_web::{get, patch, post, web, HttpResponse};
use integra_domain::steering::training::{Participant, ParticipantInput, Training, TrainingInput};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::error::ApiError;
use crate::http::body::{JsonBody, MergePatch};
use crate::http::preconditions::IfMatch;
use crate::routes::{created_answer, path_id, versioned, written};
use crate::services::answer::{ParticipantAnswer, TrainingAnswer};
use crate::services::trainings::{
    self, ParticipantPage, ParticipantQuery, TrainingPage, TrainingQuery,
};
use crate::services::Call;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(create_training)
        .service(list_trainings)
        .service(get_training)
        .service(patch_training)
        .service(add_participant)
        .service(list_participants)
        .service(get_participant)
        .service(patch_participant);
}

fn location(id: Uuid) -> String {
    format!("/api/v1/trainings/{id}")
}

/// Records a training of officials.
///
/// For administrators. Its participants are recorded with
/// `POST /trainings/{id}/participants`. `ends_on` may not be before `starts_on` (a
/// training may be planned ahead), and `organiser_organisation_id` must name an existing
/// organisation (`422` otherwise).
#[utoipa::path(
    tag = "capacity",
    request_body(content = TrainingInput, content_type = "application/json"),
    responses((status = 201, description = "Recorded: the training", body = TrainingAnswer,
        headers(("Location" = String, description = "The training's path"), ("ETag" = String, description = "The version"))))
)]
#[post("/trainings")]
pub async fn create_training(
    call: Call,
    JsonBody(input): JsonBody<TrainingInput>,
) -> Result<HttpResponse, ApiError> {
    let answer = trainings::create(&call, input).await?;
    Ok(created_answer(location(answer.id()), &answer))
}

/// Lists trainings of officials, in the order they were recorded.
///
/// For administrators. Filters: `topic`, `organiser_organisation_id`, and a period
/// (`from`: ending on or after, `to`: starting on or before); page with `cursor`/`limit`.
/// A training names nobody, so listing them is not recorded in the audit log.
#[utoipa::path(
    tag = "capacity",
    params(TrainingQuery),
    responses((status = 200, description = "One page of trainings", body = TrainingPage))
)]
#[get("/trainings")]
pub async fn list_trainings(
    call: Call,
    query: web::Query<TrainingQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = trainings::list(&call, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a training of officials, with how many participants it has.
///
/// For administrators. A training names nobody, so the read is not recorded; the `ETag`
/// is for `If-Match` when changing it.
#[utoipa::path(
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id")),
    responses((status = 200, description = "The training", body = Training,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/trainings/{id}")]
pub async fn get_training(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let training = trainings::get(&call, path_id(&id)?).await?;
    Ok(versioned(training.version, &training))
}

/// Changes a training with a JSON merge patch.
///
/// For administrators. The title, topic, dates, organiser and venue may change, checked
/// as when recording it (`422`); read-only fields (`id`, `participants`, `version`, ...)
/// may be sent only unchanged. An `If-Match` that is not the current version is a `412`,
/// and a concurrent change without one a `409`.
#[utoipa::path(
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id"), IfMatch),
    request_body(content = TrainingPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the training", body = TrainingAnswer,
        headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict))
)]
#[patch("/trainings/{id}")]
pub async fn patch_training(
    call: Call,
    id: web::Path<String>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let answer = trainings::update(&call, path_id(&id)?, patch, if_match.0).await?;
    Ok(written(&answer))
}

/// Records an official who took part in a training, with attendance and test scores.
///
/// The official is a user (`user_id`, who must belong to an organisation), or is named
/// with their organisation (`name`, `organisation_id`); test scores are 0 to 100. For
/// administrators; the answer is recorded as a read of the participant.
///
/// An official takes part once: a second record of them is a 409
/// `already_participant` naming the first.
#[utoipa::path(
    operation_id = "add_training_participant",
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id")),
    request_body(content = ParticipantInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Recorded: the participant", body = ParticipantAnswer,
            headers(("Location" = String, description = "The participant's path"), ("ETag" = String, description = "The version"))),
        (status = 409, response = crate::openapi::Conflict),
    )
)]
#[post("/trainings/{id}/participants")]
pub async fn add_participant(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<ParticipantInput>,
) -> Result<HttpResponse, ApiError> {
    let training = path_id(&id)?;
    let answer = trainings::add_participant(&call, training, input).await?;
    let location = format!("{}/participants/{}", location(training), answer.id());
    Ok(created_answer(location, &answer))
}

/// Lists a training's participants, in the order recorded (each read is recorded).
///
/// For administrators. Participants are officials' personal data: every participant
/// listed is recorded in the audit log as a read. Page with `cursor`/`limit`; an unknown
/// training is a `404`.
#[utoipa::path(
    operation_id = "list_training_participants",
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id"), ParticipantQuery),
    responses((status = 200, description = "One page of participants", body = ParticipantPage))
)]
#[get("/trainings/{id}/participants")]
pub async fn list_participants(
    call: Call,
    id: web::Path<String>,
    query: web::Query<ParticipantQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = trainings::participants(&call, path_id(&id)?, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Reads a participant of a training (the read is recorded).
///
/// For administrators. A participant is an official's personal data, so the read is
/// recorded in the audit log; the `ETag` is for `If-Match` when changing the participant.
#[utoipa::path(
    operation_id = "get_training_participant",
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id"),
        ("participant_id" = Uuid, Path, description = "The participant's id")),
    responses((status = 200, description = "The participant", body = Participant,
        headers(("ETag" = String, description = "The version"))))
)]
#[get("/trainings/{id}/participants/{participant_id}")]
pub async fn get_participant(
    call: Call,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (training, id) = path.into_inner();
    let participant = trainings::participant(&call, path_id(&training)?, path_id(&id)?).await?;
    Ok(versioned(participant.version, &participant))
}

/// Changes a participant's position, attendance or test scores (JSON merge patch).
///
/// For administrators. Who they are (`user_id`, `name`, `organisation_id`) does not
/// change: those fields may be sent only unchanged (`422` otherwise); scores are 0 to
/// 100. An `If-Match` that is not the current version is a `412`, and a concurrent change
/// without one a `409`.
#[utoipa::path(
    operation_id = "patch_training_participant",
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id"),
        ("participant_id" = Uuid, Path, description = "The participant's id"), IfMatch),
    request_body(content = ParticipantPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the participant", body = ParticipantAnswer,
        headers(("ETag" = String, description = "The new version"))),
        (status = 409, response = crate::openapi::Conflict))
)]
#[patch("/trainings/{id}/participants/{participant_id}")]
pub async fn patch_participant(
    call: Call,
    path: web::Path<(String, String)>,
    if_match: IfMatch,
    MergePatch(patch): MergePatch,
) -> Result<HttpResponse, ApiError> {
    let (training, id) = path.into_inner();
    let answer =
        trainings::update_participant(&call, path_id(&training)?, path_id(&id)?, patch, if_match.0)
            .await?;
    Ok(written(&answer))
}

/// A merge patch of a training: any subset of its writable fields.
#[derive(ToSchema)]
#[schema(example = json!({"ends_on": "2026-03-05", "venue": "Kutaisi"}))]
#[allow(dead_code)]
pub struct TrainingPatch {
    #[schema(min_length = 1, max_length = 200)]
    title: Option<String>,
    #[schema(value_type = Option<integra_domain::steering::training::TrainingTopic>)]
    topic: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    starts_on: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    ends_on: Option<String>,
    #[schema(value_type = Option<String>, format = Uuid)]
    organiser_organisation_id: Option<String>,
    #[schema(min_length = 1, max_length = 200)]
    venue: Option<String>,
}

/// A merge patch of a participant: position, attendance, scores.
#[derive(ToSchema)]
#[schema(example = json!({"attended": true, "post_test": 85}))]
#[allow(dead_code)]
pub struct ParticipantPatch {
    #[schema(min_length = 1, max_length = 200, nullable)]
    position: Option<String>,
    attended: Option<bool>,
    #[schema(minimum = 0, maximum = 100, nullable)]
    pre_test: Option<i64>,
    #[schema(minimum = 0, maximum = 100, nullable)]
    post_test: Option<i64>,
}
