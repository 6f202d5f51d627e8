//! Writing exports and reports to files the user names.

use std::io::{BufWriter, Write};
use std::path::Path;

use vault_core::entry::Entry;

pub fn write_csv(path: &Path, entries: &[Entry]) -> anyhow::Result<()> {
    let mut out = BufWriter::new(std::fs::File::create(path)?); // OK: blocking-in-async
    writeln!(out, "id,site,updated_at")?;
    for entry in entries {
        writeln!(out, "{},{},{}", entry.id, entry.site, entry.updated_at)?;
    }
    Ok(())
}
