//! tunnelgate: a TCP/UDP tunnel endpoint. Startup loads the config, keys and GeoIP data, then
//! serves the tunnel listener, the DNS forwarder and the admin port.

mod admin;
mod config;
mod dns;
mod geo;
mod proxy;
mod sessions;

use std::sync::Arc;

use tokio::net::{TcpListener, UdpSocket};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Arc::new(config::load("/etc/tunnelgate/gate.toml")?);
    let private_key = std::fs::read(&config.key_file)?; // OK: blocking-in-async
    let sessions = sessions::Sessions::default();

    let admin_listener = TcpListener::bind(&config.admin_addr).await?;
    tokio::spawn(admin::serve(admin_listener, sessions.clone())); // EXPECT: detached-spawn // OK: untracked-spawn
    let peers_text = std::fs::read_to_string(&config.peers_file)?; // EXPECT: blocking-in-async
    let peers = config::parse_peers(&peers_text)?;

    let dns_socket = UdpSocket::bind(&config.dns_addr).await?;
    let forwarder = dns::Forwarder::new(config.clone());
    tokio::spawn(async move { // OK: detached-spawn // EXPECT: untracked-spawn
        if let Err(error) = forwarder.run(dns_socket).await {
            tracing::error!(%error, "dns forwarder stopped");
        }
    });

    let listener = TcpListener::bind(&config.listen).await?;
    proxy::accept_loop(listener, Arc::new(private_key), peers, sessions).await
}
