//! Hostile clients: each gets a 4xx (or a closed connection), and the server
//! keeps answering everyone else: JSON nested 10,000 deep, a 10 MB string,
//! a body that is not UTF-8, a header over the 128 KiB a head may have, a request head sent slowly
//! (slowloris), and hundreds of idle connections.

use std::time::{Duration, Instant};

use integra_tests::{both_backends, Backend, StatusCode, TestApp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The server still answers a well-behaved client, promptly.
async fn still_serving(app: &TestApp) {
    let started = Instant::now();
    let response = app
        .client
        .get(app.url("/health/live"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let person = app.get("/api/v1/persons?limit=1").await;
    assert_eq!(person.status(), StatusCode::OK);
}

fn host(app: &TestApp) -> String {
    app.address.trim_start_matches("http://").to_owned()
}

/// POSTs `body` as JSON to the person registry; the status.
async fn post_raw(app: &TestApp, body: Vec<u8>) -> StatusCode {
    app.client
        .post(app.url("/api/v1/persons"))
        .bearer_auth(&app.admin_token)
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await
        .map(|r| r.status())
        .unwrap_or(StatusCode::BAD_REQUEST)
}

both_backends! {
    async fn hostile_bodies_get_a_4xx_and_change_nothing(app) {
        let before = app.count("persons").await;
        // JSON nested 10,000 levels deep.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes();
        let status = post_raw(&app, deep).await;
        assert!(status.is_client_error(), "{status}");
        let deep_object = format!(
            "{{\"given_name\": {}1{}}}",
            "{\"a\":".repeat(10_000),
            "}".repeat(10_000)
        )
        .into_bytes();
        let status = post_raw(&app, deep_object).await;
        assert!(status.is_client_error(), "{status}");
        // A 10 MB string.
        let huge = format!("{{\"given_name\": \"{}\"}}", "a".repeat(10 * 1024 * 1024)).into_bytes();
        assert_eq!(post_raw(&app, huge).await, StatusCode::PAYLOAD_TOO_LARGE);
        // Bytes that are not UTF-8, in a string and bare.
        let mut invalid = b"{\"given_name\": \"Nin".to_vec();
        invalid.extend([0xff, 0xfe, 0xc3]);
        invalid.extend(b"\", \"family_name\": \"B\"}");
        assert_eq!(post_raw(&app, invalid).await, StatusCode::BAD_REQUEST);
        assert_eq!(post_raw(&app, vec![0xc3, 0x28, 0xa0, 0xa1]).await, StatusCode::BAD_REQUEST);
        assert_eq!(app.count("persons").await, before);
        still_serving(&app).await;
    }
}

/// Sends `head` on a new connection and reads what comes back (until the
/// server closes or 10 s pass).
async fn exchange(app: &TestApp, head: &[u8]) -> String {
    let mut stream = TcpStream::connect(host(app)).await.unwrap();
    // The server may close while the head is still being written.
    let _ = stream.write_all(head).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_connections_leave_the_server_serving_others() {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return;
    };
    // A header of 256 KiB (actix-http reads a head of up to 128 KiB): refused
    // (431, or the connection closed).
    let head = format!(
        "GET /health/live HTTP/1.1\r\nHost: x\r\nX-Filler: {}\r\nConnection: close\r\n\r\n",
        "a".repeat(256 * 1024)
    );
    let answer = exchange(&app, head.as_bytes()).await;
    assert!(
        answer.is_empty()
            || answer.starts_with("HTTP/1.1 431")
            || answer.starts_with("HTTP/1.1 400"),
        "{answer}"
    );
    still_serving(&app).await;

    // Hundreds of idle connections, and a slowloris that sends its head a
    // byte at a time: others are served meanwhile.
    let mut idle = Vec::new();
    for _ in 0..300 {
        idle.push(TcpStream::connect(host(&app)).await.unwrap());
    }
    let address = host(&app);
    let slow = tokio::spawn(async move {
        let mut stream = TcpStream::connect(address).await.unwrap();
        let started = Instant::now();
        for byte in b"GET /health/live HTTP/1.1\r\nHost: x\r\nX-Slow: "
            .iter()
            .cycle()
        {
            if stream.write_all(&[*byte]).await.is_err()
                || started.elapsed() > Duration::from_secs(20)
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        started.elapsed()
    });
    still_serving(&app).await;
    // The slow client is cut off by the server's request timeout (not left open).
    let lasted = slow.await.unwrap();
    assert!(
        lasted < Duration::from_secs(20),
        "the slow client was never cut off ({lasted:?})"
    );
    still_serving(&app).await;
    drop(idle);
    still_serving(&app).await;
}
