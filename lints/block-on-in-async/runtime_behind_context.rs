//! A runtime built behind an error adapter (`map_err`, anyhow's `context`) keeps its type, so
//! the helper that blocks on it is known, and so is where it is called.

use anyhow::Context;

fn refresh_now() -> anyhow::Result<u32> {
    let rt = tokio::runtime::Runtime::new().map_err(|e| anyhow::anyhow!("runtime: {e}"))?;
    Ok(rt.block_on(async { 1 }))
}

fn refresh_with_context() -> anyhow::Result<u32> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("build the refresh runtime")?;
    Ok(rt.block_on(async { 2 }))
}

pub async fn refresh_all() -> anyhow::Result<u32> {
    let first = refresh_now()?; // EXPECT: block-on-in-async
    let second = refresh_with_context()?; // EXPECT: block-on-in-async
    Ok(first + second)
}

pub async fn refresh_off_the_runtime() -> anyhow::Result<u32> {
    let first = tokio::task::spawn_blocking(refresh_now).await??; // OK: block-on-in-async
    let second = tokio::task::spawn_blocking(|| refresh_with_context()).await??; // OK: block-on-in-async
    Ok(first + second)
}
