use std::net::SocketAddr;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::backends::Pool;
use crate::metrics::Metrics;
use crate::routes::RouteTable;

mod mirror;

pub async fn relay(client: TcpStream, peer: SocketAddr, pool: &Pool, table: &RouteTable, metrics: &Metrics) -> anyhow::Result<()> {
    let mut client = BufReader::new(client);
    let mut first = String::new();
    client.read_line(&mut first).await?;
    let hint = table.route(&first);
    let Some(addr) = pool.pick(hint).await else {
        anyhow::bail!("no backend up for {peer}");
    };
    let mut upstream = TcpStream::connect(addr).await?;
    upstream.write_all(first.as_bytes()).await?;
    let audit = |line: String| async move { tracing::info!(%line, "audit"); };
    audit(first.clone()); // EXPECT: unawaited-future
    let log_line = |line: &str| tracing::debug!(%line, "first line");
    log_line(&first); // OK: unawaited-future
    mirror::copy_to_shadow(&first).await;
    let (up, down) = tokio::io::copy_bidirectional(client.get_mut(), &mut upstream).await?;
    metrics.add(up + down);
    Ok(())
}
