//! The first restore path, before chunked manifests. Kept for reference while old snapshots
//! still exist; nothing compiles it any more.

use std::io::Read;

pub async fn restore_tarball(url: &str, dest: &std::path::Path) -> anyhow::Result<()> {
    let mut resp = reqwest::blocking::get(url)?; // OK: blocking-in-async
    let mut body = Vec::new();
    resp.read_to_end(&mut body)?;
    std::fs::write(dest.join("snapshot.tar"), body)?; // OK: blocking-in-async
    let status = std::process::Command::new("tar") // OK: blocking-in-async
        .arg("-xf")
        .arg(dest.join("snapshot.tar"))
        .current_dir(dest)
        .status()?;
    anyhow::ensure!(status.success(), "tar failed");
    tokio::spawn(cleanup(dest.to_path_buf())); // OK: detached-spawn, untracked-spawn
    Ok(())
}

async fn cleanup(dest: std::path::PathBuf) -> anyhow::Result<()> {
    tokio::fs::remove_file(dest.join("snapshot.tar")).await?;
    Ok(())
}
