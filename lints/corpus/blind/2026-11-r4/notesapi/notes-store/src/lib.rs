//! Note storage: the `Storage` trait the API is written against, and its file-backed
//! implementation.

use std::path::PathBuf;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Note {
    pub id: u64,
    pub title: String,
    pub body: String,
}

#[async_trait]
pub trait Storage: Send + Sync {
    async fn get(&self, id: u64) -> anyhow::Result<Option<Note>>;
    async fn save(&self, note: &Note) -> anyhow::Result<()>;
    async fn delete(&self, id: u64) -> anyhow::Result<()>;
    async fn touch(&self, id: u64);
    async fn reindex(&self) -> anyhow::Result<usize>;
    fn label(&self) -> &str;
}

pub struct FileStorage {
    pub dir: PathBuf,
}

#[async_trait]
impl Storage for FileStorage {
    async fn get(&self, id: u64) -> anyhow::Result<Option<Note>> {
        match tokio::fs::read(self.dir.join(format!("{id}.json"))).await {
            Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    async fn save(&self, note: &Note) -> anyhow::Result<()> {
        tokio::fs::write(self.dir.join(format!("{}.json", note.id)), serde_json::to_vec(note)?).await?;
        Ok(())
    }

    async fn delete(&self, id: u64) -> anyhow::Result<()> {
        tokio::fs::remove_file(self.dir.join(format!("{id}.json"))).await?;
        Ok(())
    }

    async fn touch(&self, id: u64) {
        let _ = tokio::fs::File::open(self.dir.join(format!("{id}.json"))).await;
    }

    async fn reindex(&self) -> anyhow::Result<usize> {
        let mut entries = tokio::fs::read_dir(&self.dir).await?;
        let mut count = 0;
        while entries.next_entry().await?.is_some() {
            count += 1;
        }
        Ok(count)
    }

    fn label(&self) -> &str {
        "files"
    }
}
