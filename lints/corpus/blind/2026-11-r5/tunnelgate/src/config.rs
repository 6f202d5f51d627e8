//! The gate's configuration file.

use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Config {
    pub listen: String,
    pub admin_addr: String,
    pub dns_addr: String,
    pub key_file: PathBuf,
    pub peers_file: PathBuf,
    pub geoip_file: PathBuf,
    pub upstreams: Vec<String>,
}

pub fn load(path: &str) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)?;
    Ok(toml::from_str(&text)?)
}

pub fn parse_peers(text: &str) -> anyhow::Result<Vec<String>> {
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())
}
