//! Counters pushed to statsd over UDP every ten seconds.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::net::UdpSocket;

pub static SENT: AtomicU64 = AtomicU64::new(0);
pub static FAILED: AtomicU64 = AtomicU64::new(0);

/// Pushes the counters for as long as the process runs.
pub async fn push_forever(addr: String) {
    let socket = match UdpSocket::bind("0.0.0.0:0").await {
        Ok(socket) => socket,
        Err(e) => {
            tracing::error!(error = %e, "no statsd socket, metrics disabled");
            return;
        }
    };
    loop {
        tokio::time::sleep(Duration::from_secs(10)).await;
        let line = format!(
            "mail.sent:{}|c\nmail.failed:{}|c",
            SENT.swap(0, Ordering::Relaxed),
            FAILED.swap(0, Ordering::Relaxed)
        );
        if let Err(e) = socket.send_to(line.as_bytes(), &addr).await {
            tracing::debug!(error = %e, "statsd push failed");
        }
    }
}

/// One push, for the `flush-metrics` admin command.
pub async fn push_once(addr: &str) -> std::io::Result<usize> {
    let socket = UdpSocket::bind("0.0.0.0:0").await?;
    let line = format!("mail.sent:{}|c", SENT.load(Ordering::Relaxed));
    socket.send_to(line.as_bytes(), addr).await
}

/// The admin command handler: answers at once, pushes in the background.
pub fn flush_now(addr: String) {
    tokio::spawn(async move { push_once(&addr).await }); // EXPECT: detached-spawn [mentions: std::io::Result] // OK: untracked-spawn
}

/// The same, with the outcome logged.
pub fn flush_now_logged(addr: String) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let _ = push_once(&addr).await;
    });
}
