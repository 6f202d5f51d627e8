//! Contact lists, loaded from Redis and from a local seed file.

pub async fn of(user: u64) -> Vec<u64> {
    let client = redis::Client::open("redis://127.0.0.1/").expect("redis url");
    let Ok(mut conn) = client.get_multiplexed_async_connection().await else {
        return Vec::new();
    };
    redis::cmd("SMEMBERS").arg(format!("contacts:{user}")).query_async(&mut conn).await.unwrap_or_default()
}

pub async fn preload() {
    let seed = load_seed_file(); // EXPECT: blocking-in-async
    let mut sync_conn = redis::Client::open("redis://127.0.0.1/").unwrap().get_connection().unwrap(); // EXPECT: blocking-in-async
    tracing::info!(users = seed.len(), connected = sync_conn.is_open(), "contacts preloaded");
}

fn load_seed_file() -> Vec<u64> {
    std::fs::read_to_string("contacts.seed") // OK: blocking-in-async
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|id| id.parse().ok())
        .collect()
}
