//! Push notifications to contacts through Redis pub/sub.

use std::time::Duration;

use futures::future::{join_all, try_join_all};
use futures::stream::{self, FuturesUnordered, StreamExt};

use crate::contacts;

async fn publish(channel: String, message: String) -> redis::RedisResult<()> {
    let client = redis::Client::open("redis://127.0.0.1/")?;
    let mut conn = client.get_multiplexed_async_connection().await?;
    redis::cmd("PUBLISH").arg(channel).arg(message).query_async(&mut conn).await // OK: unawaited-future
}

pub async fn announce(user: u64, online: bool) {
    let friends = contacts::of(user).await;
    let message = format!("{user}:{online}");
    let sends = join_all(friends.iter().map(|friend| publish(format!("user:{friend}"), message.clone()))).await; // OK: unbounded-gather
    let failed = sends.iter().filter(|r| r.is_err()).count();
    if failed > 0 {
        tracing::warn!(failed, "presence fan-out failures");
    }
}

pub async fn announce_strict(user: u64, friends: Vec<u64>) -> redis::RedisResult<Vec<()>> {
    try_join_all(friends.into_iter().map(|friend| publish(format!("user:{friend}"), user.to_string()))).await // EXPECT: unbounded-gather
}

pub async fn announce_streamed(user: u64, friends: Vec<u64>) -> usize {
    let mut sends = friends.iter().map(|friend| publish(format!("user:{friend}"), user.to_string())).collect::<FuturesUnordered<_>>(); // EXPECT: unbounded-gather
    let mut ok = 0;
    while let Some(result) = sends.next().await {
        ok += usize::from(result.is_ok());
    }
    ok
}

/// A client that signs in sends its contact list with the handshake (a JSON array of ids);
/// those contacts hear about it at once.
pub async fn announce_from_handshake(user: u64, handshake: &str) -> redis::RedisResult<Vec<()>> {
    let friends: Vec<u64> = serde_json::from_str(handshake).unwrap_or_default();
    announce_strict(user, friends).await
}

/// After a restart, before Redis is back: the contacts of `user` as the seed file lists them.
pub async fn announce_seeded(user: u64) -> usize {
    let seed = tokio::fs::read_to_string(format!("contacts/{user}.seed")).await.unwrap_or_default();
    let friends = seed.split_whitespace().filter_map(|id| id.parse().ok()).collect();
    announce_streamed(user, friends).await
}

pub async fn announce_politely(user: u64, friends: Vec<u64>) -> usize {
    let results: Vec<_> = stream::iter(friends).map(|friend| publish(format!("user:{friend}"), user.to_string())).buffer_unordered(50).collect().await; // OK: unbounded-gather
    results.len()
}

pub async fn announce_to_ids(user: u64, count: u64) {
    let mut handles = Vec::new();
    for friend in 0..count {
        handles.push(tokio::spawn(publish(format!("user:{friend}"), user.to_string()))); // OK: detached-spawn, unbounded-gather
    }
    for handle in handles {
        handle.await.ok();
    }
}

pub async fn keepalive() {
    loop {
        publish("keepalive".into(), String::new()); // EXPECT: unawaited-future
        tokio::time::sleep(Duration::from_secs(20)).await;
        std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
    }
}
