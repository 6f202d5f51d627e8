//! tunnelmux.toml and the TLS acceptor.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub listen: SocketAddr,
    pub admin_listen: SocketAddr,
    pub tls_cert: PathBuf,
    pub tls_key: PathBuf,
    pub geoip_db: PathBuf,
    /// Host name to backend name.
    pub routes: HashMap<String, String>,
    /// Backend name to its upstream addresses.
    pub backends: HashMap<String, Vec<SocketAddr>>,
    #[serde(default = "default_pool")]
    pub pool_size: usize,
}

fn default_pool() -> usize {
    8
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        Ok(toml::from_str(&std::fs::read_to_string(path)?)?) // OK: blocking-in-async
    }
}

pub fn tls_acceptor(cert_pem: &[u8], key_pem: &[u8]) -> anyhow::Result<tokio_rustls::TlsAcceptor> {
    anyhow::ensure!(!cert_pem.is_empty() && !key_pem.is_empty(), "empty certificate or key");
    let config = tokio_rustls::rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(tokio_rustls::rustls::server::ResolvesServerCertUsingSni::new()));
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}
