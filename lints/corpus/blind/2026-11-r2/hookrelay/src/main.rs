//! hookrelay: accepts webhooks from providers, stores each event, and relays it to the
//! subscribers of its source. `main` is sync: it reads the config, builds the runtime, and
//! runs the server on it.

mod app;
mod delivery;
mod metrics;
mod outbox;
mod ratelimit;
mod render;
mod routes;
mod subscribers;

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let path = PathBuf::from(std::env::var("HOOKRELAY_CONFIG").unwrap_or_else(|_| "hookrelay.toml".into()));
    let cfg = app::Config::load(&path)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cfg.threads)
        .enable_all()
        .build()?;
    rt.block_on(app::serve(cfg)) // OK: block-on-in-async
}
