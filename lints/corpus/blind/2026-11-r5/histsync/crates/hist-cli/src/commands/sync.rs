//! `hist sync`: upload the store's entries, with a progress line while it runs.

use std::path::PathBuf;

use hist_core::Store;
use hist_core::sync::SyncClient;
use tokio::sync::mpsc;

#[derive(clap::Args)]
pub struct SyncArgs {
    /// Extra history files to push along with the store.
    #[arg(long)]
    extra: Vec<PathBuf>,
}

async fn report_progress(mut sizes: mpsc::Receiver<usize>) {
    let mut total = 0;
    while let Some(size) = sizes.recv().await {
        total += size;
        eprint!("\rsent {total} bytes");
    }
    eprintln!();
}

pub async fn run(args: SyncArgs, store: &Store) -> anyhow::Result<()> {
    let settings = hist_core::settings().await;
    let client = SyncClient::new(settings.sync_address.clone(), settings.peers.clone());
    let (sent, sizes) = mpsc::channel(16);
    let progress = tokio::spawn(report_progress(sizes));
    let own = std::fs::read_to_string(store.path())?; // EXPECT: blocking-in-async
    sent.send(own.len()).await?;
    for file in &args.extra {
        let text = std::fs::read_to_string(file)?; // EXPECT: blocking-in-async
        let entries = text.lines().filter_map(hist_core::entry::Entry::parse_line).collect::<Vec<_>>();
        client.upload(&entries).await?;
        sent.send(text.len()).await?;
    }
    drop(sent);
    progress.await?;
    client.announce().await;
    Ok(())
}
