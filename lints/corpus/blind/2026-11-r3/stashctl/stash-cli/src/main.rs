//! `stash`: push, pull, verify and collect garbage in the local cache, one command per run.

mod commands;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[arg(long, default_value = "stash.json")]
    config: PathBuf,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Push { paths: Vec<PathBuf> },
    Pull { keys: Vec<String> },
    Verify,
    Gc { days: u64 },
    Status,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let cfg = stash_core::config::load(&cli.config)?; // OK: blocking-in-async
    let lockfile = std::fs::read_to_string(cfg.cache_dir.join("LOCK")).unwrap_or_default(); // OK: blocking-in-async
    if !lockfile.is_empty() {
        anyhow::bail!("another stash is running (pid {lockfile})");
    }
    match cli.cmd {
        Cmd::Push { paths } => commands::push::run(&cfg, paths).await?,
        Cmd::Pull { keys } => commands::pull::run(&cfg, keys).await?,
        Cmd::Verify => commands::verify::run(&cfg).await?,
        Cmd::Gc { days } => commands::gc::run(&cfg, days).await?,
        Cmd::Status => commands::status::run(&cfg).await?,
    }
    Ok(())
}
