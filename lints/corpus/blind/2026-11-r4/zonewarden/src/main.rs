//! `zonewarden`: an authoritative DNS server with a forwarding fallback. Startup loads the
//! config and the zones; then UDP workers, a capped TCP listener, the resolver actor and the
//! zone refresher run until SIGTERM.

mod config;
mod resolver;
mod server;
mod zones;

use std::fs::File;
use std::io::Write;
use std::sync::Arc;

use tokio::net::{TcpListener, UdpSocket};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::config::Config;
use crate::zones::ZoneSet;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config::load("/etc/zonewarden/zonewarden.toml")?; // OK: blocking-in-async
    let zones = ZoneSet::load_dir(&config.zone_dir)?; // OK: blocking-in-async
    let mut pid = File::create(&config.pid_file)?; // OK: blocking-in-async
    writeln!(pid, "{}", std::process::id())?; // OK: blocking-in-async
    let zones = Arc::new(parking_lot::RwLock::new(zones));

    let (lookups, lookup_rx) = mpsc::channel(1024);
    tokio::spawn(resolver::run(config.upstreams.clone(), lookup_rx)); // EXPECT: untracked-spawn // OK: detached-spawn
    let (notify_tx, notify_rx) = mpsc::unbounded_channel();
    tokio::spawn(zones::refresher(zones.clone(), config.zone_dir.clone(), notify_rx)); // EXPECT: detached-spawn // OK: untracked-spawn

    let guard = File::options().create(true).truncate(false).write(true).open(config.zone_dir.join(".lock"))?; // OK: blocking-in-async
    guard.try_lock()?; // OK: blocking-in-async
    let blocklist = std::fs::read_to_string(&config.blocklist)?; // EXPECT: blocking-in-async
    let blocked: Arc<Vec<String>> = Arc::new(blocklist.lines().map(str::to_string).collect());

    let udp = Arc::new(UdpSocket::bind(&config.listen).await?);
    let mut workers = JoinSet::new();
    for id in 0..config.udp_workers {
        workers.spawn(server::udp::serve(id, udp.clone(), zones.clone(), lookups.clone(), notify_tx.clone(), blocked.clone())); // OK: unbounded-gather
    }
    let tcp = TcpListener::bind(&config.listen).await?;
    workers.spawn(server::tcp::accept_loop(tcp, zones.clone(), lookups.clone(), config.max_tcp)); // OK: unbounded-gather
    let metrics = TcpListener::bind("127.0.0.1:9153").await?;
    workers.spawn(server::metrics::serve(metrics, Default::default())); // OK: unbounded-gather, untracked-spawn

    tokio::signal::ctrl_c().await?;
    workers.shutdown().await;
    Ok(())
}
