//! The authorisation matrix: every operation of the OpenAPI document, called by
//! every role, a service account with every scope, one without scopes, and
//! nobody, against the outcome DOMAIN.md's roles call for. An operation missing
//! from the matrix fails the test, so a new route cannot skip the question.

use std::collections::BTreeMap;

use integra_domain::access::Role;
use integra_tests::{both_backends, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

/// Who calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Caller {
    Admin,
    CaseWorker,
    Counsellor,
    Partner,
    Monitor,
    /// A service account holding every scope.
    Service,
    /// A service account holding no scope.
    ServiceWithoutScopes,
}

use Caller::*;

const EVERYONE: &[Caller] = &[
    Admin,
    CaseWorker,
    Counsellor,
    Partner,
    Monitor,
    Service,
    ServiceWithoutScopes,
];
const ADMIN: &[Caller] = &[Admin];
const READ_PERSONS: &[Caller] = &[Admin, CaseWorker, Counsellor, Service];
const WRITE_PERSONS: &[Caller] = &[Admin, CaseWorker, Service];
const READ_ORGANISATIONS: &[Caller] = &[Admin, CaseWorker, Counsellor];
const READ_PROGRAMMES: &[Caller] = &[Admin, CaseWorker, Counsellor];
const CASES: &[Caller] = &[Admin, CaseWorker];
const REFERRAL_INBOX: &[Caller] = &[Admin, CaseWorker, Partner];
const WORK_REFERRALS: &[Caller] = &[Admin, Partner];
const SERVICE_RECORDS: &[Caller] = &[Admin, CaseWorker, Counsellor];
const JOBSEEKERS: &[Caller] = &[Admin, CaseWorker, Counsellor];
const REPORTS: &[Caller] = &[Admin, CaseWorker, Counsellor, Monitor];
/// The steering records: administrators and committee members.
const STEERING: &[Caller] = &[Admin, Monitor];
/// The change feed: administrators and service accounts with `events:read`.
const EVENTS: &[Caller] = &[Admin, Service];
/// Bulk imports of persons: who imports (`imports:write`) and writes persons.
const IMPORTS: &[Caller] = &[Admin, CaseWorker, Service];
/// Questionnaires: those who collect responses, and committee members.
const QUESTIONNAIRES: &[Caller] = &[Admin, CaseWorker, Monitor];
/// The records behind a report's figures: reports, and persons.
const REPORT_RECORDS: &[Caller] = &[Admin, CaseWorker, Counsellor];

/// Who may call each operation (by operation id); `None`: no token needed.
fn matrix() -> BTreeMap<&'static str, Option<&'static [Caller]>> {
    let public = [
        "create_token",
        "get_liveness",
        "get_readiness",
        "get_metrics",
    ];
    let mut m: BTreeMap<&'static str, Option<&'static [Caller]>> =
        public.into_iter().map(|op| (op, None)).collect();
    let mut set = |ops: &[&'static str], who: &'static [Caller]| {
        for op in ops {
            m.insert(op, Some(who));
        }
    };
    set(&["get_current_user"], EVERYONE);
    set(
        &[
            "list_persons",
            "get_person",
            "get_person_by_external_id",
            "list_stays",
            "get_stay",
            "get_household",
            "list_movements",
            "get_movement",
            "list_residence_permits",
            "get_residence_permit",
            "list_expiring_residence_permits",
        ],
        READ_PERSONS,
    );
    set(
        &[
            "create_person",
            "patch_person",
            "upsert_person_by_external_id",
            "create_stay",
            "patch_stay",
            "delete_stay",
            "create_movement",
            "patch_movement",
            "create_residence_permit",
            "patch_residence_permit",
            "create_household",
            "add_household_member",
            "remove_household_member",
        ],
        WRITE_PERSONS,
    );
    set(
        &[
            "list_organisations",
            "get_organisation",
            "list_social_enterprises",
            "get_social_enterprise_partners",
        ],
        READ_ORGANISATIONS,
    );
    set(
        &[
            "create_organisation",
            "patch_organisation",
            "set_social_enterprise_partners",
            "list_users",
            "create_user",
            "get_user",
            "patch_user",
            "activate_user",
            "deactivate_user",
            "reset_user_password",
            "list_service_accounts",
            "create_service_account",
            "get_service_account",
            "patch_service_account",
            "deactivate_service_account",
            "list_service_account_secrets",
            "add_service_account_secret",
            "revoke_service_account_secret",
            "list_audit_log",
            "get_person_access_log",
            "export_person",
            "erase_person",
            "create_programme",
            "patch_programme",
            "create_scheme",
            "patch_scheme",
            "create_rule_set",
            "add_rule_set_version",
            "patch_rule_set_version",
            "replace_rule_set_version",
            "publish_rule_set_version",
            "create_training",
            "list_trainings",
            "get_training",
            "patch_training",
            "add_training_participant",
            "list_training_participants",
            "get_training_participant",
            "patch_training_participant",
            "create_project",
            "patch_project",
            "add_project_risk",
            "patch_project_risk",
            "add_project_logic_element",
            "add_project_indicator",
            "add_indicator_measurement",
            "add_project_activity",
            "patch_project_activity",
            "add_project_meeting",
            "patch_project_action_item",
            "create_questionnaire",
            "patch_questionnaire",
            "publish_questionnaire",
            "create_questionnaire_edition",
        ],
        ADMIN,
    );
    set(
        &["list_questionnaires", "get_questionnaire"],
        QUESTIONNAIRES,
    );
    set(
        &[
            "list_events",
            "create_webhook",
            "list_webhooks",
            "get_webhook",
            "patch_webhook",
            "delete_webhook",
            "enable_webhook",
            "list_webhook_deliveries",
        ],
        EVENTS,
    );
    set(&["create_import", "get_import"], IMPORTS);
    set(
        &[
            "list_projects",
            "get_project",
            "list_project_risks",
            "get_project_risk",
            "get_project_logic",
            "list_project_indicators",
            "get_project_indicator",
            "list_indicator_measurements",
            "list_project_activities",
            "get_project_activity",
            "list_project_meetings",
            "get_project_meeting",
            "list_project_action_items",
            "progress_report",
        ],
        STEERING,
    );
    set(
        &[
            "list_programmes",
            "get_programme",
            "list_schemes",
            "get_scheme",
            "list_rule_sets",
            "get_rule_set",
            "get_rule_set_version",
            "check_eligibility",
        ],
        READ_PROGRAMMES,
    );
    set(
        &[
            "list_cases",
            "get_case",
            "list_case_assessments",
            "get_case_assessment",
            "list_case_transitions",
            "list_case_notes",
            "list_case_assistance",
            "get_assistance",
            "list_case_referrals",
            "list_case_follow_ups",
            "list_indicators",
            "create_case",
            "transition_case",
            "assign_case",
            "add_case_note",
            "assess_case",
            "propose_assistance",
            "approve_assistance",
            "reject_assistance",
            "deliver_assistance",
            "cancel_assistance",
            "create_referral",
            "cancel_referral",
            "record_case_follow_up",
            "record_survey_response",
            "list_survey_responses",
            "get_survey_response",
            "patch_survey_response",
        ],
        CASES,
    );
    set(&["list_referrals", "get_referral"], REFERRAL_INBOX);
    set(
        &[
            "create_placement",
            "list_placements",
            "get_placement",
            "patch_placement",
            "enrol_social_enterprise_beneficiary",
            "list_social_enterprise_beneficiaries",
            "get_social_enterprise_beneficiary",
            "patch_social_enterprise_beneficiary",
            "create_job_place",
            "list_job_places",
            "get_job_place",
            "patch_job_place",
        ],
        SERVICE_RECORDS,
    );
    set(
        &["accept_referral", "decline_referral", "complete_referral"],
        WORK_REFERRALS,
    );
    set(
        &[
            "create_outreach_event",
            "list_outreach_events",
            "get_outreach_event",
            "patch_outreach_event",
            "create_counselling_session",
            "list_counselling_sessions",
            "get_counselling_session",
            "patch_counselling_session",
            "list_contacts",
            "get_contact",
            "create_contact",
            "patch_contact",
            "create_integration_service",
            "list_integration_services",
            "get_integration_service",
            "patch_integration_service",
        ],
        SERVICE_RECORDS,
    );
    set(
        &[
            "register_jobseeker",
            "list_jobseekers",
            "get_jobseeker",
            "patch_jobseeker",
            "list_jobseeker_matches",
            "create_vacancy",
            "list_vacancies",
            "get_vacancy",
            "patch_vacancy",
            "list_vacancy_candidates",
            "create_application",
            "list_applications",
            "list_overstays",
            "get_application",
            "shortlist_application",
            "depart_application",
            "return_application",
            "reject_application",
            "withdraw_application",
            "create_orientation_session",
            "list_orientation_sessions",
            "get_orientation_session",
            "record_orientation_attendance",
        ],
        JOBSEEKERS,
    );
    set(
        &[
            "reintegration_report",
            "overview_report",
            "integration_report",
            "labour_report",
            "capacity_report",
            "get_survey_aggregates",
        ],
        REPORTS,
    );
    set(
        &["list_reintegration_records", "list_overview_records"],
        REPORT_RECORDS,
    );
    m
}

/// Resolves `{"$ref": "#/components/..."}`.
pub(crate) fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference
            .trim_start_matches("#/")
            .split('/')
            .fold(doc, |target, part| &target[part]),
        None => value,
    }
}

/// The documented example body of an operation, and its media type.
pub(crate) fn example_body(doc: &Value, operation: &Value) -> Option<(String, Value)> {
    let content = operation["requestBody"]["content"].as_object()?;
    let (media, spec) = content.iter().next()?;
    let example = spec
        .get("example")
        .cloned()
        .or_else(|| resolve(doc, &spec["schema"]).get("example").cloned())
        .unwrap_or_else(|| json!({}));
    Some((media.clone(), example))
}

/// A concrete path for a templated one: ids are fresh UUIDs, other parameters words.
fn concrete(path: &str) -> String {
    path.split('/')
        .map(|part| match part {
            "{system}" => "matrix-system".to_owned(),
            "{value}" => "M-1".to_owned(),
            p if p.starts_with('{') => Uuid::now_v7().to_string(),
            p => p.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

pub(crate) async fn service_token(app: &TestApp, client_id: &str, scopes: &[&str]) -> String {
    let created = app
        .post(
            "/api/v1/service-accounts",
            &json!({"client_id": client_id, "organisation_id": integra_domain::organisation::MINISTRY_ID,
                "scopes": scopes}),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let body: Value = created.json().await.unwrap();
    let secret = body["client_secret"]["secret"].as_str().unwrap();
    let response = app
        .client
        .post(app.url("/api/v1/auth/token"))
        .json(&json!({"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let token: Value = response.json().await.unwrap();
    token["access_token"].as_str().unwrap().to_owned()
}

both_backends! {
    async fn every_operation_answers_every_caller_as_the_roles_say(app) {
        let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
        let matrix = matrix();
        let mut tokens = BTreeMap::new();
        tokens.insert(Admin, app.admin_token.clone());
        tokens.insert(CaseWorker, app.user_token("matrix.worker", Role::CaseWorker).await);
        tokens.insert(Counsellor, app.user_token("matrix.counsellor", Role::EmploymentCounsellor).await);
        tokens.insert(Partner, app.user_token("matrix.partner", Role::Partner).await);
        tokens.insert(Monitor, app.user_token("matrix.monitor", Role::Monitor).await);
        let all_scopes = ["persons:read", "persons:write", "events:read", "imports:write"];
        tokens.insert(Service, service_token(&app, "matrix-service", &all_scopes).await);
        tokens.insert(ServiceWithoutScopes, service_token(&app, "matrix-nothing", &[]).await);

        let mut failures = Vec::new();
        let mut checked = 0;
        for (path, operations) in doc["paths"].as_object().unwrap() {
            for (method, operation) in operations.as_object().unwrap() {
                let id = operation["operationId"].as_str().unwrap();
                let Some(expected) = matrix.get(id) else {
                    failures.push(format!("{id} ({method} {path}) has no entry in the authorisation matrix"));
                    continue;
                };
                let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let body = example_body(&doc, operation);
                let call = |token: Option<&String>| {
                    let mut request = app.client.request(method.clone(), app.url(&concrete(path)));
                    if let Some(token) = token {
                        request = request.bearer_auth(token);
                    }
                    if let Some((media, example)) = &body {
                        request = request
                            .header("Content-Type", media.as_str())
                            .body(serde_json::to_vec(example).unwrap());
                    }
                    request.send()
                };
                let Some(allowed) = expected else {
                    // (The sign-in example's password is wrong here: 401 is its answer.)
                    let status = call(None).await.unwrap().status();
                    if status == StatusCode::FORBIDDEN || status.is_server_error() {
                        failures.push(format!("{id}: public, but nobody got {status}"));
                    }
                    continue;
                };
                let status = call(None).await.unwrap().status();
                if status != StatusCode::UNAUTHORIZED {
                    failures.push(format!("{id}: no token got {status}, not 401"));
                }
                for (caller, token) in &tokens {
                    let status = call(Some(token)).await.unwrap().status();
                    checked += 1;
                    let may = allowed.contains(caller);
                    let ok = if may {
                        !matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
                            && !status.is_server_error()
                    } else {
                        status == StatusCode::FORBIDDEN
                    };
                    if !ok {
                        let want = if may { "allowed" } else { "403" };
                        failures.push(format!("{id}: {caller:?} got {status}, expected {want}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "authorisation matrix:\n{}", failures.join("\n"));
        assert!(checked > 200, "only {checked} calls checked");
    }
}
