//! `vault`: push, pull, verify and garbage-collect snapshots. One subcommand per run, each a
//! straight sequence of awaited steps.

mod commands;
mod output;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "vault", version, about = "content-addressed directory snapshots")]
struct Cli {
    /// Path to vault.toml.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Snapshot files and upload the chunks the remote lacks.
    Push { paths: Vec<PathBuf> },
    /// Restore a snapshot (the newest by default) into a directory.
    Pull {
        #[arg(long)]
        id: Option<String>,
        dest: PathBuf,
    },
    /// Check local files against a snapshot.
    Verify { id: String },
    /// Delete snapshots older than the newest `keep_last`.
    Gc {
        #[arg(long)]
        dry_run: bool,
    },
    /// Re-download chunks the server reports missing.
    Repair { id: String },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    output::init_tracing(cli.verbose);
    let config_path = cli.config.unwrap_or_else(vault_core::config::default_path);
    let cfg = vault_core::config::load(&config_path)?; // OK: blocking-in-async
    let remote = vault_core::RemoteStore::new(&cfg.remote)?;

    match cli.command {
        Command::Push { paths } => commands::push::run(&cfg, &remote, paths).await?,
        Command::Pull { id, dest } => commands::pull::run(&cfg, &remote, id, &dest).await?,
        Command::Verify { id } => commands::verify::run(&cfg, &remote, &id).await?,
        Command::Gc { dry_run } => commands::gc::run(&cfg, &remote, dry_run).await?,
        Command::Repair { id } => commands::pull::repair(&cfg, &remote, &id).await?,
    }
    Ok(())
}
