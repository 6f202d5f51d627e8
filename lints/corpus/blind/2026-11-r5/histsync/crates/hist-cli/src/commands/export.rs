//! `hist export`: copy the history file somewhere else.

use std::path::PathBuf;

use hist_core::Store;

#[derive(clap::Args)]
pub struct ExportArgs {
    out: PathBuf,
}

pub async fn run(args: ExportArgs, store: &Store) -> anyhow::Result<()> {
    let bytes = store.export(&args.out).await?;
    let manifest = std::fs::read_to_string(store.path().with_extension("manifest")).unwrap_or_default(); // OK: blocking-in-async
    std::fs::write(args.out.with_extension("manifest"), manifest)?; // OK: blocking-in-async
    println!("exported {bytes} bytes");
    Ok(())
}
