//! The write-ahead log: one JSON transfer per line, appended and fsynced before the append returns.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tokio::fs::{File, OpenOptions};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::Mutex;
use tokio::task::JoinSet;

use crate::error::{LedgerError, Result};
use crate::shard::Transfer;

pub struct Wal {
    path: PathBuf,
    file: Mutex<File>,
}

impl Wal {
    pub async fn open(path: &Path) -> Result<Wal> {
        let file = OpenOptions::new().create(true).append(true).open(path).await?;
        Ok(Wal { path: path.to_owned(), file: Mutex::new(file) })
    }

    pub async fn append(&self, t: &Transfer) -> Result<u64> {
        let mut line = serde_json::to_vec(t)?;
        line.push(b'\n');
        let mut file = self.file.lock().await;
        file.write_all(&line).await?;
        file.sync_data().await?;
        Ok(file.metadata().await?.len())
    }

    pub async fn len(&self) -> Result<u64> {
        let file = File::open(&self.path).await?;
        let mut lines = BufReader::new(file).lines();
        let mut n = 0;
        while lines.next_line().await?.is_some() {
            n += 1;
        }
        Ok(n)
    }

    pub async fn replay_balances(&self) -> Result<HashMap<String, i64>> {
        let file = File::open(&self.path).await?;
        let mut lines = BufReader::new(file).lines();
        let mut balances = HashMap::new();
        let mut offset = 0u64;
        while let Some(line) = lines.next_line().await? {
            offset += 1;
            let t: Transfer = serde_json::from_str(&line).map_err(|_| LedgerError::CorruptRecord(offset))?;
            *balances.entry(t.from).or_default() -= t.amount;
            *balances.entry(t.to).or_default() += t.amount;
        }
        Ok(balances)
    }

    pub async fn rewrite_from_balances(&self, balances: &HashMap<String, i64>) -> Result<()> {
        let tmp = self.path.with_extension("compact");
        let mut out = File::create(&tmp).await?;
        for (i, (account, amount)) in balances.iter().enumerate() {
            let t = Transfer { id: i as u64, from: "genesis".into(), to: account.clone(), amount: *amount };
            out.write_all(&serde_json::to_vec(&t)?).await?;
            out.write_all(b"\n").await?;
        }
        out.sync_all().await?;
        tokio::fs::rename(&tmp, &self.path).await?;
        Ok(())
    }
}

/// Validates every record of a log file received from a peer, each checked against the peer's signature
/// service in its own task.
pub async fn verify_foreign_log(path: &Path, verifier: reqwest::Client, verify_url: String) -> Result<usize> {
    let file = File::open(path).await?;
    let mut lines = BufReader::new(file).lines();
    let mut set = JoinSet::new();
    while let Some(line) = lines.next_line().await? {
        let client = verifier.clone();
        let url = verify_url.clone();
        set.spawn(async move { client.post(url).body(line).send().await.map(|r| r.status().is_success()) }); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
    }
    let mut valid = 0;
    while let Some(done) = set.join_next().await {
        if matches!(done, Ok(Ok(true))) {
            valid += 1;
        }
    }
    Ok(valid)
}
