//! tunnelmux: accepts TCP (optionally TLS) connections, peeks the SNI host, and splices each
//! connection to a pooled upstream of the backend that serves that host.

mod admin;
mod config;
mod health;
mod metrics;
mod pool;
mod router;

use std::sync::Arc;

use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let cfg = config::Config::load("/etc/tunnelmux.toml".as_ref())?; // OK: blocking-in-async
    let cert_chain = std::fs::read(&cfg.tls_cert)?; // OK: blocking-in-async
    let key = std::fs::read(&cfg.tls_key)?; // OK: blocking-in-async
    let metrics = Arc::new(metrics::Metrics::default());
    let router = Arc::new(router::Router::new(&cfg, metrics.clone()));

    tokio::spawn(health::check_forever(router.clone())); // EXPECT: detached-spawn // OK: untracked-spawn

    let geoip = std::fs::read(&cfg.geoip_db)?; // EXPECT: blocking-in-async
    router.set_geoip(geoip);
    let tls = config::tls_acceptor(&cert_chain, &key)?;

    let admin_router = router.clone();
    let admin = tokio::spawn(admin::serve(cfg.admin_listen, admin_router)); // OK: detached-spawn, untracked-spawn

    let listener = TcpListener::bind(cfg.listen).await?;
    loop {
        let (inbound, peer) = tokio::select! {
            accepted = listener.accept() => accepted?,
            _ = tokio::signal::ctrl_c() => break, // OK: unawaited-future
        };
        metrics.incr("accepted"); // EXPECT: unawaited-future
        let router = router.clone();
        let tls = tls.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
            let stream = tls.accept(inbound).await?;
            router.proxy(stream, peer).await
        });
    }
    admin.abort();
    Ok(())
}
