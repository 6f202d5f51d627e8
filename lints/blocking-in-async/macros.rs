//! Code inside the token bodies of well-known macros is analysed like any other code.

use std::time::Duration;

macro_rules! with_retry {
    ($e:expr) => {
        $e
    };
}

async fn serve(mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = shutdown.changed() => break,
            _ = tokio::time::sleep(Duration::from_secs(1)) => {
                std::thread::sleep(Duration::from_millis(10)); // EXPECT: blocking-in-async
            }
        }
    }
}

async fn report(path: &str) {
    println!("{}", std::fs::read_to_string(path).unwrap()); // EXPECT: blocking-in-async
    let chunks = vec![std::fs::read(path).unwrap()]; // EXPECT: blocking-in-async
    let (a, b) = tokio::join!(tokio::fs::read(path), tokio::fs::read(path)); // OK: blocking-in-async
    with_retry!(std::fs::write(path, b"")).unwrap(); // EXPECT: blocking-in-async
    assert_eq!(chunks.len(), a.map(|_| 1).unwrap_or(1) + b.map(|_| 0).unwrap_or(0));
}

fn main() {
    println!("{}", std::fs::read_to_string("motd").unwrap()); // OK: blocking-in-async
}
