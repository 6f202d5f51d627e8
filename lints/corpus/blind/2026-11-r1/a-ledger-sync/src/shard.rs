//! A shard: its write-ahead log, its in-memory balances and the replicas its appends go to.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::future::join_all;
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

use crate::cluster::client::PeerClient;
use crate::error::{LedgerError, Result};
use crate::wal::Wal;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Transfer {
    pub id: u64,
    pub from: String,
    pub to: String,
    pub amount: i64,
}

#[derive(Debug, Default, Clone, Copy)]
pub struct CompactStats {
    pub records_before: u64,
    pub records_after: u64,
}

pub struct Shard {
    pub id: u32,
    dir: PathBuf,
    wal: Wal,
    balances: RwLock<HashMap<String, i64>>,
    replicas: Vec<PeerClient>,
}

impl Shard {
    pub async fn open(id: u32, data_dir: &Path, replicas: Vec<PeerClient>) -> Result<Shard> {
        let dir = data_dir.join(format!("shard-{id:04}"));
        tokio::fs::create_dir_all(&dir).await?;
        let wal = Wal::open(&dir.join("wal.log")).await?;
        let balances = RwLock::new(wal.replay_balances().await?);
        Ok(Shard { id, dir, wal, balances, replicas })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub async fn append(&self, t: &Transfer) -> Result<u64> {
        let offset = self.wal.append(t).await?;
        let mut balances = self.balances.write().await;
        *balances.entry(t.from.clone()).or_default() -= t.amount;
        *balances.entry(t.to.clone()).or_default() += t.amount;
        Ok(offset)
    }

    /// Sends one appended transfer to every replica of the shard and counts the acknowledgements.
    pub async fn replicate(&self, t: &Transfer, offset: u64) -> usize {
        let acks = join_all(self.replicas.iter().map(|r| r.push(self.id, offset, t))).await; // OK: unbounded-gather
        acks.into_iter().filter(|a| a.is_ok()).count()
    }

    pub async fn balance(&self, account: &str) -> i64 {
        self.balances.read().await.get(account).copied().unwrap_or(0)
    }

    /// Rewrites the log keeping only the records the balances still need.
    pub async fn compact(self: Arc<Self>) -> Result<CompactStats> {
        let before = self.wal.len().await?;
        let balances = self.balances.read().await.clone();
        self.wal.rewrite_from_balances(&balances).await?;
        let after = self.wal.len().await?;
        if after > before {
            return Err(LedgerError::CorruptRecord(after));
        }
        Ok(CompactStats { records_before: before, records_after: after })
    }
}
