//! Bearer tokens: a static set from tokens.txt, plus revocations stored in the database.

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct TokenSet {
    tokens: HashSet<String>,
}

impl TokenSet {
    pub fn parse(text: &str) -> TokenSet {
        TokenSet {
            tokens: text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        }
    }

    pub fn contains(&self, token: &str) -> bool {
        self.tokens.contains(token)
    }
}

async fn is_revoked(db: &sqlx::SqlitePool, token: &str) -> bool {
    sqlx::query("SELECT 1 FROM revoked WHERE token = ?")
        .bind(token)
        .fetch_optional(db)
        .await
        .map(|row| row.is_some())
        .unwrap_or(true)
}

/// The check used by the `Authorize` trait of the plugin API, which is synchronous.
pub fn token_allowed(tokens: &TokenSet, db: &sqlx::SqlitePool, token: &str) -> bool {
    tokens.contains(token) && !futures::executor::block_on(is_revoked(db, token)) // OK: block-on-in-async
}

/// The same check for async callers.
pub async fn token_allowed_async(tokens: &TokenSet, db: &sqlx::SqlitePool, token: &str) -> bool {
    tokens.contains(token) && !is_revoked(db, token).await
}
