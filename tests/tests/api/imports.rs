//! Bulk import of persons (issue 15, items 1 to 4 and 7): a dry run writes
//! nothing; all-or-nothing writes nothing when a row fails; row by row writes
//! the good rows; upserts by personal number or external id; the same file
//! again changes nothing and says so; each row audited and in the change feed
//! like a person sent alone; a file wrong as a whole refused naming its line.

use integra_domain::access::Role;
use integra_tests::{
    both_backends, expect, id_of, json, person_body, problem, StatusCode, TestApp,
};
use serde_json::Value;

use crate::authorization::service_token;
use crate::placements_and_enterprises::{audited, in_days};

/// `POST /imports?query` with `body` of `media`, as the holder of `token`.
pub(crate) async fn import(
    app: &TestApp,
    token: &str,
    query: &str,
    media: &str,
    body: &str,
) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/imports?{query}")))
        .bearer_auth(token)
        .header("Content-Type", media)
        .body(body.to_owned())
        .send()
        .await
        .unwrap()
}

/// A finished import's report.
async fn report(app: &TestApp, query: &str, body: &str) -> Value {
    let job = expect(
        import(app, &app.admin_token, query, "text/csv", body).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(job["status"], "succeeded", "{job}");
    job
}

fn counts(job: &Value) -> (i64, i64, i64, i64) {
    let c = &job["counts"];
    let n = |k: &str| c[k].as_i64().unwrap();
    (n("created"), n("updated"), n("unchanged"), n("failed"))
}

/// The finished job of an import's answer: its report at once (200), or
/// followed until done (202, a busy machine).
async fn settled(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    response: reqwest::Response,
) -> Value {
    let status = response.status();
    assert!(matches!(status.as_u16(), 200 | 202), "{status}");
    let mut job: Value = response.json().await.unwrap();
    let path = format!("{base}/api/v1/imports/{}", id_of(&job));
    for _ in 0..1200 {
        if job["status"] != "running" {
            return job;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        job = client
            .get(&path)
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    }
    panic!("the import did not finish: {job}");
}

/// A finished import of a CSV `body` as the holder of `token`.
async fn csv_as(app: &TestApp, token: &str, query: &str, body: String) -> Value {
    expect(
        import(app, token, query, "text/csv", &body).await,
        StatusCode::OK,
    )
    .await
}

/// The person whose personal number is `number`, if any.
async fn by_number(app: &TestApp, number: &str) -> Option<Value> {
    let page = expect(
        app.get(&format!("/api/v1/persons?personal_number={number}"))
            .await,
        StatusCode::OK,
    )
    .await;
    page["items"].as_array().unwrap().first().cloned()
}

both_backends! {
    async fn a_file_of_persons_is_tried_then_written_and_the_same_file_again_changes_nothing(app) {
        let existing = app.create_person(&person_body("Tamar", "Lomidze")).await;
        let number = existing["personal_number"].as_str().unwrap().to_owned();
        let (new_a, new_c) = (integra_tests::unique_personal_number(), integra_tests::unique_personal_number());
        // `;` between fields, a byte-order mark; line 2: new by number; line 3:
        // new by external id; line 4: the existing person, a new phone; line 5:
        // born in the future; line 6: new by number and external id.
        let file = format!("\u{FEFF}personal_number;given_name;family_name;date_of_birth;sex;phone;external_system;external_value\n\
            {new_a};Nino;Beridze;1988-04-12;female;;;\n\
            ;Anahit;Petrosyan;1990-01-02;female;;border-db;BD-77\n\
            {number};Tamar;Lomidze;1988-04-12;female;+995 599 99 99 99;;\n\
            01001099999;Late;Born;{};male;;;\n\
            {new_c};Giorgi;Maisuradze;1979-05-05;male;;readmission-db;RA-1\n", in_days(3));
        let persons = app.count("persons").await;

        // A dry run: the full report, nothing written.
        let tried = report(&app, "kind=persons", &file).await;
        assert_eq!((tried["mode"].as_str(), tried["atomic"].as_str(), tried["written"].as_bool()),
            (Some("validate"), Some("all"), Some(false)));
        assert_eq!(counts(&tried), (3, 1, 0, 1));
        assert_eq!(tried["failures"], json!([{"line": 5, "key": "personal_number=01001099999", "outcome": "failed",
            "errors": [{"field": "date_of_birth", "code": "in_future", "message": "date_of_birth must not be in the future"}]}]));
        assert_eq!(app.count("persons").await, persons);
        // All or nothing: a row failed, so nothing.
        let refused = report(&app, "kind=persons&mode=commit&atomic=all", &file).await;
        assert_eq!((counts(&refused), refused["written"].as_bool()), ((3, 1, 0, 1), Some(false)));
        assert_eq!(app.count("persons").await, persons);
        assert!(by_number(&app, &new_a).await.is_none());

        // Row by row: the four good rows written, the bad one reported.
        let written = report(&app, "kind=persons&mode=commit&atomic=row", &file).await;
        assert_eq!((counts(&written), written["written"].as_bool()), ((3, 1, 0, 1), Some(true)));
        assert_eq!(app.count("persons").await, persons + 3);
        let nino = by_number(&app, &new_a).await.unwrap();
        assert_eq!((nino["given_name"].as_str(), nino["version"].as_i64()), (Some("Nino"), Some(1)));
        let tamar = by_number(&app, &number).await.unwrap();
        assert_eq!((tamar["phone"].as_str(), tamar["version"].as_i64()), (Some("+995 599 99 99 99"), Some(2)));
        let anahit = expect(app.get("/api/v1/persons/by-external-id/border-db/BD-77").await, StatusCode::OK).await;
        assert_eq!(anahit["family_name"], "Petrosyan");
        // Audited and in the feed as persons sent one at a time.
        assert_eq!(audited(&app, &id_of(&nino), "person.created").await, 1);
        assert_eq!(audited(&app, &id_of(&tamar), "person.updated").await, 1);
        let feed = expect(app.get("/api/v1/events?types=person.created,person.updated&limit=1000").await, StatusCode::OK).await;
        let about: Vec<&str> = feed["items"].as_array().unwrap().iter()
            .filter(|e| e["record_id"] == id_of(&nino).as_str() || e["record_id"] == id_of(&tamar).as_str())
            .map(|e| e["type"].as_str().unwrap()).collect();
        assert_eq!(about, ["person.created", "person.created", "person.updated"]);

        // The same file again: nothing changes, and the report says so.
        let again = report(&app, "kind=persons&mode=commit&atomic=row", &file).await;
        assert_eq!(counts(&again), (0, 0, 4, 1));
        assert_eq!(by_number(&app, &number).await.unwrap()["version"], 2);
        // The person found by number and another by external id: refused.
        let crossed = format!("personal_number,given_name,family_name,external_system,external_value\n\
            {new_a},Nino,Beridze,border-db,BD-77\n");
        let crossed = report(&app, "kind=persons&mode=commit&atomic=row", &crossed).await;
        assert_eq!(crossed["failures"][0]["errors"][0]["code"], "key_conflict");

        // The job is there to read again; its failures as CSV.
        let job = expect(app.get(&format!("/api/v1/imports/{}", id_of(&written))).await, StatusCode::OK).await;
        assert_eq!(job["counts"], written["counts"]);
        assert_eq!(audited(&app, &id_of(&written), "import.read").await, 1);
        let csv = app.client.get(app.url(&format!("/api/v1/imports/{}", id_of(&written))))
            .bearer_auth(&app.admin_token).header("Accept", "text/csv").send().await.unwrap().text().await.unwrap();
        assert_eq!(csv, "line,key,field,code,message\r\n5,personal_number=01001099999,date_of_birth,in_future,date_of_birth must not be in the future\r\n");

        // NDJSON: the same rules.
        let lines = format!("{{\"personal_number\": \"{new_a}\", \"given_name\": \"Nino\", \"family_name\": \"Beridze\", \"date_of_birth\": \"1988-04-12\", \"sex\": \"female\"}}\n\
            {{\"given_name\": \"Eka\", \"family_name\": \"Kapanadze\"}}\n");
        let job = expect(import(&app, &app.admin_token, "kind=persons&mode=commit", "application/x-ndjson", &lines).await,
            StatusCode::OK).await;
        assert_eq!((counts(&job), job["written"].as_bool()), ((1, 0, 1, 0), Some(true)));
    }

    async fn a_file_wrong_as_a_whole_is_refused_naming_its_line(app) {
        let persons = app.count("persons").await;
        let refused = |body: &'static str| {
            let app = &app;
            async move {
                let answer = import(app, &app.admin_token, "kind=persons&mode=commit", "text/csv", body).await;
                let problem = problem(answer, StatusCode::UNPROCESSABLE_ENTITY).await;
                let error = &problem["errors"][0];
                (error["code"].as_str().unwrap().to_owned(), error["message"].as_str().unwrap().to_owned())
            }
        };
        let (code, message) = refused("given_name,family_name,nickname\nA,B,C\n").await;
        assert_eq!(code, "unknown_column");
        assert!(message.starts_with("line 1: unknown column \"nickname\""), "{message}");
        assert_eq!(refused("given_name;family_name,phone\nA;B\n").await.0, "invalid_delimiter");
        assert_eq!(refused("given_name,given_name,family_name\nA,A,B\n").await.0, "duplicate_column");
        assert_eq!(refused("personal_number,given_name\n01001012345,A\n").await.0, "missing_column");
        let (code, message) = refused("given_name,family_name\nA,B\nC\n").await;
        assert_eq!(code, "wrong_field_count");
        assert!(message.starts_with("line 3: "), "{message}");
        let (code, message) = refused("personal_number,given_name,family_name\n01001012345,A,B\n01001012346,C,D\n01001012345,E,F\n").await;
        assert_eq!((code.as_str(), message.as_str()), ("repeated_key", "line 4: the key personal_number=01001012345 is given on line 2 too"));
        let bad_utf8 = import(&app, &app.admin_token, "kind=persons", "text/csv", "").await;
        assert_eq!(problem(bad_utf8, StatusCode::UNPROCESSABLE_ENTITY).await["errors"][0]["code"], "empty");
        let latin1 = app.client.post(app.url("/api/v1/imports?kind=persons")).bearer_auth(&app.admin_token)
            .header("Content-Type", "text/csv").body(b"given_name,family_name\nJos\xe9,Ruiz\n".to_vec()).send().await.unwrap();
        let latin1 = problem(latin1, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!((latin1["errors"][0]["code"].as_str(), latin1["errors"][0]["message"].as_str()),
            (Some("invalid_encoding"), Some("line 2: the file is not UTF-8")));
        let long = format!("given_name,family_name\n{},B\n", "x".repeat(1024 * 1024 + 1));
        let long = problem(import(&app, &app.admin_token, "kind=persons", "text/csv", &long).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(long["errors"][0]["code"], "line_too_long");
        // Over the limit (2 MB here): 413. Another media type: 415. No kind: 422.
        let huge = format!("given_name,family_name\n{}", "Nino,Beridze\n".repeat(200_000));
        problem(import(&app, &app.admin_token, "kind=persons", "text/csv", &huge).await, StatusCode::PAYLOAD_TOO_LARGE).await;
        problem(import(&app, &app.admin_token, "kind=persons", "application/json", "{}").await, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        let no_kind = problem(import(&app, &app.admin_token, "mode=commit", "text/csv", "given_name,family_name\nA,B\n").await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(no_kind["errors"][0]["field"], "kind");
        assert_eq!(app.count("persons").await, persons, "nothing written");

        // Who may import: imports:write and persons:write; a role that imports.
        let file = "given_name,family_name\nNino,Beridze\n";
        let monitor = app.user_token("import.monitor", Role::Monitor).await;
        problem(import(&app, &monitor, "kind=persons", "text/csv", file).await, StatusCode::FORBIDDEN).await;
        let persons_only = service_token(&app, "import-persons", &["persons:write"]).await;
        problem(import(&app, &persons_only, "kind=persons", "text/csv", file).await, StatusCode::FORBIDDEN).await;
        let imports_only = service_token(&app, "import-only", &["imports:write"]).await;
        problem(import(&app, &imports_only, "kind=persons", "text/csv", file).await, StatusCode::FORBIDDEN).await;
        let both = service_token(&app, "import-both", &["imports:write", "persons:write"]).await;
        let job = expect(import(&app, &both, "kind=persons&mode=commit", "text/csv", file).await, StatusCode::OK).await;
        assert_eq!(counts(&job), (1, 0, 0, 0));
        // Another's job is not found; an administrator sees it.
        let worker = app.user_token("import.worker", Role::CaseWorker).await;
        problem(app.get_as(&worker, &format!("/api/v1/imports/{}", id_of(&job))).await, StatusCode::NOT_FOUND).await;
        expect(app.get_as(&both, &format!("/api/v1/imports/{}", id_of(&job))).await, StatusCode::OK).await;
        expect(app.get(&format!("/api/v1/imports/{}", id_of(&job))).await, StatusCode::OK).await;
    }
}

/// `integra import ...` with `INTEGRA_DATABASE_URL` set to the app's database.
fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    let url = match &app.database.url {
        integra_persistence::DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        integra_persistence::DatabaseUrl::Postgres(url) => url.clone(),
    };
    crate::cli::integra()
        .arg("import")
        .args(args)
        .env("INTEGRA_DATABASE_URL", url)
        .output()
        .unwrap()
}

both_backends! {
    async fn the_command_line_imports_into_the_database_or_through_a_server(app) {
        let folder = std::env::temp_dir().join(format!("integra-import-{}", uuid::Uuid::now_v7().simple()));
        std::fs::create_dir_all(&folder).unwrap();
        let good = integra_tests::unique_personal_number();
        let file = folder.join("persons.csv");
        std::fs::write(&file, format!("personal_number,given_name,family_name\n{good},Levan,Kapanadze\n12,Bad,Number\n")).unwrap();
        let path = file.to_str().unwrap().to_owned();

        // Straight into the database, as the administrator: a dry run, then row by row.
        let persons = app.count("persons").await;
        let (tried, written) = {
            let app2 = &app;
            let path = path.clone();
            let tried = tokio::task::block_in_place(|| cli(app2, &["--kind", "persons", &path, "--validate"]));
            let written = tokio::task::block_in_place(|| cli(app2, &["--kind", "persons", &path, "--atomic", "row"]));
            (tried, written)
        };
        let out = String::from_utf8_lossy(&tried.stdout).into_owned();
        assert!(!tried.status.success(), "a failed row fails the command");
        assert!(out.contains("2 rows in") && out.contains("1 created, 0 updated, 0 unchanged, 1 failed; a dry run: nothing written"), "{out}");
        assert!(out.contains("line 3 [personal_number=12]: "), "{out}");
        let out = String::from_utf8_lossy(&written.stdout).into_owned();
        assert!(out.contains("1 created, 0 updated, 0 unchanged, 1 failed; written"), "{out}");
        assert_eq!(app.count("persons").await, persons + 1);
        let levan = by_number(&app, &good).await.unwrap();
        assert_eq!(audited(&app, &id_of(&levan), "person.created").await, 1);

        // Through the server's API with a token: the same file again, unchanged.
        std::fs::write(&file, format!("personal_number,given_name,family_name\n{good},Levan,Kapanadze\n")).unwrap();
        let (base, token) = (app.address.clone(), app.admin_token.clone());
        let again = tokio::task::block_in_place(|| {
            cli(&app, &["--kind", "persons", &path, "--atomic", "row", "--server", &base, "--token", &token])
        });
        let out = String::from_utf8_lossy(&again.stdout).into_owned();
        assert!(again.status.success(), "{out}{}", String::from_utf8_lossy(&again.stderr));
        assert!(out.contains("1 rows in") && out.contains("0 created, 0 updated, 1 unchanged, 0 failed; written"), "{out}");
        let refused = tokio::task::block_in_place(|| {
            cli(&app, &["--kind", "persons", &path, "--server", &base, "--token", "not-a-token"])
        });
        assert!(!refused.status.success());
        assert!(String::from_utf8_lossy(&refused.stderr).contains("401"), "{}", String::from_utf8_lossy(&refused.stderr));
        std::fs::remove_dir_all(&folder).ok();
    }
}

/// Killed in the middle of an `atomic=all` import, a SQLite node leaves
/// nothing of it; started again, it marks the job failed as interrupted.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_node_killed_during_an_all_or_nothing_import_leaves_nothing_of_it() {
    let Some(app) = TestApp::spawn(integra_tests::Backend::Sqlite).await else {
        return;
    };
    let integra_persistence::DatabaseUrl::Sqlite(path) = app.database.url.clone() else {
        panic!("a SQLite test database");
    };
    let url = format!("sqlite://{}", path.display());
    let secret = app.jwt_secret.clone();
    let (start_url, start_secret) = (url.clone(), secret.clone());
    let node = tokio::task::spawn_blocking(move || {
        crate::budget_race::Node::start(&start_url, &start_secret)
    })
    .await
    .unwrap();
    let persons = app.count("persons").await;
    let mut file = String::from("given_name,family_name\n");
    for n in 0..40_000 {
        file.push_str(&format!("Given{n},Family{n}\n"));
    }
    let started = app
        .client
        .post(format!(
            "{}/api/v1/imports?kind=persons&mode=commit&atomic=all",
            node.address
        ))
        .bearer_auth(&app.admin_token)
        .header("Content-Type", "text/csv")
        .body(file)
        .send()
        .await
        .unwrap();
    assert_eq!(
        started.status(),
        StatusCode::ACCEPTED,
        "the import finished too soon to be killed"
    );
    let job: Value = started.json().await.unwrap();
    let path = format!("/api/v1/imports/{}", id_of(&job));
    // Well under way, then killed.
    loop {
        let now = node.read(&app.client, &app.admin_token, &path).await;
        assert_eq!(now["status"], "running", "{now}");
        if now["rows_done"].as_i64().unwrap() > 1_000 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    drop(node);
    assert_eq!(
        app.count("persons").await,
        persons,
        "nothing of the import is there"
    );
    // Started again: the job is failed as interrupted.
    let again = tokio::task::spawn_blocking(move || crate::budget_race::Node::start(&url, &secret))
        .await
        .unwrap();
    let after = again.read(&app.client, &app.admin_token, &path).await;
    assert_eq!(after["status"], "failed", "{after}");
    assert!(
        after["error"].as_str().unwrap().starts_with("interrupted"),
        "{after}"
    );
    assert_eq!(app.count("persons").await, persons);
}

/// The rows of `job`'s failures as (line, field, code).
fn failed(job: &Value) -> Vec<(i64, String, String)> {
    job["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let e = &f["errors"][0];
            (
                f["line"].as_i64().unwrap(),
                e["field"].as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

both_backends! {
    async fn stays_and_contacts_are_imported_for_registered_persons_and_again_change_nothing(app) {
        let nino = app.create_person(&person_body("Nino", "Stayqx")).await;
        let number = nino["personal_number"].as_str().unwrap().to_owned();
        let nino_id = id_of(&nino);
        let made = report(&app, "kind=persons&mode=commit", "given_name,family_name,external_system,external_value\nAnahit,Stayqx,border-db,BD-9\n").await;
        assert_eq!(counts(&made), (1, 0, 0, 0));
        let anahit = expect(app.get("/api/v1/persons/by-external-id/border-db/BD-9").await, StatusCode::OK).await;
        let anahit_id = id_of(&anahit);

        // Stays: line 2 Nino's by number, line 3 Anahit's by external id, line
        // 4 nobody's, line 5 overlaps line 2's, line 6 ends before it starts.
        let stays = format!("personal_number,external_system,external_value,country,start_date,end_date,legal_status,return_type\n\
            {number},,,DE,2019-01-01,2025-12-01,irregular,assisted_voluntary_return\n\
            ,border-db,BD-9,IT,2020-05-01,,regular,\n\
            01001012345,,,FR,2018-01-01,2018-06-01,regular,spontaneous\n\
            {number},,,FR,2019-06-01,2019-09-01,regular,spontaneous\n\
            {number},,,AT,2017-05-01,2017-01-01,regular,spontaneous\n");
        let before = app.count("stays_abroad").await;
        let tried = report(&app, "kind=stays_abroad", &stays).await;
        assert_eq!(counts(&tried), (2, 0, 0, 3));
        let expected_failures = vec![
            (4, "personal_number".to_owned(), "not_found".to_owned()),
            (5, "start_date".to_owned(), "overlaps".to_owned()),
            (6, "end_date".to_owned(), "before_start".to_owned()),
        ];
        assert_eq!(failed(&tried), expected_failures);
        assert_eq!(tried["failures"][0]["key"], "personal_number=01001012345,country=FR,start_date=2018-01-01");
        let refused = report(&app, "kind=stays_abroad&mode=commit&atomic=all", &stays).await;
        assert_eq!(refused["written"], false);
        assert_eq!(app.count("stays_abroad").await, before);
        let written = report(&app, "kind=stays_abroad&mode=commit&atomic=row", &stays).await;
        assert_eq!((counts(&written), written["written"].as_bool()), ((2, 0, 0, 3), Some(true)));
        let listed = expect(app.get(&format!("/api/v1/persons/{nino_id}/stays-abroad")).await, StatusCode::OK).await;
        let stay = &listed["items"][0];
        assert_eq!((stay["country"].as_str(), stay["return_type"].as_str()), (Some("DE"), Some("assisted_voluntary_return")));
        assert_eq!(audited(&app, &id_of(stay), "stay_abroad.created").await, 1);
        // The person's version moves with their stays, as through the API.
        let nino_now = expect(app.get(&format!("/api/v1/persons/{nino_id}")).await, StatusCode::OK).await;
        assert_eq!(nino_now["version"], 2);
        let feed = expect(app.get("/api/v1/events?types=stay.created&limit=1000").await, StatusCode::OK).await;
        assert!(feed["items"].as_array().unwrap().iter().any(|e| e["record_id"] == stay["id"]));
        // Again: unchanged. Then Anahit came back: her stay is updated, the
        // columns the file leaves out are kept.
        let again = report(&app, "kind=stays_abroad&mode=commit&atomic=row", &stays).await;
        assert_eq!(counts(&again), (0, 0, 2, 3));
        let back = report(&app, "kind=stays_abroad&mode=commit",
            "external_system;external_value;country;start_date;end_date;return_type;legal_status\nborder-db;BD-9;IT;2020-05-01;2024-01-01;spontaneous;regular\n").await;
        assert_eq!(counts(&back), (0, 1, 0, 0));
        let hers = expect(app.get(&format!("/api/v1/persons/{anahit_id}/stays-abroad")).await, StatusCode::OK).await;
        assert_eq!((hers["items"][0]["end_date"].as_str(), hers["items"][0]["legal_status"].as_str(), hers["items"][0]["version"].as_i64()),
            (Some("2024-01-01"), Some("regular"), Some(2)));
        let missing = problem(import(&app, &app.admin_token, "kind=stays_abroad", "text/csv", "personal_number,start_date,legal_status\n1,2,3\n").await,
            StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(missing["errors"][0]["code"], "missing_column");

        // Contacts: recorded for the importing case worker's organisation.
        let worker = app.user_token("nino.importer", Role::CaseWorker).await;
        let programme = crate::cases::DEFAULT_PROGRAMME;
        let contacts = format!("personal_number,external_system,external_value,programme_id,contacted_on,channel,outcome\n\
            {number},,,{programme},2015-03-02,readmission_notice,informed\n\
            ,border-db,BD-9,{programme},2016-01-01,phone,interested\n\
            {number},,,not-an-id,2016-01-01,phone,interested\n\
            {number},,,0193b6c2-7c1a-7d2e-9f00-000000000000,2016-01-01,phone,interested\n\
            {number},,,{programme},{},phone,interested\n", in_days(2));
        let job = csv_as(&app, &worker, "kind=contacts&mode=commit&atomic=row", contacts.clone()).await;
        assert_eq!(counts(&job), (2, 0, 0, 3));
        assert_eq!(failed(&job), vec![
            (4, "programme_id".to_owned(), "invalid_id".to_owned()),
            (5, "programme_id".to_owned(), "not_found".to_owned()),
            (6, "contacted_on".to_owned(), "in_future".to_owned()),
        ]);
        let hers = expect(app.get_as(&worker, &format!("/api/v1/contacts?person_id={nino_id}")).await, StatusCode::OK).await;
        let contact = &hers["items"][0];
        assert_eq!((contact["channel"].as_str(), contact["outcome"].as_str()), (Some("readmission_notice"), Some("informed")));
        assert_eq!(contact["organisation_id"], integra_domain::organisation::MINISTRY_ID.to_string());
        assert_eq!(audited(&app, &id_of(contact), "contact.recorded").await, 1);
        let again = csv_as(&app, &worker, "kind=contacts&mode=commit&atomic=row", contacts).await;
        assert_eq!(counts(&again), (0, 0, 2, 3));
        let changed = csv_as(&app, &worker, "kind=contacts&mode=commit",
            format!("personal_number,programme_id,contacted_on,channel,outcome\n{number},{programme},2015-03-02,readmission_notice,interested\n")).await;
        assert_eq!(counts(&changed), (0, 1, 0, 0));
        let now = expect(app.get_as(&worker, &format!("/api/v1/contacts/{}", id_of(contact))).await, StatusCode::OK).await;
        assert_eq!((now["outcome"].as_str(), now["version"].as_i64()), (Some("interested"), Some(2)));

        // Who may import what: a service account with imports:write and
        // persons:write imports stays, never contacts (no service account
        // writes service records).
        let service = service_token(&app, "stays-importer", &["imports:write", "persons:write"]).await;
        problem(import(&app, &service, "kind=contacts", "text/csv", "programme_id,contacted_on,channel,outcome\n").await, StatusCode::FORBIDDEN).await;
        let job = expect(import(&app, &service, "kind=stays_abroad&mode=commit&atomic=row", "text/csv", &stays).await, StatusCode::OK).await;
        // The first file's empty cells clear: Anahit's stay is open again.
        assert_eq!(counts(&job), (0, 1, 1, 3));
        let hers = expect(app.get(&format!("/api/v1/persons/{anahit_id}/stays-abroad")).await, StatusCode::OK).await;
        assert!(hers["items"][0]["end_date"].is_null());
    }
}

both_backends! {
    async fn two_imports_of_the_same_new_persons_at_once_create_each_once(app) {
        // Two files naming the same 1,200 new persons, imported at the same
        // time row by row: whichever writes a person first creates it; the
        // other finds it (a chunk whose new persons were taken meanwhile is
        // done again row by row). Nobody is created twice, no row fails.
        let mut file = String::from("personal_number,given_name,family_name\n");
        for n in 0..1_200 {
            file.push_str(&format!("{:011},Race{n},Twice\n", 88_000_000_000_u64 + n));
        }
        let persons = app.count("persons").await;
        let post = || {
            let (client, url, token, body, base) = (app.client.clone(),
                app.url("/api/v1/imports?kind=persons&mode=commit&atomic=row"), app.admin_token.clone(), file.clone(),
                app.address.clone());
            tokio::spawn(async move {
                let response = client.post(url).bearer_auth(&token).header("Content-Type", "text/csv")
                    .body(body).send().await.unwrap();
                settled(&client, &base, &token, response).await
            })
        };
        let (a, b) = (post(), post());
        let (a, b) = (a.await.unwrap(), b.await.unwrap());
        let (ca, cb) = (counts(&a), counts(&b));
        assert_eq!((ca.3, cb.3), (0, 0), "{a}\n{b}");
        assert_eq!(ca.0 + cb.0, 1_200, "{a}\n{b}");
        assert_eq!(ca.2 + cb.2, 1_200, "{a}\n{b}");
        assert_eq!(app.count("persons").await, persons + 1_200);
        assert_eq!(app.count_where("audit_log", "action = 'person.created'").await - (persons), 1_200);
        if app.backend == integra_tests::Backend::Postgres {
            // The two wrote at once: a chunk found its new persons taken.
            assert!(integra_tests::server_log().iter().any(|l| l.contains("not written together")));
        }
    }
}

both_backends! {
    async fn assistance_from_before_integra_is_imported_onto_the_case_and_counted(app) {
        let worker = app.user_token("nino.history", Role::CaseWorker).await;
        let programme = crate::cases::DEFAULT_PROGRAMME;
        let levan = app.create_person(&person_body("Levan", "Historyqx")).await;
        let number = levan["personal_number"].as_str().unwrap().to_owned();
        let caseless = app.create_person(&person_body("Eka", "Historyqx")).await;
        let other_number = caseless["personal_number"].as_str().unwrap().to_owned();
        let case = expect(app.post_as(&worker, "/api/v1/cases", &json!({"person_id": levan["id"],
            "programme_id": programme, "registered_on": "2015-01-10"})).await, StatusCode::CREATED).await;
        let file = format!("personal_number,programme_id,type,amount,in_kind,delivered_on,description\n\
            {number},{programme},micro_business,3000.00,true,2015-06-01,Bakery oven\n\
            {number},{programme},vocational_training,800.00,,2016-02-01,\n\
            {other_number},{programme},micro_business,1000.00,,2015-06-01,\n\
            {number},{programme},micro_business,,,2015-07-01,\n\
            {number},{programme},flying_carpet,10.00,,2015-08-01,\n");
        let tried = csv_as(&app, &worker, "kind=assistance_history", file.clone()).await;
        assert_eq!(counts(&tried), (2, 0, 0, 3));
        assert_eq!(failed(&tried), vec![
            (4, "programme_id".to_owned(), "no_case".to_owned()),
            (5, "amount".to_owned(), "required".to_owned()),
            (6, "type".to_owned(), "invalid_value".to_owned()),
        ]);
        assert_eq!(app.count("assistance_items").await, 0, "a dry run writes nothing");
        let job = csv_as(&app, &worker, "kind=assistance_history&mode=commit&atomic=row", file.clone()).await;
        assert_eq!((counts(&job), job["written"].as_bool()), ((2, 0, 0, 3), Some(true)));

        // On the case, delivered on their day, marked as imported.
        let items = expect(app.get_as(&worker, &format!("/api/v1/cases/{}/assistance", id_of(&case))).await, StatusCode::OK).await;
        let items = items["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        let grant = items.iter().find(|i| i["type"] == "micro_business").unwrap();
        assert_eq!((grant["status"].as_str(), grant["delivered_on"].as_str(), grant["imported"].as_bool(), grant["in_kind"].as_bool()),
            (Some("delivered"), Some("2015-06-01"), Some(true), Some(true)));
        assert_eq!(grant["amount"], json!({"amount": "3000.00", "currency": "GEL"}));
        assert_eq!(audited(&app, &id_of(grant), "assistance.imported").await, 1);
        let feed = expect(app.get("/api/v1/events?types=assistance.imported&limit=100").await, StatusCode::OK).await;
        let event = feed["items"].as_array().unwrap().iter().find(|e| e["record_id"] == grant["id"]).unwrap().clone();
        assert_eq!(event["codes"], json!({"status": "delivered", "type": "micro_business"}));

        // Counted by the reports of its period like any delivered item.
        let report = expect(app.get(&format!("/api/v1/reports/reintegration?programme_id={programme}&from=2015-01-01&to=2015-12-31")).await, StatusCode::OK).await;
        let micro = report["by_type"].as_array().unwrap().iter().find(|t| t["type"] == "micro_business").unwrap().clone();
        assert_eq!((micro["persons"].as_i64(), micro["delivered"]["amount"].as_str()), (Some(1), Some("3000.00")));
        assert_eq!(report["funnel"]["assisted"], 1);
        let later = expect(app.get(&format!("/api/v1/reports/reintegration?programme_id={programme}&from=2016-01-01&to=2016-12-31")).await, StatusCode::OK).await;
        let training = later["by_type"].as_array().unwrap().iter().find(|t| t["type"] == "vocational_training").unwrap().clone();
        assert_eq!(training["persons"], 1);

        // Again: unchanged. A corrected amount updates the imported item.
        let again = csv_as(&app, &worker, "kind=assistance_history&mode=commit&atomic=row", file).await;
        assert_eq!(counts(&again), (0, 0, 2, 3));
        let fixed = csv_as(&app, &worker, "kind=assistance_history&mode=commit", format!("personal_number,programme_id,type,amount,in_kind,delivered_on,description\n\
            {number},{programme},micro_business,3200.00,true,2015-06-01,Bakery oven\n")).await;
        assert_eq!(counts(&fixed), (0, 1, 0, 0));
        let now = expect(app.get_as(&worker, &format!("/api/v1/assistance/{}", id_of(grant))).await, StatusCode::OK).await;
        assert_eq!((now["amount"]["amount"].as_str(), now["version"].as_i64()), (Some("3200.00"), Some(2)));

        // Assistance is case workers' work: no service account imports it.
        let service = service_token(&app, "history-importer", &["imports:write", "persons:write"]).await;
        problem(import(&app, &service, "kind=assistance_history", "text/csv", "programme_id,type,delivered_on\n").await, StatusCode::FORBIDDEN).await;
    }
}

both_backends! {
    async fn an_import_retried_with_its_idempotency_key_is_not_imported_twice(app) {
        // A file larger than other requests' bodies (64 KB) may carry a key too.
        let mut file = String::from("given_name,family_name\n");
        let mut n = 0;
        while file.len() < 100 * 1024 {
            file.push_str(&format!("Retried{n},Keyqx\n"));
            n += 1;
        }
        let persons = app.count("persons").await;
        let send = || {
            app.client.post(app.url("/api/v1/imports?kind=persons&mode=commit"))
                .bearer_auth(&app.admin_token).header("Content-Type", "text/csv")
                .header("Idempotency-Key", "import-2026-12-07-a").body(file.clone()).send()
        };
        // Answered at once (200) or, on a busy machine, as a job (202): the
        // retry gets the same answer either way.
        let first = send().await.unwrap();
        let status = first.status();
        assert!(matches!(status.as_u16(), 200 | 202), "{status}");
        let first: Value = first.json().await.unwrap();
        let again = send().await.unwrap();
        assert_eq!(again.status(), status);
        assert_eq!(again.headers().get("idempotent-replayed").map(|v| v.to_str().unwrap()), Some("true"));
        let again: Value = again.json().await.unwrap();
        assert_eq!(again["id"], first["id"]);
        let job = settled(&app.client, &app.address, &app.admin_token, send().await.unwrap()).await;
        assert_eq!(job["id"], first["id"]);
        assert_eq!(counts(&job).0, n);
        assert_eq!(app.count("persons").await, persons + n);
        assert_eq!(app.count("imports").await, 1);
    }
}

both_backends! {
    async fn one_person_named_by_both_keys_in_one_file_is_updated_twice(app) {
        // The first row names her by personal number, the second by her
        // external id: two keys, one person. Each row is her change in turn.
        let made = report(&app, "kind=persons&mode=commit",
            "personal_number,given_name,family_name,external_system,external_value\n01001033333,Maka,Twokeys,border-db,BD-2K\n").await;
        assert_eq!(counts(&made), (1, 0, 0, 0));
        // (NDJSON: the second row leaves her personal number out, so it stays.)
        let lines = "{\"personal_number\": \"01001033333\", \"given_name\": \"Maka\", \"family_name\": \"Twokeys\", \"phone\": \"+995 555 11 11 11\"}\n\
            {\"given_name\": \"Maka\", \"family_name\": \"Twokeys\", \"phone\": \"+995 555 22 22 22\", \"external_system\": \"border-db\", \"external_value\": \"BD-2K\"}\n";
        let job = expect(import(&app, &app.admin_token, "kind=persons&mode=commit&atomic=all", "application/x-ndjson", lines).await,
            StatusCode::OK).await;
        assert_eq!((counts(&job), job["written"].as_bool()), ((0, 2, 0, 0), Some(true)));
        let maka = by_number(&app, "01001033333").await.unwrap();
        assert_eq!((maka["phone"].as_str(), maka["version"].as_i64()), (Some("+995 555 22 22 22"), Some(3)));
    }

    async fn imported_names_are_found_by_name_search(app) {
        // (On SQLite an import indexes the names it adds at its end, in one go.)
        let found = |name: &'static str| {
            let app = &app;
            async move {
                let page = expect(app.get(&format!("/api/v1/persons?name={name}")).await, StatusCode::OK).await;
                page["items"].as_array().unwrap().iter()
                    .map(|p| format!("{} {}", p["given_name"].as_str().unwrap(), p["family_name"].as_str().unwrap()))
                    .collect::<Vec<_>>()
            }
        };
        let known = app.create_person(&person_body("Lela", "Beforeimport")).await;
        let number = known["personal_number"].as_str().unwrap().to_owned();
        let (new_a, new_b) = (integra_tests::unique_personal_number(), integra_tests::unique_personal_number());
        // New persons and a known person renamed (a file names each person once).
        let file = format!("personal_number,given_name,family_name\n\
            {new_a},Eka,Freshimport\n\
            {number},Lela,Renamedbyimport\n\
            {new_b},Dato,Alsonew\n");
        let job = report(&app, "kind=persons&mode=commit&atomic=all", &file).await;
        assert_eq!((counts(&job), job["written"].as_bool()), ((2, 1, 0, 0), Some(true)), "{job}");
        assert_eq!(found("freshimport").await, ["Eka Freshimport"]);
        assert_eq!(found("alsonew").await, ["Dato Alsonew"]);
        assert_eq!(found("renamedbyimport").await, ["Lela Renamedbyimport"]);
        assert!(found("beforeimport").await.is_empty());
        // Row by row too, and persons registered one at a time afterwards.
        let new_c = integra_tests::unique_personal_number();
        let job = report(&app, "kind=persons&mode=commit&atomic=row", &format!("personal_number,given_name,family_name\n{new_c},Nana,Rowbyrow\n")).await;
        assert_eq!(counts(&job), (1, 0, 0, 0));
        assert_eq!(found("rowbyrow").await, ["Nana Rowbyrow"]);
        app.create_person(&person_body("Ia", "Afterimport")).await;
        assert_eq!(found("afterimport").await, ["Ia Afterimport"]);
    }
}
