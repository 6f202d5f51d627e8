//! Called from `main` before anything is spawned: a sequential start.

use std::future::Future;

pub async fn load_config() -> std::io::Result<String> {
    std::fs::read_to_string("server.toml") // OK: blocking-in-async
}

/// A generic retry helper: the closure's future is awaited here, in the caller's flow.
pub async fn retry<F, Fut, T, E>(mut attempt: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut left = 3;
    loop {
        match attempt().await {
            Err(_) if left > 0 => left -= 1,
            other => return other,
        }
    }
}
