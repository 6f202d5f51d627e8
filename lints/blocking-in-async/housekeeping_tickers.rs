//! A housekeeping ticker (a task that awaits only timers, and shutdown signals, between bits
//! of sync bookkeeping) holds up nothing when the code beside it blocks: its next tick is
//! late. A daemon's start-up after spawning one is judged as if it were not there. A task
//! that awaits anything else (a socket, a channel, a crate async fn) is evidence as before.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep};
use tokio_util::sync::CancellationToken;

#[derive(Default)]
struct Gauges {
    sessions: usize,
}

impl Gauges {
    fn publish(&self) {
        println!("sessions {}", self.sessions);
    }
}

struct Sessions {
    seen: Mutex<HashMap<String, u64>>,
}

struct Arena;

impl Arena {
    async fn tick(&mut self) {}
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let shutdown = CancellationToken::new();
    let sessions = Arc::new(Sessions { seen: Mutex::new(HashMap::new()) });
    start_with_interval_ticker().await?;
    start_with_sleep_ticker().await?;
    start_with_interval_made_outside().await?;
    start_with_ticker_fn(sessions.clone(), shutdown.clone()).await?;
    start_with_selecting_ticker(shutdown.clone()).await?;
    start_with_reporting_ticker().await?;
    start_with_listener().await?;
    start_with_worker().await?;
    start_with_arena().await?;
    start_with_nested_spawn().await?;
    Ok(())
}

/// A process-metrics collector: blocking after it only delays a gauge.
async fn start_with_interval_ticker() -> std::io::Result<()> {
    let gauges = Gauges::default();
    tokio::spawn(async move { // EXPECT: detached-spawn
        let mut every = interval(Duration::from_secs(1));
        loop {
            every.tick().await;
            gauges.publish();
        }
    });
    let zones = std::fs::read_to_string("zones.toml")?; // OK: blocking-in-async
    println!("{} bytes of zones", zones.len());
    Ok(())
}

/// The interval is made before the spawn and moved into the task.
async fn start_with_interval_made_outside() -> std::io::Result<()> {
    let mut every = tokio::time::interval(Duration::from_secs(15));
    let gauges = Gauges::default();
    let _collector = tokio::spawn(async move { // EXPECT: detached-spawn
        loop {
            every.tick().await;
            gauges.publish();
        }
    });
    let seeds = std::fs::read("seeds.bin")?; // OK: blocking-in-async
    println!("{}", seeds.len());
    Ok(())
}

async fn start_with_sleep_ticker() -> std::io::Result<()> {
    let counters: Arc<Mutex<HashMap<String, u64>>> = Arc::default();
    let report = counters.clone();
    tokio::spawn(async move { // EXPECT: detached-spawn
        loop {
            sleep(Duration::from_secs(60)).await;
            let map = report.lock().unwrap();
            map.iter().for_each(|(name, count)| println!("{name}: {count}"));
        }
    });
    let journal = std::fs::read("journal.bin")?; // OK: blocking-in-async
    counters.lock().unwrap().insert("journal".into(), journal.len() as u64);
    Ok(())
}

/// A crate fn that purges expired sessions on each tick until shutdown.
async fn purge_expired(sessions: Arc<Sessions>, shutdown: CancellationToken) {
    let mut every = interval(Duration::from_secs(30));
    loop {
        tokio::select! {
            _ = every.tick() => sessions.seen.lock().unwrap().retain(|_, age| *age < 600),
            _ = shutdown.cancelled() => break,
        }
    }
}

async fn start_with_ticker_fn(
    sessions: Arc<Sessions>,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    tokio::spawn(purge_expired(sessions, shutdown));
    let config = std::fs::read_to_string("daemon.toml")?; // OK: blocking-in-async
    println!("{config}");
    Ok(())
}

struct Daemon {
    shutdown: CancellationToken,
}

/// A ticker as an async block that also stops on a field's cancellation token.
async fn start_with_selecting_ticker(shutdown: CancellationToken) -> std::io::Result<()> {
    let daemon = Daemon { shutdown };
    let gauges = Gauges::default();
    tokio::spawn(async move {
        let mut every = interval(Duration::from_secs(5));
        loop {
            tokio::select! {
                _ = every.tick() => gauges.publish(),
                _ = daemon.shutdown.cancelled() => return,
            }
        }
    });
    let keys = std::fs::read_dir("keys")?.count(); // OK: blocking-in-async
    println!("{keys} keys");
    Ok(())
}

async fn push_report(gauges: &Gauges) -> std::io::Result<()> {
    gauges.publish();
    Ok(())
}

/// Each tick awaits network work: the task is real work beside the start-up.
async fn start_with_reporting_ticker() -> std::io::Result<()> {
    let gauges = Gauges::default();
    tokio::spawn(async move { // EXPECT: detached-spawn
        let mut every = interval(Duration::from_secs(10));
        loop {
            every.tick().await;
            if let Err(e) = push_report(&gauges).await {
                eprintln!("report failed: {e}");
            }
        }
    });
    let zones = std::fs::read_to_string("zones.toml")?; // EXPECT: blocking-in-async
    println!("{}", zones.len());
    Ok(())
}

async fn start_with_listener() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:9100").await?;
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            drop(socket);
        }
    });
    let zones = std::fs::read_to_string("zones.toml")?; // EXPECT: blocking-in-async
    println!("{}", zones.len());
    Ok(())
}

async fn start_with_worker() -> std::io::Result<()> {
    let (jobs, mut queue) = mpsc::channel::<String>(16);
    tokio::spawn(async move { // EXPECT: detached-spawn
        let mut every = interval(Duration::from_secs(1));
        loop {
            every.tick().await;
            while let Some(job) = queue.recv().await {
                println!("{job}");
            }
        }
    });
    jobs.send("warm-up".into()).await.ok();
    let zones = std::fs::read_to_string("zones.toml")?; // EXPECT: blocking-in-async
    println!("{}", zones.len());
    Ok(())
}

/// A game loop's `tick()` is the crate's own async work, not a timer.
async fn start_with_arena() -> std::io::Result<()> {
    let mut arena = Arena;
    tokio::spawn(async move { // EXPECT: detached-spawn
        loop {
            arena.tick().await;
        }
    });
    let map = std::fs::read("arena.map")?; // EXPECT: blocking-in-async
    println!("{}", map.len());
    Ok(())
}

/// A ticker that starts other work on each tick is not only ticking.
async fn start_with_nested_spawn() -> std::io::Result<()> {
    tokio::spawn(async move { // EXPECT: detached-spawn
        let mut every = interval(Duration::from_secs(30));
        loop {
            every.tick().await;
            tokio::spawn(async move { println!("sweep") });
        }
    });
    let zones = std::fs::read_to_string("zones.toml")?; // EXPECT: blocking-in-async
    println!("{}", zones.len());
    Ok(())
}
