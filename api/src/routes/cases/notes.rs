//! Notes on a case.

use actix_web::http::header;
use actix_web::{get, post, web, HttpResponse};
use integra_domain::reintegration::case::{CaseNote, NoteInput};
use serde::Serialize;
use utoipa::ToSchema;

use super::location;
use crate::error::ApiError;
use crate::http::body::JsonBody;
use crate::routes::path_id;
use crate::services::answer::NoteAnswer;
use crate::services::cases::notes;
use crate::services::Call;

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
///
/// `text` is 1 to 4000 characters, trimmed; line breaks and tabs are kept, other
/// control characters are a `422`. For case workers of the case's organisation and
/// administrators; answers `201` with the note, and `Location` names the case's notes.
#[utoipa::path(
    operation_id = "add_case_note",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    request_body(content = NoteInput, content_type = "application/json"),
    responses((status = 201, description = "Added: the note, or its id to a caller who may not read it", body = NoteAnswer,
        headers(("Location" = String, description = "The notes of the case"))))
)]
#[post("/cases/{id}/notes")]
pub async fn add_note(
    call: Call,
    id: web::Path<String>,
    JsonBody(input): JsonBody<NoteInput>,
) -> Result<HttpResponse, ApiError> {
    let id = path_id(&id)?;
    let note = notes::add(&call, id, input).await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("{}/notes", location(id))))
        .json(note))
}

/// Lists the notes of a case, oldest first.
///
/// Returns every note of the case (not paged) with its author and time. For case
/// workers of the case's organisation and administrators; another organisation's case
/// is a `404`, and the read is audited as a read of the case.
#[utoipa::path(
    operation_id = "list_case_notes",
    tag = "cases",
    params(("id" = Uuid, Path, description = "The case's id")),
    responses((status = 200, description = "The notes", body = NoteList))
)]
#[get("/cases/{id}/notes")]
pub async fn list_notes(call: Call, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let items = notes::list(&call, path_id(&id)?).await?;
    Ok(HttpResponse::Ok().json(NoteList { items }))
}
