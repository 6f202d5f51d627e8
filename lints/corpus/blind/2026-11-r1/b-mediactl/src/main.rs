//! mediactl: probes every recording in a folder, transcodes the ones the library cannot play,
//! and uploads them, one after the other, with a progress line.

mod catalog;
mod cli;
mod probe;
mod progress;
mod scan;
mod transcode;
mod upload;

#[cfg(test)]
mod tests;

use std::time::Duration;

use clap::Parser;
use tokio::runtime::Handle;

use crate::catalog::Catalog;
use crate::cli::Args;
use crate::upload::Uploader;

#[derive(serde::Deserialize)]
struct Settings {
    library_url: String,
    token: String,
    #[serde(default)]
    max_height: Option<u32>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();

    // A CLI: until the first task is spawned nothing else runs, so plain std I/O is fine here.
    let settings_text = std::fs::read_to_string(&args.config)?; // OK: blocking-in-async
    let settings: Settings = toml::from_str(&settings_text)?;
    std::fs::create_dir_all(&args.work_dir)?; // OK: blocking-in-async
    let mut catalog = Catalog::load(&args.catalog)?; // OK: blocking-in-async
    let files = scan::collect(&args.input, &args.extensions)?; // OK: blocking-in-async
    let ffmpeg = std::process::Command::new("ffmpeg").arg("-version").output()?; // OK: blocking-in-async
    if !ffmpeg.status.success() {
        anyhow::bail!("ffmpeg is not installed");
    }
    if args.wait_for_mount {
        while !args.input.exists() { // OK: blocking-in-async
            std::thread::sleep(Duration::from_secs(1)); // OK: blocking-in-async
        }
    }

    let uploader = Uploader::new(&settings.library_url, &settings.token)?;
    let server_version = Handle::current().block_on(uploader.server_version())?; // EXPECT: block-on-in-async // OK: blocking-in-async
    println!("library server {server_version}, {} files to consider", files.len());

    if args.dry_run {
        for f in &files {
            let info = probe::probe_file(f)?; // OK: blocking-in-async
            println!("{}: {}x{} {}", f.display(), info.width, info.height, info.codec);
        }
        return Ok(());
    }

    let (progress_tx, progress_rx) = tokio::sync::mpsc::channel(64);
    let reporter = tokio::spawn(progress::report(progress_rx, files.len()));

    for file in &files {
        if catalog.contains(file) {
            continue;
        }
        let info = probe::probe_file(file)?; // EXPECT: blocking-in-async
        let to_send = if settings.max_height.is_some_and(|h| info.height > h) {
            transcode::downscale(file, &args.work_dir, settings.max_height.unwrap()).await?
        } else {
            file.clone()
        };
        let bytes = std::fs::read(&to_send)?; // EXPECT: blocking-in-async
        let id = uploader.upload(&to_send, bytes, &progress_tx).await?;
        catalog.insert(file, id);
    }
    catalog.save(&args.catalog)?; // EXPECT: blocking-in-async
    drop(progress_tx);
    reporter.await?;
    std::thread::sleep(Duration::from_millis(200)); // EXPECT: blocking-in-async
    Ok(())
}
