//! The reintegration report (issue 12, items 7, 9, 10, 11): a known population
//! built through the HTTP API, and every figure of the report asserted, in JSON
//! and in CSV, for an administrator, a monitor (small cells suppressed,
//! including the cell a subtraction would give away), the case workers of two
//! organisations (each its own records), and under each filter; the records
//! behind every figure (their total is the figure; each person listed is a
//! recorded read); bad filters; who may not ask.
//!
//! The population (dates relative to today, T; the period is T-300 .. T):
//!
//! | person | what | counts |
//! |---|---|---|
//! | Ana | contacted about P in the period, never registered | reached |
//! | Bela | contacted about Q in the period, about P before it | nothing in P |
//! | Cira | case in P, eligible; micro-business 3000 (co-beneficiaries Dito, Eka) corrected by -500, vocational training 500, temporary accommodation 700 (household H1); also contacted | assisted, two and more types |
//! | Dito, Eka | co-beneficiaries only (Eka of two grants) | persons involved |
//! | Fefe (GE-TB) | case in P, eligible; micro-business 2000 (Eka), temporary accommodation 800 (H1, shared with Cira) | assisted, one household for two |
//! | Gia (male) | case in P, eligible; micro-business delivered before the period; medical rejected; living conditions approved then cancelled | never assisted |
//! | Hana (aged 60) | case in P, eligible; self-employment support approved, not delivered; employment assistance proposed | committed only |
//! | Ia | case in P, not eligible; counselling delivered | not eligible, counselled |
//! | Jaba (GE-TB) | case in P, assessed not eligible, an admin's override to eligible; medical 200 | eligible by override |
//! | Keti | case in P, assessed eligible, an admin's override to not eligible | not eligible by override |
//! | Lela | case in P registered before the period; micro-business 2500 delivered in it | by type only |
//! | Mari (male, no date of birth) | case in P, registered only | registered |
//! | Nino | case in P of organisation B, eligible; micro-business 1200 | B's |
//! | Oto | contacted about P by organisation B, never registered | B's reached |
//! | Pati | case in Q, eligible; micro-business 999 | Q's |
//!
//! Returns (stays that ended in the period): Cira, Fefe, Pati assisted voluntary
//! return; Gia, Keti readmission; Hana spontaneous; Nino deportation; Lela's
//! ended before the period.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, Months, NaiveDate};
use integra_tests::{
    both_backends, field_errors, id_of, json, person_body, problem, Role, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

use crate::cases::today;
use crate::reintegration_fixtures as fx;

/// The seeded default rule set (DOMAIN.md's five rules).
const DEFAULT_RULE_SET: &str = "00000000-0000-7000-8000-000000000101";

pub(crate) const TYPES: [&str; 8] = [
    "micro_business",
    "self_employment_support",
    "employment_assistance",
    "vocational_training",
    "medical",
    "temporary_accommodation",
    "living_conditions",
    "counselling_referral",
];
const STAGES: [&str; 7] = [
    "reached",
    "registered",
    "screened",
    "eligible",
    "not_eligible",
    "assisted",
    "not_eligible_counselled",
];
const RETURNS: [&str; 4] = [
    "assisted_voluntary_return",
    "readmission",
    "spontaneous",
    "deportation",
];
const MONEY: [&str; 2] = ["committed", "delivered"];
const COUNTS: [&str; 3] = ["persons", "persons_involved", "households"];

pub(crate) fn day(days_ago: u64) -> NaiveDate {
    today().checked_sub_days(Days::new(days_ago)).unwrap()
}

/// The report's period: T-300 .. T.
pub(crate) fn period() -> String {
    format!("from={}&to={}", day(300), today())
}

/// Every figure id of the report, in its order.
fn figure_ids() -> Vec<String> {
    let mut ids: Vec<String> = STAGES.iter().map(|s| format!("funnel.{s}")).collect();
    for kind in TYPES {
        for measure in COUNTS.iter().chain(MONEY.iter()) {
            ids.push(format!("by_type.{kind}.{measure}"));
        }
    }
    ids.extend(RETURNS.iter().map(|r| format!("returns.{r}")));
    ids
}

fn is_money(id: &str) -> bool {
    MONEY.iter().any(|m| id.ends_with(&format!(".{m}")))
}

/// Every figure as text (a count, an amount, or "" where suppressed): the
/// non-zero ones given, zero (or 0.00) for the rest.
fn expected(nonzero: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut all: BTreeMap<String, String> = figure_ids()
        .into_iter()
        .map(|id| {
            let zero = if is_money(&id) { "0.00" } else { "0" };
            (id, zero.to_owned())
        })
        .collect();
    for (id, value) in nonzero {
        assert!(all.contains_key(*id), "no figure {id}");
        all.insert((*id).to_owned(), (*value).to_owned());
    }
    all
}

/// The figures of a report in JSON, as text; checks the fixed shape on the way.
fn figures_of_json(report: &Value) -> BTreeMap<String, String> {
    let text = |value: &Value| match value {
        Value::Null => String::new(),
        Value::Number(n) => n.to_string(),
        Value::Object(money) => {
            assert_eq!(money["currency"], "GEL", "{value}");
            money["amount"].as_str().unwrap().to_owned()
        }
        other => panic!("a figure is {other}"),
    };
    let mut figures = BTreeMap::new();
    let funnel = report["funnel"].as_object().unwrap();
    assert_eq!(funnel.len(), STAGES.len(), "{report}");
    for stage in STAGES {
        figures.insert(format!("funnel.{stage}"), text(&funnel[stage]));
    }
    let by_type = report["by_type"].as_array().unwrap();
    let kinds: Vec<&str> = by_type
        .iter()
        .map(|t| t["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, TYPES, "every type, in the catalogue's order");
    for entry in by_type {
        assert_eq!(entry.as_object().unwrap().len(), 6, "{entry}");
        let kind = entry["type"].as_str().unwrap();
        for measure in COUNTS.iter().chain(MONEY.iter()) {
            figures.insert(format!("by_type.{kind}.{measure}"), text(&entry[*measure]));
        }
    }
    let returns = report["returns"].as_object().unwrap();
    assert_eq!(returns.len(), RETURNS.len());
    for kind in RETURNS {
        figures.insert(format!("returns.{kind}"), text(&returns[kind]));
    }
    // Counts are integers, null only where suppressed (and then listed).
    let suppressed: BTreeSet<String> = report["suppressed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    for (id, value) in &figures {
        assert_eq!(
            value.is_empty(),
            suppressed.contains(id),
            "{id} in {report}"
        );
    }
    figures
}

/// One CSV record's fields (RFC 4180: quoted fields, doubled quotes).
pub(crate) fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// The figures of a CSV report (id -> value), and their definitions.
fn figures_of_csv(text: &str) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut lines = text.split("\r\n");
    assert_eq!(lines.next(), Some("figure,value,definition"));
    let (mut values, mut definitions) = (BTreeMap::new(), BTreeMap::new());
    let mut order = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let fields = csv_fields(line);
        assert_eq!(fields.len(), 3, "{line}");
        order.push(fields[0].clone());
        values.insert(fields[0].clone(), fields[1].clone());
        definitions.insert(fields[0].clone(), fields[2].clone());
    }
    assert_eq!(
        order,
        figure_ids(),
        "one row per figure, in the report's order"
    );
    (values, definitions)
}

/// The report as `token` sees it with `query`, in JSON.
async fn report(app: &TestApp, token: &str, query: &str) -> Value {
    app.call(
        token,
        Method::GET,
        &format!("/api/v1/reports/reintegration?{query}"),
        None,
        StatusCode::OK,
    )
    .await
}

/// The report as CSV (definitions in `language`).
async fn csv_report(app: &TestApp, token: &str, query: &str, language: &str) -> String {
    let response = app
        .client
        .get(app.url(&format!("/api/v1/reports/reintegration?{query}")))
        .bearer_auth(token)
        .header("accept", "text/csv")
        .header("accept-language", language)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let media = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(media.starts_with("text/csv"), "{media}");
    response.text().await.unwrap()
}

/// Asserts every figure of the report `token` sees with `query`, in JSON and CSV.
async fn assert_figures(
    app: &TestApp,
    token: &str,
    query: &str,
    want: &BTreeMap<String, String>,
) -> Value {
    let json = report(app, token, query).await;
    let got = figures_of_json(&json);
    let wrong: Vec<String> = want
        .iter()
        .filter(|(id, value)| got.get(*id) != Some(*value))
        .map(|(id, value)| format!("{id}: want {value:?}, got {:?}", got.get(id)))
        .collect();
    assert!(
        wrong.is_empty(),
        "{query}: JSON figures differ:\n{}",
        wrong.join("\n")
    );
    let (csv, definitions) = figures_of_csv(&csv_report(app, token, query, "en").await);
    assert_eq!(&csv, want, "{query}: the CSV carries the same figures");
    assert!(
        definitions.values().all(|d| d.starts_with("Distinct")
            || d.starts_with("Of the")
            || d.starts_with("Those")
            || d.starts_with("Money")),
        "{definitions:?}"
    );
    json
}

/// Who and what the population is made of.
struct World {
    worker_a: String,
    worker_b: String,
    p: String,
    q: String,
    persons: BTreeMap<&'static str, String>,
    household: String,
}

impl World {
    fn id(&self, name: &str) -> String {
        self.persons[name].clone()
    }
}

pub(crate) async fn ok(
    app: &TestApp,
    token: &str,
    path: &str,
    body: Value,
    status: StatusCode,
) -> Value {
    app.call(token, Method::POST, path, Some(body), status)
        .await
}

pub(crate) async fn programme(app: &TestApp, code: &str) -> String {
    let catalogue: Vec<Value> = TYPES.iter().map(|t| json!({"type": t})).collect();
    let body = json!({"code": code, "name": {"ka": "პროგრამა", "en": code},
        "stream": "reintegration", "starts_on": day(1000).to_string(),
        "ends_on": (today() + Days::new(365)).to_string(),
        "budget": {"amount": "500000.00", "currency": "GEL"},
        "approval_threshold": {"amount": "100000.00", "currency": "GEL"},
        "rule_set_id": DEFAULT_RULE_SET, "status": "open", "catalogue": catalogue});
    id_of(
        &ok(
            app,
            &app.admin_token,
            "/api/v1/programmes",
            body,
            StatusCode::CREATED,
        )
        .await,
    )
}

/// A person (registered by the admin), with changes to the usual body.
pub(crate) async fn person(app: &TestApp, given: &str, changes: Value) -> String {
    let mut body = person_body(given, "Reportova");
    for (key, value) in changes.as_object().unwrap() {
        body[key] = value.clone();
    }
    id_of(&app.create_person(&body).await)
}

/// A stay abroad (irregular, T-1500 .. `end`) that ended with `return_type`.
pub(crate) async fn stay(app: &TestApp, person: &str, end: NaiveDate, return_type: &str) {
    let body = json!({"country": "DE", "start_date": (end - Days::new(1250)).to_string(),
        "end_date": end.to_string(), "legal_status": "irregular", "return_type": return_type});
    ok(
        app,
        &app.admin_token,
        &format!("/api/v1/persons/{person}/stays-abroad"),
        body,
        StatusCode::CREATED,
    )
    .await;
}

async fn contact(app: &TestApp, token: &str, person: &str, programme: &str, on: NaiveDate) {
    let body = json!({"person_id": person, "programme_id": programme, "contacted_on": on.to_string(),
        "channel": "readmission_notice", "outcome": "informed"});
    ok(app, token, "/api/v1/contacts", body, StatusCode::CREATED).await;
}

/// Where a case is taken.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Registered only.
    Registered,
    /// Assessed; the move the assessment says.
    AsAssessed(&'static str),
    /// Assessed; an admin's move to this against the assessment.
    Override(&'static str),
}

/// A case of `person` in `programme` registered `registered` by `token`, taken
/// to `decision` (and on to planning when eligible).
pub(crate) async fn case(
    app: &TestApp,
    token: &str,
    person: &str,
    programme: &str,
    registered: NaiveDate,
    decision: Decision,
) -> String {
    let body = json!({"person_id": person, "programme_id": programme, "registered_on": registered.to_string()});
    let case = id_of(&ok(app, token, "/api/v1/cases", body, StatusCode::CREATED).await);
    let path = format!("/api/v1/cases/{case}");
    let to = |to: &str| json!({"to": to, "reason": "Report test"});
    if decision == Decision::Registered {
        return case;
    }
    ok(
        app,
        token,
        &format!("{path}/transitions"),
        to("screening"),
        StatusCode::OK,
    )
    .await;
    let assessment = app
        .call(
            token,
            Method::POST,
            &format!("{path}/assessments"),
            None,
            StatusCode::CREATED,
        )
        .await;
    let decided = match decision {
        Decision::AsAssessed(to_status) => {
            assert_eq!(
                assessment["eligible"],
                to_status == "eligible",
                "{assessment}"
            );
            ok(
                app,
                token,
                &format!("{path}/transitions"),
                to(to_status),
                StatusCode::OK,
            )
            .await;
            to_status
        }
        Decision::Override(to_status) => {
            assert_eq!(
                assessment["eligible"],
                to_status != "eligible",
                "{assessment}"
            );
            let body =
                json!({"to": to_status, "reason": "Papers seen in person", "override": true});
            ok(
                app,
                &app.admin_token,
                &format!("{path}/transitions"),
                body,
                StatusCode::OK,
            )
            .await;
            to_status
        }
        Decision::Registered => unreachable!(),
    };
    if decided == "eligible" {
        ok(
            app,
            token,
            &format!("{path}/transitions"),
            to("planning"),
            StatusCode::OK,
        )
        .await;
    }
    case
}

/// Where an item is taken.
#[derive(Clone, Copy)]
pub(crate) enum Step {
    Proposed,
    Approved,
    Delivered(NaiveDate),
    Rejected,
    Cancelled,
}

/// An item proposed by `token` on `case`, taken to `step` (approvals by the admin).
pub(crate) async fn item(
    app: &TestApp,
    token: &str,
    case: &str,
    body: Value,
    step: Step,
) -> String {
    let item = id_of(
        &ok(
            app,
            token,
            &format!("/api/v1/cases/{case}/assistance"),
            body,
            StatusCode::CREATED,
        )
        .await,
    );
    let path = format!("/api/v1/assistance/{item}");
    let admin = app.admin_token.clone();
    match step {
        Step::Proposed => {}
        Step::Rejected => {
            ok(
                app,
                &admin,
                &format!("{path}/reject"),
                json!({"reason": "Not needed"}),
                StatusCode::OK,
            )
            .await;
        }
        Step::Approved | Step::Delivered(_) | Step::Cancelled => {
            ok(
                app,
                &admin,
                &format!("{path}/approve"),
                json!({}),
                StatusCode::OK,
            )
            .await;
        }
    }
    match step {
        Step::Delivered(on) => {
            ok(
                app,
                token,
                &format!("{path}/deliver"),
                json!({"delivered_on": on.to_string()}),
                StatusCode::OK,
            )
            .await;
        }
        Step::Cancelled => {
            ok(
                app,
                &admin,
                &format!("{path}/cancel"),
                json!({"reason": "Moved away"}),
                StatusCode::OK,
            )
            .await;
        }
        _ => {}
    }
    item
}

pub(crate) fn grant(kind: &str, amount: &str) -> Value {
    json!({"type": kind, "amount": fx::gel(amount), "in_kind": true})
}

/// Builds the population of the module's table.
async fn world(app: &TestApp) -> World {
    let org_b = fx::organisation(app, "Reports B").await;
    let worker_a = app.user_token("reports.worker.a", Role::CaseWorker).await;
    let worker_b = app
        .user_token_in("reports.worker.b", Role::CaseWorker, org_b)
        .await;
    let (p, q) = (
        programme(app, "REPORT-P").await,
        programme(app, "REPORT-Q").await,
    );
    let (inside, before, stay_end, delivered, outside) =
        (day(200), day(400), day(250), day(100), day(350));
    let sixty = day(300).checked_sub_months(Months::new(60 * 12)).unwrap() - Days::new(10);
    let mut persons = BTreeMap::new();
    for (name, changes) in [
        ("Ana", json!({})),
        ("Bela", json!({})),
        ("Cira", json!({})),
        ("Dito", json!({})),
        ("Eka", json!({})),
        ("Fefe", json!({"region": "GE-TB"})),
        ("Gia", json!({"sex": "male"})),
        ("Hana", json!({"date_of_birth": sixty.to_string()})),
        ("Ia", json!({})),
        ("Jaba", json!({"region": "GE-TB"})),
        ("Keti", json!({})),
        ("Lela", json!({})),
        ("Mari", json!({"sex": "male", "date_of_birth": null})),
        ("Nino", json!({})),
        ("Oto", json!({})),
        ("Pati", json!({})),
    ] {
        persons.insert(name, person(app, name, changes).await);
    }
    let id = |name: &str| persons[name].clone();
    // Returns (and the migration history the eligible need).
    for (name, end, kind) in [
        ("Cira", stay_end, "assisted_voluntary_return"),
        ("Fefe", stay_end, "assisted_voluntary_return"),
        ("Pati", stay_end, "assisted_voluntary_return"),
        ("Gia", stay_end, "readmission"),
        ("Keti", stay_end, "readmission"),
        ("Hana", stay_end, "spontaneous"),
        ("Nino", stay_end, "deportation"),
        ("Lela", day(450), "spontaneous"),
    ] {
        stay(app, &id(name), end, kind).await;
    }
    // Cira and Fefe live together.
    let household = id_of(
        &ok(
            app,
            &app.admin_token,
            "/api/v1/households",
            json!({"name": "H1"}),
            StatusCode::CREATED,
        )
        .await,
    );
    for name in ["Cira", "Fefe"] {
        ok(
            app,
            &app.admin_token,
            &format!("/api/v1/households/{household}/members"),
            json!({"person_id": id(name)}),
            StatusCode::OK,
        )
        .await;
    }
    // Contacts.
    contact(app, &worker_a, &id("Ana"), &p, day(20)).await;
    contact(app, &worker_a, &id("Bela"), &q, day(20)).await;
    contact(app, &worker_a, &id("Bela"), &p, outside).await;
    contact(app, &worker_a, &id("Cira"), &p, day(210)).await;
    contact(app, &worker_b, &id("Oto"), &p, day(5)).await;

    use Decision::*;
    let cira = case(
        app,
        &worker_a,
        &id("Cira"),
        &p,
        inside,
        AsAssessed("eligible"),
    )
    .await;
    let grant_id = item(
        app,
        &worker_a,
        &cira,
        json!({"type": "micro_business", "amount": fx::gel("3000.00"),
        "in_kind": true, "co_beneficiary_ids": [id("Dito"), id("Eka")]}),
        Step::Delivered(delivered),
    )
    .await;
    item(
        app,
        &worker_a,
        &cira,
        json!({"type": "micro_business", "amount": fx::gel("-500.00"),
        "corrects_id": grant_id}),
        Step::Delivered(day(90)),
    )
    .await;
    item(
        app,
        &worker_a,
        &cira,
        grant("vocational_training", "500.00"),
        Step::Delivered(delivered),
    )
    .await;
    item(
        app,
        &worker_a,
        &cira,
        grant("temporary_accommodation", "700.00"),
        Step::Delivered(delivered),
    )
    .await;

    let fefe = case(
        app,
        &worker_a,
        &id("Fefe"),
        &p,
        inside,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &fefe,
        json!({"type": "micro_business", "amount": fx::gel("2000.00"),
        "in_kind": true, "co_beneficiary_ids": [id("Eka")]}),
        Step::Delivered(delivered),
    )
    .await;
    item(
        app,
        &worker_a,
        &fefe,
        grant("temporary_accommodation", "800.00"),
        Step::Delivered(delivered),
    )
    .await;

    let gia = case(
        app,
        &worker_a,
        &id("Gia"),
        &p,
        inside,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &gia,
        grant("micro_business", "1000.00"),
        Step::Delivered(outside),
    )
    .await;
    item(
        app,
        &worker_a,
        &gia,
        grant("medical", "300.00"),
        Step::Rejected,
    )
    .await;
    item(
        app,
        &worker_a,
        &gia,
        grant("living_conditions", "400.00"),
        Step::Cancelled,
    )
    .await;

    let hana = case(
        app,
        &worker_a,
        &id("Hana"),
        &p,
        inside,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &hana,
        grant("self_employment_support", "1500.00"),
        Step::Approved,
    )
    .await;
    item(
        app,
        &worker_a,
        &hana,
        json!({"type": "employment_assistance"}),
        Step::Proposed,
    )
    .await;

    let ia = case(
        app,
        &worker_a,
        &id("Ia"),
        &p,
        inside,
        AsAssessed("not_eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &ia,
        json!({"type": "counselling_referral"}),
        Step::Delivered(delivered),
    )
    .await;

    let jaba = case(
        app,
        &worker_a,
        &id("Jaba"),
        &p,
        inside,
        Override("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &jaba,
        grant("medical", "200.00"),
        Step::Delivered(delivered),
    )
    .await;

    case(
        app,
        &worker_a,
        &id("Keti"),
        &p,
        inside,
        Override("not_eligible"),
    )
    .await;

    let lela = case(
        app,
        &worker_a,
        &id("Lela"),
        &p,
        before,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &lela,
        grant("micro_business", "2500.00"),
        Step::Delivered(delivered),
    )
    .await;

    case(app, &worker_a, &id("Mari"), &p, inside, Registered).await;

    let nino = case(
        app,
        &worker_b,
        &id("Nino"),
        &p,
        inside,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_b,
        &nino,
        grant("micro_business", "1200.00"),
        Step::Delivered(delivered),
    )
    .await;

    let pati = case(
        app,
        &worker_a,
        &id("Pati"),
        &q,
        inside,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &pati,
        grant("micro_business", "999.00"),
        Step::Delivered(delivered),
    )
    .await;

    World {
        worker_a,
        worker_b,
        p,
        q,
        persons,
        household,
    }
}

/// The returns of the population (everyone's, whatever the programme or organisation).
const ALL_RETURNS: [(&str, &str); 4] = [
    ("returns.assisted_voluntary_return", "3"),
    ("returns.readmission", "2"),
    ("returns.spontaneous", "1"),
    ("returns.deportation", "1"),
];

/// The administrator's view of programme P.
fn admin_p() -> Vec<(&'static str, &'static str)> {
    let mut figures = vec![
        ("funnel.reached", "11"),
        ("funnel.registered", "9"),
        ("funnel.screened", "8"),
        ("funnel.eligible", "6"),
        ("funnel.not_eligible", "2"),
        ("funnel.assisted", "4"),
        ("funnel.not_eligible_counselled", "1"),
        ("by_type.micro_business.persons", "4"),
        ("by_type.micro_business.persons_involved", "6"),
        ("by_type.micro_business.households", "1"),
        ("by_type.micro_business.committed", "8200.00"),
        ("by_type.micro_business.delivered", "8200.00"),
        ("by_type.self_employment_support.committed", "1500.00"),
        ("by_type.vocational_training.persons", "1"),
        ("by_type.vocational_training.persons_involved", "1"),
        ("by_type.vocational_training.households", "1"),
        ("by_type.vocational_training.committed", "500.00"),
        ("by_type.vocational_training.delivered", "500.00"),
        ("by_type.medical.persons", "1"),
        ("by_type.medical.persons_involved", "1"),
        ("by_type.medical.committed", "200.00"),
        ("by_type.medical.delivered", "200.00"),
        ("by_type.temporary_accommodation.persons", "2"),
        ("by_type.temporary_accommodation.persons_involved", "2"),
        ("by_type.temporary_accommodation.households", "1"),
        ("by_type.temporary_accommodation.committed", "1500.00"),
        ("by_type.temporary_accommodation.delivered", "1500.00"),
        ("by_type.counselling_referral.persons", "1"),
        ("by_type.counselling_referral.persons_involved", "1"),
    ];
    figures.extend(ALL_RETURNS);
    figures
}

/// Every figure's records, page by page (`limit` 2): their ids, with each
/// page's total and (money) amount checked against the figure.
async fn records(app: &TestApp, token: &str, href: &str, figure: &str, value: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page_path = match &cursor {
            Some(c) => format!("{href}&limit=2&cursor={c}"),
            None => format!("{href}&limit=2"),
        };
        let page = app
            .call(token, Method::GET, &page_path, None, StatusCode::OK)
            .await;
        assert_eq!(page["figure"], figure);
        if is_money(figure) {
            assert_eq!(page["record_type"], "assistance");
            assert_eq!(page["amount"]["amount"], value, "{figure}: {page}");
        } else {
            assert_eq!(page["total"].to_string(), value, "{figure}: {page}");
            assert!(page["amount"].is_null());
        }
        for item in page["items"].as_array().unwrap() {
            let id = id_of(item);
            assert!(item["href"].as_str().unwrap().ends_with(&id));
            ids.push(id);
        }
        cursor = page["next_cursor"].as_str().map(str::to_owned);
        if cursor.is_none() {
            if !is_money(figure) {
                assert_eq!(
                    ids.len().to_string(),
                    value,
                    "{figure}: the list is the figure"
                );
            }
            assert_eq!(
                page["total"].as_i64().unwrap() as usize,
                ids.len(),
                "{figure}"
            );
            return ids;
        }
    }
}

fn set(ids: &[String]) -> BTreeSet<String> {
    let unique: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "no record listed twice: {ids:?}");
    unique
}

both_backends! {
    async fn every_figure_for_every_caller_in_json_and_csv(app) {
        let w = world(&app).await;
        let p = format!("{}&programme_id={}", period(), w.p);

        // The administrator: everything, exact.
        let admin = assert_figures(&app, &app.admin_token, &p, &expected(&admin_p())).await;
        assert_eq!(admin["period"], json!({"from": day(300).to_string(), "to": today().to_string()}));
        assert_eq!(admin["suppressed"], json!([]));

        // A monitor: small cells suppressed, and eligible too: 8 screened minus
        // the 6 eligible would give the 2 not eligible away.
        let monitor = app.user_token("reports.monitor", Role::Monitor).await;
        let mut shown: Vec<(&str, &str)> = admin_p();
        let hidden = [
            "funnel.eligible", "funnel.not_eligible", "funnel.assisted", "funnel.not_eligible_counselled",
            "by_type.micro_business.persons", "by_type.micro_business.households",
            "by_type.micro_business.committed", "by_type.micro_business.delivered",
            "by_type.self_employment_support.committed",
            "by_type.vocational_training.persons", "by_type.vocational_training.persons_involved",
            "by_type.vocational_training.households", "by_type.vocational_training.committed",
            "by_type.vocational_training.delivered",
            "by_type.medical.persons", "by_type.medical.persons_involved",
            "by_type.medical.committed", "by_type.medical.delivered",
            "by_type.temporary_accommodation.persons", "by_type.temporary_accommodation.persons_involved",
            "by_type.temporary_accommodation.households", "by_type.temporary_accommodation.committed",
            "by_type.temporary_accommodation.delivered",
            "by_type.counselling_referral.persons", "by_type.counselling_referral.persons_involved",
            "by_type.counselling_referral.committed", "by_type.counselling_referral.delivered",
            "returns.assisted_voluntary_return", "returns.readmission", "returns.spontaneous",
            "returns.deportation",
        ];
        shown.retain(|(id, _)| !hidden.contains(id));
        shown.extend(hidden.iter().map(|id| (*id, "")));
        let suppressed = assert_figures(&app, &monitor, &p, &expected(&shown)).await;
        assert_eq!(suppressed["funnel"]["screened"], 8);
        assert!(suppressed["funnel"]["eligible"].is_null() && suppressed["funnel"]["not_eligible"].is_null());
        let listed: BTreeSet<&str> = suppressed["suppressed"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
        assert_eq!(listed, hidden.iter().copied().collect::<BTreeSet<_>>());
        assert!(suppressed.get("links").is_none(), "a monitor gets no links to records");
        // Georgian definitions on request.
        let (_, georgian) = figures_of_csv(&csv_report(&app, &monitor, &p, "ka, en;q=0.5").await);
        assert!(georgian["funnel.reached"].starts_with("განსხვავებული"), "{georgian:?}");

        // Organisation A's case worker: its cases, contacts and their assistance;
        // everyone's returns.
        let mut a = vec![
            ("funnel.reached", "9"), ("funnel.registered", "8"), ("funnel.screened", "7"),
            ("funnel.eligible", "5"), ("funnel.not_eligible", "2"), ("funnel.assisted", "3"),
            ("funnel.not_eligible_counselled", "1"),
            ("by_type.micro_business.persons", "3"), ("by_type.micro_business.persons_involved", "5"),
            ("by_type.micro_business.households", "1"), ("by_type.micro_business.committed", "7000.00"),
            ("by_type.micro_business.delivered", "7000.00"),
        ];
        a.extend(admin_p().into_iter().filter(|(id, _)| !id.starts_with("funnel.") && !id.starts_with("by_type.micro_business.")));
        assert_figures(&app, &w.worker_a, &p, &expected(&a)).await;

        // Organisation B's: Nino's case and Oto's contact only.
        let mut b = vec![
            ("funnel.reached", "2"), ("funnel.registered", "1"), ("funnel.screened", "1"),
            ("funnel.eligible", "1"), ("funnel.assisted", "1"),
            ("by_type.micro_business.persons", "1"), ("by_type.micro_business.persons_involved", "1"),
            ("by_type.micro_business.committed", "1200.00"), ("by_type.micro_business.delivered", "1200.00"),
        ];
        b.extend(ALL_RETURNS);
        assert_figures(&app, &w.worker_b, &p, &expected(&b)).await;
    }

    async fn filters_narrow_every_figure(app) {
        let w = world(&app).await;
        let admin = app.admin_token.clone();

        // Programme Q: Bela's contact and Pati's case.
        let mut q = vec![
            ("funnel.reached", "2"), ("funnel.registered", "1"), ("funnel.screened", "1"),
            ("funnel.eligible", "1"), ("funnel.assisted", "1"),
            ("by_type.micro_business.persons", "1"), ("by_type.micro_business.persons_involved", "1"),
            ("by_type.micro_business.committed", "999.00"), ("by_type.micro_business.delivered", "999.00"),
        ];
        q.extend(ALL_RETURNS);
        assert_figures(&app, &admin, &format!("{}&programme_id={}", period(), w.q), &expected(&q)).await;

        // No programme: every reintegration programme, P and Q together.
        let mut all: BTreeMap<String, String> = expected(&admin_p());
        for (id, value) in [
            ("funnel.reached", "13"), ("funnel.registered", "10"), ("funnel.screened", "9"),
            ("funnel.eligible", "7"), ("funnel.assisted", "5"),
            ("by_type.micro_business.persons", "5"), ("by_type.micro_business.persons_involved", "7"),
            ("by_type.micro_business.committed", "9199.00"), ("by_type.micro_business.delivered", "9199.00"),
        ] {
            all.insert(id.to_owned(), value.to_owned());
        }
        assert_figures(&app, &admin, &period(), &all).await;

        let p = format!("{}&programme_id={}", period(), w.p);
        // Region GE-TB: Fefe and Jaba (Eka, Fefe's co-beneficiary, lives elsewhere: she counts with Fefe).
        let region = expected(&[
            ("funnel.reached", "2"), ("funnel.registered", "2"), ("funnel.screened", "2"),
            ("funnel.eligible", "2"), ("funnel.assisted", "2"),
            ("by_type.micro_business.persons", "1"), ("by_type.micro_business.persons_involved", "2"),
            ("by_type.micro_business.households", "1"), ("by_type.micro_business.committed", "2000.00"),
            ("by_type.micro_business.delivered", "2000.00"),
            ("by_type.temporary_accommodation.persons", "1"), ("by_type.temporary_accommodation.persons_involved", "1"),
            ("by_type.temporary_accommodation.households", "1"), ("by_type.temporary_accommodation.committed", "800.00"),
            ("by_type.temporary_accommodation.delivered", "800.00"),
            ("by_type.medical.persons", "1"), ("by_type.medical.persons_involved", "1"),
            ("by_type.medical.committed", "200.00"), ("by_type.medical.delivered", "200.00"),
            ("returns.assisted_voluntary_return", "1"),
        ]);
        assert_figures(&app, &admin, &format!("{p}&region=GE-TB"), &region).await;

        // Men: Gia (never assisted) and Mari (registered only).
        let men = expected(&[
            ("funnel.reached", "2"), ("funnel.registered", "2"), ("funnel.screened", "1"),
            ("funnel.eligible", "1"), ("returns.readmission", "1"),
        ]);
        assert_figures(&app, &admin, &format!("{p}&sex=male"), &men).await;

        // 55 to 64 at the start of the period: Hana.
        let older = expected(&[
            ("funnel.reached", "1"), ("funnel.registered", "1"), ("funnel.screened", "1"),
            ("funnel.eligible", "1"), ("by_type.self_employment_support.committed", "1500.00"),
            ("returns.spontaneous", "1"),
        ]);
        assert_figures(&app, &admin, &format!("{p}&age_band=55-64"), &older).await;

        // 35 to 44: everyone born in 1988; Hana is older, Mari has no date of birth.
        let mut middle: BTreeMap<String, String> = expected(&admin_p());
        for (id, value) in [
            ("funnel.reached", "9"), ("funnel.registered", "7"), ("funnel.screened", "7"),
            ("funnel.eligible", "5"), ("by_type.self_employment_support.committed", "0.00"),
            ("returns.spontaneous", "0"),
        ] {
            middle.insert(id.to_owned(), value.to_owned());
        }
        assert_figures(&app, &admin, &format!("{p}&age_band=35-44"), &middle).await;
        assert_figures(&app, &admin, &format!("{p}&age_band=0-17"), &expected(&[])).await;

        // A period that holds nothing.
        assert_figures(&app, &admin, &format!("from=2001-01-01&to=2001-12-31&programme_id={}", w.p), &expected(&[])).await;
    }

    async fn the_records_behind_every_figure_are_the_figure(app) {
        let w = world(&app).await;
        let p = format!("{}&programme_id={}", period(), w.p);
        let admin = app.admin_token.clone();
        let report = report(&app, &admin, &p).await;
        let figures = figures_of_json(&report);
        let links = report["links"].as_object().unwrap();
        assert_eq!(links.len(), figure_ids().len(), "a link for every figure");
        let mut behind: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for id in figure_ids() {
            let href = links[&id].as_str().unwrap();
            assert!(href.starts_with("/api/v1/reports/reintegration/records?figure="), "{href}");
            assert!(href.contains(&format!("programme_id={}", w.p)), "same filters: {href}");
            let ids = records(&app, &admin, href, &id, &figures[&id]).await;
            behind.insert(id, set(&ids));
        }
        let names = |names: &[&str]| -> BTreeSet<String> { names.iter().map(|n| w.id(n)).collect() };
        assert_eq!(behind["funnel.reached"], names(&["Ana", "Cira", "Fefe", "Gia", "Hana", "Ia", "Jaba", "Keti", "Mari", "Nino", "Oto"]));
        assert_eq!(behind["funnel.assisted"], names(&["Cira", "Fefe", "Jaba", "Nino"]));
        assert_eq!(behind["funnel.eligible"], names(&["Cira", "Fefe", "Gia", "Hana", "Jaba", "Nino"]));
        assert_eq!(behind["funnel.not_eligible"], names(&["Ia", "Keti"]));
        assert_eq!(behind["by_type.micro_business.persons_involved"], names(&["Cira", "Dito", "Eka", "Fefe", "Lela", "Nino"]));
        assert_eq!(behind["by_type.temporary_accommodation.households"], BTreeSet::from([w.household.clone()]));
        assert_eq!(behind["returns.readmission"], names(&["Gia", "Keti"]));
        // The money of micro-business grants: four grants and a correction.
        assert_eq!(behind["by_type.micro_business.delivered"].len(), 5);
        assert_eq!(behind["by_type.self_employment_support.committed"].len(), 1);

        // Each person listed is a read by whoever listed them.
        let auditor = app.user_token("reports.auditor", Role::CaseWorker).await;
        let me = app.call(&auditor, Method::GET, "/api/v1/auth/me", None, StatusCode::OK).await;
        let own = report_of(&app, &auditor, &p).await;
        let listed = set(&records(&app, &auditor, own["links"]["funnel.reached"].as_str().unwrap(),
            "funnel.reached", "9").await);
        assert_eq!(listed, names(&["Ana", "Cira", "Fefe", "Gia", "Hana", "Ia", "Jaba", "Keti", "Mari"]));
        let log = app.call(&admin, Method::GET,
            &format!("/api/v1/audit-log?actor_id={}&action=person.read&limit=500", id_of(&me)), None, StatusCode::OK).await;
        let read: BTreeSet<String> = log["items"].as_array().unwrap().iter()
            .map(|e| e["record_id"].as_str().unwrap().to_owned()).collect();
        assert_eq!(read, listed, "every person listed, and nobody else, was read");
        // Households listed are household reads; items, assistance reads.
        let households = records(&app, &auditor, own["links"]["by_type.temporary_accommodation.households"].as_str().unwrap(),
            "by_type.temporary_accommodation.households", "1").await;
        let log = app.call(&admin, Method::GET,
            &format!("/api/v1/audit-log?actor_id={}&action=household.read", id_of(&me)), None, StatusCode::OK).await;
        assert_eq!(log["items"][0]["record_id"], households[0].as_str());

        // Organisation B's worker lists B's records only.
        let b = report_of(&app, &w.worker_b, &p).await;
        let listed = set(&records(&app, &w.worker_b, b["links"]["funnel.reached"].as_str().unwrap(), "funnel.reached", "2").await);
        assert_eq!(listed, names(&["Nino", "Oto"]));

        // A counsellor may list persons but not assistance items.
        let counsellor = app.user_token("reports.counsellor", Role::EmploymentCounsellor).await;
        let seen = report_of(&app, &counsellor, &p).await;
        let links = seen["links"].as_object().unwrap();
        assert!(links.contains_key("funnel.reached") && links.contains_key("by_type.medical.households"));
        assert!(!links.contains_key("by_type.medical.delivered"), "{links:?}");
        problem(app.get_as(&counsellor, &format!("/api/v1/reports/reintegration/records?figure=by_type.medical.delivered&{p}")).await,
            StatusCode::FORBIDDEN).await;
    }

    async fn who_may_ask_and_what_is_refused(app) {
        let w = world_small(&app).await;
        let monitor = app.user_token("reports.monitor", Role::Monitor).await;
        let partner = app.user_token("reports.partner", Role::Partner).await;
        let p = format!("{}&programme_id={}", period(), w);
        let records = format!("/api/v1/reports/reintegration/records?figure=funnel.reached&{p}");
        // Partners see no reports; monitors no records.
        problem(app.get_as(&partner, &format!("/api/v1/reports/reintegration?{p}")).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&partner, &records).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&monitor, &records).await, StatusCode::FORBIDDEN).await;
        // Whatever they ask.
        problem(
            app.get_as(&monitor, "/api/v1/reports/reintegration/records").await,
            StatusCode::FORBIDDEN,
        )
        .await;
        // A partner's bad query is still 403: permission comes first.
        problem(app.get_as(&partner, "/api/v1/reports/reintegration").await, StatusCode::FORBIDDEN).await;
        // A monitor's report: 200, small cells suppressed (one person reached).
        let seen = report_of(&app, &monitor, &p).await;
        assert!(seen["funnel"]["reached"].is_null(), "{seen}");

        // Bad filters: 422 naming every field.
        let admin = app.admin_token.clone();
        let path = |query: &str| format!("/api/v1/reports/reintegration?{query}");
        let body = problem(app.get_as(&admin, &path("")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("from".into(), "required".into()), ("to".into(), "required".into())]);
        let body = problem(app.get_as(&admin, &path("from=2026-02-01&to=2026-01-31&programme_id=zzz&region=XX&sex=unknown&age_band=18-30")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        let codes = field_errors(&body);
        for (field, code) in [("to", "before_from"), ("programme_id", "invalid_uuid"), ("region", "invalid_value"),
            ("sex", "invalid_value"), ("age_band", "invalid_value")] {
            assert!(codes.iter().any(|(f, c)| f == field && (c == code || field == "region")), "{field}: {codes:?}");
        }
        let body = problem(app.get_as(&admin, &path("from=2026-2-1&to=2026-02-30")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("from".into(), "invalid_date".into()), ("to".into(), "invalid_date".into())]);
        let body = problem(app.get_as(&admin, &path(&format!("{}&programme_id={}", period(), Uuid::now_v7()))).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("programme_id".into(), "not_found".into())]);
        // An unknown parameter is a malformed query.
        problem(app.get_as(&admin, &path(&format!("{}&colour=red", period()))).await, StatusCode::BAD_REQUEST).await;
        // The records: a figure is required and must be one of the report's.
        let body = problem(app.get_as(&admin, &format!("/api/v1/reports/reintegration/records?{p}")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("figure".into(), "required".into())]);
        let body = problem(app.get_as(&admin, "/api/v1/reports/reintegration/records?figure=funnel.everyone&limit=0").await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields: Vec<String> = field_errors(&body).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["figure", "from", "to", "limit"]);
    }

    async fn a_persons_latest_decision_across_programmes_counts(app) {
        // One person, a case in P decided eligible, then a case in Q decided
        // not eligible (an admin's override, later): over every programme the
        // person counts once, as not eligible; each programme alone counts
        // its own case's decision.
        let (p, q) = (programme(&app, "REPORT-LATEST-P").await, programme(&app, "REPORT-LATEST-Q").await);
        let worker = app.user_token("reports.latest.worker", Role::CaseWorker).await;
        let zura = person(&app, "Zura", json!({})).await;
        stay(&app, &zura, day(120), "readmission").await;
        case(&app, &worker, &zura, &p, day(60), Decision::AsAssessed("eligible")).await;
        case(&app, &worker, &zura, &q, day(50), Decision::Override("not_eligible")).await;

        let funnel = |report: &Value| -> Vec<i64> {
            ["registered", "screened", "eligible", "not_eligible"]
                .iter()
                .map(|stage| report["funnel"][*stage].as_i64().unwrap())
                .collect()
        };
        let all = report(&app, &app.admin_token, &period()).await;
        assert_eq!(funnel(&all), [1, 1, 0, 1], "{all}");
        let in_p = report(&app, &app.admin_token, &format!("{}&programme_id={p}", period())).await;
        assert_eq!(funnel(&in_p), [1, 1, 1, 0], "{in_p}");
        let in_q = report(&app, &app.admin_token, &format!("{}&programme_id={q}", period())).await;
        assert_eq!(funnel(&in_q), [1, 1, 0, 1], "{in_q}");
    }
}

async fn report_of(app: &TestApp, token: &str, query: &str) -> Value {
    report(app, token, query).await
}

/// A programme with one person reached (a contact); its id.
async fn world_small(app: &TestApp) -> String {
    let p = programme(app, "REPORT-SMALL").await;
    let worker = app
        .user_token("reports.small.worker", Role::CaseWorker)
        .await;
    let ana = person(app, "Ana", json!({})).await;
    contact(app, &worker, &ana, &p, day(3)).await;
    p
}
