//! `edgeproxy`: a small tunnel/proxy endpoint. Each subcommand is one way to run it; each
//! does its start-up (keys, routes, zones) and then serves until ctrl-c.

mod cmd;
mod metrics;
mod net;
mod routes;
mod upstream;

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[arg(long, default_value = "/etc/edgeproxy")]
    etc: std::path::PathBuf,
    #[command(subcommand)]
    command: Mode,
}

#[derive(Subcommand)]
enum Mode {
    Serve,
    Resolver,
    Gateway,
    Watch,
    Relay,
    ExitNode,
    Probe,
    Bridge,
    Mesh,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let cli = Cli::parse();
    match cli.command {
        Mode::Serve => cmd::serve::run(&cli.etc).await,
        Mode::Resolver => cmd::resolver::run(&cli.etc).await,
        Mode::Gateway => cmd::gateway::run(&cli.etc).await,
        Mode::Watch => cmd::watch::run(&cli.etc).await,
        Mode::Relay => cmd::relay::run(&cli.etc).await,
        Mode::ExitNode => cmd::exit_node::run(&cli.etc).await,
        Mode::Probe => cmd::probe::run(&cli.etc).await,
        Mode::Bridge => cmd::bridge::run(&cli.etc).await,
        Mode::Mesh => cmd::mesh::run(&cli.etc).await,
    }
}
