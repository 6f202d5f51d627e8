//! The gateway's configuration file.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Upstream {
    pub name: String,
    pub addr: String,
    #[serde(default = "default_weight")]
    pub weight: u32,
}

fn default_weight() -> u32 {
    1
}

#[derive(Debug, Clone, Deserialize)]
pub struct RouteRule {
    pub prefix: String,
    pub upstream: String,
    #[serde(default)]
    pub rate_per_sec: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GatewayConfig {
    pub listen: String,
    pub admin_addr: String,
    pub audit_dir: String,
    pub database_url: String,
    pub upstreams: Vec<Upstream>,
    pub routes: Vec<RouteRule>,
    #[serde(default)]
    pub plugin_dir: Option<String>,
}
