//! Zones on disk, one file per zone, and the refresher that reloads a zone when its primary
//! sends a NOTIFY.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::mpsc;

#[derive(Debug, Default, Clone)]
pub struct Zone {
    pub origin: String,
    pub records: Vec<String>,
}

#[derive(Debug, Default)]
pub struct ZoneSet {
    pub zones: HashMap<String, Zone>,
}

/// A NOTIFY from a primary: fire and forget, nobody waits for the reload.
#[derive(Debug)]
pub struct Notify {
    pub zone: String,
}

impl ZoneSet {
    pub fn load_dir(dir: &Path) -> anyhow::Result<ZoneSet> {
        let mut set = ZoneSet::default();
        for entry in fs::read_dir(dir)? { // OK: blocking-in-async
            let path = entry?.path();
            let zone = parse_zone(&path)?; // OK: blocking-in-async
            set.zones.insert(zone.origin.clone(), zone);
        }
        Ok(set)
    }
}

fn parse_zone(path: &Path) -> anyhow::Result<Zone> {
    let mut file = File::open(path)?; // OK: blocking-in-async
    let mut text = String::new();
    file.read_to_string(&mut text)?; // OK: blocking-in-async
    let origin = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    Ok(Zone { origin, records: text.lines().map(str::to_string).collect() })
}

/// Reload one zone from disk; the primary's transfer has already written the file.
async fn reload(zones: Arc<parking_lot::RwLock<ZoneSet>>, dir: PathBuf, name: String) -> anyhow::Result<()> {
    let marker = dir.join(format!(".{name}.reloading"));
    File::create(&marker)?; // OK: blocking-in-async
    let zone = parse_zone(&dir.join(format!("{name}.zone")))?; // EXPECT: blocking-in-async
    zones.write().zones.insert(name, zone); // OK: lock-across-await
    tokio::fs::remove_file(marker).await?;
    Ok(())
}

pub async fn refresher(
    zones: Arc<parking_lot::RwLock<ZoneSet>>,
    dir: PathBuf,
    mut notifies: mpsc::UnboundedReceiver<Notify>,
) -> anyhow::Result<()> {
    while let Some(notify) = notifies.recv().await {
        tokio::spawn(reload(zones.clone(), dir.clone(), notify.zone)); // EXPECT: unbounded-gather, detached-spawn // OK: untracked-spawn
    }
    anyhow::bail!("the NOTIFY channel closed")
}
