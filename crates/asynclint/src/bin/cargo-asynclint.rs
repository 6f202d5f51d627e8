//! `cargo asynclint`: cargo runs this binary as `cargo-asynclint asynclint [ARGS]`. With no
//! paths it checks the current package, or every workspace member when run at the root of a
//! virtual workspace (or with `--workspace`), using `cargo metadata --no-deps`. Every option of
//! `asynclint check` is accepted.

use std::path::{Path, PathBuf};
use std::process::Command;

use asynclint::cli::{self, CheckArgs};
use clap::{Args, Parser};

#[derive(Debug, Parser)]
#[command(name = "cargo", bin_name = "cargo")]
enum CargoCli {
    /// Check the current package (or the workspace members) for async pitfalls
    #[command(version, about)]
    Asynclint(CargoArgs),
}

#[derive(Debug, Args)]
struct CargoArgs {
    /// Check every workspace member, not only the current package
    #[arg(long)]
    workspace: bool,
    #[command(flatten)]
    check: CheckArgs,
}

fn main() {
    let CargoCli::Asynclint(mut args) = CargoCli::parse();
    if args.check.paths.is_empty() {
        match package_dirs(args.workspace) {
            Ok(dirs) => args.check.paths = dirs,
            Err(message) => {
                eprintln!("error: {message}");
                std::process::exit(cli::EXIT_ERROR);
            }
        }
    }
    std::process::exit(cli::run_check(&args.check));
}

/// The directories to check: the package whose manifest is nearest to the current directory,
/// or all workspace members when asked or when that manifest is a virtual one.
fn package_dirs(workspace: bool) -> Result<Vec<PathBuf>, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .map_err(|err| format!("cannot run `cargo metadata`: {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "`cargo metadata` failed:\n{}",
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|err| format!("cannot read `cargo metadata` output: {err}"))?;
    let members: Vec<&str> = metadata["workspace_members"]
        .as_array()
        .map(|ids| ids.iter().filter_map(|id| id.as_str()).collect())
        .unwrap_or_default();
    let member_manifests: Vec<PathBuf> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|package| {
            package["id"]
                .as_str()
                .is_some_and(|id| members.contains(&id))
        })
        .filter_map(|package| package["manifest_path"].as_str().map(PathBuf::from))
        .collect();
    let cwd = std::env::current_dir().map_err(|err| format!("no current directory: {err}"))?;
    let current = nearest_manifest(&cwd);
    if !workspace
        && let Some(current) = current
        && let Some(manifest) = member_manifests.iter().find(|m| **m == current)
    {
        return Ok(manifest_dirs(std::slice::from_ref(manifest)));
    }
    Ok(manifest_dirs(&member_manifests))
}

fn nearest_manifest(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("Cargo.toml"))
        .find(|manifest| manifest.is_file())
}

fn manifest_dirs(manifests: &[PathBuf]) -> Vec<PathBuf> {
    manifests
        .iter()
        .filter_map(|manifest| manifest.parent().map(Path::to_path_buf))
        .collect()
}
