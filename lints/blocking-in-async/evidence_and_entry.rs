//! Evidence before a finding: a type imported by name resolves (`use std::fs::File;`), a
//! crate's sync method is matched only on a receiver of its type, cheap metadata calls are not
//! reported, and a `#[tokio::main]` body is sequential until it spawns.

use std::fs::File;
use std::io::Read;
use std::path::Path;

pub struct Snapshot {
    path: String,
}

impl Snapshot {
    /// A sync method that writes a file.
    pub fn commit(&self) -> std::io::Result<()> {
        std::fs::write(&self.path, b"snapshot")
    }
}

pub async fn restore(path: &str) -> std::io::Result<Vec<u8>> {
    let mut file = File::open(path)?; // EXPECT: blocking-in-async
    let mut data = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = file.read(&mut chunk)?; // EXPECT: blocking-in-async
        if n == 0 {
            break;
        }
        data.extend_from_slice(&chunk[..n]);
    }
    Ok(data)
}

pub async fn save(snapshot: &Snapshot, tx: sqlx::Transaction<'_, sqlx::Postgres>) -> Result<(), String> {
    snapshot.commit().map_err(|e| e.to_string())?; // EXPECT: blocking-in-async [mentions: std::fs::write]
    tx.commit().await.map_err(|e| e.to_string())?; // OK: blocking-in-async
    Ok(())
}

pub async fn prepare(dir: &Path) -> std::io::Result<()> {
    if !dir.exists() { // OK: blocking-in-async
        std::fs::create_dir_all(dir)?; // OK: blocking-in-async
    }
    let meta = std::fs::metadata(dir)?; // OK: blocking-in-async
    std::fs::remove_file(dir.join("stale.lock")).ok(); // OK: blocking-in-async
    let index = std::fs::read_to_string(dir.join("index"))?; // EXPECT: blocking-in-async
    println!("{} {}", meta.len(), index.len());
    Ok(())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let config = std::fs::read_to_string("app.toml")?; // OK: blocking-in-async
    std::thread::sleep(std::time::Duration::from_millis(10)); // OK: blocking-in-async
    let server = tokio::spawn(async move {
        std::thread::sleep(std::time::Duration::from_millis(10)); // EXPECT: blocking-in-async
    });
    let report = std::fs::read_to_string("report.txt")?; // EXPECT: blocking-in-async
    server.await.ok();
    println!("{config}{report}");
    Ok(())
}
