//! `hist`: record, search, import, export and sync the shell history from the command line.

mod commands;

use anyhow::anyhow;
use clap::{Parser, Subcommand};
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
#[command(name = "hist", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Record(commands::record::RecordArgs),
    Import(commands::import::ImportArgs),
    Export(commands::export::ExportArgs),
    Sync(commands::sync::SyncArgs),
    Fetch(commands::fetch::FetchArgs),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let cancel = CancellationToken::new();
    let on_interrupt = cancel.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("interrupted, finishing the current step");
            on_interrupt.cancel();
        }
    });
    let body = tokio::spawn(run(cli, cancel));
    match body.await {
        Ok(result) => result,
        Err(panic) => Err(anyhow!("hist crashed: {panic}")),
    }
}

async fn run(cli: Cli, cancel: CancellationToken) -> anyhow::Result<()> {
    let settings = hist_core::settings().await;
    let store = hist_core::Store::open(&settings.db_path).await?;
    match cli.command {
        Command::Record(args) => commands::record::run(args, &store).await,
        Command::Import(args) => commands::import::run(args, &store, &cancel).await,
        Command::Export(args) => commands::export::run(args, &store).await,
        Command::Sync(args) => commands::sync::run(args, &store).await,
        Command::Fetch(args) => commands::fetch::run(args).await,
    }
}
