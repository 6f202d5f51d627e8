//! The command line, as clap parses it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "vault", version)]
pub struct Cli {
    #[arg(long, default_value = "~/.vault/vault.db")]
    pub db: PathBuf,
    #[arg(long, default_value = "~/.vault/key")]
    pub key: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    Add(AddArgs),
    Push(PushArgs),
    Check(CheckArgs),
    Import(ImportArgs),
    Forget(ForgetArgs),
    Export(ExportArgs),
}

#[derive(Args)]
pub struct AddArgs {
    pub site: String,
    #[arg(long)]
    pub password: Option<String>,
}

#[derive(Args)]
pub struct PushArgs {
    /// Servers to push to, as many as given.
    #[arg(long = "to", required = true)]
    pub servers: Vec<String>,
}

#[derive(Args)]
pub struct CheckArgs {
    /// Breach-check endpoints to ask.
    #[arg(long = "url")]
    pub urls: Vec<String>,
}

#[derive(Args)]
pub struct ImportArgs {
    /// CSV exports of another password manager.
    pub files: Vec<PathBuf>,
}

#[derive(Args)]
pub struct ForgetArgs {
    pub ids: Vec<String>,
    #[arg(long)]
    pub server: String,
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long)]
    pub out: PathBuf,
}
