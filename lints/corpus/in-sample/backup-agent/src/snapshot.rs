//! Taking a snapshot: walk the source directories, cut files into chunks, hash them, and keep
//! the chunks the catalog does not know yet. The walk and the hashing are blocking and
//! CPU-bound: they run on the blocking pool and on rayon, never on a runtime worker.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::runtime::Handle;
use tokio::sync::mpsc;

use crate::catalog::{Catalog, ChunkHash};
use crate::progress::ProgressSink;
use crate::worker::on_worker;

const CHUNK_SIZE: usize = 4 << 20;

#[derive(Clone)]
pub struct Chunk {
    pub hash: ChunkHash,
    pub data: Arc<Vec<u8>>,
}

#[derive(Default, serde::Serialize)]
pub struct Manifest {
    pub files: Vec<(String, Vec<ChunkHash>)>,
}

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("reading {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("chunker stopped")]
    Stopped,
}

/// Cuts one file into compressed chunks, reporting through the sink; blocking.
fn chunk_file(path: &Path, catalog: &Catalog, sink: &ProgressSink) -> Result<(Vec<ChunkHash>, Vec<Chunk>), SnapshotError> {
    let mut file = std::fs::File::open(path).map_err(|e| SnapshotError::Read(path.to_path_buf(), e))?;
    let mut hashes = Vec::new();
    let mut fresh = Vec::new();
    let mut buffer = vec![0u8; CHUNK_SIZE];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buffer).map_err(|e| SnapshotError::Read(path.to_path_buf(), e))?;
        if n == 0 {
            break;
        }
        total += n as u64;
        let hash: ChunkHash = *blake3::hash(&buffer[..n]).as_bytes();
        hashes.push(hash);
        if !catalog.contains_now(&hash) {
            let data = zstd::encode_all(&buffer[..n], 3).map_err(|e| SnapshotError::Read(path.to_path_buf(), e))?;
            fresh.push(Chunk { hash, data: Arc::new(data) });
        }
    }
    sink.file_done(&path.display().to_string(), total);
    Ok((hashes, fresh))
}

/// Walks every source and chunks every file; blocking, run on the blocking pool.
fn chunk_sources(sources: &[PathBuf], catalog: &Catalog, sink: &ProgressSink, chunks: &mpsc::Sender<Chunk>) -> Result<Manifest, SnapshotError> {
    let mut manifest = Manifest::default();
    for source in sources {
        for entry in walkdir::WalkDir::new(source).into_iter().filter_map(Result::ok) {
            if !entry.file_type().is_file() {
                continue;
            }
            match chunk_file(entry.path(), catalog, sink) {
                Ok((hashes, fresh)) => {
                    for chunk in fresh {
                        chunks.blocking_send(chunk).map_err(|_| SnapshotError::Stopped)?; // OK: block-on-in-async
                    }
                    manifest.files.push((entry.path().display().to_string(), hashes));
                }
                Err(e) => sink.skipped(&entry.path().display().to_string(), &e.to_string()),
            }
        }
    }
    Ok(manifest)
}

/// Takes a snapshot; fresh chunks go out on `chunks` while the walk goes on.
pub async fn take(sources: Vec<PathBuf>, catalog: Arc<Catalog>, sink: ProgressSink, chunks: mpsc::Sender<Chunk>) -> Result<Manifest, SnapshotError> {
    on_worker(move || chunk_sources(&sources, &catalog, &sink, &chunks)).await // OK: block-on-in-async, blocking-in-async
}

/// Snapshot of a single file the operator asked for from the control plane.
pub async fn take_one(path: PathBuf, catalog: Arc<Catalog>, sink: ProgressSink) -> Result<Vec<Chunk>, SnapshotError> {
    let (_, fresh) = chunk_file(&path, &catalog, &sink)?; // EXPECT: block-on-in-async [mentions: contains_now], blocking-in-async
    Ok(fresh)
}

/// Snapshot of a single file, the version the control plane calls since 2.2.
pub async fn take_one_offloaded(path: PathBuf, catalog: Arc<Catalog>, sink: ProgressSink) -> Result<Vec<Chunk>, SnapshotError> {
    let (_, fresh) = tokio::task::spawn_blocking(move || chunk_file(&path, &catalog, &sink)) // OK: block-on-in-async, blocking-in-async
        .await
        .map_err(|_| SnapshotError::Stopped)??;
    Ok(fresh)
}

/// Hashes the files of a directory on rayon's pool and sends the results back.
pub fn hash_directory(dir: PathBuf, results: mpsc::Sender<(PathBuf, ChunkHash)>) {
    rayon::spawn(move || {
        for entry in walkdir::WalkDir::new(&dir).into_iter().filter_map(Result::ok) {
            if let Ok(bytes) = std::fs::read(entry.path()) { // OK: blocking-in-async
                let hash = *blake3::hash(&bytes).as_bytes();
                if results.blocking_send((entry.path().to_path_buf(), hash)).is_err() { // OK: block-on-in-async
                    return;
                }
            }
        }
    });
}

/// How many chunks of `paths` are new; the dashboard shows it before a manual snapshot. The
/// files are read on a thread of their own, which asks the catalog through the runtime.
pub async fn count_new_chunks(paths: Vec<PathBuf>, catalog: Arc<Catalog>) -> usize {
    let runtime = Handle::current();
    let (done, counted) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut fresh = 0;
        for path in &paths {
            let Ok(bytes) = std::fs::read(path) else { continue }; // OK: blocking-in-async
            let hash: ChunkHash = *blake3::hash(&bytes).as_bytes();
            if !runtime.block_on(catalog.contains(&hash)) { // OK: block-on-in-async
                fresh += 1;
            }
        }
        let _ = done.send(fresh);
    });
    counted.await.unwrap_or(0)
}

/// Whether one chunk is new, for the dedupe check of the upload path.
pub async fn is_new(catalog: &Catalog, data: &[u8]) -> bool {
    let hash: ChunkHash = *blake3::hash(data).as_bytes();
    !catalog.contains_now(&hash) // EXPECT: block-on-in-async [mentions: blocking_read]
}
