//! `yard`: push build outputs to a cache server, pull them back, pin names, collect garbage.
//! Each subcommand runs one step after another on the main task.

mod client;
mod commands;
mod hooks;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use yard_core::Store;

#[derive(Parser)]
#[command(name = "yard", version)]
struct Cli {
    #[arg(long, default_value = ".yard")]
    root: PathBuf,
    #[arg(long, env = "YARD_SERVER", default_value = "127.0.0.1:7340")]
    server: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Push { paths: Vec<PathBuf> },
    Pull { digests: Vec<String> },
    Gc,
    Pin { name: String },
    Mirror { from: String },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let store = Store::at(&cli.root);
    match cli.command {
        Command::Push { paths } => commands::push::run(&store, &cli.server, &paths).await,
        Command::Pull { digests } => commands::pull::run(&store, &cli.server, digests).await,
        Command::Gc => commands::gc::run(&store).await,
        Command::Pin { name } => commands::pin::run(&store, &name).await,
        Command::Mirror { from } => commands::mirror::run(&store, &from).await,
    }
}
