//! Saves the zone state to a file, once at start-up and then on each interval.

use std::path::PathBuf;

pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    /// Checks the state file can be written, then hands back the saver. The workspace calls it
    /// only through `zone_server::state::StateFile::open`, a re-export of this crate, while a
    /// sequential program starts: the first write stalls nothing.
    pub async fn open(path: PathBuf) -> std::io::Result<StateFile> {
        std::fs::write(&path, b"{}")?; // OK: blocking-in-async
        Ok(StateFile { path })
    }

    /// Nothing in the workspace calls it: a library's users may call it from any task.
    pub async fn snapshot(&self) -> std::io::Result<Vec<u8>> {
        std::fs::read(&self.path) // EXPECT: blocking-in-async
    }
}
