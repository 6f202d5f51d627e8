//! `cargo xtask`-style release automation: benchmarks, the release commit, publishing.

mod commands;
mod git;
mod report;

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Bench(commands::bench::BenchArgs),
    Release(commands::release::ReleaseArgs),
    Publish(commands::publish::PublishArgs),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let job = tokio::spawn(run(args));
    job.await??;
    Ok(())
}

async fn run(args: Args) -> anyhow::Result<()> {
    match args.command {
        Command::Bench(bench) => commands::bench::run(bench).await,
        Command::Release(release) => commands::release::run(release).await,
        Command::Publish(publish) => commands::publish::run(publish).await,
    }
}
