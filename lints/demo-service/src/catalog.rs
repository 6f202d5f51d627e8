//! The product catalog: products fetched from the upstream shop API and cached in memory.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use serde::Deserialize;
use tokio::sync::RwLock;

#[derive(Clone, Deserialize)]
pub struct Product {
    pub id: u64,
    pub title: String,
    pub price_cents: u64,
}

#[derive(Clone, Deserialize)]
pub struct Order {
    pub id: u64,
    pub email: String,
    pub product_ids: Vec<u64>,
}

pub struct Catalog {
    client: reqwest::Client,
    base_url: String,
    products: RwLock<HashMap<u64, Product>>,
}

impl Catalog {
    pub fn new(base_url: String) -> Self {
        Self {
            client: reqwest::Client::new(),
            base_url,
            products: RwLock::new(HashMap::new()),
        }
    }

    pub async fn product(&self, id: u64) -> reqwest::Result<Product> {
        if let Some(product) = self.products.read().await.get(&id) {
            return Ok(product.clone());
        }
        let url = format!("{}/products/{id}", self.base_url);
        let product: Product = self.client.get(url).send().await?.json().await?;
        self.products.write().await.insert(id, product.clone());
        Ok(product)
    }

    pub async fn order(&self, id: u64) -> reqwest::Result<Order> {
        let url = format!("{}/orders/{id}", self.base_url);
        self.client.get(url).send().await?.json().await
    }

    /// Loads the featured products into the cache, at most eight requests at a time.
    pub async fn warm(&self, ids: &[u64]) {
        let loaded: Vec<_> = stream::iter(ids.iter().copied())
            .map(|id| self.product(id))
            .buffer_unordered(8)
            .collect()
            .await;
        let failures = loaded.iter().filter(|result| result.is_err()).count();
        if failures > 0 {
            eprintln!("catalog warm-up: {failures} products failed to load");
        }
    }

    /// The ids of every cached product.
    pub async fn cached_ids(&self) -> Vec<u64> {
        self.products.read().await.keys().copied().collect()
    }

    /// Re-fetches the given products.
    pub async fn refresh(&self, ids: Vec<u64>) {
        let fresh = futures::future::join_all(ids.iter().map(|&id| self.fetch_uncached(id))).await;
        let mut products = self.products.write().await;
        for product in fresh.into_iter().flatten() {
            products.insert(product.id, product);
        }
    }

    async fn fetch_uncached(&self, id: u64) -> reqwest::Result<Product> {
        let url = format!("{}/products/{id}", self.base_url);
        self.client.get(url).send().await?.json().await
    }
}

/// Refreshes the catalog forever, once per `period`.
pub async fn refresh_every(catalog: Arc<Catalog>, period: Duration) {
    loop {
        tokio::time::sleep(period);
        catalog.refresh(catalog.cached_ids().await).await;
    }
}
