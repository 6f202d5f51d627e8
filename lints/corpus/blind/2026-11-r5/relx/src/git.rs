//! Git queries for the release steps.

use std::process::Command;

pub fn head_sha() -> anyhow::Result<String> {
    let out = Command::new("git").args(["rev-parse", "HEAD"]).output()?;
    Ok(String::from_utf8(out.stdout)?.trim().to_string())
}

/// The tags, asked of the remote through the async client from sync code.
pub fn remote_tags(repo: &str) -> Vec<String> {
    futures::executor::block_on(async {
        let url = format!("https://api.github.com/repos/{repo}/tags");
        match reqwest::get(url).await {
            Ok(response) => response.json::<Vec<String>>().await.unwrap_or_default(),
            Err(_) => Vec::new(),
        }
    })
}

pub fn last_release(repo: &str) -> Option<String> {
    remote_tags(repo).into_iter().next()
}
