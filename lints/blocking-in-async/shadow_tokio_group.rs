//! `use tokio::{fs, time}` in a group: `fs::` and `time::` are tokio's async modules here.

use tokio::io::AsyncWriteExt;
use tokio::{fs, time};

async fn rotate(path: &str) -> std::io::Result<()> {
    let old = fs::read(path).await?; // OK: blocking-in-async
    time::sleep(time::Duration::from_millis(5)).await; // OK: blocking-in-async
    let mut out = fs::File::create(format!("{path}.1")).await?; // OK: blocking-in-async
    out.write_all(&old).await?;
    let size = std::fs::read(path)?.len(); // EXPECT: blocking-in-async
    fs::remove_file(path).await?; // OK: blocking-in-async
    println!("rotated {size} bytes");
    Ok(())
}

fn main() {}
