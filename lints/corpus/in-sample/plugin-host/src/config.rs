//! Host configuration: `host.toml`, read at startup and on reload. Plugins read it through the
//! bridge; the sync `plugin-host check-config` tool reads it without a runtime.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tokio::sync::RwLock;

#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct HostConfig {
    pub plugin_dir: PathBuf,
    pub enabled: Vec<String>,
    pub flush_secs: u64,
    #[serde(default)]
    pub extra: HashMap<String, String>,
}

pub fn parse(text: &str) -> Result<HostConfig, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

pub async fn load(path: &Path) -> Result<HostConfig, String> {
    let text = tokio::fs::read_to_string(path).await.map_err(|e| e.to_string())?;
    parse(&text)
}

/// The `check-config` subcommand has no runtime: it drives the async loader itself.
pub fn load_for_cli(path: &Path) -> Result<HostConfig, String> {
    pollster::block_on(load(path)) // OK: block-on-in-async
}

/// The plugins enabled right now, for code on a plugin thread.
pub fn enabled_plugins(config: &RwLock<HostConfig>) -> Vec<String> {
    config.blocking_read().enabled.clone() // OK: block-on-in-async
}

pub fn is_enabled(config: &RwLock<HostConfig>, name: &str) -> bool {
    enabled_plugins(config).iter().any(|enabled| enabled == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread")]
    async fn the_cli_loader_reads_what_the_host_reads() {
        let path = std::env::temp_dir().join("plugin-host-test.toml");
        tokio::fs::write(&path, "plugin_dir = \"/tmp\"\nenabled = [\"echo\"]\nflush_secs = 5\n").await.unwrap();
        let from_cli = load_for_cli(&path).unwrap(); // OK: block-on-in-async
        let from_host = load(&path).await.unwrap();
        assert_eq!(from_cli.enabled, from_host.enabled);
    }
}
