//! A plain-text metrics endpoint: one short-lived task per scrape connection.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

pub type Gauges = Arc<Mutex<HashMap<String, u64>>>;

pub async fn serve(listener: TcpListener, gauges: Gauges) -> anyhow::Result<()> {
    loop {
        let (stream, _) = listener.accept().await?;
        tokio::spawn(scrape(stream, gauges.clone())); // OK: unbounded-gather // EXPECT: untracked-spawn
    }
}

async fn scrape(mut stream: TcpStream, gauges: Gauges) {
    if let Some(total) = gauges.lock().unwrap().get("answered").copied() { // OK: lock-across-await
        tracing::trace!(total, "scraped");
    } else {
        let _ = stream.write_all(b"answered 0\n").await;
    }
    let body = {
        let gauges = gauges.lock().unwrap(); // OK: lock-across-await
        gauges.iter().map(|(k, v)| format!("{k} {v}\n")).collect::<String>()
    };
    let _ = stream.write_all(body.as_bytes()).await;
}
