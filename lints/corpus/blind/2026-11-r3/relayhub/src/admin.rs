use std::sync::Arc;

use futures::StreamExt;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio_stream::wrappers::LinesStream;

use crate::backends::Pool;
use crate::routes::RouteTable;

/// Line protocol on localhost: `drain <addr> <addr>...`, `routes`, `probe <addr>...`.
pub async fn serve(pool: Arc<Pool>, table: Arc<RouteTable>) -> anyhow::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:9901").await?;
    loop {
        let (conn, _) = listener.accept().await?;
        let (read, mut write) = conn.into_split();
        let mut lines = LinesStream::new(BufReader::new(read).lines());
        while let Some(Ok(line)) = lines.next().await {
            let mut words = line.split_whitespace();
            match words.next() {
                Some("drain") => {
                    let addrs: Vec<_> = words.filter_map(|w| w.parse().ok()).collect();
                    pool.drain(&addrs).await;
                }
                Some("routes") => {
                    write.write_all(format!("{}\n", table.len()).as_bytes()).await?;
                }
                Some("probe") => {
                    let addrs: Vec<String> = words.map(str::to_string).collect();
                    probe_each(addrs).await;
                }
                Some("tail") => {
                    let pool = pool.clone();
                    tokio::spawn(async move { // EXPECT: untracked-spawn, unbounded-gather // OK: detached-spawn
                        pool.check_all().await;
                    });
                }
                _ => write.write_all(b"?\n").await?,
            }
        }
    }
}

async fn probe_each(addrs: Vec<String>) {
    let mut handles = Vec::new();
    for addr in addrs {
        handles.push(tokio::spawn(async move { tokio::net::TcpStream::connect(addr).await.is_ok() })); // EXPECT: unbounded-gather
    }
    for handle in handles {
        let _ = handle.await;
    }
}
