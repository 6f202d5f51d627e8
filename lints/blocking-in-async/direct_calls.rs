//! Direct calls to blocking std and third-party APIs inside async fns, next to their async
//! equivalents and to the same calls in sync code, where they are fine.

use std::io::Read;
use std::process::Command;
use std::thread;
use std::time::Duration;

async fn poll_upstream(period: Duration) {
    std::thread::sleep(period); // EXPECT: blocking-in-async [column: 5] [mentions: tokio::time::sleep]
    thread::sleep(period); // EXPECT: blocking-in-async
    tokio::time::sleep(period).await; // OK: blocking-in-async
}

async fn load_template(path: &str) -> std::io::Result<String> {
    let from_std = std::fs::read_to_string(path)?; // EXPECT: blocking-in-async
    let from_tokio = tokio::fs::read_to_string(path).await?; // OK: blocking-in-async
    let mut file = std::fs::File::open(path)?; // EXPECT: blocking-in-async
    let mut text = String::new();
    file.read_to_string(&mut text)?; // EXPECT: blocking-in-async
    Ok(from_std + &from_tokio + &text)
}

async fn ask_operator() -> String {
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).unwrap(); // EXPECT: blocking-in-async
    let first = std::io::stdin().lines().next(); // EXPECT: blocking-in-async
    answer + &first.and_then(Result::ok).unwrap_or_default()
}

async fn git_revision() -> Vec<u8> {
    let sync_output = Command::new("git").arg("rev-parse").output().unwrap(); // EXPECT: blocking-in-async
    let async_output = tokio::process::Command::new("git").output().await.unwrap(); // OK: blocking-in-async
    [sync_output.stdout, async_output.stdout].concat()
}

async fn probe(addr: &str) -> bool {
    let sync_probe = std::net::TcpStream::connect(addr).is_ok(); // EXPECT: blocking-in-async
    let async_probe = tokio::net::TcpStream::connect(addr).await.is_ok(); // OK: blocking-in-async
    sync_probe && async_probe
}

async fn fetch_status(url: &str) -> u16 {
    let blocking = reqwest::blocking::get(url).unwrap().status().as_u16(); // EXPECT: blocking-in-async
    let non_blocking = reqwest::get(url).await.unwrap().status().as_u16(); // OK: blocking-in-async
    blocking.max(non_blocking)
}

async fn open_ledger(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap() // EXPECT: blocking-in-async
}

async fn crunch(numbers: Vec<u64>) -> u64 {
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || tx.send(numbers.iter().sum::<u64>())); // OK: blocking-in-async
    worker.join().unwrap().unwrap(); // EXPECT: blocking-in-async
    rx.recv().unwrap() // EXPECT: blocking-in-async
}

async fn nested_runtime(fut: impl std::future::Future<Output = ()>) {
    futures::executor::block_on(fut); // EXPECT: block-on-in-async // OK: blocking-in-async
}

async fn reenter_runtime() {
    tokio::runtime::Handle::current().block_on(async {}); // EXPECT: block-on-in-async // OK: blocking-in-async
}

/// Sync code may block: none of these run on the async runtime.
fn warm_up_sync(path: &str) -> String {
    std::thread::sleep(Duration::from_millis(10)); // OK: blocking-in-async
    std::fs::read_to_string(path).unwrap() // OK: blocking-in-async
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async { tokio::spawn(poll_upstream(Duration::from_secs(1))).await.ok() }); // OK: blocking-in-async
    let _ = warm_up_sync("warm.txt");
}
