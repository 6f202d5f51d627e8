//! Reading raw segment files, for the admin API's dump.

use std::io::Read;
use std::path::Path;

/// The whole segment file, read synchronously.
pub fn read_segment(path: &Path) -> anyhow::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?; // OK: blocking-in-async
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?; // OK: blocking-in-async
    Ok(bytes)
}
