//! Downscaling recordings the library cannot stream, with ffmpeg.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context};

fn output_path(file: &Path, work_dir: &Path, height: u32) -> PathBuf {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("out");
    work_dir.join(format!("{stem}.{height}p.mp4"))
}

/// Downscales with ffmpeg; waits for the child through tokio.
pub async fn downscale(file: &Path, work_dir: &Path, height: u32) -> anyhow::Result<PathBuf> {
    let out = output_path(file, work_dir, height);
    let status = tokio::process::Command::new("ffmpeg") // OK: blocking-in-async
        .arg("-y")
        .arg("-i")
        .arg(file)
        .args(["-vf", &format!("scale=-2:{height}")])
        .arg(&out)
        .status()
        .await
        .context("running ffmpeg")?;
    if !status.success() {
        bail!("ffmpeg failed on {}", file.display());
    }
    Ok(out)
}

/// Grabs a poster frame; quick, so it was left inline.
pub async fn thumbnail(file: &Path, work_dir: &Path) -> anyhow::Result<PathBuf> {
    let out = work_dir.join("poster.jpg");
    let status = Command::new("ffmpeg").args(["-y", "-ss", "1", "-i"]).arg(file).args(["-frames:v", "1"]).arg(&out).status()?; // EXPECT: blocking-in-async
    if !status.success() {
        bail!("no poster frame for {}", file.display());
    }
    Ok(out)
}

/// Starts a background preview render and lets it run; the child is reaped by the OS.
pub async fn start_preview(file: &Path, work_dir: &Path) -> anyhow::Result<u32> {
    let child = Command::new("ffmpeg").arg("-i").arg(file).arg(work_dir.join("preview.webm")).stdout(Stdio::null()).spawn()?; // OK: blocking-in-async
    Ok(child.id())
}

/// Transcodes on the blocking pool with the std process API.
pub async fn transcode_offloaded(file: PathBuf, out: PathBuf) -> anyhow::Result<()> {
    let status = tokio::task::spawn_blocking(move || Command::new("ffmpeg").arg("-i").arg(&file).arg(&out).status()).await??; // OK: blocking-in-async
    if !status.success() {
        bail!("transcode failed");
    }
    Ok(())
}
