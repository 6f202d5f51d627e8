//! A crate fn that opens a file and returns the handle is quiet (its open is one syscall):
//! the reads and writes happen where the handle goes, and are reported there, also when the
//! handle comes back inside a tuple, behind `?`, `.await` or `with_context`.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use anyhow::Context;

pub enum Format {
    Json,
    Csv,
}

impl Format {
    pub fn name(&self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

fn open_log(path: &Path) -> std::io::Result<File> {
    File::open(path) // OK: blocking-in-async
}

fn open_asset(name: &str) -> anyhow::Result<(File, Format)> {
    let file = File::open(name).context("open the asset")?; // OK: blocking-in-async
    let format = if name.ends_with(".csv") { Format::Csv } else { Format::Json };
    Ok((file, format))
}

async fn create_report(path: &Path) -> std::io::Result<std::fs::File> {
    File::create(path) // OK: blocking-in-async
}

async fn open_cached(path: &Path) -> std::io::Result<tokio::fs::File> {
    tokio::fs::File::open(path).await
}

pub struct Segments {
    dir: std::path::PathBuf,
}

impl Segments {
    pub fn open_segment(&self, id: u64) -> std::io::Result<File> {
        File::open(self.dir.join(id.to_string())) // OK: blocking-in-async
    }
}

/// Not a file: a crate type whose own `read_to_end` only copies memory.
pub struct Buffer {
    bytes: Vec<u8>,
}

impl Buffer {
    pub fn read_to_end(&mut self, out: &mut Vec<u8>) -> usize {
        out.append(&mut self.bytes);
        out.len()
    }
}

fn make_buffer() -> Buffer {
    Buffer { bytes: Vec::new() }
}

pub async fn tail_log(path: &Path) -> std::io::Result<String> {
    let mut log = open_log(path)?;
    let mut text = String::new();
    log.read_to_string(&mut text)?; // EXPECT: blocking-in-async
    Ok(text)
}

pub async fn asset_body(name: &str) -> anyhow::Result<(Vec<u8>, &'static str)> {
    let (mut file, format) = open_asset(name).with_context(|| format!("asset {name}"))?;
    let mut body = Vec::new();
    file.read_to_end(&mut body)?; // EXPECT: blocking-in-async
    Ok((body, format.name())) // OK: blocking-in-async
}

pub async fn write_report(path: &Path, text: &str) -> std::io::Result<()> {
    let mut report = create_report(path).await?;
    report.write_all(text.as_bytes()) // EXPECT: blocking-in-async
}

pub async fn read_segment(segments: &Segments, id: u64) -> std::io::Result<Vec<u8>> {
    let mut segment = segments.open_segment(id)?;
    let mut bytes = Vec::new();
    segment.read_to_end(&mut bytes)?; // EXPECT: blocking-in-async
    Ok(bytes)
}

pub async fn cached(path: &Path) -> std::io::Result<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut file = open_cached(path).await?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).await?; // OK: blocking-in-async
    Ok(bytes)
}

pub async fn drain(path: &Path) -> std::io::Result<usize> {
    let log = open_log(path)?;
    let len = log.metadata()?.len(); // OK: blocking-in-async
    let mut buffer = make_buffer();
    let mut out = Vec::new();
    Ok(buffer.read_to_end(&mut out) + len as usize) // OK: blocking-in-async
}

/// A sync helper that reads through a returned handle blocks, so calling it does.
fn asset_bytes(name: &str) -> anyhow::Result<Vec<u8>> {
    let (mut file, _format) = open_asset(name)?;
    let mut body = Vec::new();
    file.read_to_end(&mut body)?;
    Ok(body)
}

/// A sync helper that only passes the handle on does not.
fn asset_handle(name: &str) -> anyhow::Result<File> {
    let (file, _format) = open_asset(name)?;
    Ok(file)
}

pub async fn serve_asset(name: &str) -> anyhow::Result<usize> {
    let bytes = asset_bytes(name)?; // EXPECT: blocking-in-async
    let _handle = asset_handle(name)?; // OK: blocking-in-async
    Ok(bytes.len())
}
