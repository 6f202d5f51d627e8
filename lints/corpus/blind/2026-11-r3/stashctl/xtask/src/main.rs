//! `cargo xtask dist|seed`: release packaging and a seeded local cache for demos.

use std::process::Command;

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        "dist" => dist().await,
        "seed" => seed().await,
        other => anyhow::bail!("unknown task {other:?}"),
    }
}

async fn dist() -> anyhow::Result<()> {
    let out = Command::new("cargo").args(["build", "--release"]).output()?; // OK: blocking-in-async
    anyhow::ensure!(out.status.success(), "cargo build failed");
    std::fs::copy("target/release/stash", "dist/stash")?; // OK: blocking-in-async
    Ok(())
}

async fn seed() -> anyhow::Result<()> {
    let store = stash_core::store::Store::open("demo-cache".into())?;
    for name in ["a.o", "b.o", "c.o"] {
        let bytes = std::fs::read(format!("fixtures/{name}"))?; // OK: blocking-in-async
        store.put(&bytes).await?;
    }
    Ok(())
}
