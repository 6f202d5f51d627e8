//! `release`: bump the version, write the changelog, commit and tag, one step after another.

use std::path::PathBuf;
use std::process::Command;

#[derive(clap::Args)]
pub struct ReleaseArgs {
    version: String,
    #[arg(long, default_value = "Cargo.toml")]
    manifest: PathBuf,
    #[arg(long, default_value = "octo/relx")]
    repo: String,
}

async fn bump_manifest(args: &ReleaseArgs) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.manifest)?; // OK: blocking-in-async
    let bumped = text.replacen("version = \"", &format!("version = \"{}\" # was \"", args.version), 1);
    std::fs::write(&args.manifest, bumped)?; // OK: blocking-in-async
    Ok(())
}

async fn write_changelog(args: &ReleaseArgs) -> anyhow::Result<()> {
    let log = Command::new("git").args(["log", "--oneline", "-50"]).output()?; // OK: blocking-in-async
    let previous = std::fs::read_to_string("CHANGELOG.md").unwrap_or_default(); // OK: blocking-in-async
    let entry = format!("## {}\n\n{}\n", args.version, String::from_utf8_lossy(&log.stdout));
    std::fs::write("CHANGELOG.md", entry + &previous)?; // OK: blocking-in-async
    Ok(())
}

async fn commit_and_tag(args: &ReleaseArgs) -> anyhow::Result<()> {
    let sha = crate::git::head_sha()?; // OK: blocking-in-async
    Command::new("git").args(["commit", "-am", &format!("release {}", args.version)]).status()?;
    Command::new("git").args(["tag", &format!("v{}", args.version), &sha]).status()?;
    Ok(())
}

pub async fn run(args: ReleaseArgs) -> anyhow::Result<()> {
    let previous = crate::git::last_release(&args.repo); // EXPECT: block-on-in-async
    println!("previous release: {previous:?}");
    bump_manifest(&args).await?;
    write_changelog(&args).await?;
    commit_and_tag(&args).await?;
    let text = format!("released {}", args.version);
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if let Err(error) = crate::report::upload_report(text).await {
            eprintln!("dashboard not updated: {error}");
        }
    });
    Ok(())
}
