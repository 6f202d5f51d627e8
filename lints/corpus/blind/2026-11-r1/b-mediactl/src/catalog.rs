//! The local catalogue of what has been uploaded already: a JSON map from file path to the
//! library's media id.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Catalog {
    uploaded: BTreeMap<PathBuf, String>,
}

impl Catalog {
    pub fn load(path: &Path) -> anyhow::Result<Catalog> {
        if !path.exists() {
            return Ok(Catalog::default());
        }
        let text = std::fs::read_to_string(path)?;
        Ok(serde_json::from_str(&text)?)
    }

    pub fn contains(&self, file: &Path) -> bool {
        self.uploaded.contains_key(file)
    }

    pub fn insert(&mut self, file: &Path, id: String) {
        self.uploaded.insert(file.to_path_buf(), id);
    }

    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, serde_json::to_vec_pretty(self)?)?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    }
}
