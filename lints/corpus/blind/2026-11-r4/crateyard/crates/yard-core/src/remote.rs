//! Talking to a cache server: the `Remote` trait the CLI and the server's peer sync share.

use std::sync::Arc;

use futures::future::join_all;

/// One cache server, over HTTP in production and in memory in tests.
pub trait Remote: Send + Sync {
    async fn fetch(&self, digest: &str) -> anyhow::Result<Vec<u8>>;
    async fn announce(&self, digest: &str) -> anyhow::Result<()>;
    fn name(&self) -> &str;
}

/// The object-safe form used where remotes are chosen at run time.
#[async_trait::async_trait]
pub trait DynRemote: Send + Sync {
    async fn fetch(&self, digest: &str) -> anyhow::Result<Vec<u8>>;
    async fn announce(&self, digest: &str) -> anyhow::Result<()>;
    async fn flush(&self);
}

/// The digest a server advertises for a name.
pub async fn head_digest(url: &str) -> anyhow::Result<String> {
    Ok(url.rsplit('/').next().unwrap_or_default().to_string())
}

/// Tell a remote about each new digest; the caller decides which digests.
pub async fn announce_all<R: Remote>(remote: &R, digests: &[String]) {
    for digest in digests {
        remote.announce(digest); // EXPECT: unawaited-future
    }
}

/// Same, for a remote picked from the config at run time; the mirror only hears of it.
pub async fn announce_with_mirror(
    primary: Arc<dyn DynRemote>,
    mirror: &dyn DynRemote,
    digest: &str,
) -> anyhow::Result<()> {
    primary.announce(digest).await?; // OK: unawaited-future
    primary.flush(); // EXPECT: unawaited-future
    mirror.announce(digest); // EXPECT: unawaited-future
    Ok(())
}

/// Fetch several blobs from one remote, all at once: the caller passes the digests.
pub async fn fetch_many<R: Remote>(remote: &R, digests: &[String]) -> Vec<anyhow::Result<Vec<u8>>> {
    join_all(digests.iter().map(|d| remote.fetch(d))).await // EXPECT: unbounded-gather
}

/// Fetch in windows of eight, so a long list never opens hundreds of connections.
pub async fn fetch_windowed<R: Remote>(remote: &R, digests: &[String]) -> Vec<anyhow::Result<Vec<u8>>> {
    let mut out = Vec::with_capacity(digests.len());
    for window in digests.chunks(8) {
        out.extend(join_all(window.iter().map(|d| remote.fetch(d))).await); // OK: unbounded-gather
    }
    out
}

pub async fn warm(remote: impl Remote, digest: String) {
    remote.fetch(&digest); // EXPECT: unawaited-future
    tracing::debug!(remote = remote.name(), "warmed {digest}"); // OK: unawaited-future
}
