//! Reading a recording's stream info with ffprobe.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct StreamInfo {
    pub codec: String,
    pub width: u32,
    pub height: u32,
    #[serde(default)]
    pub duration_secs: f64,
}

#[derive(Deserialize)]
struct ProbeOutput {
    streams: Vec<ProbeStream>,
}

#[derive(Deserialize)]
struct ProbeStream {
    codec_name: String,
    width: Option<u32>,
    height: Option<u32>,
    duration: Option<String>,
}

fn ffprobe_args(file: &Path) -> Vec<String> {
    vec![
        "-v".into(),
        "quiet".into(),
        "-print_format".into(),
        "json".into(),
        "-show_streams".into(),
        file.display().to_string(),
    ]
}

fn parse(stdout: &[u8]) -> anyhow::Result<StreamInfo> {
    let out: ProbeOutput = serde_json::from_slice(stdout)?;
    let video = out.streams.into_iter().find(|s| s.width.is_some()).ok_or_else(|| anyhow::anyhow!("no video stream"))?;
    Ok(StreamInfo {
        codec: video.codec_name,
        width: video.width.unwrap_or(0),
        height: video.height.unwrap_or(0),
        duration_secs: video.duration.and_then(|d| d.parse().ok()).unwrap_or(0.0),
    })
}

pub fn probe_file(file: &Path) -> anyhow::Result<StreamInfo> {
    let out = std::process::Command::new("ffprobe").args(ffprobe_args(file)).output()?;
    parse(&out.stdout)
}

pub async fn probe_async(file: &Path) -> anyhow::Result<StreamInfo> {
    let out = tokio::process::Command::new("ffprobe").args(ffprobe_args(file)).output().await?; // OK: blocking-in-async
    parse(&out.stdout) // OK: blocking-in-async
}

/// Probes a batch for the summary table.
pub async fn probe_many(files: &[PathBuf]) -> Vec<anyhow::Result<StreamInfo>> {
    files.iter().map(|f| probe_file(f)).collect() // EXPECT: blocking-in-async
}

/// The same, on the blocking pool.
pub async fn probe_many_offloaded(files: Vec<PathBuf>) -> anyhow::Result<Vec<StreamInfo>> {
    let probe_all = move || files.iter().map(|f| probe_file(f)).collect::<anyhow::Result<Vec<_>>>(); // OK: blocking-in-async
    tokio::task::spawn_blocking(probe_all).await?
}
