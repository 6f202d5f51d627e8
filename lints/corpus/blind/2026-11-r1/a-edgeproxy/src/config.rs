//! The TOML configuration: listeners, upstreams, health checks, admin and metrics endpoints.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listeners: Vec<ListenerCfg>,
    pub upstreams: Vec<UpstreamCfg>,
    #[serde(default)]
    pub health: HealthCfg,
    pub admin_addr: Option<SocketAddr>,
    pub metrics: Option<MetricsCfg>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ListenerCfg {
    pub addr: SocketAddr,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UpstreamCfg {
    pub name: String,
    pub host: String,
    pub port: u16,
    #[serde(default = "default_weight")]
    pub weight: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct HealthCfg {
    #[serde(with = "humantime_secs")]
    pub interval: Duration,
    pub path: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MetricsCfg {
    pub gateways: Vec<String>,
    pub every_secs: u64,
}

impl Default for HealthCfg {
    fn default() -> Self {
        Self { interval: Duration::from_secs(5), path: "/healthz".into() }
    }
}

fn default_weight() -> u32 {
    1
}

mod humantime_secs {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        Ok(Duration::from_secs(u64::deserialize(d)?))
    }
}

pub async fn load(path: &Path) -> anyhow::Result<Config> {
    let text = tokio::fs::read_to_string(path)
        .await
        .with_context(|| format!("reading {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}
