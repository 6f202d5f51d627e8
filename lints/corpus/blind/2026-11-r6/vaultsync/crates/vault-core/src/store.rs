//! The local store: a SQLite file holding every entry, opened once per process.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection};

use crate::entry::Entry;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        let conn = Connection::open(path)?;
        conn.execute_batch(include_str!("schema.sql"))?;
        Ok(Store { conn, path: path.to_path_buf() })
    }

    pub fn insert(&self, entry: &Entry) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO entries (id, site, ciphertext, updated_at) VALUES (?1, ?2, ?3, ?4)",
            params![entry.id, entry.site, entry.ciphertext, entry.updated_at],
        )?;
        Ok(())
    }

    pub fn since(&self, ts: u64) -> anyhow::Result<Vec<Entry>> {
        let mut stmt = self.conn.prepare("SELECT id, site, ciphertext, updated_at FROM entries WHERE updated_at > ?1")?;
        let rows = stmt.query_map(params![ts], |row| {
            Ok(Entry { id: row.get(0)?, site: row.get(1)?, ciphertext: row.get(2)?, updated_at: row.get(3)? })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads the key file the vault was created with; the CLI and the daemon both need it.
pub fn read_key_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    let key = std::fs::read(path)?; // OK: blocking-in-async
    anyhow::ensure!(key.len() == 32, "{} does not hold a 32-byte key", path.display());
    Ok(key)
}
