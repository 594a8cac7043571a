//! The outermost middleware: request ids, the access log and metrics, and complete
//! problem answers.

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, Error, HttpMessage, HttpRequest};
use uuid::Uuid;

use crate::http::{metrics, routing};
use crate::messages;
use crate::problem::{self, Problem};
use crate::state::AppState;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the request being served, in the request's extensions.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The request id of `req` (the one given by the client, or one made for it).
pub fn request_id(req: &HttpRequest) -> Option<String> {
    req.extensions().get::<RequestId>().map(|r| r.0.clone())
}

/// Honours a sane incoming `X-Request-Id`, or makes one.
fn choose_request_id(req: &ServiceRequest) -> String {
    req.headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            (1..=128).contains(&v.len())
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| Uuid::now_v7().to_string())
}

pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let started = Instant::now();
    let id = choose_request_id(&req);
    req.extensions_mut().insert(RequestId(id.clone()));
    // An inner middleware's error is answered by the framework from its own
    // `error_response`, which is a problem too (without the request id).
    let response = crate::logging::within(id.as_str().into(), next.call(req))
        .await?
        .map_into_boxed_body();
    let mut response = complete_problem(response, &id);
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    log_access(&response, &id, started);
    Ok(response)
}

/// Fills `instance` and `request_id` into a problem answer, puts its texts in
/// the language the request asks for (`Accept-Language`: `ka` or `en`, see
/// [`messages`]), and turns any other error answer (the framework's own) into
/// a problem.
fn complete_problem(mut response: ServiceResponse<BoxBody>, id: &str) -> ServiceResponse<BoxBody> {
    let status = response.status();
    let problem = response.response_mut().extensions_mut().remove::<Problem>();
    let problem = match problem {
        Some(problem) => problem,
        None if status.is_client_error() || status.is_server_error() => Problem::for_status(status),
        None => return response,
    };
    let mut problem = problem;
    problem.instance = Some(response.request().path().to_owned());
    problem.request_id = Some(id.to_owned());
    let lang = crate::routes::language(response.request());
    messages::localise(&mut problem, lang);
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    response.map_body(|head, _| {
        head.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(problem::CONTENT_TYPE),
        );
        head.headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang.as_str()),
        );
        head.headers
            .append(header::VARY, HeaderValue::from_static("Accept-Language"));
        head.headers.remove(header::CONTENT_LENGTH);
        BoxBody::new(body)
    })
}

/// One line per request: method, route pattern (never the concrete path or query,
/// which may hold personal data), status, duration and request id.
fn log_access(response: &ServiceResponse<BoxBody>, id: &str, started: Instant) {
    let request = response.request();
    // The pattern of the route that answered; a path no route takes (answered by
    // the default service, whatever pattern a scope around it has) is one label.
    let route = match request.match_pattern() {
        Some(pattern) if !request.extensions().contains::<routing::Unmatched>() => pattern,
        _ => metrics::UNMATCHED.to_owned(),
    };
    let method = metrics::method_label(request.method());
    let seconds = started.elapsed().as_secs_f64();
    if let Some(state) = request.app_data::<web::Data<AppState>>() {
        let status = response.status().as_u16();
        state.metrics.observe(method, &route, status, seconds);
    }
    log::info!(
        target: "integra::access",
        "{} {} {} {:.1}ms request_id={}",
        method,
        route,
        response.status().as_u16(),
        seconds * 1000.0,
        id
    );
}
