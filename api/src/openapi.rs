//! The OpenAPI document: the shared parts (security, reusable error answers); the
//! paths come from the routes themselves.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToResponse};

use crate::problem::Problem;

/// Declares reusable problem answers.
macro_rules! problem_responses {
    ($($name:ident => $description:literal),+ $(,)?) => {
        $(
            #[derive(ToResponse)]
            #[response(description = $description, content_type = "application/problem+json")]
            #[allow(dead_code)]
            pub struct $name(Problem);
        )+
    };
}

problem_responses! {
    BadRequest => "Malformed JSON, query or header",
    Unauthorized => "No valid bearer token",
    Forbidden => "The caller's role (or a service account's scopes) does not allow this",
    NotFound => "No such resource",
    Conflict => "A duplicate or a state conflict; `existing` names the record in the way",
    PreconditionFailed => "If-Match does not match the current version",
    PayloadTooLarge => "The body is larger than 64 KiB",
    UnsupportedMediaType => "The body is not sent as the media type this operation takes",
    Unprocessable => "The request is well-formed but not valid; `errors` lists the fields",
    TooManyRequests => "Too many failed sign-ins for this account or address; retry after `Retry-After` seconds",
    Unavailable => "The database is unreachable; retry later",
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "integra",
        description = "Case management and data exchange of the Migration Division (Ministry of Labour, Health and Social Affairs of Georgia) and its State Employment Agency: one person registry for reintegration of returning migrants, integration of immigrants and legal labour migration.\n\nEvery error is an RFC 9457 problem (`application/problem+json`). Writes take `If-Match` with the `ETag` of the version they change; POSTs take `Idempotency-Key`.",
        version = "1.0.0",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
    ),
    servers((url = "/", description = "This server")),
    modifiers(&SecurityAddon),
    components(
        schemas(Problem),
        responses(BadRequest, Unauthorized, Forbidden, NotFound, Conflict, PreconditionFailed,
            PayloadTooLarge, UnsupportedMediaType, Unprocessable, TooManyRequests, Unavailable)
    ),
    tags(
        (name = "auth", description = "Sign-in and the caller"),
        (name = "organisations", description = "The ministry, agencies, partners and employers whose people use integra"),
        (name = "users", description = "People who sign in, managed by administrators"),
        (name = "service-accounts", description = "Other state systems: client credentials and scopes"),
        (name = "audit", description = "Who read or changed what, and when; the audit log cannot be changed"),
        (name = "persons", description = "The person registry shared by all streams"),
        (name = "stays-abroad", description = "A person's stays abroad; the latest end date is the last return"),
        (name = "households", description = "Persons living and assisted together"),
        (name = "rule-sets", description = "Eligibility rules as data: versioned rule sets; published versions never change"),
        (name = "programmes", description = "Programmes: budgets, catalogues of assistance, the rule set version they apply"),
        (name = "eligibility", description = "Eligibility checks (dry runs) of a person or of given facts"),
        (name = "cases", description = "Reintegration cases: life cycle, assignment, notes, assessments"),
        (name = "assistance", description = "Assistance items of a case: proposal, four-eyes approval within the programme's budget and caps, delivery"),
        (name = "referrals", description = "Referrals to partner organisations; a partner's inbox"),
        (name = "follow-ups", description = "Follow-ups at 3, 6 and 12 months scoring reintegration sustainability"),
    )
)]
pub struct ApiDoc;

/// Every `POST` takes `Idempotency-Key`: a malformed key is a `400`, a key reused
/// with another request a `422`, whether or not the operation has a body.
pub fn document_idempotency(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{Ref, RefOr};
    for item in doc.paths.paths.values_mut() {
        let Some(operation) = item.post.as_mut() else {
            continue;
        };
        let responses = &mut operation.responses.responses;
        for (status, name) in [("400", "BadRequest"), ("422", "Unprocessable")] {
            responses
                .entry(status.to_owned())
                .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
        }
    }
}

struct SecurityAddon;

impl Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("An access token from POST /api/v1/auth/token"))
                    .build(),
            ),
        );
    }
}
