//! `yard mirror FROM`: copy another cache directory into this one, with a progress line.

use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{RwLock, mpsc};
use yard_blocking::Settings;
use yard_core::Store;

async fn report_progress(mut done: mpsc::UnboundedReceiver<usize>) {
    let mut total = 0;
    while let Some(n) = done.recv().await {
        total += n;
        eprint!("\rmirrored {total} bytes");
    }
    eprintln!();
}

pub async fn run(store: &Store, from: &str) -> anyhow::Result<()> {
    let source = Store::at(from);
    let digests = source.list().await?;
    let (progress, done) = mpsc::unbounded_channel();
    tokio::spawn(report_progress(done)); // EXPECT: untracked-spawn // OK: detached-spawn
    for digest in digests {
        let path = source.root().join("objects").join(&digest[..2]).join(&digest);
        let mut file = std::fs::File::open(&path)?; // EXPECT: blocking-in-async
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?; // EXPECT: blocking-in-async
        let _ = progress.send(bytes.len()); // OK: unawaited-future
        let target = store.root().join("objects").join(&digest[..2]).join(&digest);
        tokio::fs::write(&target, &bytes).await?;
        std::thread::sleep(Duration::from_millis(5)); // EXPECT: blocking-in-async
    }
    let settings = Arc::new(RwLock::new(Settings::default()));
    let ticket = yard_blocking::settings_snapshot(&settings); // EXPECT: block-on-in-async
    eprintln!("mirrored with {}", ticket.upstream);
    Ok(())
}
