//! `search-api`: the HTTP front of the search service: ingestion, queries, admin.

mod actor;
mod handlers;
mod jobs;
mod state;

use std::sync::Arc;

use search_index::index::SegmentIndex;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let pool = sqlx::PgPool::connect(&std::env::var("DATABASE_URL")?).await?;
    let index = Arc::new(SegmentIndex::new("/var/lib/search/segments".into()));
    let (jobs_tx, jobs_rx) = mpsc::channel(256);
    let (events_tx, events_rx) = mpsc::unbounded_channel();
    let (query_tx, query_rx) = mpsc::channel(64);
    let app = state::App {
        pool,
        index: index.clone(),
        http: reqwest::Client::new(),
        jobs_tx,
        events_tx,
        query_tx,
        shards: vec![index.clone(), Arc::new(SegmentIndex::new("/var/lib/search/shard1".into()))],
        workers: 4,
    };
    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(jobs::drain(app.clone(), jobs_rx)); // OK: detached-spawn, untracked-spawn
    tasks.spawn(jobs::log_events(events_rx)); // OK: detached-spawn, untracked-spawn
    tasks.spawn(actor::run(index.clone(), query_rx)); // OK: detached-spawn, untracked-spawn
    jobs::start_workers(&app);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:7700").await?;
    axum::serve(listener, handlers::router(app)).await?;
    tasks.shutdown().await;
    Ok(())
}
