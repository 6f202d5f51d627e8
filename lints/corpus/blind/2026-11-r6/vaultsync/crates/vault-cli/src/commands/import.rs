//! `vault import a.csv b.csv`: read other managers' exports, all files at once.

use std::path::{Path, PathBuf};

use futures::future::try_join_all;
use vault_core::entry::Entry;
use vault_core::store::Store;

use crate::cli::ImportArgs;

pub async fn run(db: &Path, args: ImportArgs) -> anyhow::Result<()> {
    let parsed = try_join_all(args.files.iter().map(|file| import_file(file.clone()))).await?; // EXPECT: unbounded-gather
    let store = Store::open(db)?; // OK: blocking-in-async
    for entry in parsed.iter().flatten() {
        store.insert(entry)?; // OK: blocking-in-async
    }
    Ok(())
}

async fn import_file(path: PathBuf) -> anyhow::Result<Vec<Entry>> {
    let text = std::fs::read_to_string(&path)?; // EXPECT: blocking-in-async
    Ok(text.lines().skip(1).filter_map(|line| parse_row(&path, line)).collect())
}

fn parse_row(path: &Path, line: &str) -> Option<Entry> {
    let mut cols = line.split(',');
    let site = cols.next()?.to_string();
    let secret = cols.next()?.as_bytes().to_vec();
    tracing::trace!(file = %path.display(), %site, "row");
    Some(Entry { id: site.clone(), site, ciphertext: secret, updated_at: 0 })
}
