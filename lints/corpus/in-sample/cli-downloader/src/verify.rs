//! Checksum verification of finished downloads.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn sha256_of(path: &Path) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?; // OK: blocking-in-async
    Ok(format!("{:x}", Sha256::digest(&bytes)))
}

pub async fn all(dir: &Path) {
    let mut entries = match tokio::fs::read_dir(dir).await { // OK: blocking-in-async
        Ok(entries) => entries,
        Err(_) => return,
    };
    let mut checks = Vec::new();
    while let Ok(Some(entry)) = entries.next_entry().await {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "sha256") {
            checks.push(tokio::task::spawn_blocking(move || verify_one(path))); // OK: blocking-in-async, detached-spawn
        }
    }
    for check in checks {
        if let Ok(Err(problem)) = check.await {
            eprintln!("checksum mismatch: {problem}");
        }
    }
}

pub async fn quick(path: PathBuf) -> bool {
    let expected = tokio::fs::read_to_string(path.with_extension("sha256")).await.unwrap_or_default(); // OK: blocking-in-async
    let actual = sha256_of(&path).unwrap_or_default(); // EXPECT: blocking-in-async [mentions: std::fs::read]
    expected.trim() == actual
}

fn verify_one(sha_file: PathBuf) -> Result<(), String> {
    let expected = std::fs::read_to_string(&sha_file).map_err(|e| e.to_string())?; // OK: blocking-in-async
    let actual = sha256_of(&sha_file.with_extension("")).map_err(|e| e.to_string())?;
    if expected.trim() == actual { Ok(()) } else { Err(sha_file.display().to_string()) }
}
