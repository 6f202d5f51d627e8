//! Splitting files into fixed-size chunks named by their SHA-256.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

pub struct Chunk {
    pub digest: String,
    pub data: Vec<u8>,
}

/// Reads a whole file and cuts it into chunks. Runs inside `vault push`, one file at a time.
pub async fn chunk_file(path: &Path, chunk_size: usize) -> anyhow::Result<Vec<Chunk>> {
    let mut file = File::open(path)?; // OK: blocking-in-async
    let mut chunks = Vec::new();
    loop {
        let mut data = vec![0u8; chunk_size];
        let mut filled = 0;
        while filled < chunk_size {
            let n = file.read(&mut data[filled..])?; // OK: blocking-in-async
            if n == 0 {
                break;
            }
            filled += n;
        }
        if filled == 0 {
            break;
        }
        data.truncate(filled);
        let mut hasher = Sha256::new();
        hasher.update(&data); // OK: unawaited-future
        let digest = hex::encode(hasher.finalize());
        chunks.push(Chunk { digest, data });
    }
    Ok(chunks)
}

/// Hash of a file without keeping its bytes, for `vault verify`.
pub fn file_digest(path: &Path) -> std::io::Result<String> {
    let mut file = File::open(path)?; // OK: blocking-in-async
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hex::encode(hasher.finalize()))
}
