//! `relayhub`: a TCP relay that forwards each client to a backend chosen by its first line.

mod admin;
mod backends;
mod metrics;
mod proxy;
mod routes;

use std::sync::Arc;

use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = backends::Config::load("relayhub.json")?; // OK: blocking-in-async
    let certs = std::fs::read("tls/chain.pem")?; // OK: blocking-in-async
    let table = Arc::new(routes::RouteTable::from_file(&cfg.routes_file)?); // OK: blocking-in-async
    let pool = Arc::new(backends::Pool::new(cfg.backends.clone()));
    pool.check_all().await;
    tracing::info!(cert_bytes = certs.len(), "starting");

    let metrics = metrics::Metrics::default();
    tokio::spawn(metrics.clone().report_every_minute()); // EXPECT: detached-spawn // OK: untracked-spawn
    tokio::spawn(admin::serve(pool.clone(), table.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let denylist = routes::read_denylist(&cfg.denylist_file)?; // EXPECT: blocking-in-async

    let listener = TcpListener::bind(&cfg.listen).await?;
    loop {
        let (client, peer) = listener.accept().await?;
        if denylist.contains(&peer.ip()) {
            continue;
        }
        let pool = pool.clone();
        let table = table.clone();
        let metrics = metrics.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: unbounded-gather, detached-spawn
            if let Err(err) = proxy::relay(client, peer, &pool, &table, &metrics).await {
                tracing::debug!(%peer, %err, "relay ended");
            }
        });
    }
}
