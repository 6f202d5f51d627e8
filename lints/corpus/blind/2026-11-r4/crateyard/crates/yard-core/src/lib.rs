//! The build cache's shared core: the content-addressed store, the index, the repository lock
//! and the remote protocol, used by both the `yard` CLI and the `yardd` server.

pub mod index;
pub mod lock;
pub mod remote;
pub mod store;

pub use index::Index;
pub use lock::RepoLock;
pub use store::Store;

/// Lowercase hex of a digest, as object file names use it.
pub fn hex(bytes: impl AsRef<[u8]>) -> String {
    bytes.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}
