//! Command-line arguments.

use std::path::PathBuf;

use clap::Parser;

#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Args {
    /// Folder of recordings
    pub input: PathBuf,
    #[arg(long, default_value = "mediactl.toml")]
    pub config: PathBuf,
    #[arg(long, default_value = ".mediactl/catalog.json")]
    pub catalog: PathBuf,
    #[arg(long, default_value = ".mediactl/work")]
    pub work_dir: PathBuf,
    #[arg(long, value_delimiter = ',', default_value = "mp4,mov,mkv")]
    pub extensions: Vec<String>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub wait_for_mount: bool,
}
