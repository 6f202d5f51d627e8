//! An order-notification service: it loads its settings, keeps a product catalog warm,
//! accepts connections from the shop front-end and e-mails customers about their orders.
//!
//! Run `asynclint check lints/demo-service` from the repository root to see what it finds.

mod catalog;
mod notify;
mod settings;

use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncReadExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use crate::catalog::Catalog;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = settings::load("notifier.conf")?;
    let catalog = Arc::new(Catalog::new(config.api_url.clone()));
    catalog.warm(&config.featured_products).await;

    tokio::spawn(catalog::refresh_every(catalog.clone(), Duration::from_secs(60)));

    let listener = TcpListener::bind(&config.listen_addr).await?;
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (socket, _peer) = accepted?;
                connections.spawn(serve(socket, catalog.clone()));
            }
            _ = tokio::signal::ctrl_c() => break,
        }
    }

    refresh_listed(&catalog, "refresh.json").await?;
    notify::flush_outbox(&config.smtp_relay);
    while connections.join_next().await.is_some() {}
    Ok(())
}

/// Re-fetches the products an operator lists in a JSON file.
async fn refresh_listed(catalog: &Catalog, path: &str) -> anyhow::Result<()> {
    let listed = tokio::fs::read_to_string(path).await?;
    let ids: Vec<u64> = serde_json::from_str(&listed)?;
    catalog.refresh(ids).await;
    Ok(())
}

/// Reads one order id from the socket and sends the confirmation e-mail for it.
async fn serve(mut socket: TcpStream, catalog: Arc<Catalog>) -> anyhow::Result<()> {
    let mut buf = [0u8; 8];
    socket.read_exact(&mut buf).await?;
    let order_id = u64::from_be_bytes(buf);
    let order = catalog.order(order_id).await?;
    notify::confirm_once(&order).await?;
    println!("{}", notify::report_line(&catalog, order_id));
    Ok(())
}
