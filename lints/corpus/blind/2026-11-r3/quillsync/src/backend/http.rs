use async_trait::async_trait;

use super::Backend;

pub struct HttpBackend {
    client: reqwest::Client,
    base: String,
}

impl HttpBackend {
    pub fn new(base: &str) -> HttpBackend {
        HttpBackend { client: reqwest::Client::new(), base: base.to_string() }
    }
}

#[async_trait]
impl Backend for HttpBackend {
    async fn upload(&self, path: &str, body: &[u8]) -> anyhow::Result<()> {
        self.client.put(format!("{}/{path}", self.base)).body(body.to_vec()).send().await?.error_for_status()?;
        Ok(())
    }

    async fn delete(&self, path: &str) -> anyhow::Result<()> {
        self.client.delete(format!("{}/{path}", self.base)).send().await?;
        Ok(())
    }

    async fn flush(&self) -> anyhow::Result<()> {
        Ok(())
    }

    fn name(&self) -> &str {
        "http"
    }
}
