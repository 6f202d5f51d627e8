//! Recipient lists: a JSON array exported from the CRM, deduplicated by address.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context;
use futures::future::join_all;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Recipient {
    pub email: String,
    pub name: Option<String>,
    #[serde(default)]
    pub fields: serde_json::Map<String, serde_json::Value>,
}

pub async fn load(path: &Path) -> anyhow::Result<Vec<Recipient>> {
    let bytes = tokio::fs::read(path)
        .await
        .with_context(|| format!("reading {}", path.display()))?;
    let list: Vec<Recipient> = serde_json::from_slice(&bytes)
        .with_context(|| format!("{} is not a JSON array of recipients", path.display()))?;
    let mut seen = HashSet::new();
    Ok(list
        .into_iter()
        .filter(|r| seen.insert(r.email.to_ascii_lowercase()))
        .collect())
}

async fn has_mail_host(domain: &str) -> bool {
    tokio::net::lookup_host(format!("{domain}:25"))
        .await
        .map(|mut addrs| addrs.next().is_some())
        .unwrap_or(false)
}

/// Reads a plain list of addresses, one per line, and returns the domains that do not resolve.
pub async fn verify_domains(path: &Path) -> anyhow::Result<Vec<String>> {
    let text = tokio::fs::read_to_string(path).await?;
    let checked = join_all(text.lines().filter_map(|l| l.trim().split_once('@')).map(|(_, d)| async move { (d, has_mail_host(d).await) })).await; // EXPECT: unbounded-gather
    Ok(checked
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(d, _)| d.to_owned())
        .collect())
}
