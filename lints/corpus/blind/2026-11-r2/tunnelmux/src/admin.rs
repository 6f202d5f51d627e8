//! The admin listener: a line protocol on localhost (`stats`, `drain HOST...`, `resolve FILE`).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::router::Router;

pub async fn serve(addr: SocketAddr, router: Arc<Router>) -> anyhow::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    loop {
        let (stream, _) = listener.accept().await?;
        let router = router.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            if let Err(e) = session(stream, router).await {
                tracing::debug!("admin session: {e:#}");
            }
        });
    }
}

async fn session(stream: TcpStream, router: Arc<Router>) -> anyhow::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    while let Some(line) = lines.next_line().await? {
        let mut words = line.split_whitespace();
        match words.next() {
            Some("sweep") => {
                let n = router.sweep().await;
                write.write_all(format!("{n}\n").as_bytes()).await?;
            }
            Some("routes") => {
                let body = words.collect::<Vec<_>>().join(" ");
                let routes: HashMap<String, String> = serde_json::from_str(&body)?;
                router.reload(routes).await;
                write.write_all(b"ok\n").await?;
            }
            Some("resolve") => {
                let file = words.next().unwrap_or("/etc/tunnelmux/hosts.txt");
                let n = resolve_file(file).await?;
                write.write_all(format!("{n} resolved\n").as_bytes()).await?;
            }
            Some("check") => {
                let hosts: Vec<String> = serde_json::from_str(words.next().unwrap_or("[]"))?;
                let checks = hosts.iter().map(|h| tokio::net::lookup_host(format!("{h}:443")));
                let found = futures::future::join_all(checks).await; // EXPECT: unbounded-gather
                let ok = found.iter().filter(|r| r.is_ok()).count();
                write.write_all(format!("{ok}/{}\n", hosts.len()).as_bytes()).await?;
            }
            _ => write.write_all(b"?\n").await?,
        }
    }
    Ok(())
}

/// Resolves every host listed in a file, to warm the resolver cache.
async fn resolve_file(path: &str) -> anyhow::Result<usize> {
    let text = tokio::fs::read_to_string(path).await?;
    let mut tasks = tokio::task::JoinSet::new();
    for host in text.lines().filter(|l| !l.trim().is_empty()) {
        let host = host.trim().to_string();
        tasks.spawn(async move { tokio::net::lookup_host((host.as_str(), 443)).await.is_ok() }); // EXPECT: unbounded-gather
    }
    let mut ok = 0;
    while let Some(r) = tasks.join_next().await {
        if matches!(r, Ok(true)) {
            ok += 1;
        }
    }
    Ok(ok)
}
