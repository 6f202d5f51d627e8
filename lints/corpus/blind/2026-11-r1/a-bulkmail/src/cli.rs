//! Command-line interface.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(version, about)]
pub struct Cli {
    #[arg(long, default_value = "https://api.mailer.example/v3")]
    pub api_base: String,
    #[arg(long, default_value = "templates")]
    pub templates: PathBuf,
    /// How many messages may be in flight at once.
    #[arg(long, default_value_t = 20)]
    pub concurrency: usize,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    Send {
        list: PathBuf,
        template: String,
        #[arg(long)]
        dry_run: bool,
    },
    Sample {
        list: PathBuf,
        template: String,
        #[arg(long, default_value_t = 3)]
        count: usize,
    },
    Verify {
        file: PathBuf,
    },
}
