//! What a developer building on integra uses, run against a live server:
//! the generated TypeScript and Python clients' typed examples (sign in,
//! register a person, read, patch with If-Match, open a case, check
//! eligibility and read every rule's outcome, page through a list) and
//! Swagger UI in headless Chromium (every tag listed, "Authorize" with a
//! token, "get a person" executed).
//!
//! `make test` prepares them first (`scripts/clients prepare`: installs the
//! pinned tools, fails when a generated client is stale, type-checks with
//! `tsc --strict` and `mypy --strict`; `tools/browser-test/prepare.sh`). A
//! test whose tool is not prepared fails in CI and skips loudly elsewhere.

use std::path::{Path, PathBuf};
use std::process::Output;

use integra_tests::{
    both_backends, expect, person_body, Backend, StatusCode, TestApp, ADMIN_PASSWORD,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn in_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// Exit status 3 is "not prepared": a failure in CI, a loud skip elsewhere.
fn prepared(what: &str, output: &Output) -> bool {
    if output.status.code() != Some(3) {
        return true;
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !in_ci(),
        "{what} is not prepared (make test prepares it): {stderr}"
    );
    eprintln!(
        "SKIPPED: {what} is not prepared (run scripts/clients prepare, or make test): {stderr}"
    );
    false
}

/// Runs `scripts/clients run LANGUAGE` against `app` and checks its example passed.
async fn client_example(app: &TestApp, language: &str) {
    let output = tokio::process::Command::new(root().join("scripts/clients"))
        .args(["run", language])
        .env("INTEGRA", &app.address)
        .env("ADMIN_PASSWORD", ADMIN_PASSWORD)
        .output()
        .await
        .unwrap();
    if !prepared(&format!("the {language} client"), &output) {
        return;
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the {language} example failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout
            .trim_end()
            .ends_with(&format!("{language} example: ok")),
        "{stdout}"
    );
    assert!(stdout.contains("rules 5"), "{stdout}");
    // What the example wrote is there, through the API.
    let registered = stdout
        .split("registered ")
        .nth(1)
        .and_then(|rest| rest.get(..36))
        .and_then(|id| uuid::Uuid::parse_str(id).ok())
        .unwrap_or_else(|| panic!("no registered person in {stdout}"));
    let person = expect(
        app.get(&format!("/api/v1/persons/{registered}")).await,
        StatusCode::OK,
    )
    .await;
    assert!(person["version"].as_i64().unwrap() >= 2, "{person}");
    let cases = expect(
        app.get(&format!("/api/v1/cases?person_id={registered}"))
            .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(cases["items"].as_array().unwrap().len(), 1, "{cases}");
}

both_backends! {
    async fn the_typescript_client_example_runs(app) {
        client_example(&app, "typescript").await;
    }

    async fn the_python_client_example_runs(app) {
        client_example(&app, "python").await;
    }
}

both_backends! {
    async fn swagger_ui_runs_get_a_person_in_a_browser(app) {
        let person = app.create_person(&person_body("Nino", "Beridze")).await;
        let id = person["id"].as_str().unwrap().to_owned();
        let artefacts = root().join("target/test-artefacts");
        std::fs::create_dir_all(&artefacts).unwrap();
        let screenshot = artefacts.join(format!("swagger-ui-{}.png", match app.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }));
        let _ = std::fs::remove_file(&screenshot);
        let output = tokio::process::Command::new(root().join("tools/browser-test/run.sh"))
            .env("INTEGRA", &app.address)
            .env("TOKEN", &app.admin_token)
            .env("PERSON_ID", &id)
            .env("SCREENSHOT", &screenshot)
            .output()
            .await
            .unwrap();
        if !prepared("the Swagger UI browser test", &output) {
            return;
        }
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "Swagger UI in Chromium failed:\n{stdout}\n{stderr}");
        let document = expect(app.get("/api/v1/openapi.json").await, StatusCode::OK).await;
        let tags = document["tags"].as_array().unwrap().len();
        assert!(stdout.contains(&format!("swagger-ui: ok {tags} tags")), "{stdout}");
        // The screenshot is kept (target/test-artefacts) and is not blank.
        let shot = std::fs::read(&screenshot).unwrap();
        assert!(shot.len() > 20_000, "a screenshot of {} bytes is blank", shot.len());
    }
}
