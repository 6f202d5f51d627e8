//! One module per subcommand; `run` dispatches to them, one after the other.

mod add;
mod check;
mod export;
mod forget;
mod import;
mod push;

use crate::cli::{Cli, Command};

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Add(args) => add::run(&cli.db, &cli.key, args).await,
        Command::Push(args) => push::run(&cli.db, args).await,
        Command::Check(args) => check::run(args).await,
        Command::Import(args) => import::run(&cli.db, args).await,
        Command::Forget(args) => forget::run(args).await,
        Command::Export(args) => export::run(&cli.db, args).await,
    }
}
