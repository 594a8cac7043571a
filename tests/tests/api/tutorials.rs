//! The tutorials in `docs/tutorials/` run, as written, against a live server
//! (each on a fresh one, as a newcomer would follow it).

use integra_tests::{both_backends, TestApp, ADMIN_PASSWORD};

use crate::readme::bash_blocks;

/// Runs the tutorial's bash blocks against `app`; its standard output.
async fn follow(app: &TestApp, tutorial: &str) -> String {
    let script = bash_blocks(tutorial);
    assert!(script.contains("curl"), "a tutorial without a request");
    let output = tokio::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", &script])
        .env("INTEGRA", &app.address)
        .env("ADMIN_PASSWORD", ADMIN_PASSWORD)
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the tutorial failed:\n{stdout}\n{stderr}"
    );
    stdout
}

both_backends! {
    async fn the_returnee_tutorial_runs(app) {
        let stdout = follow(&app, include_str!("../../../docs/tutorials/returnee.md")).await;
        assert!(stdout.trim_end().ends_with("tutorial returnee: ok"), "{stdout}");
        for line in [
            "eligible: true",
            "refused: 409 illegal_transition allowed=eligible,not_eligible,closed",
            "stale: 412 current_version=4",
            "own approval: 403 four_eyes",
            "grant: delivered on 2025-06-20",
            "report: registered=1 eligible=1 assisted=1",
            "report: micro_business delivered 2800.00 GEL",
            "csv: funnel.assisted,1,",
        ] {
            assert!(stdout.contains(line), "no {line:?} in:\n{stdout}");
        }
    }

    async fn the_change_feed_tutorial_runs(app) {
        let stdout = follow(&app, include_str!("../../../docs/tutorials/change-feed.md")).await;
        assert!(stdout.trim_end().ends_with("tutorial change-feed: ok"), "{stdout}");
        for line in [
            "event: person.created person ",
            "event: person.updated person ",
            "personal data in the events: none",
            "reading her record with events:read alone: 403 /problems/forbidden",
            "nothing new: 0 events, cursor unchanged: true",
            "long poll: person.updated version 3",
            "webhook deleted: 204",
        ] {
            assert!(stdout.contains(line), "no {line:?} in:\n{stdout}");
        }
    }
}
