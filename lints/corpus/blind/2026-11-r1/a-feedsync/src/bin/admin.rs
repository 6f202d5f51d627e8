//! `feedsync-admin`: one-shot maintenance commands against the feedsync database.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context};
use feedsync::fetch::{Fetcher, Outcome};
use feedsync::import;
use feedsync::store::{FeedRow, Store};

async fn refresh_all(store: &Store, fetcher: &Fetcher) -> anyhow::Result<()> {
    let feeds: Vec<FeedRow> = sqlx::query_as("SELECT id, url, etag, subscriber_hook FROM feeds")
        .fetch_all(store.pool())
        .await?;
    let started = std::time::Instant::now();
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            eprintln!("still refreshing after {:?}", started.elapsed());
        }
    });
    let results = fetcher.fetch_all(&feeds).await;
    let changed = results
        .iter()
        .filter(|r| matches!(r, Ok(Outcome::Updated(_))))
        .count();
    println!("{} of {} feeds changed", changed, feeds.len());
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let cmd = args.next().unwrap_or_default();
    let db = std::env::var("DATABASE_URL").unwrap_or_else(|_| "sqlite://feedsync.db".into());
    let store = Store::connect(&db).await.context("opening the database")?;
    let fetcher = Fetcher::new(Vec::new())?;
    match cmd.as_str() {
        "refresh" => refresh_all(&store, &fetcher).await,
        "import" => {
            let path: PathBuf = args.next().context("usage: feedsync-admin import <file>")?.into();
            let report = import::import_file(&path, &fetcher, &store).await?;
            println!("added {}, unreachable {}", report.added, report.unreachable.len());
            Ok(())
        }
        other => bail!("unknown command {other:?}; try refresh or import"),
    }
}
