use std::path::PathBuf;
use std::time::Duration;

use futures::future::join_all;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use crate::actor::Handle;

#[derive(Debug, Clone, Deserialize)]
pub struct PeerConfig {
    pub peers: Vec<String>,
    pub backend_url: String,
    pub notes_dir: PathBuf,
    pub state_file: PathBuf,
}

#[derive(Deserialize)]
struct Manifest {
    paths: Vec<String>,
}

/// Exchanges manifests with the configured peers until shutdown.
pub async fn gossip(cfg: PeerConfig, handle: Handle, shutdown: CancellationToken) {
    let client = reqwest::Client::new();
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(Duration::from_secs(30)) => {}
        }
        let manifests = join_all(cfg.peers.iter().map(|p| fetch_manifest(&client, p))).await; // OK: unbounded-gather
        for (peer, manifest) in cfg.peers.iter().zip(manifests) {
            let Ok(manifest) = manifest else { continue };
            if let Err(err) = pull_missing(&client, peer, manifest.paths, &handle).await {
                tracing::warn!(%peer, %err, "pull failed");
            }
        }
    }
}

async fn fetch_manifest(client: &reqwest::Client, peer: &str) -> anyhow::Result<Manifest> {
    Ok(client.get(format!("{peer}/manifest")).send().await?.json().await?)
}

async fn pull_missing(client: &reqwest::Client, peer: &str, paths: Vec<String>, handle: &Handle) -> anyhow::Result<()> {
    let bodies = join_all(paths.iter().map(|p| client.get(format!("{peer}/notes/{p}")).send())).await; // EXPECT: unbounded-gather
    for (path, body) in paths.into_iter().zip(bodies) {
        if let Ok(resp) = body {
            handle.put(path, resp.bytes().await?.to_vec()).await?;
        }
    }
    Ok(())
}
