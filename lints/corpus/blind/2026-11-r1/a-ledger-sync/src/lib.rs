//! ledger-sync: each node owns some shards of an append-only ledger, appends transfers to its
//! write-ahead log and replicates them to the replicas of each shard.

pub mod api;
pub mod cluster;
pub mod config;
pub mod db;
pub mod error;
pub mod gc;
pub mod ingest;
pub mod node;
pub mod shard;
pub mod snapshot;
pub mod tasks;
pub mod wal;

#[cfg(test)]
mod fixtures;

pub use error::LedgerError;
pub use node::Node;
