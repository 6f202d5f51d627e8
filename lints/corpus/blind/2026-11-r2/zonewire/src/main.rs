//! zonewire: answers for the zones in its zone directory and forwards everything else to the
//! configured upstreams. Startup loads config and zones, then the UDP and TCP servers run
//! until ctrl-c.

mod cache;
mod config;
mod proto;
mod resolver;
mod server;
mod stats;
mod zone;

use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use tokio::net::{TcpListener, UdpSocket};
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value = "/etc/zonewire/zonewire.toml")]
    config: std::path::PathBuf,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    let raw = std::fs::read_to_string(&args.config)?; // OK: blocking-in-async
    let cfg: config::Config = toml::from_str(&raw)?;
    let zones = zone::load_dir(&cfg.zone_dir)?; // OK: blocking-in-async
    let tsig_key = std::fs::read(&cfg.tsig_key_file)?; // OK: blocking-in-async
    tracing::info!(zones = zones.len(), "zones loaded");

    let shutdown = CancellationToken::new();
    let resolver = Arc::new(resolver::Resolver::new(&cfg, zones, tsig_key));
    let ctx = server::Context {
        resolver: resolver.clone(),
        cfg: Arc::new(cfg.clone()),
    };

    resolver.warm_pinned(); // EXPECT: unawaited-future

    let udp = UdpSocket::bind(cfg.listen).await?;
    tokio::spawn(server::serve_udp(udp, ctx.clone())); // EXPECT: detached-spawn // OK: untracked-spawn

    let cache = resolver.cache_handle();
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            let evicted = cache.sweep_expired();
            tracing::debug!(evicted, "cache sweep");
        }
    });

    tokio::spawn(stats::report_every(resolver.clone(), Duration::from_secs(60), shutdown.clone())); // EXPECT: untracked-spawn // OK: detached-spawn

    let zone_dir = cfg.zone_dir.clone();
    let reload_target = resolver.clone();
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
        while hup.recv().await.is_some() {
            match zone::load_dir(&zone_dir) { // EXPECT: blocking-in-async
                Ok(zones) => reload_target.replace_zones(zones),
                Err(e) => tracing::error!("zone reload failed, keeping the old zones: {e:#}"),
            }
        }
        Ok::<_, std::io::Error>(())
    });

    let tcp = TcpListener::bind(cfg.listen).await?;
    let tcp_server = tokio::spawn(server::serve_tcp(tcp, ctx.clone(), shutdown.clone())); // OK: detached-spawn, untracked-spawn

    if let Some(addr) = cfg.metrics_listen {
        let listener = TcpListener::bind(addr).await?;
        tokio::spawn(server::serve_metrics(listener, resolver.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    }

    tokio::signal::ctrl_c().await?;
    shutdown.cancel();
    tcp_server.await??;
    Ok(())
}
