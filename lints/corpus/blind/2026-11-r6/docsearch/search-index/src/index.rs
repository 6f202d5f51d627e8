//! The `Index` trait and its on-disk implementation.

use std::path::PathBuf;

use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use crate::doc::{Doc, Hit};

pub trait Index: Send + Sync {
    async fn add(&self, doc: Doc) -> anyhow::Result<()>;
    async fn commit(&self) -> anyhow::Result<()>;
    async fn search(&self, query: &str) -> anyhow::Result<Vec<Hit>>;
}

pub struct SegmentIndex {
    dir: PathBuf,
    pending: Mutex<Vec<Doc>>,
}

impl SegmentIndex {
    pub fn new(dir: PathBuf) -> SegmentIndex {
        SegmentIndex { dir, pending: Mutex::new(Vec::new()) }
    }

    pub async fn count(&self) -> usize {
        self.pending.lock().await.len()
    }

    async fn flush_segment(&self) -> anyhow::Result<()> {
        let docs = std::mem::take(&mut *self.pending.lock().await);
        let mut hasher = Sha256::new();
        for doc in &docs {
            hasher.update(doc.id.as_bytes()); // OK: unawaited-future
        }
        let name = format!("{:x}.seg", hasher.finalize());
        tokio::fs::write(self.dir.join(name), serde_json::to_vec(&docs)?).await?;
        Ok(())
    }

    pub async fn compact(&self) -> anyhow::Result<()> {
        let pending = self.flush_segment(); // EXPECT: unawaited-future
        tracing::info!(dir = %self.dir.display(), "compacting");
        let tmp = self.dir.join("compact.tmp");
        tokio::fs::remove_file(&tmp); // EXPECT: unawaited-future
        Ok(())
    }
}

impl Index for SegmentIndex {
    async fn add(&self, doc: Doc) -> anyhow::Result<()> {
        let mut pending = self.pending.lock().await; // OK: lock-across-await
        pending.push(doc);
        if pending.len() >= 1000 {
            drop(pending);
            self.flush_segment().await?; // OK: unawaited-future
        }
        Ok(())
    }

    async fn commit(&self) -> anyhow::Result<()> {
        self.flush_segment().await
    }

    async fn search(&self, query: &str) -> anyhow::Result<Vec<Hit>> {
        let mut hits = Vec::new();
        let mut dir = tokio::fs::read_dir(&self.dir).await?;
        while let Some(entry) = dir.next_entry().await? {
            let bytes = tokio::fs::read(entry.path()).await?;
            let docs: Vec<Doc> = serde_json::from_slice(&bytes)?;
            hits.extend(docs.into_iter().filter(|d| d.body.contains(query)).map(|d| Hit { id: d.id, score: 1.0 }));
        }
        Ok(hits)
    }
}

/// Re-adds every document, for a schema change.
pub async fn reindex_all<I: Index>(index: &I, docs: Vec<Doc>) -> anyhow::Result<()> {
    for doc in docs {
        index.add(doc).await?;
    }
    index.commit(); // EXPECT: unawaited-future
    Ok(())
}

/// Adds documents and commits once at the end.
pub async fn add_and_commit(index: &impl Index, docs: Vec<Doc>) -> anyhow::Result<usize> {
    let n = docs.len();
    for doc in docs {
        index.add(doc); // EXPECT: unawaited-future
    }
    index.commit().await?;
    Ok(n)
}
