//! `hist record`: append the command that just ran.

use hist_core::{Entry, Store};

#[derive(clap::Args)]
pub struct RecordArgs {
    command: String,
    #[arg(long)]
    exit: i32,
}

pub async fn run(args: RecordArgs, store: &Store) -> anyhow::Result<()> {
    let cwd = std::env::current_dir()?.display().to_string();
    let session = std::fs::read_to_string("/proc/self/sessionid").unwrap_or_default(); // OK: blocking-in-async
    let entry = Entry {
        id: format!("{}-{}", session.trim(), std::process::id()),
        command: args.command,
        cwd,
        exit: args.exit,
        timestamp: time::OffsetDateTime::now_utc().unix_timestamp(),
    };
    store.append(&entry).await?;
    store.flush().await
}
