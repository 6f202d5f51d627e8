use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::path::Path;

use parking_lot::RwLock;

use crate::config::Config;

#[derive(Default)]
pub struct Zones {
    records: RwLock<HashMap<String, Vec<IpAddr>>>,
    blocked: RwLock<HashSet<String>>,
}

impl Zones {
    pub fn from_hosts(text: &str) -> Zones {
        let zones = Zones::default();
        zones.load_zone(text);
        zones
    }

    pub fn load_zone(&self, text: &str) {
        let mut records = self.records.write();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.split_whitespace();
            if let (Some(ip), Some(name)) = (parts.next(), parts.next()) {
                if let Ok(ip) = ip.parse() {
                    records.entry(name.to_string()).or_default().push(ip);
                }
            }
        }
    }

    pub fn block_all<'a>(&self, names: impl Iterator<Item = &'a str>) {
        self.blocked.write().extend(names.map(str::to_string));
    }

    pub fn lookup(&self, name: &str) -> Option<Vec<IpAddr>> {
        if self.blocked.read().contains(name) {
            return Some(Vec::new());
        }
        self.records.read().get(name).cloned()
    }

    pub fn clear(&self) {
        self.records.write().clear();
    }
}

/// Runs once during startup, before the listeners exist.
pub async fn warm_from_disk(zones: &Zones, cache_file: &Path) -> anyhow::Result<()> {
    let Ok(text) = std::fs::read_to_string(cache_file) else {
        return Ok(());
    };
    zones.load_zone(&text);
    Ok(())
}

pub async fn reload_on_sighup(zones: std::sync::Arc<Zones>, cfg: Config) -> anyhow::Result<()> {
    let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
    while hup.recv().await.is_some() {
        let hosts = tokio::fs::read_to_string(&cfg.hosts_file).await?;
        zones.clear();
        zones.load_zone(&hosts);
        for path in &cfg.zone_files {
            let text = std::fs::read_to_string(path)?; // EXPECT: blocking-in-async
            zones.load_zone(&text);
        }
    }
    Ok(())
}
