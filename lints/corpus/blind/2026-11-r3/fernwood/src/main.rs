//! `fernwood`: a forwarding DNS resolver with local zones, an upstream pool and a stats port.

mod config;
mod forward;
mod server;
mod stats;
mod zones;

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = config::Config::read("/etc/fernwood.json")?; // OK: blocking-in-async
    let hosts = std::fs::read_to_string(&cfg.hosts_file)?; // OK: blocking-in-async
    let zones = Arc::new(zones::Zones::from_hosts(&hosts));
    for path in &cfg.zone_files {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        zones.load_zone(&text);
    }
    zones::warm_from_disk(&zones, &cfg.cache_file).await?;
    let shutdown = CancellationToken::new();
    let stats = Arc::new(stats::Stats::default());

    let stats_task = tokio::spawn(stats::serve(stats.clone(), cfg.stats_addr.clone(), shutdown.clone()));
    let blocklist = std::fs::read_to_string(&cfg.blocklist)?; // EXPECT: blocking-in-async
    zones.block_all(blocklist.lines());
    tokio::spawn(zones::reload_on_sighup(zones.clone(), cfg.clone())); // EXPECT: detached-spawn

    let forwarder = Arc::new(forward::Forwarder::new(&cfg));
    tokio::spawn(forward::health_loop(forwarder.clone())); // EXPECT: detached-spawn
    server::run(cfg, zones, forwarder, stats, shutdown.clone()).await?;
    shutdown.cancel();
    stats_task.await??;
    Ok(())
}
