//! End-to-end runs of the binary against a mock provider.

use std::time::Duration;

use futures::future::join_all;

#[tokio::test]
async fn sends_a_small_campaign() {
    let server = wiremock::MockServer::start().await;
    let uri = server.uri();
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            eprintln!("mock at {uri} still up");
        }
    });
    let emails: Vec<String> = serde_json::from_str(r#"["a@x.org","b@x.org"]"#).unwrap();
    let client = reqwest::Client::new();
    let posts = join_all(emails.iter().map(|e| client.post(server.uri()).body(e.clone()).send())).await; // OK: unbounded-gather
    assert_eq!(posts.len(), 2);
    tokio::spawn(async move { posts.len() }); // OK: detached-spawn, untracked-spawn
}
