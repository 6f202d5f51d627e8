use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Index {
    pub entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub key: String,
    pub size: u64,
}

impl Index {
    /// Called from the CLI's commands and from `stashd`'s startup and its `/index/reload` route.
    pub async fn load(path: &PathBuf) -> anyhow::Result<Index> {
        let text = std::fs::read_to_string(path)?; // EXPECT: blocking-in-async
        Ok(serde_json::from_str(&text)?)
    }

    /// Written by the CLI alone, at the end of a command.
    pub async fn save(&self, path: &PathBuf) -> anyhow::Result<()> {
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, serde_json::to_vec(self)?)?; // OK: blocking-in-async
        std::fs::rename(&tmp, path)?; // OK: blocking-in-async
        Ok(())
    }

    pub fn append(&mut self, other: &mut Index) {
        self.entries.append(&mut other.entries); // OK: unawaited-future
    }
}
