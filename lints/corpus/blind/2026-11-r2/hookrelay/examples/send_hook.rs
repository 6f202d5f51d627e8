//! Sends a signed sample webhook to a running hookrelay: `cargo run --example send_hook`.

use std::time::Duration;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let body = std::fs::read("examples/sample_event.json")?; // OK: blocking-in-async
    let http = reqwest::Client::new();
    for attempt in 0..3 {
        match http.post("http://127.0.0.1:8080/hooks/github").body(body.clone()).send().await {
            Ok(resp) => {
                println!("{}", resp.status());
                break;
            }
            Err(e) => {
                eprintln!("attempt {attempt}: {e}");
                std::thread::sleep(Duration::from_secs(1)); // OK: blocking-in-async
            }
        }
    }
    tokio::spawn(async { tokio::time::sleep(Duration::from_millis(1)).await }); // OK: untracked-spawn
    Ok(())
}
