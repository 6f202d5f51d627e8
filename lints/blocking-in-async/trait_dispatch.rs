//! A command-line program that picks an implementation of a trait and drives it through a
//! generic fn (`import::<Zsh>()`): the trait's impls are reached from the sequential flow, so
//! their blocking reads stall no other task. An impl that a spawned task also reaches runs
//! beside other tasks, and is reported.

use std::time::Duration;

trait Source: Sized {
    async fn open() -> std::io::Result<Self>;
    async fn count(&self) -> usize;
}

struct ShellHistory {
    bytes: Vec<u8>,
}

impl Source for ShellHistory {
    async fn open() -> std::io::Result<Self> {
        let bytes = std::fs::read("history")?; // OK: blocking-in-async
        Ok(ShellHistory { bytes })
    }

    async fn count(&self) -> usize {
        std::thread::sleep(Duration::from_millis(1)); // EXPECT: blocking-in-async
        self.bytes.len()
    }
}

struct Journal {
    lines: usize,
}

impl Source for Journal {
    async fn open() -> std::io::Result<Self> {
        let text = std::fs::read_to_string("journal")?; // OK: blocking-in-async
        Ok(Journal {
            lines: text.lines().count(),
        })
    }

    async fn count(&self) -> usize {
        self.lines
    }
}

/// Not a `Source` method: a name shared with the trait's method does not make it one.
struct Metrics;

impl Metrics {
    async fn count(&self) -> usize {
        std::thread::sleep(Duration::from_millis(1)); // EXPECT: blocking-in-async
        0
    }
}

async fn import<S: Source>() -> std::io::Result<usize> {
    let source = S::open().await?;
    Ok(tally(&source).await)
}

async fn tally(source: &impl Source) -> usize {
    source.count().await
}

/// Reached from a spawned task as well as from the flow below: not only sequential.
struct Upload;

impl Source for Upload {
    async fn open() -> std::io::Result<Self> {
        std::fs::read("upload")?; // EXPECT: blocking-in-async
        Ok(Upload)
    }

    async fn count(&self) -> usize {
        0
    }
}

async fn background() {
    let _ = Upload::open().await;
}

/// A generic fn that a spawned task runs may dispatch to any impl: each impl's `count` it
/// could reach runs beside other tasks (`Journal::count` blocks nothing, `ShellHistory::count`
/// is reached from here too).
async fn watch<S: Source>(source: S) -> usize {
    source.count().await
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let total = import::<ShellHistory>().await? + import::<Journal>().await?;
    import::<Upload>().await?;
    // Two tasks that run beside each other (a task awaited right away, with nothing beside
    // it, would only run the flow: see `spawned-flow/`).
    let handle = tokio::spawn(background());
    let history = ShellHistory { bytes: Vec::new() };
    let watcher = tokio::spawn(watch(history));
    handle.await.ok();
    watcher.await.ok();
    let metrics = tokio::spawn(async move { Metrics.count().await });
    println!("{total} {:?}", metrics.await);
    Ok(())
}
