//! Futures created and dropped: nothing runs until a future is awaited or polled, so each of
//! these silently does nothing.

use std::time::Duration;

async fn send_heartbeat(peer: &str) -> std::io::Result<()> {
    tokio::net::TcpStream::connect(peer).await.map(|_| ())
}

async fn flush_metrics() {}

async fn tick(peer: &str) {
    tokio::time::sleep(Duration::from_millis(100)); // EXPECT: unawaited-future [column: 5]
    send_heartbeat(peer); // EXPECT: unawaited-future
    let _ = flush_metrics(); // EXPECT: unawaited-future
    let pending = flush_metrics(); // EXPECT: unawaited-future
    tokio::fs::write("last-tick", b"1"); // EXPECT: unawaited-future
    tokio::net::TcpStream::connect(peer); // EXPECT: unawaited-future
    reqwest::get("http://localhost/health"); // EXPECT: unawaited-future
    let _unused = send_heartbeat(peer); // EXPECT: unawaited-future
}

/// Calling an async fn from sync code and dropping the result also does nothing.
fn kick_off() {
    flush_metrics(); // EXPECT: unawaited-future
}

async fn awaited(peer: &str) -> std::io::Result<()> {
    tokio::time::sleep(Duration::from_millis(100)).await; // OK: unawaited-future
    send_heartbeat(peer).await?; // OK: unawaited-future
    let _ = flush_metrics().await; // OK: unawaited-future
    let later = flush_metrics(); // OK: unawaited-future
    tokio::fs::write("last-tick", b"1").await?; // OK: unawaited-future
    later.await;
    Ok(())
}

fn main() {
    kick_off();
}
