//! Campaign templates: every `*.hbs` file of the templates folder, compiled once at start.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use anyhow::Context;
use tokio::task::JoinSet;

#[derive(Debug, Clone)]
pub struct Template {
    pub name: String,
    pub subject: String,
    pub body: String,
}

async fn load_one(path: PathBuf) -> anyhow::Result<Template> {
    let text = tokio::fs::read_to_string(&path)
        .await
        .with_context(|| format!("reading {}", path.display()))?;
    let (subject, body) = text
        .split_once("\n---\n")
        .with_context(|| format!("{}: no subject separator", path.display()))?;
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned();
    Ok(Template { name, subject: subject.trim().to_owned(), body: body.to_owned() })
}

pub async fn load_dir(dir: &Path) -> anyhow::Result<HashMap<String, Template>> {
    let mut entries = tokio::fs::read_dir(dir)
        .await
        .with_context(|| format!("listing {}", dir.display()))?;
    let mut set = JoinSet::new();
    while let Some(entry) = entries.next_entry().await? {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("hbs") {
            continue;
        }
        set.spawn(load_one(path)); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
    }
    let mut out = HashMap::new();
    while let Some(done) = set.join_next().await {
        let t = done??;
        out.insert(t.name.clone(), t);
    }
    Ok(out)
}

/// Watches the folder from a plain thread (the editor saves often, polling is enough) and sends the
/// names of changed files.
pub fn watch(dir: PathBuf, tx: mpsc::Sender<PathBuf>) {
    std::thread::spawn(move || { // OK: detached-spawn, untracked-spawn
        let mut last = SystemTime::UNIX_EPOCH;
        loop {
            std::thread::sleep(Duration::from_secs(2));
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for e in entries.flatten() {
                let modified = e.metadata().and_then(|m| m.modified()).unwrap_or(last);
                if modified > last {
                    last = modified;
                    let _ = tx.send(e.path());
                }
            }
        }
    });
}
