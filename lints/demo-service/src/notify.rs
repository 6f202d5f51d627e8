//! Customer notifications: renders the confirmation e-mail and hands it to the mail relay,
//! retrying while the relay is unavailable.

use std::io;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::catalog::{Catalog, Order};

const RELAY: &str = "localhost:25";

pub async fn send_confirmation(order: &Order) -> io::Result<()> {
    let template = std::fs::read_to_string("templates/confirmation.txt")?;
    let body = template
        .replace("{order}", &order.id.to_string())
        .replace("{items}", &order.product_ids.len().to_string());

    let mut attempt = 0;
    loop {
        match deliver(&order.email, &body).await {
            Ok(()) => break,
            Err(err) if attempt < 3 => {
                eprintln!("relay unavailable ({err}), retrying");
                attempt += 1;
                std::thread::sleep(Duration::from_millis(200 * attempt));
            }
            Err(err) => return Err(err),
        }
    }
    archive(order.id, body).await
}

async fn deliver(to: &str, body: &str) -> io::Result<()> {
    let mut relay = TcpStream::connect(RELAY).await?;
    relay.write_all(format!("RCPT TO:<{to}>\r\n").as_bytes()).await?;
    relay.write_all(body.as_bytes()).await?;
    relay.shutdown().await
}

/// Keeps a copy of every e-mail sent. The file write runs on tokio's blocking pool.
async fn archive(order_id: u64, body: String) -> io::Result<()> {
    let path = format!("archive/{order_id}.eml");
    tokio::task::spawn_blocking(move || std::fs::write(path, body)).await?
}

/// Sends whatever is still queued for the relay before the service exits.
pub async fn flush_outbox(relay: &str) {
    let pending = tokio::fs::read_dir("outbox").await;
    if let Ok(mut entries) = pending {
        while let Ok(Some(entry)) = entries.next_entry().await {
            if let Ok(body) = tokio::fs::read_to_string(entry.path()).await {
                let _ = deliver(relay, &body).await;
            }
        }
    }
}

/// One line of the daily report. It is synchronous because the report generator, a sync
/// tool, shares it.
pub fn report_line(catalog: &Catalog, order_id: u64) -> String {
    match tokio::runtime::Handle::current().block_on(catalog.order(order_id)) {
        Ok(order) => format!("{}: {} items", order.id, order.product_ids.len()),
        Err(err) => format!("{order_id}: unavailable ({err})"),
    }
}

/// Orders whose confirmation went out, for the daily report.
static SENT: std::sync::Mutex<Vec<u64>> = std::sync::Mutex::new(Vec::new());

/// Sends the confirmation unless it already went out, and remembers that it did.
pub async fn confirm_once(order: &Order) -> io::Result<()> {
    let mut sent = SENT.lock().unwrap();
    if sent.contains(&order.id) {
        return Ok(());
    }
    send_confirmation(order).await?;
    sent.push(order.id);
    Ok(())
}
