//! Spawns whose JoinHandle is thrown away while the task returns a `Result` (its error is
//! never observed) or never ends (shutdown cannot stop it). `.ok()` in the task throws the
//! error away on purpose: that one is only untracked.

use std::time::Duration;

use tokio::runtime::Handle;
use tokio::task;

async fn refresh_cache() -> Result<(), String> {
    Ok(())
}

async fn start_background_jobs() {
    tokio::spawn(refresh_cache()); // EXPECT: detached-spawn [column: 5]
    tokio::task::spawn(refresh_cache()); // EXPECT: detached-spawn
    task::spawn(refresh_cache()); // EXPECT: detached-spawn
    let _ = tokio::spawn(refresh_cache()); // EXPECT: detached-spawn
    let _ticker = tokio::spawn(async move { // EXPECT: detached-spawn
        loop {
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
    });
    Handle::current().spawn(refresh_cache()); // EXPECT: detached-spawn
    let runtime = Handle::current();
    runtime.spawn(refresh_cache()); // EXPECT: detached-spawn
}

async fn start_local(local: &tokio::task::LocalSet) {
    local.run_until(async {
        tokio::task::spawn_local(async { refresh_cache().await.ok() }); // OK: detached-spawn
    })
    .await;
}

fn main() {}
