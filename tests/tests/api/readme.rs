//! The README's curl walk-through runs, as written, against a live server.

use integra_tests::{both_backends, ADMIN_PASSWORD};

/// The ```bash blocks of the README, in order.
fn walkthrough() -> String {
    bash_blocks(include_str!("../../../README.md"))
}

/// The ```bash blocks of a Markdown text, in order, as one script.
pub(crate) fn bash_blocks(readme: &str) -> String {
    let mut script = String::new();
    let mut inside = false;
    for line in readme.lines() {
        match (inside, line.trim_end()) {
            (false, "```bash") => inside = true,
            (true, "```") => {
                inside = false;
                script.push('\n');
            }
            (true, text) => {
                script.push_str(text);
                script.push('\n');
            }
            _ => {}
        }
    }
    script
}

#[test]
fn the_readme_has_a_walkthrough() {
    let script = walkthrough();
    for needed in [
        "/api/v1/auth/token",
        "/api/v1/persons",
        "PATCH",
        "stays-abroad",
        "/api/v1/reports/reintegration",
        "/api/v1/reports/overview",
    ] {
        assert!(
            script.contains(needed),
            "the README's bash blocks lost {needed}"
        );
    }
}

both_backends! {
    async fn the_readme_walkthrough_runs(app) {
        let output = tokio::process::Command::new("bash")
            .args(["-euo", "pipefail", "-c", &walkthrough()])
            .env("INTEGRA", &app.address)
            .env("ADMIN_PASSWORD", ADMIN_PASSWORD)
            .output()
            .await
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "the walk-through failed:\n{stdout}\n{stderr}");
        assert!(stdout.contains("\"username\":\"admin\""), "{stdout}");
        let registered = stdout.split("registered ").nth(1).and_then(|rest| rest.get(..36));
        assert!(registered.is_some_and(|id| uuid::Uuid::parse_str(id).is_ok()), "{stdout}");
        assert!(stdout.contains("\"phone\":\"+995 599 11 22 33\""), "{stdout}");
        assert!(stdout.contains("\"legal_status\":\"irregular\""), "{stdout}");
        assert!(stdout.contains("\"code\":\"in_future\""), "{stdout}");
        // The page of the problem's type.
        assert!(stdout.contains("# The request is not valid (`422`)"), "{stdout}");
        // The report of 2024: she was reached, registered, screened and found eligible.
        assert!(stdout.contains("\"funnel\":{\"reached\":1,\"registered\":1,\"screened\":1,\"eligible\":1,"), "{stdout}");
        assert!(stdout.contains("\"returns\":{\"assisted_voluntary_return\":1,"), "{stdout}");
        assert!(stdout.contains("funnel.reached,1,"), "{stdout}");
        // The overview of 2024: her return, her counselling session and the
        // information day's 45 people.
        assert!(stdout.contains("{\"id\":\"returns_assisted\",\"value\":1,"), "{stdout}");
        assert!(stdout.contains("{\"id\":\"persons_counselled\",\"value\":1,"), "{stdout}");
        assert!(stdout.contains("{\"id\":\"people_reached_by_outreach\",\"value\":45,"), "{stdout}");
        assert!(stdout.contains("\r\npeople_reached_by_outreach,45,"), "{stdout}");
        // Anahit's work permit ends within a year; her language course is listed.
        assert!(stdout.contains("\"type\":\"work\",\"number\":\"RP-2025-004211\""), "{stdout}");
        assert!(stdout.contains("\"hours\":120.0,\"outcome\":\"completed\""), "{stdout}");
        // The integration report of 2025: Anahit, an Armenian, with 120 hours of language.
        assert!(stdout.contains("{\"id\":\"persons.nationality.AM\",\"value\":1,"), "{stdout}");
        assert!(stdout.contains("{\"id\":\"hours.language\",\"value\":120,"), "{stdout}");
        // Nino registered as a jobseeker, found by occupation and country.
        assert!(stdout.contains("\"occupations\":[\"5322\"]"), "{stdout}");
        assert_eq!(app.count("jobseekers").await, 1);
        // Her matches: the German scheme excluded by her irregular stay there.
        assert!(stdout.contains("\"id\":\"no_irregular_stay\",\"name\":{\"ka\":\"გერმანიაში არალეგალურად არ ყოფილა\",\"en\":\"No earlier irregular stay in Germany\"},\"hard\":true,\"outcome\":\"missed\""), "{stdout}");
        // Labour migration: the application went as far as departure and is overdue.
        assert!(stdout.contains("\"status\":\"departed\""), "{stdout}");
        assert!(stdout.contains("\"due_back_on\":\"2026-08-28\""), "{stdout}");
        assert!(stdout.contains("\"still_abroad\":true"), "{stdout}");
        assert!(stdout.contains("{\"id\":\"departures\",\"value\":1,"), "{stdout}");
        assert_eq!(app.count("job_placements").await, 1);
        // Nino, Anahit, and Levan from the file imported (a dry run first, then written).
        assert!(stdout.contains("\"counts\":{\"created\":1,\"updated\":0,\"unchanged\":0,\"failed\":0}"), "{stdout}");
        assert_eq!(app.count("persons").await, 3);
        assert_eq!(app.count("imports").await, 2);
        // A webhook subscription, enabled again from the feed cursor.
        assert_eq!(app.count("webhooks").await, 1);
        assert!(stdout.contains("\"status\":\"active\""), "{stdout}");
        assert_eq!(app.count("stays_abroad").await, 1);
    }
}
