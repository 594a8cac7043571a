//! The overview fact sheet (issue 12, items 8 to 11): a known population built
//! through the HTTP API, and every figure asserted, in JSON and in CSV, for an
//! administrator, a monitor (small cells suppressed), the case workers of two
//! organisations (each its own records), and under each filter; the records
//! behind every figure (their total is the figure; each person, household and
//! assistance item listed is a recorded read); the figures it shares with the
//! reintegration report are that report's; bad filters; who may not ask.
//!
//! The population (dates relative to today, T; the period is T-300 .. T;
//! everyone is a woman of GE-IM born in 1988 unless the table says otherwise;
//! organisation A is the ministry, whose case worker records what B's does not):
//!
//! | who | what |
//! |---|---|
//! | Ana | counselled in the period |
//! | Cira | assisted voluntary return; case in P: micro-business 3000 (co-beneficiaries Dito, Eka) with a correction, vocational training, temporary accommodation (household H1); placed in a job (P); counselled twice (once about P) |
//! | Dito | co-beneficiary; placed twice in the period (no programme); enrolled in enterprise SE1 |
//! | Eka | co-beneficiary of two grants; placed and enrolled in SE1 before the period |
//! | Fefe (GE-TB) | assisted voluntary return; case in P: two micro-business grants (one with Eka), temporary accommodation (H1, shared with Cira); counselled before the period |
//! | Gia (male) | readmission; case in P: micro-business delivered before the period, medical rejected, living conditions cancelled; counselled |
//! | Hana (60) | spontaneous return; case in P: vocational training, temporary accommodation (household H2) |
//! | Ia | case in P, not eligible: counselling and referral |
//! | Jaba (GE-TB) | counselled |
//! | Nino | deportation; case in P of organisation B: micro-business |
//! | Oto (male) | placed in a job by organisation B |
//! | Pati | assisted voluntary return; case in Q: medical |
//! | Lela | assisted voluntary return before the period |
//! | Anahit (AM) | moved (voluntary return to Armenia) in the period |
//! | Boris (UA, male, GE-TB) | moved in the period |
//! | Carlos (AM) | moved before the period |
//!
//! Anonymous counselling: three sessions of A in the period (one about P), one
//! of B, one of A before the period. Outreach: A's in GE-TB (120 people, P) and
//! GE-IM (80), B's in GE-IM (30), and A's in GE-TB before the period (50).
//! Social enterprises: SE1 (partners IOM and Caritas) with Dito enrolled, 3
//! temporary and 2 permanent places created by A; SE2 (partners Caritas and
//! World Vision) with 4 permanent places created by B; SE3 (partner Oxfam)
//! with an enrolment and places before the period only.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, Months};
use integra_tests::{
    both_backends, field_errors, id_of, json, person_body, problem, Role, StatusCode, TestApp,
};
use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

use crate::reintegration_fixtures as fx;
use crate::reports::{
    case, csv_fields, day, grant, item, ok, period, person, programme, stay, Decision, Step, TYPES,
};

/// The figures whose value is a sum of the records behind them.
const SUMS: [&str; 3] = [
    "people_reached_by_outreach",
    "job_places_temporary",
    "job_places_permanent",
];

/// Every figure id of the overview, in its order.
fn figure_ids() -> Vec<String> {
    let mut ids = vec!["returns_assisted".to_owned(), "persons_assisted".to_owned()];
    ids.extend(TYPES.iter().map(|t| format!("persons_assisted.{t}")));
    ids.extend(
        [
            "startups_supported",
            "startup_persons_involved",
            "families_housed",
            "persons_employed",
            "persons_counselled",
            "people_reached_by_outreach",
            "persons_trained_vocationally",
            "social_enterprises",
            "social_enterprise_partners",
            "social_enterprise_beneficiaries",
            "job_places_temporary",
            "job_places_permanent",
            "foreign_migrants_moved",
            "officials_trained",
        ]
        .map(str::to_owned),
    );
    ids
}

/// Every figure as text ("" where suppressed): the non-zero ones given, "0" for the rest.
fn expected(nonzero: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut all: BTreeMap<String, String> = figure_ids()
        .into_iter()
        .map(|id| (id, "0".to_owned()))
        .collect();
    for (id, value) in nonzero {
        assert!(all.contains_key(*id), "no figure {id}");
        all.insert((*id).to_owned(), (*value).to_owned());
    }
    all
}

/// `base` with some figures changed.
fn with(base: &BTreeMap<String, String>, changes: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut all = base.clone();
    for (id, value) in changes {
        assert!(all.contains_key(*id), "no figure {id}");
        all.insert((*id).to_owned(), (*value).to_owned());
    }
    all
}

/// The figures of an overview in JSON, as text; checks the fixed shape on the way.
fn figures_of_json(report: &Value) -> BTreeMap<String, String> {
    let keys: BTreeSet<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(
        keys == BTreeSet::from(["period", "figures", "suppressed"])
            || keys == BTreeSet::from(["period", "figures", "suppressed", "links"]),
        "{keys:?}"
    );
    let figures = report["figures"].as_array().unwrap();
    let ids: Vec<String> = figures
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, figure_ids(), "every figure, in the fixed order");
    let suppressed: BTreeSet<String> = report["suppressed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    let mut values = BTreeMap::new();
    for figure in figures {
        assert_eq!(figure.as_object().unwrap().len(), 3, "{figure}");
        let id = figure["id"].as_str().unwrap().to_owned();
        let definition = &figure["definition"];
        assert_eq!(definition.as_object().unwrap().len(), 2, "{figure}");
        assert!(!definition["ka"].as_str().unwrap().is_empty());
        assert!(!definition["en"].as_str().unwrap().is_empty());
        let value = match &figure["value"] {
            Value::Null => String::new(),
            Value::Number(n) => {
                assert!(n.is_i64(), "counts are integers: {figure}");
                n.to_string()
            }
            other => panic!("a figure's value is {other}"),
        };
        assert_eq!(
            value.is_empty(),
            suppressed.contains(&id),
            "{id} in {report}"
        );
        values.insert(id, value);
    }
    values
}

/// The figures of a CSV overview (id -> value), and their definitions.
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
        "one row per figure, in the overview's order"
    );
    (values, definitions)
}

/// The overview as `token` sees it with `query`, in JSON.
async fn overview(app: &TestApp, token: &str, query: &str) -> Value {
    app.call(
        token,
        Method::GET,
        &format!("/api/v1/reports/overview?{query}"),
        None,
        StatusCode::OK,
    )
    .await
}

/// The overview as CSV (definitions in `language`).
async fn csv_overview(app: &TestApp, token: &str, query: &str, language: &str) -> String {
    let response = app
        .client
        .get(app.url(&format!("/api/v1/reports/overview?{query}")))
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

/// Asserts every figure of the overview `token` sees with `query`, in JSON and CSV.
async fn assert_figures(
    app: &TestApp,
    token: &str,
    query: &str,
    want: &BTreeMap<String, String>,
) -> Value {
    let json = overview(app, token, query).await;
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
    let (csv, definitions) = figures_of_csv(&csv_overview(app, token, query, "en").await);
    assert_eq!(&csv, want, "{query}: the CSV carries the same figures");
    for figure in json["figures"].as_array().unwrap() {
        let id = figure["id"].as_str().unwrap();
        assert_eq!(
            definitions[id],
            figure["definition"]["en"].as_str().unwrap(),
            "{id}: the CSV's definition is the JSON's"
        );
    }
    json
}

/// Who and what the population is made of.
struct World {
    worker_a: String,
    worker_b: String,
    p: String,
    q: String,
    persons: BTreeMap<&'static str, String>,
    households: BTreeSet<String>,
    /// SE1, SE2, SE3.
    enterprises: [String; 3],
    /// IOM, Caritas, World Vision (Oxfam, SE3's, is not counted).
    partners: [String; 3],
    /// The anonymous sessions held in the period (A's three, B's one).
    anonymous: BTreeSet<String>,
    /// The micro-business grants delivered in the period (not the correction).
    grants: BTreeSet<String>,
    /// The outreach events held in the period.
    events: BTreeSet<String>,
}

impl World {
    fn id(&self, name: &str) -> String {
        self.persons[name].clone()
    }

    fn names(&self, names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| self.id(n)).collect()
    }
}

/// An organisation of `kind`, added by the admin.
async fn organisation(app: &TestApp, name: &str, kind: &str) -> String {
    let name = format!("{name} {}", &Uuid::now_v7().simple().to_string()[20..]);
    id_of(
        &ok(
            app,
            &app.admin_token,
            "/api/v1/organisations",
            json!({"name": name, "kind": kind, "country": "GE"}),
            StatusCode::CREATED,
        )
        .await,
    )
}

/// A foreigner of `citizenship`, with changes to the usual body.
async fn foreigner(app: &TestApp, given: &str, citizenship: &str, changes: Value) -> String {
    let mut body = person_body(given, "Overviewian");
    body["personal_number"] = Value::Null;
    body["citizenship"] = json!(citizenship);
    body["residence_status"] = json!("temporary_resident");
    for (key, value) in changes.as_object().unwrap() {
        body[key] = value.clone();
    }
    id_of(&app.create_person(&body).await)
}

async fn placement(
    app: &TestApp,
    token: &str,
    person: &str,
    employer: &str,
    starts: u64,
    programme: Option<&str>,
) {
    let body = json!({"person_id": person, "location": "domestic", "employer_organisation_id": employer,
        "term": "permanent", "starts_on": day(starts).to_string(), "programme_id": programme});
    ok(
        app,
        token,
        "/api/v1/job-placements",
        body,
        StatusCode::CREATED,
    )
    .await;
}

/// A counselling session; its id.
async fn session(
    app: &TestApp,
    token: &str,
    held: u64,
    person: Option<&str>,
    programme: Option<&str>,
) -> String {
    let body = json!({"held_on": day(held).to_string(), "stream": "reintegration",
        "topic": "reintegration_assistance", "person_id": person, "programme_id": programme});
    id_of(
        &ok(
            app,
            token,
            "/api/v1/counselling-sessions",
            body,
            StatusCode::CREATED,
        )
        .await,
    )
}

/// An outreach event; its id.
async fn event(
    app: &TestApp,
    token: &str,
    held: u64,
    region: &str,
    reached: i64,
    programme: Option<&str>,
) -> String {
    let body = json!({"held_on": day(held).to_string(), "region": region, "kind": "information_session",
        "people_reached": reached, "programme_id": programme});
    id_of(
        &ok(
            app,
            token,
            "/api/v1/outreach-events",
            body,
            StatusCode::CREATED,
        )
        .await,
    )
}

async fn enrol(app: &TestApp, token: &str, enterprise: &str, person: &str, started: u64) {
    let body = json!({"person_id": person, "programme": "employment", "started_on": day(started).to_string()});
    ok(
        app,
        token,
        &format!("/api/v1/social-enterprises/{enterprise}/beneficiaries"),
        body,
        StatusCode::CREATED,
    )
    .await;
}

async fn places(app: &TestApp, token: &str, enterprise: &str, term: &str, created: u64, n: i64) {
    let body = json!({"term": term, "created_on": day(created).to_string(), "places": n});
    ok(
        app,
        token,
        &format!("/api/v1/social-enterprises/{enterprise}/job-places"),
        body,
        StatusCode::CREATED,
    )
    .await;
}

async fn partners(app: &TestApp, enterprise: &str, partners: &[&str]) {
    let response = app
        .put(
            &format!("/api/v1/social-enterprises/{enterprise}/partners"),
            &json!({"partner_ids": partners}),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

async fn movement(app: &TestApp, token: &str, person: &str, departed: u64, to: &str, helper: &str) {
    let body = json!({"departed_on": day(departed).to_string(), "destination_country": to,
        "kind": "voluntary_return", "help": ["ticket"], "organisation_id": helper});
    ok(
        app,
        token,
        &format!("/api/v1/persons/{person}/movements"),
        body,
        StatusCode::CREATED,
    )
    .await;
}

async fn household(app: &TestApp, name: &str, members: &[&str]) -> String {
    let id = id_of(
        &ok(
            app,
            &app.admin_token,
            "/api/v1/households",
            json!({"name": name}),
            StatusCode::CREATED,
        )
        .await,
    );
    for member in members {
        ok(
            app,
            &app.admin_token,
            &format!("/api/v1/households/{id}/members"),
            json!({"person_id": member}),
            StatusCode::OK,
        )
        .await;
    }
    id
}

/// Builds the population of the module's table.
async fn world(app: &TestApp) -> World {
    let org_b = fx::organisation(app, "Overview B").await;
    let worker_a = app.user_token("overview.worker.a", Role::CaseWorker).await;
    let worker_b = app
        .user_token_in("overview.worker.b", Role::CaseWorker, org_b)
        .await;
    let (p, q) = (
        programme(app, "OVERVIEW-P").await,
        programme(app, "OVERVIEW-Q").await,
    );
    let sixty = day(300).checked_sub_months(Months::new(60 * 12)).unwrap() - Days::new(10);
    let mut persons = BTreeMap::new();
    for (name, changes) in [
        ("Ana", json!({})),
        ("Cira", json!({})),
        ("Dito", json!({})),
        ("Eka", json!({})),
        ("Fefe", json!({"region": "GE-TB"})),
        ("Gia", json!({"sex": "male"})),
        ("Hana", json!({"date_of_birth": sixty.to_string()})),
        ("Ia", json!({})),
        ("Jaba", json!({"region": "GE-TB"})),
        ("Nino", json!({})),
        ("Oto", json!({"sex": "male"})),
        ("Pati", json!({})),
        ("Lela", json!({})),
    ] {
        persons.insert(name, person(app, name, changes).await);
    }
    for (name, citizenship, changes) in [
        ("Anahit", "AM", json!({})),
        ("Boris", "UA", json!({"sex": "male", "region": "GE-TB"})),
        ("Carlos", "AM", json!({})),
    ] {
        persons.insert(name, foreigner(app, name, citizenship, changes).await);
    }
    let id = |name: &str| persons[name].clone();

    // Returns (and the migration history the eligible need).
    for (name, end, kind) in [
        ("Cira", 250, "assisted_voluntary_return"),
        ("Fefe", 250, "assisted_voluntary_return"),
        ("Pati", 250, "assisted_voluntary_return"),
        ("Gia", 250, "readmission"),
        ("Hana", 250, "spontaneous"),
        ("Nino", 250, "deportation"),
        ("Lela", 450, "assisted_voluntary_return"),
    ] {
        stay(app, &id(name), day(end), kind).await;
    }
    let h1 = household(app, "H1", &[&id("Cira"), &id("Fefe")]).await;
    let h2 = household(app, "H2", &[&id("Hana")]).await;

    // Assistance.
    use Decision::AsAssessed;
    let (registered, delivered, outside) = (day(200), day(100), day(350));
    let mut grants = BTreeSet::new();
    let cira = case(
        app,
        &worker_a,
        &id("Cira"),
        &p,
        registered,
        AsAssessed("eligible"),
    )
    .await;
    let grant_id = item(
        app,
        &worker_a,
        &cira,
        json!({"type": "micro_business", "amount": fx::gel("3000.00"), "in_kind": true,
            "co_beneficiary_ids": [id("Dito"), id("Eka")]}),
        Step::Delivered(delivered),
    )
    .await;
    grants.insert(grant_id.clone());
    item(
        app,
        &worker_a,
        &cira,
        json!({"type": "micro_business", "amount": fx::gel("-500.00"), "corrects_id": grant_id}),
        Step::Delivered(day(90)),
    )
    .await;
    for (kind, amount) in [
        ("vocational_training", "500.00"),
        ("temporary_accommodation", "700.00"),
    ] {
        item(
            app,
            &worker_a,
            &cira,
            grant(kind, amount),
            Step::Delivered(delivered),
        )
        .await;
    }

    let fefe = case(
        app,
        &worker_a,
        &id("Fefe"),
        &p,
        registered,
        AsAssessed("eligible"),
    )
    .await;
    grants.insert(
        item(
            app,
            &worker_a,
            &fefe,
            json!({"type": "micro_business", "amount": fx::gel("2000.00"), "in_kind": true,
                "co_beneficiary_ids": [id("Eka")]}),
            Step::Delivered(delivered),
        )
        .await,
    );
    grants.insert(
        item(
            app,
            &worker_a,
            &fefe,
            grant("micro_business", "500.00"),
            Step::Delivered(delivered),
        )
        .await,
    );
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
        registered,
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
        registered,
        AsAssessed("eligible"),
    )
    .await;
    for (kind, amount) in [
        ("vocational_training", "400.00"),
        ("temporary_accommodation", "600.00"),
    ] {
        item(
            app,
            &worker_a,
            &hana,
            grant(kind, amount),
            Step::Delivered(delivered),
        )
        .await;
    }
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
        registered,
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

    let nino = case(
        app,
        &worker_b,
        &id("Nino"),
        &p,
        registered,
        AsAssessed("eligible"),
    )
    .await;
    grants.insert(
        item(
            app,
            &worker_b,
            &nino,
            grant("micro_business", "1200.00"),
            Step::Delivered(delivered),
        )
        .await,
    );

    let pati = case(
        app,
        &worker_a,
        &id("Pati"),
        &q,
        registered,
        AsAssessed("eligible"),
    )
    .await;
    item(
        app,
        &worker_a,
        &pati,
        grant("medical", "300.00"),
        Step::Delivered(delivered),
    )
    .await;

    // Placements.
    let employer = organisation(app, "Kutaisi Textiles", "employer").await;
    placement(app, &worker_a, &id("Cira"), &employer, 50, Some(&p)).await;
    placement(app, &worker_a, &id("Dito"), &employer, 50, None).await;
    placement(app, &worker_a, &id("Dito"), &employer, 10, None).await;
    placement(app, &worker_a, &id("Eka"), &employer, 320, None).await;
    placement(app, &worker_b, &id("Oto"), &employer, 40, None).await;

    // Counselling.
    session(app, &worker_a, 40, Some(&id("Ana")), None).await;
    session(app, &worker_a, 40, Some(&id("Cira")), Some(&p)).await;
    session(app, &worker_a, 30, Some(&id("Cira")), None).await;
    session(app, &worker_a, 40, Some(&id("Gia")), None).await;
    session(app, &worker_a, 40, Some(&id("Jaba")), None).await;
    session(app, &worker_a, 310, Some(&id("Fefe")), None).await;
    let mut anonymous = BTreeSet::new();
    anonymous.insert(session(app, &worker_a, 40, None, Some(&p)).await);
    anonymous.insert(session(app, &worker_a, 40, None, None).await);
    anonymous.insert(session(app, &worker_a, 20, None, None).await);
    anonymous.insert(session(app, &worker_b, 40, None, None).await);
    session(app, &worker_a, 310, None, None).await;

    // Outreach.
    let mut events = BTreeSet::new();
    events.insert(event(app, &worker_a, 30, "GE-TB", 120, Some(&p)).await);
    events.insert(event(app, &worker_a, 30, "GE-IM", 80, None).await);
    events.insert(event(app, &worker_b, 30, "GE-IM", 30, None).await);
    event(app, &worker_a, 330, "GE-TB", 50, None).await;

    // Social enterprises.
    let iom = organisation(app, "IOM", "international_org").await;
    let caritas = organisation(app, "Caritas", "ngo").await;
    let world_vision = organisation(app, "World Vision", "ngo").await;
    let oxfam = organisation(app, "Oxfam", "ngo").await;
    let se1 = organisation(app, "Bakery", "social_enterprise").await;
    let se2 = organisation(app, "Workshop", "social_enterprise").await;
    let se3 = organisation(app, "Farm", "social_enterprise").await;
    partners(app, &se1, &[&iom, &caritas]).await;
    partners(app, &se2, &[&caritas, &world_vision]).await;
    partners(app, &se3, &[&oxfam]).await;
    enrol(app, &worker_a, &se1, &id("Dito"), 60).await;
    enrol(app, &worker_a, &se1, &id("Eka"), 340).await;
    enrol(app, &worker_a, &se3, &id("Ana"), 340).await;
    places(app, &worker_a, &se1, "temporary", 70, 3).await;
    places(app, &worker_a, &se1, "permanent", 70, 2).await;
    places(app, &worker_b, &se2, "permanent", 70, 4).await;
    places(app, &worker_a, &se3, "permanent", 360, 5).await;

    // Movement assistance of foreigners.
    movement(app, &worker_a, &id("Anahit"), 20, "AM", &iom).await;
    movement(app, &worker_a, &id("Boris"), 20, "UA", &iom).await;
    movement(app, &worker_b, &id("Carlos"), 400, "AM", &iom).await;

    World {
        worker_a,
        worker_b,
        p,
        q,
        persons,
        households: BTreeSet::from([h1, h2]),
        enterprises: [se1, se2, se3],
        partners: [iom, caritas, world_vision],
        anonymous,
        grants,
        events,
    }
}

/// The administrator's overview of every reintegration programme.
fn admin_all() -> BTreeMap<String, String> {
    expected(&[
        ("returns_assisted", "3"),
        ("persons_assisted", "5"),
        ("persons_assisted.micro_business", "3"),
        ("persons_assisted.vocational_training", "2"),
        ("persons_assisted.medical", "1"),
        ("persons_assisted.temporary_accommodation", "3"),
        ("persons_assisted.counselling_referral", "1"),
        ("startups_supported", "4"),
        ("startup_persons_involved", "5"),
        ("families_housed", "2"),
        ("persons_employed", "3"),
        ("persons_counselled", "8"),
        ("people_reached_by_outreach", "230"),
        ("persons_trained_vocationally", "2"),
        ("social_enterprises", "2"),
        ("social_enterprise_partners", "3"),
        ("social_enterprise_beneficiaries", "1"),
        ("job_places_temporary", "3"),
        ("job_places_permanent", "6"),
        ("foreign_migrants_moved", "2"),
    ])
}

/// Every record behind a figure, page by page (`limit` 2): (record type, id),
/// with each page's total and value checked against the figure.
async fn records(
    app: &TestApp,
    token: &str,
    href: &str,
    figure: &str,
    value: &str,
) -> Vec<(String, String)> {
    let mut listed = Vec::new();
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
        assert_eq!(page["value"].to_string(), value, "{figure}: {page}");
        if !SUMS.contains(&figure) {
            assert_eq!(page["total"], page["value"], "{figure}: {page}");
        }
        for item in page["items"].as_array().unwrap() {
            let id = id_of(item);
            let kind = item["record_type"].as_str().unwrap().to_owned();
            assert!(
                item["href"].as_str().unwrap().starts_with("/api/v1/"),
                "{item}"
            );
            assert!(item["href"].as_str().unwrap().ends_with(&id), "{item}");
            listed.push((kind, id));
        }
        cursor = page["next_cursor"].as_str().map(str::to_owned);
        if cursor.is_none() {
            assert_eq!(
                page["total"].as_i64().unwrap() as usize,
                listed.len(),
                "{figure}: the list is the figure's records"
            );
            let ids: Vec<&String> = listed.iter().map(|(_, id)| id).collect();
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(ids, sorted, "{figure}: in id order, none twice");
            return listed;
        }
    }
}

fn ids_of(listed: &[(String, String)], kind: &str) -> BTreeSet<String> {
    listed
        .iter()
        .filter(|(k, _)| k == kind)
        .map(|(_, id)| id.clone())
        .collect()
}

/// The person.read (or other `action`) entries of the audit log by `actor`.
async fn read_by(app: &TestApp, actor: &str, action: &str) -> BTreeSet<String> {
    let log = app
        .call(
            &app.admin_token,
            Method::GET,
            &format!("/api/v1/audit-log?actor_id={actor}&action={action}&limit=500"),
            None,
            StatusCode::OK,
        )
        .await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["record_id"].as_str().unwrap().to_owned())
        .collect()
}

both_backends! {
    async fn every_figure_for_every_caller_in_json_and_csv(app) {
        let w = world(&app).await;
        let all = period();

        // The administrator: everything, exact, with a link for every figure.
        let admin = assert_figures(&app, &app.admin_token, &all, &admin_all()).await;
        assert_eq!(admin["period"], json!({"from": day(300).to_string(), "to": day(0).to_string()}));
        assert_eq!(admin["suppressed"], json!([]));
        assert_eq!(admin["links"].as_object().unwrap().len(), figure_ids().len());

        // A monitor: every count from 1 to 4 suppressed (no group adds up).
        let monitor = app.user_token("overview.monitor", Role::Monitor).await;
        let small: Vec<String> = admin_all()
            .into_iter()
            .filter(|(_, v)| (1..=4).contains(&v.parse::<i64>().unwrap()))
            .map(|(id, _)| id)
            .collect();
        assert_eq!(small.len(), 15, "{small:?}");
        let shown: BTreeMap<String, String> = admin_all()
            .into_iter()
            .map(|(id, v)| if small.contains(&id) { (id, String::new()) } else { (id, v) })
            .collect();
        let suppressed = assert_figures(&app, &monitor, &all, &shown).await;
        let listed: Vec<String> = suppressed["suppressed"].as_array().unwrap().iter()
            .map(|s| s.as_str().unwrap().to_owned()).collect();
        let in_order: Vec<String> = figure_ids().into_iter().filter(|id| small.contains(id)).collect();
        assert_eq!(listed, in_order, "listed in the figures' order");
        assert_eq!(suppressed["figures"][1]["value"], 5);
        assert!(suppressed.get("links").is_none(), "a monitor gets no links to records");
        // Georgian definitions on request.
        let (_, georgian) = figures_of_csv(&csv_overview(&app, &monitor, &all, "ka").await);
        assert!(georgian["returns_assisted"].starts_with("განსხვავებული"), "{georgian:?}");
        assert_eq!(georgian["returns_assisted"], admin["figures"][0]["definition"]["ka"].as_str().unwrap());

        // Organisation A's case worker: the assistance of A's cases, A's
        // placements, sessions, events, enrolments and job places; everyone's
        // returns and movements.
        let a = with(&admin_all(), &[
            ("persons_assisted", "4"), ("persons_assisted.micro_business", "2"),
            ("startups_supported", "3"), ("startup_persons_involved", "4"),
            ("persons_employed", "2"), ("persons_counselled", "7"),
            ("people_reached_by_outreach", "200"), ("social_enterprises", "1"),
            ("social_enterprise_partners", "2"), ("job_places_permanent", "2"),
        ]);
        let seen = assert_figures(&app, &w.worker_a, &all, &a).await;
        // Every figure's records but the officials' (training participants,
        // which administrators keep).
        assert_eq!(seen["links"].as_object().unwrap().len(), figure_ids().len() - 1);

        // Organisation B's: Nino's grant, Oto's placement, one anonymous
        // session, one event, SE2's places.
        let b = expected(&[
            ("returns_assisted", "3"), ("persons_assisted", "1"),
            ("persons_assisted.micro_business", "1"), ("startups_supported", "1"),
            ("startup_persons_involved", "1"), ("persons_employed", "1"),
            ("persons_counselled", "1"), ("people_reached_by_outreach", "30"),
            ("social_enterprises", "1"), ("social_enterprise_partners", "2"),
            ("job_places_permanent", "4"), ("foreign_migrants_moved", "2"),
        ]);
        assert_figures(&app, &w.worker_b, &all, &b).await;

        // An employment counsellor of A: the same figures as A's case worker.
        let counsellor = app.user_token("overview.counsellor", Role::EmploymentCounsellor).await;
        assert_figures(&app, &counsellor, &all, &a).await;
    }

    async fn filters_narrow_every_figure(app) {
        let w = world(&app).await;
        let admin = app.admin_token.clone();
        let all = period();

        // Programme P: its assistance, placements, sessions and events; returns,
        // social enterprises and movements ignore the programme.
        let p = with(&admin_all(), &[
            ("persons_assisted", "4"), ("persons_assisted.medical", "0"),
            ("persons_employed", "1"), ("persons_counselled", "2"),
            ("people_reached_by_outreach", "120"),
        ]);
        assert_figures(&app, &admin, &format!("{all}&programme_id={}", w.p), &p).await;

        // Programme Q: Pati's medical aid only.
        let q = expected(&[
            ("returns_assisted", "3"), ("persons_assisted", "1"), ("persons_assisted.medical", "1"),
            ("social_enterprises", "2"), ("social_enterprise_partners", "3"),
            ("social_enterprise_beneficiaries", "1"), ("job_places_temporary", "3"),
            ("job_places_permanent", "6"), ("foreign_migrants_moved", "2"),
        ]);
        assert_figures(&app, &admin, &format!("{all}&programme_id={}", w.q), &q).await;

        // Region GE-TB: Fefe (and Eka, her co-beneficiary from elsewhere), Jaba,
        // Boris; the GE-TB event; no anonymous session, no job place.
        let region = expected(&[
            ("returns_assisted", "1"), ("persons_assisted", "1"),
            ("persons_assisted.micro_business", "1"), ("persons_assisted.temporary_accommodation", "1"),
            ("startups_supported", "2"), ("startup_persons_involved", "2"), ("families_housed", "1"),
            ("persons_counselled", "1"), ("people_reached_by_outreach", "120"),
            ("foreign_migrants_moved", "1"),
        ]);
        assert_figures(&app, &admin, &format!("{all}&region=GE-TB"), &region).await;

        // Men: Gia (counselled), Oto (placed), Boris (moved); the anonymous
        // sessions, events and job places whatever the sex.
        let men = expected(&[
            ("persons_employed", "1"), ("persons_counselled", "5"),
            ("people_reached_by_outreach", "230"), ("social_enterprises", "2"),
            ("social_enterprise_partners", "3"), ("job_places_temporary", "3"),
            ("job_places_permanent", "6"), ("foreign_migrants_moved", "1"),
        ]);
        assert_figures(&app, &admin, &format!("{all}&sex=male"), &men).await;

        // 55 to 64 at the start of the period: Hana.
        let older = expected(&[
            ("persons_assisted", "1"), ("persons_assisted.vocational_training", "1"),
            ("persons_assisted.temporary_accommodation", "1"), ("families_housed", "1"),
            ("persons_counselled", "4"), ("people_reached_by_outreach", "230"),
            ("persons_trained_vocationally", "1"), ("social_enterprises", "2"),
            ("social_enterprise_partners", "3"), ("job_places_temporary", "3"),
            ("job_places_permanent", "6"),
        ]);
        assert_figures(&app, &admin, &format!("{all}&age_band=55-64"), &older).await;

        // Region, sex and age band together: nobody is a woman of GE-TB under 18.
        let nobody = expected(&[("people_reached_by_outreach", "120")]);
        assert_figures(&app, &admin, &format!("{all}&region=GE-TB&sex=female&age_band=0-17"), &nobody).await;

        // A period that holds nothing.
        assert_figures(&app, &admin, "from=2001-01-01&to=2001-12-31", &expected(&[])).await;
        // One day: the day the grants were delivered.
        let one_day = format!("from={0}&to={0}", day(100));
        let delivered = expected(&[
            ("persons_assisted", "5"), ("persons_assisted.micro_business", "3"),
            ("persons_assisted.vocational_training", "2"), ("persons_assisted.medical", "1"),
            ("persons_assisted.temporary_accommodation", "3"),
            ("persons_assisted.counselling_referral", "1"), ("startups_supported", "4"),
            ("startup_persons_involved", "5"), ("families_housed", "2"),
            ("persons_trained_vocationally", "2"),
        ]);
        assert_figures(&app, &admin, &one_day, &delivered).await;
    }

    async fn the_figures_it_shares_are_the_reintegration_report_s(app) {
        let w = world(&app).await;
        let admin = app.admin_token.clone();
        for query in [
            period(),
            format!("{}&programme_id={}", period(), w.p),
            format!("{}&region=GE-TB", period()),
            format!("{}&age_band=55-64", period()),
        ] {
            let report = app.call(&admin, Method::GET, &format!("/api/v1/reports/reintegration?{query}"), None, StatusCode::OK).await;
            let sheet = figures_of_json(&overview(&app, &admin, &query).await);
            for entry in report["by_type"].as_array().unwrap() {
                let kind = entry["type"].as_str().unwrap();
                assert_eq!(sheet[&format!("persons_assisted.{kind}")], entry["persons"].to_string(), "{query} {kind}");
            }
            let micro = &report["by_type"][0];
            assert_eq!(micro["type"], "micro_business");
            assert_eq!(sheet["startup_persons_involved"], micro["persons_involved"].to_string(), "{query}");
            let housed = &report["by_type"][5];
            assert_eq!(housed["type"], "temporary_accommodation");
            assert_eq!(sheet["families_housed"], housed["households"].to_string(), "{query}");
            assert_eq!(sheet["persons_trained_vocationally"], report["by_type"][3]["persons"].to_string());
            assert_eq!(sheet["returns_assisted"], report["returns"]["assisted_voluntary_return"].to_string(), "{query}");
        }
    }

    async fn the_records_behind_every_figure_are_the_figure(app) {
        let w = world(&app).await;
        let admin = app.admin_token.clone();
        let all = period();
        let sheet = overview(&app, &admin, &all).await;
        let figures = figures_of_json(&sheet);
        let links = sheet["links"].as_object().unwrap();
        let mut behind: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for id in figure_ids() {
            let href = links[&id].as_str().unwrap();
            assert_eq!(href, format!("/api/v1/reports/overview/records?figure={id}&{all}"));
            behind.insert(id.clone(), records(&app, &admin, href, &id, &figures[&id]).await);
        }
        let persons = |figure: &str| {
            let listed = &behind[figure];
            assert!(listed.iter().all(|(k, _)| k == "person"), "{figure}: {listed:?}");
            ids_of(listed, "person")
        };
        assert_eq!(persons("returns_assisted"), w.names(&["Cira", "Fefe", "Pati"]));
        assert_eq!(persons("persons_assisted"), w.names(&["Cira", "Fefe", "Hana", "Nino", "Pati"]));
        assert_eq!(persons("persons_assisted.temporary_accommodation"), w.names(&["Cira", "Fefe", "Hana"]));
        assert_eq!(persons("persons_assisted.counselling_referral"), w.names(&["Ia"]));
        assert_eq!(persons("startup_persons_involved"), w.names(&["Cira", "Dito", "Eka", "Fefe", "Nino"]));
        assert_eq!(persons("persons_employed"), w.names(&["Cira", "Dito", "Oto"]));
        assert_eq!(persons("persons_trained_vocationally"), w.names(&["Cira", "Hana"]));
        assert_eq!(persons("social_enterprise_beneficiaries"), w.names(&["Dito"]));
        assert_eq!(persons("foreign_migrants_moved"), w.names(&["Anahit", "Boris"]));
        assert_eq!(ids_of(&behind["startups_supported"], "assistance"), w.grants);
        assert_eq!(ids_of(&behind["families_housed"], "household"), w.households);
        // Persons counselled: the persons, then the anonymous sessions.
        let counselled = &behind["persons_counselled"];
        assert_eq!(ids_of(counselled, "person"), w.names(&["Ana", "Cira", "Gia", "Jaba"]));
        assert_eq!(ids_of(counselled, "counselling_session"), w.anonymous);
        assert_eq!(ids_of(&behind["people_reached_by_outreach"], "outreach_event"), w.events);
        assert_eq!(ids_of(&behind["social_enterprises"], "organisation"),
            BTreeSet::from([w.enterprises[0].clone(), w.enterprises[1].clone()]));
        assert_eq!(ids_of(&behind["social_enterprise_partners"], "organisation"),
            w.partners.iter().cloned().collect::<BTreeSet<_>>());
        // Job places: two records of 2 and 4 permanent places.
        assert_eq!(ids_of(&behind["job_places_permanent"], "job_place").len(), 2);
        assert_eq!(ids_of(&behind["job_places_temporary"], "job_place").len(), 1);
        // A record's link answers.
        let page = app.call(&admin, Method::GET, &format!("{}&limit=1", links["job_places_temporary"].as_str().unwrap()),
            None, StatusCode::OK).await;
        let place = app.call(&admin, Method::GET, page["items"][0]["href"].as_str().unwrap(), None, StatusCode::OK).await;
        assert_eq!(place["places"], 3);
        assert_eq!(place["social_enterprise_id"], w.enterprises[0].as_str());
        // Every kind of record listed answers at its link.
        for figure in ["persons_counselled", "families_housed", "startups_supported",
            "people_reached_by_outreach", "social_enterprise_partners"] {
            let page = app.call(&admin, Method::GET, &format!("{}&limit=500", links[figure].as_str().unwrap()),
                None, StatusCode::OK).await;
            for listed in page["items"].as_array().unwrap() {
                let record = app.call(&admin, Method::GET, listed["href"].as_str().unwrap(), None, StatusCode::OK).await;
                assert_eq!(record["id"], listed["id"], "{figure}");
            }
        }

        // Each person, household and grant listed is a read by whoever listed
        // them; anonymous sessions, events, organisations and job places name nobody.
        let auditor = app.user_token("overview.auditor", Role::CaseWorker).await;
        let me = id_of(&app.call(&auditor, Method::GET, "/api/v1/auth/me", None, StatusCode::OK).await);
        let own = overview(&app, &auditor, &all).await;
        let own_links = own["links"].as_object().unwrap();
        let listed = records(&app, &auditor, own_links["persons_counselled"].as_str().unwrap(), "persons_counselled", "7").await;
        assert_eq!(ids_of(&listed, "person"), w.names(&["Ana", "Cira", "Gia", "Jaba"]));
        assert_eq!(read_by(&app, &me, "person.read").await, ids_of(&listed, "person"), "every person listed, and nobody else, was read");
        assert!(read_by(&app, &me, "counselling_session.read").await.is_empty());
        let grants = records(&app, &auditor, own_links["startups_supported"].as_str().unwrap(), "startups_supported", "3").await;
        assert_eq!(read_by(&app, &me, "assistance.read").await, ids_of(&grants, "assistance"));
        let housed = records(&app, &auditor, own_links["families_housed"].as_str().unwrap(), "families_housed", "2").await;
        assert_eq!(read_by(&app, &me, "household.read").await, ids_of(&housed, "household"));
        records(&app, &auditor, own_links["people_reached_by_outreach"].as_str().unwrap(), "people_reached_by_outreach", "200").await;
        records(&app, &auditor, own_links["social_enterprises"].as_str().unwrap(), "social_enterprises", "1").await;
        assert!(read_by(&app, &me, "outreach_event.read").await.is_empty());
        assert!(read_by(&app, &me, "organisation.read").await.is_empty());

        // Organisation B's worker lists B's records only.
        let b = overview(&app, &w.worker_b, &all).await;
        let b_links = b["links"].as_object().unwrap();
        let listed = records(&app, &w.worker_b, b_links["persons_counselled"].as_str().unwrap(), "persons_counselled", "1").await;
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].0, "counselling_session");
        assert!(w.anonymous.contains(&listed[0].1));
        let listed = records(&app, &w.worker_b, b_links["persons_employed"].as_str().unwrap(), "persons_employed", "1").await;
        assert_eq!(ids_of(&listed, "person"), w.names(&["Oto"]));
        let listed = records(&app, &w.worker_b, b_links["social_enterprises"].as_str().unwrap(), "social_enterprises", "1").await;
        assert_eq!(ids_of(&listed, "organisation"), BTreeSet::from([w.enterprises[1].clone()]));
        // Filters apply to the records as to the figure.
        let tb = format!("{all}&region=GE-TB");
        let listed = records(&app, &admin, &format!("/api/v1/reports/overview/records?figure=startup_persons_involved&{tb}"),
            "startup_persons_involved", "2").await;
        assert_eq!(ids_of(&listed, "person"), w.names(&["Eka", "Fefe"]));

        // A counsellor may list persons but not assistance items.
        let counsellor = app.user_token("overview.counsellor", Role::EmploymentCounsellor).await;
        let seen = overview(&app, &counsellor, &all).await;
        let links = seen["links"].as_object().unwrap();
        assert!(links.contains_key("persons_counselled") && links.contains_key("families_housed"));
        assert!(!links.contains_key("startups_supported"), "{links:?}");
        assert!(!links.contains_key("officials_trained"), "{links:?}");
        assert_eq!(links.len(), figure_ids().len() - 2);
        problem(app.get_as(&counsellor, &format!("/api/v1/reports/overview/records?figure=startups_supported&{all}")).await,
            StatusCode::FORBIDDEN).await;
    }

    async fn who_may_ask_and_what_is_refused(app) {
        let monitor = app.user_token("overview.monitor", Role::Monitor).await;
        let partner = app.user_token("overview.partner", Role::Partner).await;
        let all = period();
        let records = format!("/api/v1/reports/overview/records?figure=persons_employed&{all}");
        // Partners see no overview; monitors no records.
        problem(app.get_as(&partner, &format!("/api/v1/reports/overview?{all}")).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&partner, &records).await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&monitor, &records).await, StatusCode::FORBIDDEN).await;
        // Whatever they ask: permission comes before the query.
        problem(app.get_as(&monitor, "/api/v1/reports/overview/records").await, StatusCode::FORBIDDEN).await;
        problem(app.get_as(&partner, "/api/v1/reports/overview").await, StatusCode::FORBIDDEN).await;
        // Without a token: 401.
        let response = app.client.get(app.url(&format!("/api/v1/reports/overview?{all}"))).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        // A monitor's overview of an empty registry: 200, zeros are not small cells.
        let seen = overview(&app, &monitor, &all).await;
        assert_eq!(seen["suppressed"], json!([]));
        assert_eq!(figures_of_json(&seen), expected(&[]));

        // Bad filters: 422 naming every field.
        let admin = app.admin_token.clone();
        let path = |query: &str| format!("/api/v1/reports/overview?{query}");
        let body = problem(app.get_as(&admin, &path("")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("from".into(), "required".into()), ("to".into(), "required".into())]);
        let body = problem(app.get_as(&admin, &path("from=2026-02-01&to=2026-01-31&programme_id=zzz&region=XX&sex=unknown&age_band=18-30")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields: Vec<String> = field_errors(&body).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["to", "programme_id", "region", "sex", "age_band"]);
        let body = problem(app.get_as(&admin, &path("from=2026-2-1&to=2026-02-30")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("from".into(), "invalid_date".into()), ("to".into(), "invalid_date".into())]);
        let body = problem(app.get_as(&admin, &path(&format!("{all}&programme_id={}", Uuid::now_v7()))).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("programme_id".into(), "not_found".into())]);
        // An unknown parameter is a malformed query.
        problem(app.get_as(&admin, &path(&format!("{all}&colour=red"))).await, StatusCode::BAD_REQUEST).await;
        // The records: a figure is required and must be one of the overview's.
        let body = problem(app.get_as(&admin, &format!("/api/v1/reports/overview/records?{all}")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("figure".into(), "required".into())]);
        let body = problem(app.get_as(&admin, "/api/v1/reports/overview/records?figure=funnel.reached&limit=0").await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields: Vec<String> = field_errors(&body).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["figure", "from", "to", "limit"]);
        let body = problem(app.get_as(&admin, &format!("/api/v1/reports/overview/records?figure=persons_employed&{all}&cursor=%21%21")).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body)[0].0, "cursor");
        let body = problem(app.get_as(&admin, &format!("/api/v1/reports/overview/records?figure=persons_employed&{all}&programme_id={}", Uuid::now_v7())).await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&body), [("programme_id".into(), "not_found".into())]);
    }
}
