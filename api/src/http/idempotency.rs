//! `Idempotency-Key` on POST: a retry with the same key and body gets the first
//! answer; the same key with another body is a 422.
//!
//! The first run is traced ([`Trace`]): the permission checks it passed and the
//! record it is about are kept with the answer, so that a replay checks the
//! caller again and is audited as a read ([`idempotency::replay`]). An answer
//! marked `Cache-Control: no-store` (a new client secret, a token) is never
//! kept: its key stays taken, and a retry is a `409` `idempotency_answer_withheld`.

use crate::services::idempotency::{Claim, StoredResponse, Trace};
use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, Error, FromRequest, HttpMessage, HttpResponse, ResponseError};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use crate::auth::Principal;
use crate::error::{problem_response, ApiError};
use crate::http::BODY_LIMIT;
use crate::problem::{self, Problem};
use crate::services::idempotency;
use crate::state::AppState;

pub const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
pub const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// Headers of an answer worth keeping for a replay.
const KEPT_HEADERS: [HeaderName; 3] = [header::CONTENT_TYPE, header::LOCATION, header::ETAG];

pub async fn idempotency(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let key = match req.headers().get(&IDEMPOTENCY_KEY) {
        Some(key) if req.method() == Method::POST => key.clone(),
        _ => {
            return next
                .call(req)
                .await
                .map(ServiceResponse::map_into_boxed_body)
        }
    };
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let principal = Principal::extract(req.request()).await;
    let (Some(state), Ok(principal)) = (state, principal) else {
        // Without a valid token the route answers 401 itself; nothing to remember.
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    };
    let key = match key.to_str().ok().filter(|k| (1..=255).contains(&k.len())) {
        Some(key) => key.to_owned(),
        None => {
            let error = ApiError::BadRequest(
                "Idempotency-Key must be 1 to 255 visible ASCII characters".to_owned(),
            );
            return Ok(req.into_response(error.error_response()));
        }
    };
    // An import's file may be as large as imports take; every other body is small.
    let limit = if req.path() == crate::routes::imports::PATH {
        state.import_body_limit
    } else {
        BODY_LIMIT
    };
    let body = match read_body(req.take_payload(), limit).await {
        Ok(body) => body,
        Err(error) => return Ok(req.into_response(error.error_response())),
    };
    let hash = match request_hash(&req, body.clone()).await {
        Ok(hash) => hash,
        Err(error) => return Ok(req.into_response(error.error_response())),
    };
    let claim = idempotency::claim(&state, &principal, key.clone(), hash).await;
    match claim {
        Err(error) => Ok(req.into_response(ApiError::from(error).error_response())),
        Ok(Claim::Replay(stored)) => {
            let answer = match idempotency::replay(&state, &principal, &stored).await {
                Err(error) => ApiError::from(error).error_response(),
                Ok(()) if stored.withheld => withheld(&stored),
                Ok(()) => replay(stored),
            };
            Ok(req.into_response(answer))
        }
        Ok(Claim::Mismatch) => Ok(req.into_response(
            ApiError::Unprocessable {
                code: "idempotency_key_reused",
                detail: "this Idempotency-Key was used with a different request".to_owned(),
            }
            .error_response(),
        )),
        Ok(Claim::InProgress) => Ok(req.into_response(
            ApiError::Conflict {
                code: "idempotency_key_in_progress",
                detail:
                    "a request with this Idempotency-Key is still being processed; retry shortly"
                        .to_owned(),
                existing: None,
            }
            .error_response(),
        )),
        Ok(Claim::New) => {
            req.set_payload(Payload::from(body));
            let trace = Trace::recording();
            req.extensions_mut().insert(trace.clone());
            let response = next.call(req).await?.map_into_boxed_body();
            remember(&state, &principal, key, trace, response).await
        }
    }
}

/// Runs after the first execution: keeps the answer (or forgets the key on a server error).
async fn remember(
    state: &web::Data<AppState>,
    principal: &Principal,
    key: String,
    trace: Trace,
    response: ServiceResponse<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let (request, response) = response.into_parts();
    let (head, body) = response.into_parts();
    let bytes = body::to_bytes(body)
        .await
        .map_err(|_| ApiError::Internal("the answer could not be buffered".to_owned()))?;
    let status = head.status();
    let result = if status.is_server_error() {
        idempotency::release(state, principal, key).await
    } else {
        let stored = StoredResponse {
            status: status.as_u16(),
            headers: kept_headers(&head),
            body: stored_body(&head, &bytes),
            // A failed request echoes no record.
            record: trace.record().filter(|_| status.is_success()),
            checks: trace.checks(),
            withheld: holds_secret(&head),
        };
        idempotency::complete(state, principal, key, stored).await
    };
    if let Err(error) = result {
        log::warn!("idempotency key not stored: {error}");
    }
    Ok(ServiceResponse::new(
        request,
        head.set_body(BoxBody::new(bytes)),
    ))
}

/// An answer not to be kept anywhere: `Cache-Control: no-store` (secrets, tokens).
fn holds_secret(response: &HttpResponse<()>) -> bool {
    response
        .headers()
        .get_all(header::CACHE_CONTROL)
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("no-store"))
}

/// The retry of a request whose answer held a secret (or data since erased): it
/// was carried out, and the answer is not shown again; `Location` names the
/// record when there is one.
fn withheld(stored: &StoredResponse) -> HttpResponse {
    let mut response = ApiError::Conflict {
        code: "idempotency_answer_withheld",
        detail: "the request with this Idempotency-Key was carried out; its answer is not kept \
                 (it held a secret, which is shown only once, or data since erased)"
            .to_owned(),
        existing: None,
    }
    .error_response();
    let headers = response.headers_mut();
    if let Some((_, location)) = stored.headers.iter().find(|(name, _)| name == "location") {
        if let Ok(location) = HeaderValue::from_str(location) {
            headers.insert(header::LOCATION, location);
        }
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(REPLAYED, HeaderValue::from_static("true"));
    response
}

fn kept_headers(response: &HttpResponse<()>) -> Vec<(String, String)> {
    KEPT_HEADERS
        .iter()
        .filter_map(|name| {
            let value = response.headers().get(name)?.to_str().ok()?;
            Some((name.as_str().to_owned(), value.to_owned()))
        })
        .collect()
}

/// The body to keep: a problem answer's body is completed later, so keep the problem itself.
fn stored_body(response: &HttpResponse<()>, bytes: &[u8]) -> Vec<u8> {
    match response.extensions().get::<Problem>() {
        Some(problem) => serde_json::to_vec(problem).unwrap_or_default(),
        None => bytes.to_vec(),
    }
}

fn replay(stored: StoredResponse) -> HttpResponse {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    let mut builder = HttpResponse::build(status);
    for (name, value) in &stored.headers {
        builder.insert_header((name.as_str(), value.as_str()));
    }
    builder.insert_header((REPLAYED, HeaderValue::from_static("true")));
    let is_problem = stored
        .headers
        .iter()
        .any(|(name, value)| name == "content-type" && value == problem::CONTENT_TYPE);
    match serde_json::from_slice::<Problem>(&stored.body) {
        Ok(problem) if is_problem => {
            let mut response = problem_response(problem);
            response
                .headers_mut()
                .insert(REPLAYED, HeaderValue::from_static("true"));
            response
        }
        _ => builder.body(stored.body),
    }
}

async fn read_body(mut payload: Payload, limit: usize) -> Result<web::Bytes, ApiError> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk
            .map_err(|_| ApiError::BadRequest("the request body could not be read".to_owned()))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// What makes two requests "the same": method, path, query, media type and
/// body. A body larger than others' (an import's file) is hashed off the
/// async workers.
async fn request_hash(req: &ServiceRequest, body: web::Bytes) -> Result<String, ApiError> {
    let mut hasher = Sha256::new();
    for part in [
        req.method().as_str(),
        req.path(),
        req.query_string(),
        &req.content_type().to_ascii_lowercase(),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    let large = body.len() > BODY_LIMIT;
    let digest = move |mut hasher: Sha256| -> String {
        hasher.update(&body);
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    if !large {
        return Ok(digest(hasher));
    }
    web::block(move || digest(hasher))
        .await
        .map_err(|_| ApiError::Internal("the request could not be hashed".to_owned()))
}
