//! The server's library: `Cli::run` is the program's body.

use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Parser)]
pub struct Cli {
    #[arg(long)]
    pub config: PathBuf,
}

impl Cli {
    pub async fn run(self) -> Result<(), String> {
        // Start-up: nothing runs beside it yet.
        let text = std::fs::read_to_string(&self.config).map_err(|e| e.to_string())?; // OK: blocking-in-async
        let zones = load_zones(&text).await;
        let server = tokio::spawn(serve(zones));
        std::thread::sleep(Duration::from_millis(10)); // EXPECT: blocking-in-async
        server.await.map_err(|e| e.to_string())
    }
}

async fn load_zones(text: &str) -> Vec<String> {
    let extra = std::fs::read_to_string("zones.d/extra").unwrap_or_default(); // OK: blocking-in-async
    text.lines().chain(extra.lines()).map(str::to_string).collect()
}

async fn serve(zones: Vec<String>) {
    for zone in zones {
        let _ = std::fs::read(&zone); // EXPECT: blocking-in-async
        tokio::task::yield_now().await;
    }
}
