use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::RwLock;

#[derive(Clone)]
pub struct Store {
    posts: Arc<RwLock<HashMap<String, String>>>,
    path: String,
}

impl Store {
    pub async fn open(path: &str) -> anyhow::Result<Store> {
        let text = tokio::fs::read_to_string(path).await.unwrap_or_default();
        let posts = serde_json::from_str(&text).unwrap_or_default();
        Ok(Store { posts: Arc::new(RwLock::new(posts)), path: path.to_string() })
    }

    pub async fn get_post(&self, slug: &str) -> anyhow::Result<Option<String>> {
        Ok(self.posts.read().await.get(slug).cloned())
    }

    pub async fn put_post(&self, slug: &str, body: String) -> anyhow::Result<()> {
        self.posts.write().await.insert(slug.to_string(), body);
        Ok(())
    }

    pub async fn persist(&self) -> anyhow::Result<()> {
        let json = serde_json::to_string(&*self.posts.read().await)?;
        tokio::fs::write(&self.path, json).await?;
        Ok(())
    }

    /// Exports for the admin tool's nightly backup, from its own thread.
    pub fn export_blocking(&self) -> String {
        let posts = self.posts.blocking_read(); // OK: block-on-in-async
        serde_json::to_string(&*posts).unwrap_or_default()
    }

    pub fn lock(&self) -> &Arc<RwLock<HashMap<String, String>>> {
        &self.posts
    }
}
