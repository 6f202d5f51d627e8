use std::path::Path;
use std::time::{Duration, SystemTime};

/// Removes objects older than `max_age`; the CLI's `gc` subcommand is the only caller.
pub async fn sweep(objects: &Path, max_age: Duration) -> anyhow::Result<usize> {
    let mut removed = 0;
    for shard in std::fs::read_dir(objects)? { // OK: blocking-in-async
        let shard = shard?;
        for entry in std::fs::read_dir(shard.path())? { // OK: blocking-in-async
            let entry = entry?;
            let age = SystemTime::now().duration_since(entry.metadata()?.modified()?)?;
            if age > max_age {
                std::fs::remove_file(entry.path())?; // OK: blocking-in-async
                removed += 1;
            }
        }
    }
    Ok(removed)
}
