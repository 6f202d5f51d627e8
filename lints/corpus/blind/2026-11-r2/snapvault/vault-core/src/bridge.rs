//! Synchronous entry points for the editor plugin, which links this crate and calls it from
//! its own (non-async) UI thread.

use bytes::Bytes;

use crate::remote::{RemoteStore, SnapshotInfo};

/// Downloads one chunk, blocking the calling thread.
pub fn fetch_chunk_blocking(remote: &RemoteStore, digest: &str) -> anyhow::Result<Bytes> {
    futures::executor::block_on(remote.download_chunk(digest)) // OK: block-on-in-async
}

/// The newest snapshot, driven on the plugin's runtime handle.
pub fn latest_snapshot_blocking(
    handle: &tokio::runtime::Handle,
    remote: &RemoteStore,
) -> anyhow::Result<Option<SnapshotInfo>> {
    handle.block_on(async { // OK: block-on-in-async
        let mut snaps = remote.list_snapshots().await?;
        snaps.sort_by_key(|s| s.created_at);
        Ok(snaps.pop())
    })
}

/// Checks one chunk's digest against the bytes the remote returns.
pub fn verify_chunk_blocking(remote: &RemoteStore, digest: &str) -> anyhow::Result<bool> {
    use sha2::{Digest, Sha256};
    let bytes = fetch_chunk_blocking(remote, digest)?;
    Ok(hex::encode(Sha256::digest(&bytes)) == digest)
}
