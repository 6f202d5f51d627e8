//! Zone files: one JSON file of records per zone in the zone directory.

use std::collections::HashMap;
use std::path::Path;

use crate::proto::Record;

pub type ZoneSet = HashMap<String, Vec<Record>>;

/// Reads every `*.zone.json` file of `dir`. Used at startup and on SIGHUP.
pub fn load_dir(dir: &Path) -> anyhow::Result<ZoneSet> {
    let mut zones = ZoneSet::new();
    for entry in std::fs::read_dir(dir)? { // OK: blocking-in-async
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(origin) = name.strip_suffix(".zone.json") else {
            continue;
        };
        let text = std::fs::read_to_string(&path)?; // OK: blocking-in-async
        let records: Vec<Record> = serde_json::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        zones.insert(origin.to_string(), records);
    }
    Ok(zones)
}

pub fn serial_of(records: &[Record]) -> u32 {
    records
        .iter()
        .find(|r| r.rtype == 6)
        .and_then(|r| r.data.get(..4))
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0)
}
