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
/// `POST /trainings/{id}/participants`.
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
#[utoipa::path(
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id"), IfMatch),
    request_body(content = TrainingPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the training", body = TrainingAnswer,
        headers(("ETag" = String, description = "The new version"))))
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

/// Records an official who took part in a training: a user, or an official
/// named with their organisation; with attendance and test scores.
///
/// An official takes part once: a second record of them is a 409
/// `already_participant` naming the first.
#[utoipa::path(
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
#[utoipa::path(
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
#[utoipa::path(
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

/// Changes a participant's position, attendance or test scores with a JSON
/// merge patch (who they are does not change).
#[utoipa::path(
    tag = "capacity",
    params(("id" = Uuid, Path, description = "The training's id"),
        ("participant_id" = Uuid, Path, description = "The participant's id"), IfMatch),
    request_body(content = ParticipantPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "Changed: the participant", body = ParticipantAnswer,
        headers(("ETag" = String, description = "The new version"))))
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
