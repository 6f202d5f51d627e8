//! `cargo xtask`: benchmarks and release automation for the workspace. `main` builds a runtime
//! and drives one future; the steps run one after the other unless a step fans out itself.

mod git;
mod notify;
mod steps;
#[cfg(test)]
mod test_utils;

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Run the named benchmarks, all at once.
    Bench { names: Vec<String> },
    /// Cut a release: bump, tag, publish.
    Release {
        #[arg(long)]
        crates: Vec<String>,
        #[arg(long, default_value_t = 2)]
        jobs: usize,
    },
    /// Download the artifacts CI built for each given target.
    Artifacts { targets: Vec<String> },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(run(cli)) // OK: block-on-in-async
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.task {
        Task::Bench { names } => steps::bench::run(names).await,
        Task::Release { crates, jobs } => steps::release::run(crates, jobs).await,
        Task::Artifacts { targets } => steps::artifacts::run(targets).await,
    }
}
