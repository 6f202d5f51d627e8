//! Tests of the kit itself, in the style our service tests use it.
use std::time::Duration;

use futures::future::{join_all, try_join_all};
use tokio::task::JoinSet;

use crate::fixtures::time::{settle, sleep};
use crate::fixtures::{wait_until, Fixture};
use crate::mock::MockServer;

async fn get(url: &str) -> reqwest::Result<String> {
    reqwest::get(url).await?.text().await
}

#[tokio::test]
async fn serves_canned_route() {
    let server = MockServer::builder().route("/health", |_| (200, "ok".into())).start().await;
    let body = get(&server.url("/health")).await.unwrap();
    assert_eq!(body, "ok");
    assert_eq!(server.requests(), vec!["/health"]); // OK: blocking-in-async
    server.shutdown().await;
}

#[tokio::test]
async fn loads_fixture_sync_in_async_test() {
    let fx = Fixture::load("users.json"); // EXPECT: blocking-in-async
    assert!(fx.body.contains("alice"));
}

#[tokio::test(start_paused = true)]
async fn paused_sleep_is_instant() {
    sleep(Duration::from_secs(3600)).await; // OK: blocking-in-async
    settle(); // EXPECT: unawaited-future
    tokio::time::advance(Duration::from_secs(1)).await;
}

#[tokio::test]
async fn concurrent_requests() {
    let server = MockServer::builder().route("/a", |_| (200, "a".into())).start().await;
    let urls: Vec<String> = (0..50).map(|_| server.url("/a")).collect();
    let bodies = try_join_all(urls.iter().map(|u| get(u))).await.unwrap(); // OK: unbounded-gather
    assert_eq!(bodies.len(), 50);
    let few = join_all((0..3).map(|_| get(&server.url("/a")))).await; // OK: unbounded-gather
    assert_eq!(few.len(), 3);
}

#[tokio::test]
async fn joinset_requests() {
    let server = MockServer::builder().route("/b", |_| (200, "b".into())).start().await;
    let mut set = JoinSet::new();
    for _ in 0..4 {
        let url = server.url("/b");
        set.spawn(async move { get(&url).await }); // OK: detached-spawn // OK: unbounded-gather
    }
    while let Some(r) = set.join_next().await {
        r.unwrap().unwrap();
    }
}

#[tokio::test]
async fn spawn_and_forget_in_test() {
    let server = MockServer::builder().start().await;
    let url = server.url("/x");
    tokio::spawn(async move { // OK: detached-spawn
        let _ = get(&url).await;
    });
    tokio::join!(sleep(Duration::from_millis(5)), settle()); // OK: unawaited-future
}

#[tokio::test]
async fn waits_with_sync_helper() {
    let server = MockServer::builder().start().await;
    let ok = wait_until(|| !server.requests().is_empty(), Duration::from_millis(10)); // EXPECT: blocking-in-async
    assert!(!ok);
}

#[tokio::test]
async fn select_with_blocking_branch() {
    tokio::select! {
        _ = sleep(Duration::from_millis(5)) => {
            std::thread::sleep(Duration::from_millis(1)); // EXPECT: blocking-in-async
        }
        _ = settle() => {}
    }
}

#[test]
fn sync_test_may_block() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async { settle().await }); // OK: blocking-in-async
    std::thread::sleep(Duration::from_millis(1)); // OK: blocking-in-async
    let fx = Fixture::load("users.json"); // OK: blocking-in-async
    assert!(!fx.name.is_empty());
}

#[tokio::test]
async fn fixture_dump_in_assert() {
    let expected = Fixture::load_async("users.json").await;
    assert_eq!(std::fs::read_to_string(crate::fixture_path("users.json")).unwrap(), expected.body); // EXPECT: blocking-in-async
    tracing::info!(len = std::fs::metadata(crate::fixture_path("users.json")).unwrap().len(), "fixture size"); // OK: blocking-in-async
}

#[tokio::test]
async fn many_users_spawned() {
    let users: Vec<u32> = (0..200).collect();
    let mut handles = vec![];
    for u in &users {
        let u = *u;
        handles.push(tokio::spawn(async move { sleep(Duration::from_millis(u as u64)).await })); // OK: detached-spawn, unbounded-gather
    }
    for h in handles {
        h.await.unwrap();
    }
}

#[tokio::test]
async fn fixture_futures_created_but_dropped() {
    let _ = Fixture::load_async("a.json"); // EXPECT: unawaited-future
    let later = Fixture::load_async("b.json"); // OK: unawaited-future
    let fx = later.await;
    assert_eq!(fx.name, "b.json");
}
