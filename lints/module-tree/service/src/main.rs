//! The module tree, followed as rustc does: `x.rs` or `x/mod.rs`, `a.rs` declaring `a/x.rs`,
//! `#[path]`, inline modules, `cfg`-gated and `cfg_if!` modules. The files no `mod` reaches
//! (`src/old/`, `src/env.rs`, `src/handlers/orders_v0.rs`, `scratch/`) are not analysed.

mod config;
mod handlers;
mod storage;

#[path = "platform/linux.rs"]
mod platform;

mod api {
    pub mod v1;
}

cfg_if::cfg_if! {
    if #[cfg(feature = "metrics")] {
        mod metrics;
    }
}

#[cfg(feature = "legacy")]
mod legacy_bridge;

#[tokio::main]
async fn main() {
    // Served in a task, beside others: not a sequential program (whose blocking calls would
    // stall nothing).
    tokio::spawn(handlers::serve()).await.ok();
}
