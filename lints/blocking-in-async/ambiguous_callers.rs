//! An async method no resolved call reaches, whose name an awaited call on a receiver of
//! unknown type uses while several methods bear it (`zone.load(&dir).await` over a
//! deserialized config): those sites are its callers. Awaited in a program's sequential
//! start-up, it is part of that program; awaited by a handler's task, it runs beside others.
//! Fns that await each other (a zone loads its keys, a key loads its parent zone) stay
//! sequential when everything entering the cycle is.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

struct ZoneConfig {
    file: PathBuf,
    keys: Vec<KeyConfig>,
}

struct KeyConfig {
    path: PathBuf,
    parent: Option<Box<ZoneConfig>>,
}

struct TlsConfig {
    cert: PathBuf,
}

struct Settings {
    zones: Vec<ZoneConfig>,
}

impl ZoneConfig {
    async fn load(&self, dir: &Path) -> std::io::Result<String> {
        let text = std::fs::read_to_string(dir.join(&self.file))?; // OK: blocking-in-async
        load_keys(&self.keys).await?;
        Ok(text)
    }
}

impl KeyConfig {
    async fn load(&self) -> std::io::Result<Vec<u8>> {
        let key = std::fs::read(&self.path)?; // OK: blocking-in-async
        if let Some(parent) = &self.parent {
            parent.load(Path::new("/etc/zones")).await?;
        }
        Ok(key)
    }
}

impl TlsConfig {
    fn load(&self) -> std::io::Result<Vec<u8>> {
        std::fs::read(&self.cert)
    }
}

/// Awaited by `ZoneConfig::load`, and awaiting `KeyConfig::load`, which may await
/// `ZoneConfig::load` again.
async fn load_keys(keys: &[KeyConfig]) -> std::io::Result<()> {
    for key in keys {
        key.load().await?;
    }
    Ok(())
}

/// Two methods named `refresh`: the only caller is a handler's spawned task.
struct Mirror {
    source: PathBuf,
}

struct Peer {
    name: String,
}

impl Mirror {
    async fn refresh(&self) -> std::io::Result<usize> {
        let body = std::fs::read(&self.source)?; // EXPECT: blocking-in-async
        Ok(body.len())
    }
}

impl Peer {
    async fn refresh(&self) -> usize {
        self.name.len()
    }
}

fn parse_settings(text: &str) -> Settings {
    let _ = text;
    Settings { zones: Vec::new() }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let settings = parse_settings("[zones]");
    let ready = Arc::new(AtomicBool::new(false));
    for zone in settings.zones {
        zone.load(Path::new("/etc/zones")).await?;
    }
    // An atomic's `load` is no call to an async method: it links nothing.
    if ready.load(Ordering::Relaxed) {
        return Ok(());
    }
    let tls = TlsConfig { cert: PathBuf::from("cert.pem") };
    tls.load()?;
    let listener = tokio::net::TcpListener::bind("0.0.0.0:53").await?;
    loop {
        let (socket, _) = listener.accept().await?;
        let all: Vec<_> = serde_json::from_str("[]").unwrap_or_default();
        tokio::spawn(async move {
            drop(socket);
            for mirror in all {
                mirror.refresh().await.ok();
            }
        });
    }
}
