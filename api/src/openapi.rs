//! The OpenAPI document: the shared parts (security, reusable error answers); the
//! paths come from the routes themselves.

use utoipa::openapi::path::{Operation, Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{Ref, RefOr, Required};
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
    PayloadTooLarge => "The body is larger than allowed: 64 KiB, and for imports 200 MB unless configured otherwise",
    UnsupportedMediaType => "The body is not sent as the media type this operation takes",
    Unprocessable => "The request is well-formed but not valid; `errors` lists the fields",
    TooManyRequests => "Too many failed sign-ins for this account or address; retry after `Retry-After` seconds",
    Unavailable => "The database is unreachable, or (sign-in, passwords) every password check is busy; retry after `Retry-After` seconds",
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "integra",
        description = "Case management and data exchange of the Migration Division (Ministry of Labour, Health and Social Affairs of Georgia) and its State Employment Agency: one person registry for reintegration of returning migrants, integration of immigrants and legal labour migration.\n\nEvery error is an RFC 9457 problem (`application/problem+json`) whose `type` is a page explaining it (`/problems/<slug>`); its texts are in English, or in Georgian for a client whose `Accept-Language` prefers `ka` (`Content-Language` says which; `type`, `code` and fields never change). Writes take `If-Match` with the `ETag` of the version they change; POSTs take `Idempotency-Key`.",
        version = "1.0.0",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
        contact(name = "Migration Division, Ministry of Labour, Health and Social Affairs of Georgia"),
    ),
    servers((url = "/", description = "This server")),
    modifiers(&SecurityAddon),
    components(
        schemas(Problem, integra_domain::reports::AgeBand, integra_domain::import::ImportKind,
            integra_domain::import::ImportMode, integra_domain::import::Atomicity),
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
        (name = "outreach", description = "Outreach events (information sessions, media, schools, communities, border points) and the number of people they reached; no persons"),
        (name = "capacity", description = "Capacity building: trainings of officials (users or officials named with their organisation), their attendance and pre- and post-test scores"),
        (name = "imports", description = "Bulk import of files of records (CSV or NDJSON): dry runs, all-or-nothing or row by row, upserts by key, a report per row; each row written as the same record sent alone"),
        (name = "events", description = "The change feed: every domain event in commit order with a stable cursor, never personal data; long-polled; for administrators and service accounts with events:read"),
        (name = "webhooks", description = "Webhook subscriptions: the change feed's events POSTed to another system's https URL, signed (HMAC-SHA256), retried with backoff, disabled after a day of failures; a delivery log per attempt"),
        (name = "surveys", description = "Field research: questionnaires (versioned by edition, never changed once published) in Georgian and English, responses (anonymous or linked to a person, seen by the collecting organisation's case workers only), and aggregates per question with small cells suppressed for monitors"),
        (name = "steering", description = "Projects steered by the committee (the ministry, the State Commission on Migration Issues, IOM) and their risks; read by monitors, kept by administrators"),
        (name = "counselling", description = "Counselling sessions in each stream, with or without an identified person"),
        (name = "job-placements", description = "Persons placed in jobs at home or abroad, recorded by the organisation that placed them"),
        (name = "social-enterprises", description = "Social enterprises: their implementing partners, the beneficiaries they enrol and the job places they create"),
        (name = "movements", description = "Movement assistance: foreign migrants helped to leave Georgia, on the person's record"),
        (name = "residence-permits", description = "Residence permits of foreigners, on the person's record; the permits expiring soon"),
        (name = "jobseekers", description = "Labour migration: jobseeker profiles on persons of the registry (education, occupations, languages, certificates, preferences), for case workers and employment counsellors"),
        (name = "schemes", description = "Labour migration schemes: destination, sector, partner, term, yearly quota, application window; conditions as a published rule set"),
        (name = "vacancies", description = "Vacancies at home and abroad (under a scheme), and their candidates ranked and explained"),
        (name = "applications", description = "Applications of jobseekers to labour migration schemes, from applying to coming home: shortlisting within the yearly quota, pre-departure orientation sessions, departure with a job placement, return, overstays"),
        (name = "integration-services", description = "Integration services delivered to immigrants (language, civic orientation, legal and employment counselling), recorded by the organisation that delivered or arranged them"),
        (name = "reports", description = "Aggregate figures for a period, JSON or CSV: exact for staff, small cells suppressed for monitors; the records behind each figure"),
        (name = "contacts", description = "Contacts with persons about a programme, recorded by the organisation that made them"),
        (name = "health", description = "Probes and metrics for the platform that runs integra: liveness, readiness (the database answers), Prometheus metrics; no token"),
    )
)]
pub struct ApiDoc;

/// Operations any signed-in caller may use: no `403`.
const OPEN_TO_EVERY_CALLER: &[&str] = &["/api/v1/auth/me"];

/// Operations that need no token.
const PUBLIC: &[&str] = &["/api/v1/auth/token"];

/// Completes every `/api/v1` operation with what follows from what it is, so
/// that no route writes it by hand:
///
/// | the operation | gets |
/// |---|---|
/// | any | `503` (the database is unreachable; for sign-in, every password check is busy) |
/// | needs a token (all but sign-in) | bearer security, `401`, and `403` (but `/auth/me`) |
/// | needs no token (sign-in; outside `/api/v1`: probes, metrics) | `security: []` |
/// | has a path parameter | `404` |
/// | has a body | `413`, `415` |
/// | has a body or query parameters, or is a `POST` | `400`, `422` |
/// | is a `POST` with a token | the `Idempotency-Key` header, and `409` (`idempotency_key_in_progress`: that key's first request is still running) |
/// | takes `If-Match` ([`IfMatch`](crate::http::preconditions::IfMatch)) | `412` |
///
/// and marks every property of the schemas only answers use as `required`
/// ([`require_answered_properties`]).
pub fn complete(doc: &mut utoipa::openapi::OpenApi) {
    complete_operations(doc);
    require_answered_properties(doc);
    keep_required_fields_in_patches(doc);
}

fn complete_operations(doc: &mut utoipa::openapi::OpenApi) {
    for (path, item) in doc.paths.paths.iter_mut() {
        if !path.starts_with("/api/v1/") {
            // Probes and metrics: no token (`security: []`).
            for operation in [&mut item.get, &mut item.head].into_iter().flatten() {
                operation.security = Some(Vec::new());
            }
            continue;
        }
        let operations = [
            (&mut item.get, false),
            (&mut item.put, false),
            (&mut item.post, true),
            (&mut item.patch, false),
            (&mut item.delete, false),
        ];
        for (operation, is_post) in operations {
            if let Some(operation) = operation.as_mut() {
                complete_operation(path, operation, is_post);
            }
        }
    }
}

fn complete_operation(path: &str, operation: &mut Operation, is_post: bool) {
    let secured = !PUBLIC.contains(&path);
    let parameters = operation.parameters.get_or_insert_with(Vec::new);
    let has = |parameters: &[Parameter], place: ParameterIn| {
        parameters.iter().any(|p| p.parameter_in == place)
    };
    let has_query = has(parameters, ParameterIn::Query);
    let takes_if_match = parameters.iter().any(|p| p.name == "If-Match");
    let idempotent = is_post && secured;
    if idempotent && !parameters.iter().any(|p| p.name == IDEMPOTENCY_KEY) {
        parameters.push(header(
            IDEMPOTENCY_KEY,
            "Makes a retry return the first answer",
        ));
    }
    if parameters.is_empty() {
        operation.parameters = None;
    }
    let has_body = operation.request_body.is_some();
    let mut answers = vec![("503", "Unavailable")];
    if !secured {
        operation.security = Some(Vec::new());
    }
    if secured {
        operation.security = Some(vec![SecurityRequirement::new(
            "bearer",
            Vec::<String>::new(),
        )]);
        answers.push(("401", "Unauthorized"));
        if !OPEN_TO_EVERY_CALLER.contains(&path) {
            answers.push(("403", "Forbidden"));
        }
    }
    if path.contains('{') {
        answers.push(("404", "NotFound"));
    }
    if has_body {
        answers.extend([("413", "PayloadTooLarge"), ("415", "UnsupportedMediaType")]);
    }
    if has_body || has_query || is_post {
        answers.extend([("400", "BadRequest"), ("422", "Unprocessable")]);
    }
    if takes_if_match {
        answers.push(("412", "PreconditionFailed"));
    }
    if idempotent {
        // `idempotency_key_in_progress`: the same key's first request is still running.
        answers.push(("409", "Conflict"));
    }
    for (status, name) in answers {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
    }
}

const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// An optional header parameter of type string (absent, never `null`).
pub fn header(name: &str, description: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Header)
        .description(Some(description))
        .required(Required::False)
        .schema(Some(
            ObjectBuilder::new().schema_type(SchemaType::Type(Type::String)),
        ))
        .build()
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

/// Properties of answers that are left out rather than sent as `null` (serde's
/// `skip_serializing_if`), by schema; `*`: every property not otherwise
/// required. A test keeps this list in step with the code.
const LEFT_OUT_WHEN_EMPTY: &[(&str, &str)] = &[
    ("Problem", "*"),
    ("Written", "version"),
    ("Codes", "status"),
    ("Codes", "type"),
    ("Health", "database"),
    ("ReintegrationReport", "links"),
    ("OverviewReport", "links"),
];

/// The names of the schemas `value` refers to (`$ref`), directly.
fn schema_refs(value: &serde_json::Value, names: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner.as_str()) {
                    ("$ref", Some(target)) => {
                        if let Some(name) = target.strip_prefix("#/components/schemas/") {
                            names.push(name.to_owned());
                        }
                    }
                    _ => schema_refs(inner, names),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| schema_refs(i, names)),
        _ => {}
    }
}

/// The schemas `roots` use, directly or through other schemas.
fn used_schemas(
    schemas: &serde_json::Map<String, serde_json::Value>,
    roots: &[&serde_json::Value],
) -> std::collections::BTreeSet<String> {
    let mut pending = Vec::new();
    roots
        .iter()
        .for_each(|root| schema_refs(root, &mut pending));
    let mut used = std::collections::BTreeSet::new();
    while let Some(name) = pending.pop() {
        if used.insert(name.clone()) {
            if let Some(schema) = schemas.get(&name) {
                schema_refs(schema, &mut pending);
            }
        }
    }
    used
}

/// The document as served: [`complete`]d, and every `ETag` and `Location`
/// header of an answer marked `required` (the answers that declare them always
/// send them; utoipa's headers cannot say so).
///
/// A YAML value keeps the order of the document's objects (a JSON value sorts them).
pub fn finish(doc: &utoipa::openapi::OpenApi) -> serde_yaml::Value {
    use serde_yaml::Value;
    let mut value = serde_yaml::to_value(doc).unwrap_or_default();
    if let Some(paths) = value.get_mut("paths").and_then(Value::as_mapping_mut) {
        let headers = paths
            .values_mut()
            .filter_map(Value::as_mapping_mut)
            .flat_map(|item| item.values_mut())
            .filter_map(|operation| operation.get_mut("responses"))
            .filter_map(Value::as_mapping_mut)
            .flat_map(|responses| responses.values_mut())
            .filter_map(|response| response.get_mut("headers"))
            .filter_map(Value::as_mapping_mut);
        for headers in headers {
            for (name, header) in headers.iter_mut() {
                let always_sent = name
                    .as_str()
                    .is_some_and(|name| ALWAYS_SENT_HEADERS.contains(&name));
                if let (true, Some(header)) = (always_sent, header.as_mapping_mut()) {
                    header.insert("required".into(), Value::Bool(true));
                }
            }
        }
    }
    value
}

/// Headers an answer that declares them always sends.
const ALWAYS_SENT_HEADERS: &[&str] = &["ETag", "Location"];

/// Merge patches (`XPatch`) whose form to write is not `XInput` (`null` in a
/// patch clears a field of that form).
const PATCHED_FORMS: &[(&str, &str)] = &[
    ("LocalisedPatch", "Localised"),
    ("RuleSetDocumentPatch", "RuleSetDocument"),
];

/// The form a merge patch schema changes: [`PATCHED_FORMS`], else `XInput`.
fn patched_form(patch: &str) -> Option<String> {
    match PATCHED_FORMS.iter().find(|(p, _)| *p == patch) {
        Some((_, form)) => Some((*form).to_owned()),
        None => patch.strip_suffix("Patch").map(|x| format!("{x}Input")),
    }
}

/// Whether a schema is `{type: null}`.
fn is_null(schema: &RefOr<Schema>) -> bool {
    matches!(schema, RefOr::T(Schema::Object(o)) if o.schema_type == SchemaType::Type(Type::Null))
}

/// Whether a schema allows `null` (`type: [.., null]`, or a `oneOf` with a `null`).
fn allows_null(schema: &RefOr<Schema>) -> bool {
    match schema {
        RefOr::T(Schema::Object(object)) => match &object.schema_type {
            SchemaType::Array(types) => types.contains(&Type::Null),
            SchemaType::Type(Type::Null) => true,
            _ => false,
        },
        RefOr::T(Schema::OneOf(one_of)) => one_of.items.iter().any(is_null),
        _ => false,
    }
}

/// The schema without its `null`.
fn without_null(schema: RefOr<Schema>) -> RefOr<Schema> {
    match schema {
        RefOr::T(Schema::Object(mut object)) => {
            if let SchemaType::Array(types) = &object.schema_type {
                let kept: Vec<Type> = types
                    .iter()
                    .filter(|t| **t != Type::Null)
                    .cloned()
                    .collect();
                object.schema_type = match kept.as_slice() {
                    [only] => SchemaType::Type(only.clone()),
                    _ => SchemaType::Array(kept),
                };
            }
            RefOr::T(Schema::Object(object))
        }
        RefOr::T(Schema::OneOf(mut one_of)) => {
            one_of.items.retain(|item| !is_null(item));
            match (one_of.items.len(), one_of.items.first().cloned()) {
                (1, Some(RefOr::Ref(mut reference))) => {
                    if let Some(description) = one_of.description.clone() {
                        reference.description = description;
                    }
                    RefOr::Ref(reference)
                }
                (1, Some(only)) => only,
                _ => RefOr::T(Schema::OneOf(one_of)),
            }
        }
        other => other,
    }
}

/// A merge patch says which fields may be cleared: `null` removes a field
/// (RFC 7386), and the record is then read as its form to write, so a field
/// that form requires (and does not allow as `null`) cannot be `null` in the
/// patch. utoipa makes every `Option` field of a patch nullable; this takes
/// `null` away from those.
fn keep_required_fields_in_patches(doc: &mut utoipa::openapi::OpenApi) {
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    let patches: Vec<String> = components
        .schemas
        .keys()
        .filter(|name| name.ends_with("Patch"))
        .cloned()
        .collect();
    for patch in patches {
        let Some(RefOr::T(Schema::Object(form))) =
            patched_form(&patch).and_then(|form| components.schemas.get(&form))
        else {
            continue;
        };
        let kept: Vec<String> = form
            .required
            .iter()
            .filter(|field| form.properties.get(*field).is_some_and(|s| !allows_null(s)))
            .cloned()
            .collect();
        let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(&patch) else {
            continue;
        };
        for field in kept {
            if let Some(schema) = object.properties.get_mut(&field) {
                *schema = without_null(schema.clone());
            }
        }
    }
}

/// Marks `required` every property of the schemas that only answers use
/// (none of a request body or parameter): serde sends an absent `Option` as
/// `null`, so a client may count on the property being there (but those
/// [`LEFT_OUT_WHEN_EMPTY`]). Schemas of requests keep `Option` fields optional.
fn require_answered_properties(doc: &mut utoipa::openapi::OpenApi) {
    let Ok(json) = serde_json::to_value(&*doc) else {
        return;
    };
    let (mut requests, mut answers) = (Vec::new(), Vec::new());
    if let Some(paths) = json.get("paths").and_then(|p| p.as_object()) {
        for item in paths.values().filter_map(|i| i.as_object()) {
            for operation in item.values() {
                requests.extend(operation.get("requestBody"));
                requests.extend(operation.get("parameters"));
                answers.extend(operation.get("responses"));
            }
        }
    }
    answers.extend(json.pointer("/components/responses"));
    let Some(schemas) = json
        .pointer("/components/schemas")
        .and_then(|s| s.as_object())
    else {
        return;
    };
    let asked = used_schemas(schemas, &requests);
    let answered = used_schemas(schemas, &answers);
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    for name in answered.difference(&asked) {
        let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(name) else {
            continue;
        };
        let optional = |property: &str| {
            LEFT_OUT_WHEN_EMPTY
                .iter()
                .any(|(s, p)| s == name && (*p == property || *p == "*"))
        };
        for property in object.properties.keys() {
            if !object.required.contains(property) && !optional(property) {
                object.required.push(property.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Rust files of this crate and of the domain crate.
    fn sources() -> Vec<(std::path::PathBuf, String)> {
        crate::source_files::rust_files(&["api/src", "domain/src"])
    }

    /// No two types deriving `ToSchema` share a name: the document keeps one
    /// schema per name, so the other type's operations would be documented
    /// with a shape they do not have (as the follow-up indicator catalogue
    /// once was, with projects' `IndicatorList`).
    #[test]
    fn schema_names_are_unique() {
        let mut seen: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for (path, text) in sources() {
            let mut derive = String::new();
            let mut schema = false;
            let mut renamed = false;
            for (number, line) in text.lines().enumerate() {
                let line = line.trim();
                // `string_enum!` declares an enum deriving `ToSchema`.
                if line.starts_with("string_enum! {") {
                    schema = true;
                    continue;
                }
                if line.starts_with("#[derive(") || !derive.is_empty() {
                    derive.push_str(line);
                    if line.ends_with(")]") {
                        schema = derive.contains("ToSchema");
                        derive.clear();
                    }
                    continue;
                }
                if !schema {
                    continue;
                }
                // The item after the derive (and its other attributes, which
                // may span lines).
                if line.contains("schema(as = ") {
                    renamed = true;
                }
                let words: Vec<&str> = line.split([' ', '<', '{', '(', ';']).collect();
                let starts_item = words
                    .first()
                    .is_some_and(|w| w.starts_with("pub") || *w == "struct" || *w == "enum");
                let name = match words.iter().position(|w| *w == "struct" || *w == "enum") {
                    Some(at) if starts_item => words.get(at + 1).copied().unwrap_or_default(),
                    // In `string_enum!`: `Name {`.
                    None if words.len() == 3 && line.ends_with(" {") => words[0],
                    _ => continue,
                };
                schema = false;
                if !std::mem::take(&mut renamed) {
                    seen.entry(name.to_owned()).or_default().push(format!(
                        "{}:{}",
                        path.display(),
                        number + 1
                    ));
                }
            }
        }
        // And the answers of writes, declared by `answer_schemas!` (`Name => Record,`).
        let answers = concat!(env!("CARGO_MANIFEST_DIR"), "/src/services/answer.rs");
        let text = std::fs::read_to_string(answers).unwrap();
        let declared = text.split("answer_schemas! {").nth(1).unwrap_or_default();
        for line in declared.lines().take_while(|l| !l.starts_with('}')) {
            if let Some((name, _)) = line.trim().split_once(" => ") {
                seen.entry(name.to_owned())
                    .or_default()
                    .push(format!("{answers}: {line}"));
            }
        }
        assert!(seen.contains_key("PersonAnswer"));
        let repeated: Vec<_> = seen.iter().filter(|(_, places)| places.len() > 1).collect();
        assert!(repeated.is_empty(), "schema names used twice: {repeated:?}");
        assert!(seen.contains_key("FollowUpIndicatorList") && seen.contains_key("IndicatorList"));
    }

    /// Every merge patch's schema has its form to write in the document (so
    /// that the fields which cannot be cleared are known), and required
    /// fields are not `null` in a patch while clearable ones are.
    #[test]
    fn merge_patches_say_which_fields_may_be_cleared() {
        let doc = crate::server::openapi();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        let patches: Vec<&String> = schemas.keys().filter(|n| n.ends_with("Patch")).collect();
        assert!(patches.len() > 20, "{patches:?}");
        for patch in patches {
            let form = patched_form(patch).unwrap();
            assert!(schemas.contains_key(&form), "{patch}: no schema {form}");
        }
        let person = &schemas["PersonPatch"]["properties"];
        assert_eq!(person["given_name"]["type"], "string");
        assert_eq!(
            person["phone"]["type"],
            serde_json::json!(["string", "null"])
        );
        let stay = &schemas["StayPatch"]["properties"];
        assert_eq!(
            stay["end_date"]["type"],
            serde_json::json!(["string", "null"])
        );
        assert_eq!(stay["country"]["type"], "string");
    }

    /// Every struct field serde leaves out of an answer (`skip_serializing_if`)
    /// is listed in [`LEFT_OUT_WHEN_EMPTY`] (by its struct's name), so that
    /// no answer's schema requires a property it may leave out.
    #[test]
    fn fields_left_out_of_answers_are_listed() {
        let mut unlisted = Vec::new();
        for (path, text) in sources() {
            let mut structure = "";
            for line in text.lines() {
                if let Some(rest) = line.trim_start().strip_prefix("pub struct ") {
                    structure = rest.split([' ', '<', '{', '(']).next().unwrap_or_default();
                }
                let attribute = line.trim_start();
                if attribute.starts_with("#[serde(")
                    && attribute.contains("skip_serializing_if")
                    && !LEFT_OUT_WHEN_EMPTY.iter().any(|(s, _)| *s == structure)
                {
                    unlisted.push(format!("{} ({structure})", path.display()));
                }
            }
        }
        // Facts are an eligibility request's input (never required) and
        // a free-form object in answers.
        unlisted.retain(|place| !place.contains("(Facts)"));
        assert!(
            unlisted.is_empty(),
            "not in LEFT_OUT_WHEN_EMPTY: {unlisted:?}"
        );
    }
}
