//! Git, through the `git` binary, and the forge's API for tags.

use std::process::Command;

pub fn head_sha() -> anyhow::Result<String> {
    let out = Command::new("git").args(["rev-parse", "HEAD"]).output()?; // OK: blocking-in-async
    Ok(String::from_utf8(out.stdout)?.trim().to_string())
}

pub async fn push_tag(tag: &str) -> anyhow::Result<()> {
    let status = tokio::process::Command::new("git").args(["push", "origin", tag]).status().await?;
    anyhow::ensure!(status.success(), "git push {tag} failed");
    Ok(())
}

/// For the sync changelog generator, which has no runtime of its own.
pub fn push_tag_now(tag: &str) -> anyhow::Result<()> {
    tokio::runtime::Handle::current().block_on(push_tag(tag)) // OK: block-on-in-async
}

/// Same, from a thread of its own.
pub fn push_tag_on_thread(tag: String) -> anyhow::Result<()> {
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        rt.block_on(push_tag(&tag)) // OK: block-on-in-async
    })
    .join()
    .map_err(|_| anyhow::anyhow!("tag thread panicked"))?
}
