//! Loads zones at start-up.

use std::path::PathBuf;

use crate::state::StateFile;

/// Opens the zone's state file: awaited by the daemon's start-up only.
pub async fn load_zone(dir: PathBuf) -> std::io::Result<StateFile> {
    StateFile::open(dir.join("state.json")).await
}
