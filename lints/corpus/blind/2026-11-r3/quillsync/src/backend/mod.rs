pub mod http;
pub mod memory;

use async_trait::async_trait;

/// Where notes are stored beyond this machine.
#[async_trait]
pub trait Backend: Send + Sync {
    async fn upload(&self, path: &str, body: &[u8]) -> anyhow::Result<()>;
    async fn delete(&self, path: &str) -> anyhow::Result<()>;
    async fn flush(&self) -> anyhow::Result<()>;
    fn name(&self) -> &str;
}

/// Mirrors a deletion to the primary backend and every mirror the user configured.
pub async fn delete_everywhere(primary: &dyn Backend, mirrors: &[Box<dyn Backend>], path: &str) -> anyhow::Result<()> {
    primary.delete(path); // EXPECT: unawaited-future
    for mirror in mirrors {
        mirror.delete(path).await?; // OK: unawaited-future
        tracing::debug!(backend = mirror.name(), %path, "deleted"); // OK: unawaited-future
    }
    Ok(())
}

/// Same, for a statically chosen backend.
pub async fn delete_in<B: Backend>(backend: &B, paths: &[String]) -> anyhow::Result<()> {
    for path in paths {
        backend.delete(path).await?; // OK: unawaited-future
    }
    backend.flush(); // EXPECT: unawaited-future
    Ok(())
}

pub async fn replicate<S, D>(src: &S, dst: &D, path: &str, body: &[u8]) -> anyhow::Result<()>
where
    S: Backend + ?Sized,
    D: Backend + ?Sized,
{
    let pending = dst.upload(path, body); // OK: unawaited-future
    src.upload(path, body).await?; // OK: unawaited-future
    pending.await
}

pub async fn best_effort_flush(backend: impl Backend) {
    let _ = backend.flush(); // EXPECT: unawaited-future
}
