//! A method named for spawning, on a handle of no catalogued type (a runtime abstraction of
//! the crate's own, or one a generic provider makes), runs the future it is given as a task
//! beside its caller: blocking code in that future is reported. A name that offloads to a
//! blocking pool is not a spawn of async work.

use std::path::PathBuf;
use std::time::Duration;

pub trait Provider {
    type Handle: Spawner;
    fn create_handle(&self) -> Self::Handle;
}

pub trait Spawner {
    fn spawn_bg(&mut self, task: impl std::future::Future<Output = ()> + Send + 'static);
    fn spawn_blocking_job(&mut self, job: impl FnOnce() + Send + 'static);
}

struct Persister {
    path: PathBuf,
}

impl Persister {
    /// Saves the state on each interval, as a background task of its own.
    async fn run(self) {
        loop {
            tokio::time::sleep(Duration::from_secs(30)).await;
            if let Err(e) = std::fs::write(&self.path, b"state") { // EXPECT: blocking-in-async
                eprintln!("save failed: {e}");
            }
        }
    }
}

struct Snapshot {
    path: PathBuf,
}

impl Snapshot {
    /// Awaited once by the sequential start-up: nothing runs beside it.
    async fn take(&self) -> std::io::Result<()> {
        std::fs::write(&self.path, b"snapshot") // OK: blocking-in-async
    }
}

async fn start<P: Provider>(provider: P) -> std::io::Result<()> {
    let snapshot = Snapshot { path: PathBuf::from("snapshot.bin") };
    snapshot.take().await?;
    let mut handle = provider.create_handle();
    handle.spawn_bg(Persister { path: PathBuf::from("state.toml") }.run());
    handle.spawn_blocking_job(move || {
        let _ = std::fs::write("journal.bin", b"flushed"); // OK: blocking-in-async
    });
    Ok(())
}

struct Tokio;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    start(Tokio).await
}
