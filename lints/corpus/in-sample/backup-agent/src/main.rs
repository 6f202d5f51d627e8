//! backup-agent: runs on each host, snapshots the configured directories on a schedule,
//! deduplicates chunks against the local catalog and uploads the new ones. `main` is sync: it
//! picks a subcommand and builds the runtime only for the commands that need one.

mod agent;
mod catalog;
mod control;
mod progress;
mod prune;
mod restore;
mod snapshot;
mod upload;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::catalog::Catalog;

#[derive(Clone, serde::Deserialize)]
pub struct AgentConfig {
    pub host_id: String,
    pub sources: Vec<PathBuf>,
    pub state_dir: PathBuf,
    pub bucket_url: String,
    pub control_url: String,
    pub upload_concurrency: usize,
    pub interval_minutes: u64,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt::init();
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_else(|| "run".into());
    let config_path = args.next().unwrap_or_else(|| "/etc/backup-agent.json".into());
    let config: AgentConfig = match std::fs::read_to_string(&config_path).map(|text| serde_json::from_str(&text)) {
        Ok(Ok(config)) => config,
        _ => {
            eprintln!("cannot read {config_path}");
            return ExitCode::FAILURE;
        }
    };
    match command.as_str() {
        "run" => {
            let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
                Ok(runtime) => runtime,
                Err(e) => {
                    eprintln!("no runtime: {e}");
                    return ExitCode::FAILURE;
                }
            };
            match runtime.block_on(agent::run(config)) { // OK: block-on-in-async
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("agent stopped: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        "catalog-size" => {
            let catalog = Catalog::new(config.state_dir.join("catalog.json"));
            let loaded = futures::executor::block_on(catalog.load()); // OK: block-on-in-async
            println!("{} chunks", loaded.map(|_| catalog.len_now()).unwrap_or(0)); // OK: block-on-in-async
            ExitCode::SUCCESS
        }
        "verify" => {
            let id = args.next().unwrap_or_default();
            match pollster::block_on(restore::verify_offline(config, id)) { // OK: block-on-in-async
                Ok(bad) if bad == 0 => ExitCode::SUCCESS,
                _ => ExitCode::FAILURE,
            }
        }
        other => {
            eprintln!("unknown command {other}");
            ExitCode::FAILURE
        }
    }
}
