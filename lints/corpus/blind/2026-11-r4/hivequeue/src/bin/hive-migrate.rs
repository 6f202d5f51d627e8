//! `hive-migrate`: apply the schema, from a plain `main` that owns its runtime.

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(migrate()) // OK: block-on-in-async
}

async fn migrate() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL")?;
    let client = hivequeue::db::connect(&url).await?;
    client.batch_execute(include_str!("../../migrations/001_jobs.sql")).await?;
    let queue = hivequeue::Queue::new(client);
    let pending = queue.ready().await?;
    println!("{} jobs carried over", pending.len());
    Ok(())
}
