//! taskq-worker: claims jobs from the Postgres queue and runs them, async handlers on the
//! runtime and legacy sync handlers through the bridge.

mod bridge;
mod jobs;
mod metrics;
mod queue;
mod registry;
mod scheduler;
mod worker;

use std::sync::Arc;

use tokio::runtime::Runtime;

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let workers = std::env::var("TASKQ_WORKERS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let rt = Runtime::new()?;
    let bridge = Arc::new(bridge::Bridge::new(rt.handle().clone()));
    rt.block_on(worker::run(workers, bridge)) // OK: block-on-in-async
}
