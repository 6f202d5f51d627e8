//! Access tokens: read from the credentials file, refreshed against the auth endpoint.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Deserialize;

#[derive(Clone, Deserialize)]
pub struct Token {
    pub access_token: String,
    pub expires_in: u64,
}

pub struct TokenStore {
    path: PathBuf,
    cached: Mutex<Option<(Token, Instant)>>,
    http: reqwest::Client,
}

/// Reads the credentials file. Shared with the `billing-cli login` command, which is sync.
pub fn read_credentials(path: &Path) -> std::io::Result<String> {
    let raw = std::fs::read_to_string(path)?; // OK: blocking-in-async
    Ok(raw.trim().to_string())
}

fn token_is_fresh(token: &Token, fetched_at: Instant) -> bool {
    fetched_at.elapsed() < Duration::from_secs(token.expires_in.saturating_sub(30))
}

impl TokenStore {
    pub fn new(path: PathBuf) -> Self {
        Self { path, cached: Mutex::new(None), http: reqwest::Client::new() }
    }

    pub async fn token(&self) -> reqwest::Result<Token> {
        if let Some((token, at)) = self.cached.lock().unwrap().clone() { // OK: blocking-in-async
            if token_is_fresh(&token, at) { // OK: blocking-in-async
                return Ok(token);
            }
        }
        let secret = read_credentials(&self.path).unwrap_or_default(); // EXPECT: blocking-in-async [mentions: std::fs::read_to_string]
        let token: Token = self
            .http
            .post("https://auth.example.com/oauth/token")
            .form(&[("client_secret", secret)])
            .send()
            .await?
            .json()
            .await?;
        *self.cached.lock().unwrap() = Some((token.clone(), Instant::now())); // OK: blocking-in-async
        Ok(token)
    }

    /// Same as `token`, but reads the credentials on the blocking pool.
    pub async fn token_offloaded(&self) -> std::io::Result<String> {
        let path = self.path.clone();
        let read = move || read_credentials(&path); // OK: blocking-in-async
        tokio::task::spawn_blocking(read).await.expect("blocking pool") // OK: blocking-in-async
    }

    pub async fn persist(&self, token: &Token) -> std::io::Result<()> {
        let cache_file = self.path.with_extension("token");
        tokio::fs::write(&cache_file, &token.access_token).await // OK: blocking-in-async, unawaited-future
    }

    pub async fn forget(&self) {
        *self.cached.lock().unwrap() = None;
        tokio::fs::remove_file(self.path.with_extension("token")); // EXPECT: unawaited-future
    }

    pub async fn rotate(&self, token: Token) {
        self.persist(&token); // EXPECT: unawaited-future
        let _ = self.persist(&token).await; // OK: unawaited-future
    }
}
