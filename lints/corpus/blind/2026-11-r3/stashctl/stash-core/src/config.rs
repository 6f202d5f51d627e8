use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub cache_dir: PathBuf,
    pub remote: String,
    pub mirrors: Vec<String>,
    pub upload_workers: usize,
}

/// Read once by the binaries before anything runs.
pub fn load(path: &Path) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
    Ok(toml_like(&text)?)
}

fn toml_like(text: &str) -> anyhow::Result<Config> {
    Ok(serde_json::from_str(text)?)
}
