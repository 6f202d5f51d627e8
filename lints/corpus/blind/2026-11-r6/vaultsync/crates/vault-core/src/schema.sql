CREATE TABLE IF NOT EXISTS entries (id TEXT PRIMARY KEY, site TEXT, ciphertext BLOB, updated_at INTEGER);
