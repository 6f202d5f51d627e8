//! File-system helpers. Everything here is sync; async callers must go through `read_part_async`.
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use fs_err as fs;

pub fn list_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() { // OK: blocking-in-async
            let path = entry.path();
            if path.is_dir() { stack.push(path) } else { out.push(path) }
        }
    }
    out
}

pub fn read_part(path: &Path, offset: u64, len: usize) -> std::io::Result<Vec<u8>> {
    let mut f = fs::File::open(path)?; // OK: blocking-in-async
    f.seek(SeekFrom::Start(offset))?;
    let mut buf = vec![0; len];
    f.read_exact(&mut buf)?;
    Ok(buf)
}

pub async fn read_part_async(path: PathBuf, offset: u64, len: usize) -> std::io::Result<Vec<u8>> {
    tokio::task::spawn_blocking(move || read_part(&path, offset, len)).await? // OK: blocking-in-async
}

pub fn file_len(path: &Path) -> u64 {
    fs::metadata(path).map(|m| m.len()).unwrap_or(0) // OK: blocking-in-async
}

pub fn checksum(path: &Path) -> std::io::Result<String> {
    let bytes = fs::read(path)?; // OK: blocking-in-async
    Ok(format!("{:x}", md5::compute(bytes)))
}
