//! The synonym table: loaded lazily by the index, reloaded on demand by the admin API.

use std::collections::HashMap;
use std::path::Path;

pub type Synonyms = HashMap<String, Vec<String>>;

pub fn load_synonyms(path: &Path) -> anyhow::Result<Synonyms> {
    let text = std::fs::read_to_string(path)?;
    Ok(serde_json::from_str(&text)?)
}

pub fn load_stopwords(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).map(|t| t.split_whitespace().map(String::from).collect()).unwrap_or_default()
}
