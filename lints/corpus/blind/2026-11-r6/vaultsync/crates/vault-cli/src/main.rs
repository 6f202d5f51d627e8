//! `vault`: the command-line client of the password vault.

mod cli;
mod commands;
mod output;

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = cli::Cli::parse();
    commands::run(cli).await
}
