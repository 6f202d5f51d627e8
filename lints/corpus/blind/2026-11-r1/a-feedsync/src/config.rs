//! Runtime configuration, read once from the environment at start-up.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context;
use url::Url;

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub database_url: String,
    pub workers: usize,
    pub poll_every: Duration,
    pub mirrors: Vec<Url>,
    pub keep_entries_per_feed: usize,
}

fn var_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

impl Config {
    pub fn load_from_env() -> anyhow::Result<Self> {
        let listen = var_or("FEEDSYNC_LISTEN", "127.0.0.1:8088")
            .parse()
            .context("FEEDSYNC_LISTEN is not a socket address")?;
        let workers = var_or("FEEDSYNC_WORKERS", "4")
            .parse()
            .context("FEEDSYNC_WORKERS is not a number")?;
        let poll_secs: u64 = var_or("FEEDSYNC_POLL_SECS", "300")
            .parse()
            .context("FEEDSYNC_POLL_SECS is not a number")?;
        let mirrors = var_or("FEEDSYNC_MIRRORS", "")
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| Url::parse(s.trim()))
            .collect::<Result<Vec<_>, _>>()
            .context("FEEDSYNC_MIRRORS holds an invalid url")?;
        Ok(Self {
            listen,
            database_url: var_or("DATABASE_URL", "sqlite://feedsync.db"),
            workers,
            poll_every: Duration::from_secs(poll_secs),
            mirrors,
            keep_entries_per_feed: 200,
        })
    }
}
