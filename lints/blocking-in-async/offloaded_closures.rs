//! Blocking work handed to a thread pool is fine; the same work in a closure that runs
//! inline (an iterator adaptor) still blocks the async task.

use std::path::PathBuf;

async fn read_all(paths: Vec<PathBuf>) -> Vec<Vec<u8>> {
    let inline: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect(); // EXPECT: blocking-in-async
    let offloaded = tokio::task::spawn_blocking(move || {
        paths.iter().map(|p| std::fs::read(p).unwrap()).collect::<Vec<_>>() // OK: blocking-in-async
    })
    .await
    .unwrap();
    [inline, offloaded].concat()
}

async fn hash_file(path: PathBuf) -> u64 {
    let hash = move || {
        let bytes = std::fs::read(&path).unwrap(); // OK: blocking-in-async
        bytes.iter().map(|&b| u64::from(b)).sum::<u64>()
    };
    tokio::task::spawn_blocking(hash).await.unwrap()
}

async fn compact_in_place(dir: PathBuf) {
    tokio::task::block_in_place(|| std::fs::remove_dir_all(&dir)).unwrap(); // OK: blocking-in-async
}

async fn background_threads(dir: PathBuf) {
    let other = dir.clone();
    std::thread::spawn(move || std::fs::create_dir_all(dir)); // OK: blocking-in-async
    rayon::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(1)); // OK: blocking-in-async
        let _ = std::fs::remove_file(other); // OK: blocking-in-async
    });
}

async fn via_handle(path: PathBuf) -> usize {
    let handle = tokio::runtime::Handle::current();
    let size = handle.spawn_blocking(move || std::fs::read(path).map(|b| b.len())); // OK: blocking-in-async
    size.await.unwrap().unwrap_or(0)
}

async fn spawned_task_is_still_async(path: PathBuf) {
    let task = tokio::spawn(async move {
        std::fs::read(&path).unwrap() // EXPECT: blocking-in-async
    });
    task.await.unwrap();
}

/// A sync helper that hands its work to the blocking pool, with the closure built in a block
/// that clones what it captures: calling it from async code blocks nothing.
fn sweep_in_background(dir: &std::path::Path) {
    tokio::task::spawn_blocking({
        let dir = dir.to_owned();
        move || {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() { // OK: blocking-in-async
                let _ = std::fs::remove_file(entry.path()); // OK: blocking-in-async
            }
        }
    });
}

async fn after_upload(dir: PathBuf) {
    sweep_in_background(&dir); // OK: blocking-in-async
}

/// The block's own statements still run here, on the async task.
async fn prepared_before_offloading(path: PathBuf) {
    let _ = tokio::task::spawn_blocking({
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let text = std::fs::read_to_string(&path).unwrap_or_default(); // EXPECT: blocking-in-async
        move || text.len() as u64 + size
    })
    .await;
}

fn main() {}
