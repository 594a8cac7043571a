//! The OpenAPI document: `openapi.yaml` matches the code, and the document keeps
//! the project's conventions (every operation documented, secured, with examples).

use std::collections::BTreeSet;

use serde_json::Value;

fn document() -> Value {
    let yaml = integra_api::server::openapi_yaml().unwrap();
    serde_yaml::from_str(&yaml).unwrap()
}

#[test]
fn openapi_yaml_matches_the_code() {
    let generated = integra_api::server::openapi_yaml().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi.yaml");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi.yaml is out of date with the code: run `make openapi` and commit the result"
    );
}

/// Resolves `{"$ref": "#/components/..."}`.
fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let mut target = doc;
            for part in reference.trim_start_matches("#/").split('/') {
                target = &target[part];
            }
            target
        }
        None => value,
    }
}

fn has_example(doc: &Value, media: &Value) -> bool {
    if media.get("example").is_some() || media.get("examples").is_some() {
        return true;
    }
    let schema = resolve(doc, &media["schema"]);
    if schema.get("example").is_some() || schema.get("examples").is_some() {
        return true;
    }
    // A wrapper (a page, a list) whose items have examples.
    schema["properties"].as_object().is_some_and(|properties| {
        properties.values().any(|p| {
            let items = resolve(doc, &p["items"]);
            items.get("example").is_some() || items.get("examples").is_some()
        })
    })
}

#[test]
fn every_schema_has_an_example() {
    let doc = document();
    let mut missing = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        let own = ["example", "examples", "enum"]
            .iter()
            .any(|k| schema.get(k).is_some());
        // A small record may instead give an example for each of its fields.
        let by_field = schema["properties"].as_object().is_some_and(|properties| {
            properties.values().all(|p| {
                ["example", "examples", "enum", "$ref"]
                    .iter()
                    .any(|k| p.get(k).is_some())
            })
        });
        if !own && !by_field {
            missing.push(name.clone());
        }
    }
    assert!(
        missing.is_empty(),
        "schemas without an example: {missing:?}"
    );
}

#[test]
fn every_operation_is_documented_secured_and_exemplified() {
    let doc = document();
    assert_eq!(doc["openapi"], "3.1.0");
    let public: BTreeSet<&str> = [
        "/api/v1/auth/token",
        "/health/live",
        "/health/ready",
        "/metrics",
    ]
    .into();
    let mut operation_ids = BTreeSet::new();
    let mut problems = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let name = format!("{} {path}", method.to_uppercase());
            let id = operation["operationId"].as_str().unwrap_or_default();
            if id.is_empty() || !operation_ids.insert(id.to_owned()) {
                problems.push(format!("{name}: missing or repeated operationId"));
            }
            if operation["summary"].as_str().unwrap_or_default().is_empty() {
                problems.push(format!("{name}: no summary"));
            }
            if operation["tags"].as_array().is_none_or(Vec::is_empty) {
                problems.push(format!("{name}: no tag"));
            }
            let secured = operation["security"]
                .as_array()
                .is_some_and(|s| !s.is_empty());
            if secured == public.contains(path.as_str()) {
                problems.push(format!("{name}: security should be {}", !secured));
            }
            if secured && operation["responses"].get("401").is_none() {
                problems.push(format!("{name}: a secured operation documents no 401"));
            }
            if let Some(content) = operation["requestBody"]["content"].as_object() {
                for (media_type, media) in content {
                    if !has_example(&doc, media) {
                        problems.push(format!("{name}: request {media_type} has no example"));
                    }
                }
            }
            for (status, response) in operation["responses"].as_object().unwrap() {
                let response = resolve(&doc, response);
                if let Some(content) = response["content"].as_object() {
                    for (media_type, media) in content {
                        if !has_example(&doc, media) {
                            problems.push(format!("{name}: {status} {media_type} has no example"));
                        }
                    }
                }
                if status.starts_with('4') || status.starts_with('5') {
                    let problem_type = response["content"]
                        .as_object()
                        .is_some_and(|c| c.contains_key("application/problem+json"));
                    if !problem_type {
                        problems.push(format!("{name}: {status} is not application/problem+json"));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "OpenAPI problems:\n{}",
        problems.join("\n")
    );
}

/// Every place a schema may sit in `value` (properties, items, compositions),
/// with its path.
fn schemas_in<'a>(path: String, value: &'a Value, found: &mut Vec<(String, &'a Value)>) {
    let Some(object) = value.as_object() else {
        return;
    };
    found.push((path.clone(), value));
    for (key, inner) in object {
        match key.as_str() {
            "properties" => {
                for (name, property) in inner.as_object().into_iter().flatten() {
                    schemas_in(format!("{path}.{name}"), property, found);
                }
            }
            "items" | "additionalProperties" | "not" => {
                schemas_in(format!("{path}[{key}]"), inner, found)
            }
            "oneOf" | "anyOf" | "allOf" => {
                for (index, item) in inner.as_array().into_iter().flatten().enumerate() {
                    schemas_in(format!("{path}.{key}[{index}]"), item, found);
                }
            }
            _ => {}
        }
    }
}

/// No schema is a bare `type: object` (a generated client makes it an object
/// with no properties, `Record<string, never>` in TypeScript): an object has
/// its properties, or says with `additionalProperties` that it is free-form.
#[test]
fn every_object_is_typed() {
    let doc = document();
    let mut found = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        schemas_in(name.clone(), schema, &mut found);
    }
    let is_object = |schema: &Value| match &schema["type"] {
        Value::String(t) => t == "object",
        Value::Array(types) => types.iter().any(|t| t == "object"),
        _ => false,
    };
    let bare: Vec<&String> = found
        .iter()
        .filter(|(_, schema)| {
            is_object(schema)
                && schema.get("properties").is_none()
                && schema.get("additionalProperties").is_none()
        })
        .map(|(path, _)| path)
        .collect();
    assert!(
        bare.is_empty(),
        "objects without properties or additionalProperties: {bare:?}"
    );
    // Rule set documents are typed down to their conditions.
    let schemas = &doc["components"]["schemas"];
    for (schema, property) in [
        ("RuleSetInput", "document"),
        ("DocumentInput", "document"),
        ("RuleSetVersion", "document"),
    ] {
        assert_eq!(
            schemas[schema]["properties"][property]["$ref"], "#/components/schemas/RuleSetDocument",
            "{schema}.{property}"
        );
    }
    assert_eq!(
        schemas["DocumentPatch"]["properties"]["document"]["$ref"],
        "#/components/schemas/RuleSetDocumentPatch"
    );
    // Each kind of condition is a named schema (generators cannot follow a
    // recursion through inline variants).
    let kinds: Vec<&str> = schemas["RuleCondition"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|kind| kind["$ref"].as_str().unwrap_or("inline"))
        .collect();
    assert_eq!(
        kinds,
        ["RuleAll", "RuleAny", "RuleNot", "RuleComparison"]
            .map(|k| format!("#/components/schemas/{k}"))
    );
}

/// What the API answers and what it takes differ where they do: money comes
/// back with exactly two decimals, and may be sent with fewer.
#[test]
fn money_answered_and_money_sent_are_two_schemas() {
    let doc = document();
    let schemas = &doc["components"]["schemas"];
    let pattern = |name: &str| {
        let pattern = schemas[name]["properties"]["amount"]["pattern"]
            .as_str()
            .unwrap();
        regex_lite::Regex::new(pattern).unwrap()
    };
    let (answered, sent) = (pattern("Money"), pattern("MoneyInput"));
    for amount in ["4000.00", "0.05", "-12.30"] {
        assert!(
            answered.is_match(amount) && sent.is_match(amount),
            "{amount}"
        );
    }
    for amount in ["4000", "4000.5"] {
        assert!(
            !answered.is_match(amount) && sent.is_match(amount),
            "{amount}"
        );
    }
    assert!(!sent.is_match("4000.505") && !sent.is_match("04000"));
    assert_ne!(schemas["Money"], schemas["MoneyInput"]);
}

/// Answers that carry `ETag` or `Location` always send them, and the document says so.
#[test]
fn version_and_location_headers_are_required() {
    let doc = document();
    let mut declared = 0;
    for item in doc["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            for response in operation["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(_, r)| r)
            {
                for (name, header) in response["headers"].as_object().into_iter().flatten() {
                    if name == "ETag" || name == "Location" {
                        declared += 1;
                        assert_eq!(header["required"], true, "{name}: {header}");
                    }
                }
            }
        }
    }
    assert!(declared > 50, "{declared}");
    let get_person =
        &doc["paths"]["/api/v1/persons/{id}"]["get"]["responses"]["200"]["headers"]["ETag"];
    assert_eq!(get_person["required"], true);
}
