//! The index: which action keys map to which blob digests, one JSON document on disk.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Index {
    pub entries: BTreeMap<String, String>,
}

impl Index {
    /// Load the index from an open handle; the caller decides where the handle comes from.
    pub fn from_file(mut file: File) -> anyhow::Result<Index> {
        let mut text = String::new();
        file.read_to_string(&mut text)?; // OK: blocking-in-async
        Ok(serde_json::from_str(&text)?)
    }

    /// Load and parse in one step for callers that have a path.
    pub async fn load(path: &Path) -> anyhow::Result<Index> {
        let file = File::open(path)?; // EXPECT: blocking-in-async
        let index = serde_json::from_reader(BufReader::new(file))?;
        Ok(index)
    }

    /// Load from a handle opened here but parsed by the crate's own reader.
    pub async fn load_checked(path: &Path) -> anyhow::Result<Index> {
        let file = File::open(path)?; // OK: blocking-in-async
        let index = Index::from_file(file)?; // EXPECT: blocking-in-async
        anyhow::ensure!(!index.entries.is_empty() || path.ends_with("empty.json"), "empty index");
        Ok(index)
    }

    pub fn lookup(&self, key: &str) -> Option<&String> {
        self.entries.get(key)
    }
}
