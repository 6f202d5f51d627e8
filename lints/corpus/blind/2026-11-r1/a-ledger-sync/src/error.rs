//! The error type of the ledger.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum LedgerError {
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("peer {peer} refused: {reason}")]
    PeerRefused { peer: String, reason: String },
    #[error("corrupt wal record at offset {0}")]
    CorruptRecord(u64),
    #[error("shard {0} is not owned by this node")]
    NotOwner(u32),
    #[error(transparent)]
    Http(#[from] reqwest::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

pub type Result<T, E = LedgerError> = std::result::Result<T, E>;
