//! `yard pin NAME`: record the digest the server advertises for a name.

use yard_core::Store;

pub async fn run(store: &Store, name: &str) -> anyhow::Result<()> {
    let digest = yard_blocking::resolve_digest(name)?; // EXPECT: block-on-in-async
    let label = yard_blocking::block_on_label(name); // OK: block-on-in-async
    println!("{label}: {digest}");
    let pins = tokio::task::spawn_blocking({
        let name = name.to_string();
        move || yard_blocking::resolve_all(&[name]) // OK: block-on-in-async
    })
    .await??;
    let path = store.root().join("pins").join(name);
    tokio::fs::write(&path, pins.join("\n")).await?;
    Ok(())
}
