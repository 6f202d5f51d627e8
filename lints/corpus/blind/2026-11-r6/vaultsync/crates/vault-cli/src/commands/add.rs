//! `vault add`: seal a new secret and store it locally.

use std::path::Path;

use vault_core::entry::Entry;
use vault_core::store::{read_key_file, Store};

use crate::cli::AddArgs;

pub async fn run(db: &Path, key_path: &Path, args: AddArgs) -> anyhow::Result<()> {
    let key = read_key_file(key_path)?; // OK: blocking-in-async
    let entry = seal(&key, &args);
    persist(db, &entry).await?;
    println!("added {}", entry.site);
    Ok(())
}

fn seal(key: &[u8], args: &AddArgs) -> Entry {
    let secret = args.password.clone().unwrap_or_default();
    let ciphertext = secret.bytes().zip(key.iter().cycle()).map(|(b, k)| b ^ k).collect();
    Entry { id: args.site.clone(), site: args.site.clone(), ciphertext, updated_at: now() }
}

async fn persist(db: &Path, entry: &Entry) -> anyhow::Result<()> {
    let store = Store::open(db)?; // OK: blocking-in-async
    store.insert(entry)?; // OK: blocking-in-async
    std::fs::write(db.with_extension("stamp"), entry.updated_at.to_string())?; // OK: blocking-in-async
    Ok(())
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
