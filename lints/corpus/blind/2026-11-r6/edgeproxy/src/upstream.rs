//! Talking to upstreams: connection setup and health refresh.

use std::time::Duration;

pub async fn refresh(client: &reqwest::Client, url: &str) -> anyhow::Result<()> {
    client.get(url).timeout(Duration::from_secs(2)).send().await?.error_for_status()?;
    Ok(())
}

pub async fn pipe(mut inbound: tokio::net::TcpStream, upstream: String) -> anyhow::Result<()> {
    let mut outbound = tokio::net::TcpStream::connect(&upstream).await?;
    tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await?;
    Ok(())
}
