//! Labour migration schemes and matching (issue 13, items 1 and 4 for
//! schemes): the four seeded schemes with their conditions as rule sets, read
//! by staff and administered by admins; a returnee jobseeker's matches, ranked
//! and explained, each hard requirement excluding with its name and facts.

use chrono::{Datelike, Days};
use integra_tests::{
    both_backends, etag, expect, field_errors, id_of, json, problem, StatusCode, TestApp,
};
use serde_json::Value;
use uuid::Uuid;

use crate::placements_and_enterprises::{audited, ids, pairs, today, world};

/// The seeded schemes (`integra_api::seed::scheme_id`).
const AGRICULTURE_DE: &str = "00000000-0000-7000-8000-000000000401";
pub(crate) const CAREGIVERS_IL: &str = "00000000-0000-7000-8000-000000000402";
const PROFESSIONALS_FR: &str = "00000000-0000-7000-8000-000000000403";
pub(crate) const SEASONAL_BG: &str = "00000000-0000-7000-8000-000000000404";
/// The conditions of seasonal work in Bulgaria.
pub(crate) const SEASONAL_BG_RULES: &str = "00000000-0000-7000-8000-000000000304";

/// A date of birth `years` years and ten days ago.
fn aged(years: i32) -> String {
    let day = today() - Days::new(10);
    day.with_year(day.year() - years).unwrap_or(day).to_string()
}

/// A returnee aged 36, back from an irregular stay in Germany; their id.
pub(crate) async fn returnee(app: &TestApp) -> String {
    let mut body = integra_tests::person_body("Nino", "Beridze");
    body["date_of_birth"] = json!(aged(36));
    let person = id_of(&app.create_person(&body).await);
    expect(
        app.post(
            &format!("/api/v1/persons/{person}/stays-abroad"),
            &json!({"country": "DE", "start_date": "2015-01-01", "end_date": "2016-01-01",
            "legal_status": "irregular", "return_type": "spontaneous"}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    person
}

/// A caregiver's profile: secondary education, Russian B2, a caregiver
/// certificate, wanting care work in Israel.
pub(crate) fn caregiver(person: &str) -> Value {
    json!({"person_id": person, "education": {"isced_level": 3}, "occupations": ["5322"],
        "languages": [{"language": "ru", "level": "B2"}],
        "certificates": [{"name": "caregiver", "expires_on": (today() + Days::new(400)).to_string()}],
        "experience_months": 24, "preferred_countries": ["IL"], "preferred_sectors": ["care"]})
}

/// The match of `scheme` in a page.
fn of<'a>(page: &'a Value, scheme: &str) -> &'a Value {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == scheme)
        .unwrap_or_else(|| panic!("no {scheme} in {page}"))
}

/// The ids of the hard requirements a match misses.
pub(crate) fn missed(matched: &Value) -> Vec<String> {
    matched["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["hard"] == true && r["outcome"] != "met")
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

both_backends! {
    async fn the_seeded_schemes_are_read_by_staff_and_changed_by_admins(app) {
        let w = world(&app).await;
        let all = expect(app.get_as(&w.counsellor_a, "/api/v1/schemes").await, StatusCode::OK).await;
        assert_eq!(ids(&all), [AGRICULTURE_DE, CAREGIVERS_IL, PROFESSIONALS_FR, SEASONAL_BG]);
        let israel = &all["items"][1];
        assert_eq!((israel["destination_country"].as_str(), israel["sector"].as_str(), israel["max_stay_days"].as_i64()),
            (Some("IL"), Some("care"), Some(365)));
        assert_eq!(all["items"][2]["quota_per_year"], 150);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, "/api/v1/schemes?destination_country=FR").await, StatusCode::OK).await),
            [PROFESSIONALS_FR]);
        assert_eq!(ids(&expect(app.get_as(&w.worker_a, "/api/v1/schemes?sector=agriculture&status=open").await, StatusCode::OK).await),
            [AGRICULTURE_DE]);
        // The conditions are a rule set of the one engine.
        let rules = expect(app.get_as(&w.worker_a, &format!("/api/v1/rule-sets/{}/versions/1", israel["rule_set_id"].as_str().unwrap())).await,
            StatusCode::OK).await;
        assert!(rules.to_string().contains("caregiver_certificate"), "{rules}");
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, "/api/v1/schemes").await, StatusCode::FORBIDDEN).await;
        }

        // An administrator adds a scheme with the Bulgarian conditions and suspends it.
        let body = json!({"name": {"ka": "სეზონური სამუშაო, საბერძნეთი", "en": "Seasonal work, Greece"},
            "destination_country": "GR", "sector": "hospitality", "seasonal": true, "max_stay_days": 180,
            "quota_per_year": 300, "status": "open", "rule_set_id": SEASONAL_BG_RULES});
        problem(app.post_as(&w.worker_a, "/api/v1/schemes", &body).await, StatusCode::FORBIDDEN).await;
        let response = app.post("/api/v1/schemes", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let created: Value = response.json().await.unwrap();
        assert_eq!(created["rule_set_version"], 1);
        assert_eq!(location, format!("/api/v1/schemes/{}", id_of(&created)));
        let suspended = app.patch(&location, &json!({"status": "suspended"}), Some("\"1\"")).await;
        assert_eq!(etag(&suspended), "\"2\"");
        assert_eq!(expect(suspended, StatusCode::OK).await["status"], "suspended");
        problem(app.patch(&location, &json!({"status": "open"}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;
        problem(app.patch_as(&w.worker_a, &location, &json!({"status": "open"}), None).await, StatusCode::FORBIDDEN).await;

        // Bad input: every error at once, nothing written.
        let mut wrong = body.clone();
        wrong["destination_country"] = json!("GE");
        wrong["max_stay_days"] = json!(0);
        wrong["sector"] = json!("mining");
        let refused = problem(app.post("/api/v1/schemes", &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("destination_country", "not_abroad"), ("sector", "invalid_value"),
            ("max_stay_days", "out_of_range")]));
        let mut unknown = body.clone();
        unknown["rule_set_id"] = json!(Uuid::now_v7());
        let refused = problem(app.post("/api/v1/schemes", &unknown).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("rule_set_id", "not_found")]));
        assert_eq!(app.count("schemes").await, 5);
    }

    async fn a_returnees_matches_are_ranked_and_explained(app) {
        let w = world(&app).await;
        let nino = returnee(&app).await;
        let profile = expect(app.post_as(&w.counsellor_a, "/api/v1/jobseekers", &caregiver(&nino)).await, StatusCode::CREATED).await;
        let path = format!("/api/v1/jobseekers/{}/matches", id_of(&profile));

        // Israel (every requirement met, both preferences: 100), then Bulgaria
        // (adult, neither preference: 0). Germany (an irregular stay there)
        // and France (36 is over 35) are excluded.
        let page = expect(app.get_as(&w.worker_b, &path).await, StatusCode::OK).await;
        assert_eq!(ids(&page), [CAREGIVERS_IL, SEASONAL_BG]);
        let israel = of(&page, CAREGIVERS_IL);
        assert_eq!((israel["score"].as_u64(), israel["excluded"].as_bool()), (Some(100), Some(false)));
        let requirements: Vec<&str> = israel["requirements"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(requirements, ["age", "secondary_education", "caregiver_certificate", "english_or_russian",
            "no_irregular_stay", "no_close_relatives", "preferred_country", "preferred_sector"]);
        assert_eq!(israel["requirements"][0]["facts"], json!({"age_years": 36}));
        assert_eq!(israel["requirements"][2]["facts"], json!({"certificates": ["caregiver"]}));
        assert_eq!(israel["requirements"][4]["facts"], json!({"irregular_stays_in": ["DE"]}));
        assert_eq!(of(&page, SEASONAL_BG)["score"], 0);
        assert!(audited(&app, &id_of(&profile), "jobseeker.matches_read").await >= 1);

        // With the excluded ones, each names what it misses and the facts used.
        let all = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true")).await, StatusCode::OK).await;
        assert_eq!(ids(&all), [CAREGIVERS_IL, SEASONAL_BG, AGRICULTURE_DE, PROFESSIONALS_FR]);
        let germany = of(&all, AGRICULTURE_DE);
        assert_eq!((germany["excluded"].as_bool(), germany["score"].as_u64()), (Some(true), Some(0)));
        assert_eq!(missed(germany), ["no_irregular_stay"]);
        assert_eq!(missed(of(&all, PROFESSIONALS_FR)), ["age"]);
        // Page by page, the same order.
        let first = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true&limit=3")).await, StatusCode::OK).await;
        assert_eq!(ids(&first).len(), 3);
        let cursor = first["next_cursor"].as_str().unwrap();
        let rest = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true&limit=3&cursor={cursor}")).await, StatusCode::OK).await;
        assert_eq!(ids(&rest), [PROFESSIONALS_FR]);

        // Each Israel caregiver condition excludes with its name.
        let profile_path = format!("/api/v1/jobseekers/{}", id_of(&profile));
        for (change, expected) in [
            (json!({"certificates": []}), "caregiver_certificate"),
            (json!({"education": {"isced_level": 2}}), "secondary_education"),
            (json!({"languages": [{"language": "ru", "level": "A2"}]}), "english_or_russian"),
            (json!({"close_relatives_in": ["IL"]}), "no_close_relatives"),
        ] {
            expect(app.patch_as(&w.counsellor_a, &profile_path, &change, None).await, StatusCode::OK).await;
            let now = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true")).await, StatusCode::OK).await;
            assert_eq!(missed(of(&now, CAREGIVERS_IL)), [expected], "{change}");
            assert!(!ids(&expect(app.get_as(&w.worker_b, &path).await, StatusCode::OK).await).contains(&CAREGIVERS_IL.to_owned()));
            let mut restore = caregiver(&nino);
            restore["close_relatives_in"] = json!([]);
            expect(app.patch_as(&w.counsellor_a, &profile_path, &restore, None).await, StatusCode::OK).await;
        }
        // An irregular stay in Israel, and age: on the registry's record.
        expect(app.post(&format!("/api/v1/persons/{nino}/stays-abroad"),
            &json!({"country": "IL", "start_date": "2017-01-01", "end_date": "2018-01-01",
                "legal_status": "irregular", "return_type": "deportation"})).await, StatusCode::CREATED).await;
        let now = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true")).await, StatusCode::OK).await;
        assert_eq!(missed(of(&now, CAREGIVERS_IL)), ["no_irregular_stay"]);

        // A suspended scheme is not matched.
        expect(app.patch(&format!("/api/v1/schemes/{SEASONAL_BG}"), &json!({"status": "suspended"}), None).await,
            StatusCode::OK).await;
        assert!(!ids(&expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true")).await, StatusCode::OK).await)
            .contains(&SEASONAL_BG.to_owned()));

        // Who may: staff; not monitors or partners; an unknown profile is not found.
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
        }
        problem(app.get_as(&w.worker_a, &format!("/api/v1/jobseekers/{}/matches", Uuid::now_v7())).await, StatusCode::NOT_FOUND).await;
        let bad = problem(app.get_as(&w.worker_a, &format!("{path}?limit=0")).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&bad), pairs(&[("limit", "out_of_range")]));
    }
}

/// A jobseeker profile aged `age`, with these occupations, months of
/// experience, certificates and preferred countries; (profile id, person id).
pub(crate) async fn seeker(
    app: &TestApp,
    token: &str,
    age: i32,
    occupation: &str,
    months: i64,
    certificates: Value,
    countries: Value,
) -> (String, String) {
    let mut body = integra_tests::person_body("Seeker", "Candidate");
    body["date_of_birth"] = json!(aged(age));
    let person = id_of(&app.create_person(&body).await);
    let profile = expect(
        app.post_as(
            token,
            "/api/v1/jobseekers",
            &json!({"person_id": person,
        "education": {"isced_level": 3}, "occupations": [occupation],
        "languages": [{"language": "en", "level": "B2"}], "certificates": certificates,
        "experience_months": months, "preferred_countries": countries}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    (id_of(&profile), person)
}

fn experienced() -> Value {
    json!({"rules": [{"id": "experienced",
        "name": {"ka": "ერთი წლის გამოცდილება", "en": "A year of experience"}, "required": false,
        "condition": {"fact": "experience_months", "op": "ge", "value": 12},
        "reasons": {"passed": {"ka": "აქვს.", "en": "Has a year of experience."},
            "failed": {"ka": "არ აქვს.", "en": "Has less than a year of experience."},
            "not_evaluable": {"ka": "უცნობია.", "en": "Experience not known."}}}]})
}

both_backends! {
    async fn a_vacancys_candidates_are_ranked_explained_and_audited(app) {
        let w = world(&app).await;
        let certificate = json!([{"name": "caregiver"}]);
        let (best, best_person) = seeker(&app, &w.counsellor_a, 30, "5322", 24, certificate.clone(), json!(["IL"])).await;
        let (uncertified, _) = seeker(&app, &w.counsellor_b, 31, "5322", 30, json!([]), json!(["IL"])).await;
        let (farmer, _) = seeker(&app, &w.worker_a, 32, "6111", 6, certificate, json!(["DE"])).await;

        let body = json!({"title": "Live-in caregiver, Haifa", "kind": "abroad", "scheme_id": CAREGIVERS_IL,
            "employer_organisation_id": w.employer, "occupation": "5322", "requirements": experienced(),
            "places": 3, "deadline": (today() + Days::new(90)).to_string(), "status": "open"});
        let response = app.post_as(&w.counsellor_a, "/api/v1/vacancies", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        let vacancy: Value = response.json().await.unwrap();
        assert_eq!((vacancy["country"].as_str(), vacancy["requirements"].clone()), (Some("IL"), experienced()));

        // The certified caregiver first (every soft requirement met); the farm
        // worker (a year short, another occupation, another country: 0); the
        // one without a certificate excluded by the scheme's condition.
        let path = format!("{location}/candidates");
        let before = audited(&app, &best, "jobseeker.read").await;
        let unread = audited(&app, &uncertified, "jobseeker.read").await;
        let page = expect(app.get_as(&w.worker_b, &path).await, StatusCode::OK).await;
        let ranked: Vec<&str> = page["items"].as_array().unwrap().iter().map(|c| c["jobseeker_id"].as_str().unwrap()).collect();
        assert_eq!(ranked, [best.as_str(), farmer.as_str()]);
        assert_eq!((page["items"][0]["score"].as_u64(), page["items"][1]["score"].as_u64()), (Some(100), Some(0)));
        assert_eq!(page["items"][0]["person_id"], best_person.as_str());
        let requirements: Vec<&str> = page["items"][0]["requirements"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(requirements, ["age", "secondary_education", "caregiver_certificate", "english_or_russian", "no_irregular_stay",
            "no_close_relatives", "experienced", "occupation", "preferred_country"]);
        assert_eq!(audited(&app, &best, "jobseeker.read").await, before + 1, "each candidate returned is a read");
        assert_eq!(audited(&app, &uncertified, "jobseeker.read").await, unread, "one not returned is not");
        let all = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true")).await, StatusCode::OK).await;
        let last = &all["items"][2];
        assert_eq!((last["jobseeker_id"].as_str(), last["excluded"].as_bool()), (Some(uncertified.as_str()), Some(true)));
        assert_eq!(missed(last), ["caregiver_certificate"]);
        let first = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true&limit=2")).await, StatusCode::OK).await;
        let rest = expect(app.get_as(&w.worker_b, &format!("{path}?excluded=true&limit=2&cursor={}",
            first["next_cursor"].as_str().unwrap())).await, StatusCode::OK).await;
        assert_eq!(rest["items"][0]["jobseeker_id"], uncertified.as_str());

        // A job at home: no scheme, so no scheme conditions; GE.
        let home = expect(app.post_as(&w.worker_a, "/api/v1/vacancies", &json!({"title": "Farm hand", "kind": "domestic",
            "employer_organisation_id": w.employer, "occupation": "6111", "places": 10,
            "deadline": (today() + Days::new(30)).to_string(), "status": "open"})).await, StatusCode::CREATED).await;
        assert_eq!((home["country"].as_str(), home["requirements"].clone()), (Some("GE"), Value::Null));
        let local = expect(app.get_as(&w.worker_a, &format!("/api/v1/vacancies/{}/candidates", id_of(&home))).await,
            StatusCode::OK).await;
        assert_eq!(local["items"][0]["jobseeker_id"], farmer.as_str());
        assert_eq!(local["items"].as_array().unwrap().len(), 3);

        // Lists, a merge patch with If-Match (requirements replaced whole).
        let listed = expect(app.get_as(&w.counsellor_b, "/api/v1/vacancies?kind=abroad&occupation=5322").await, StatusCode::OK).await;
        assert_eq!(ids(&listed), [id_of(&vacancy)]);
        let changed = app.patch_as(&w.counsellor_b, &location, &json!({"status": "filled", "requirements": null}), Some("\"1\"")).await;
        assert_eq!(etag(&changed), "\"2\"");
        let changed = expect(changed, StatusCode::OK).await;
        assert_eq!((changed["status"].as_str(), changed["requirements"].clone()), (Some("filled"), Value::Null));
        problem(app.patch_as(&w.counsellor_b, &location, &json!({"places": 4}), Some("\"1\"")).await, StatusCode::PRECONDITION_FAILED).await;

        // Bad input names the fields; nothing is written.
        let mut wrong = body.clone();
        wrong["scheme_id"] = Value::Null;
        wrong["occupation"] = json!("53");
        wrong["requirements"] = json!({"rules": [{"id": "x"}]});
        let refused = problem(app.post_as(&w.worker_a, "/api/v1/vacancies", &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let fields: Vec<String> = field_errors(&refused).into_iter().map(|(f, _)| f).collect();
        assert_eq!(&fields[..2], ["scheme_id", "occupation"]);
        assert!(fields.iter().skip(2).all(|f| f.starts_with("requirements.")), "{fields:?}");
        let mut unknown = body.clone();
        unknown["scheme_id"] = json!(Uuid::now_v7());
        let refused = problem(app.post_as(&w.worker_a, "/api/v1/vacancies", &unknown).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(field_errors(&refused), pairs(&[("scheme_id", "not_found")]));
        assert_eq!(app.count("vacancies").await, 2);
        for token in [&w.monitor, &w.partner] {
            problem(app.get_as(token, &path).await, StatusCode::FORBIDDEN).await;
            problem(app.post_as(token, "/api/v1/vacancies", &body).await, StatusCode::FORBIDDEN).await;
        }
    }
}

both_backends! {
    async fn the_database_narrows_the_candidates_as_the_rule_engine_decides(app) {
        // The caregiver scheme: aged 25 to 45, secondary education. Jobseekers on
        // each side of each edge, certified, speaking English; the candidates
        // without the excluded are exactly those the engine does not exclude.
        let w = world(&app).await;
        let day = today();
        let birthday = |years: i32, later: u64| {
            let born = day.with_year(day.year() - years).unwrap_or(day);
            (born + Days::new(later)).to_string()
        };
        let mut expected_in = Vec::new();
        for (born, isced, admitted) in [
            (birthday(25, 0), 3, true),  // 25 today
            (birthday(25, 1), 3, false), // 25 tomorrow
            (birthday(46, 1), 3, true),  // 46 tomorrow
            (birthday(46, 0), 3, false), // 46 today
            (birthday(35, 0), 2, false), // too little schooling
            (birthday(35, 0), 4, true),
        ] {
            let mut body = integra_tests::person_body("Edge", "Case");
            body["date_of_birth"] = json!(born);
            let person = id_of(&app.create_person(&body).await);
            let profile = id_of(&expect(app.post_as(&w.counsellor_a, "/api/v1/jobseekers", &json!({"person_id": person,
                "education": {"isced_level": isced}, "occupations": ["5322"],
                "languages": [{"language": "en", "level": "B2"}], "certificates": [{"name": "caregiver"}],
                "experience_months": 24})).await, StatusCode::CREATED).await);
            if admitted {
                expected_in.push(profile);
            }
        }
        let vacancy = id_of(&expect(app.post_as(&w.counsellor_a, "/api/v1/vacancies", &json!({"title": "Caregiver",
            "kind": "abroad", "scheme_id": CAREGIVERS_IL, "employer_organisation_id": w.employer, "occupation": "5322",
            "places": 3, "deadline": (day + Days::new(30)).to_string(), "status": "open"})).await, StatusCode::CREATED).await);
        let path = format!("/api/v1/vacancies/{vacancy}/candidates?limit=500");
        let narrowed = expect(app.get_as(&w.worker_a, &path).await, StatusCode::OK).await;
        let all = expect(app.get_as(&w.worker_a, &format!("{path}&excluded=true")).await, StatusCode::OK).await;
        let ids = |page: &Value, excluded: bool| -> Vec<String> {
            page["items"].as_array().unwrap().iter()
                .filter(|c| c["excluded"].as_bool() == Some(excluded))
                .map(|c| c["jobseeker_id"].as_str().unwrap().to_owned()).collect()
        };
        assert_eq!(all["items"].as_array().unwrap().len(), 6);
        assert_eq!(ids(&narrowed, false), ids(&all, false));
        assert!(ids(&narrowed, true).is_empty());
        let mut admitted = ids(&narrowed, false);
        admitted.sort();
        expected_in.sort();
        assert_eq!(admitted, expected_in);
    }
}
