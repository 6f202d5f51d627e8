//! A sync `main` parses the arguments and hands the library's `run` to `block_on`: the start
//! of a program, sequential until it spawns.

use clap::Parser;
use zone_server::Cli;

fn main() -> Result<(), String> {
    let args = Cli::parse();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(args.run())
}
