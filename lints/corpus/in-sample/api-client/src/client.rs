//! The billing API client: invoices, customers and batch operations.

use std::sync::Arc;
use std::time::Duration;

use futures::future::{join_all, try_join_all};
use futures::stream::{self, StreamExt};
use serde::Deserialize;
use tokio::sync::Semaphore;

use crate::auth::TokenStore;
use crate::retry::{with_retries, RetryPolicy};

#[derive(Deserialize, Clone)]
pub struct Invoice {
    pub id: String,
    pub amount_cents: i64,
}

pub struct BillingClient {
    http: reqwest::Client,
    base: String,
    tokens: Arc<TokenStore>,
    policy: RetryPolicy,
    limiter: Arc<Semaphore>,
}

impl BillingClient {
    pub async fn invoice(&self, id: &str) -> reqwest::Result<Invoice> {
        let token = self.tokens.token().await?;
        let url = format!("{}/invoices/{id}", self.base);
        with_retries(self.policy, || async {
            self.http.get(&url).bearer_auth(&token.access_token).send().await?.json().await
        })
        .await
    }

    /// Fetches every invoice of a statement at once.
    pub async fn invoices(&self, ids: &[String]) -> Vec<reqwest::Result<Invoice>> {
        join_all(ids.iter().map(|id| self.invoice(id))).await // EXPECT: unbounded-gather
    }

    pub async fn invoices_strict(&self, ids: Vec<String>) -> reqwest::Result<Vec<Invoice>> {
        try_join_all(ids.iter().map(|id| self.invoice(id))).await // EXPECT: unbounded-gather
    }

    /// The invoices of one statement: the API lists their ids, then each one is fetched.
    pub async fn statement(&self, statement_id: &str) -> reqwest::Result<Vec<reqwest::Result<Invoice>>> {
        let token = self.tokens.token().await?;
        let url = format!("{}/statements/{statement_id}/invoice-ids", self.base);
        let ids = self.http.get(&url).bearer_auth(&token.access_token).send().await?.json::<Vec<String>>().await?;
        Ok(self.invoices(&ids).await)
    }

    /// Every invoice of a customer, or the first error.
    pub async fn customer_invoices(&self, customer: &str) -> reqwest::Result<Vec<Invoice>> {
        let token = self.tokens.token().await?;
        let url = format!("{}/customers/{customer}/invoice-ids", self.base);
        let ids = self.http.get(&url).bearer_auth(&token.access_token).send().await?.json::<Vec<String>>().await?;
        self.invoices_strict(ids).await
    }

    /// Same, with at most eight requests in flight.
    pub async fn invoices_politely(&self, ids: &[String]) -> Vec<reqwest::Result<Invoice>> {
        stream::iter(ids).map(|id| self.invoice(id)).buffered(8).collect().await // OK: unbounded-gather
    }

    pub async fn invoices_limited(&self, ids: &[String]) -> Vec<reqwest::Result<Invoice>> {
        let calls = ids.iter().map(|id| async move {
            let _permit = self.limiter.acquire().await.expect("limiter open");
            self.invoice(id).await
        });
        join_all(calls).await // OK: unbounded-gather
    }

    pub async fn dashboard(&self) -> (reqwest::Result<Invoice>, reqwest::Result<Invoice>) {
        let latest = self.invoice("latest"); // OK: unawaited-future
        let oldest = self.invoice("oldest"); // OK: unawaited-future
        tokio::join!(latest, oldest) // OK: unbounded-gather
    }

    pub async fn health(&self) -> bool {
        let probes = join_all([self.ping("eu"), self.ping("us"), self.ping("ap")]).await; // OK: unbounded-gather
        probes.into_iter().all(|ok| ok)
    }

    async fn ping(&self, region: &str) -> bool {
        let url = format!("{}/{region}/ping", self.base);
        tokio::time::timeout(Duration::from_secs(2), self.http.get(url).send()).await.is_ok() // OK: unawaited-future
    }

    /// Warms the token cache in the background so the first request is fast.
    pub fn prefetch_token(&self) {
        let tokens = self.tokens.clone();
        tokio::spawn(async move { tokens.token().await.ok() }); // OK: detached-spawn
    }

    pub fn prefetch_token_tracked(&self) -> tokio::task::JoinHandle<()> {
        let tokens = self.tokens.clone();
        tokio::spawn(async move { // OK: detached-spawn
            let _ = tokens.token().await;
        })
    }

    pub async fn void_all(&self, ids: Vec<String>) {
        let mut handles = Vec::with_capacity(ids.len());
        for id in ids {
            let http = self.http.clone();
            let url = format!("{}/invoices/{id}/void", self.base);
            handles.push(tokio::spawn(async move { http.post(url).send().await })); // EXPECT: unbounded-gather // OK: detached-spawn
        }
        for handle in handles {
            let _ = handle.await;
        }
    }

    /// `billing void <file>`: voids every invoice whose id the file lists, one per line.
    pub async fn void_listed(&self, path: &std::path::Path) -> std::io::Result<()> {
        let listed = tokio::fs::read_to_string(path).await?;
        let ids = listed.lines().map(str::trim).filter(|id| !id.is_empty()).map(str::to_string).collect();
        self.void_all(ids).await;
        Ok(())
    }
}
