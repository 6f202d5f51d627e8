use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use tokio::sync::mpsc;

use crate::ledger::{Ledger, Posting};

/// Imports every statement dropped into `inbox/`.
pub async fn watch_inbox(ledger: Arc<Ledger>, events: mpsc::Sender<Posting>) -> anyhow::Result<()> {
    loop {
        let mut dir = tokio::fs::read_dir("inbox").await?;
        let mut files = Vec::new();
        while let Some(entry) = dir.next_entry().await? {
            files.push(entry.path());
        }
        let imported = join_all(files.iter().map(|f| import_file(&ledger, f, &events))).await; // EXPECT: unbounded-gather
        for (file, result) in files.iter().zip(imported) {
            match result {
                Ok(()) => { tokio::fs::remove_file(file); } // EXPECT: unawaited-future
                Err(err) => tracing::warn!(?file, %err, "import failed"),
            }
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

async fn import_file(ledger: &Ledger, path: &std::path::Path, events: &mpsc::Sender<Posting>) -> anyhow::Result<()> {
    let text = tokio::fs::read_to_string(path).await?;
    let postings: Vec<Posting> = serde_json::from_str(&text)?;
    let results = join_all(postings.iter().cloned().map(|p| ledger.post(p))).await; // EXPECT: unbounded-gather
    for (posting, result) in postings.into_iter().zip(results) {
        result?;
        events.send(posting); // EXPECT: unawaited-future
    }
    Ok(())
}

/// Imports a CSV statement: one posting per line.
pub async fn import_csv(ledger: Arc<Ledger>, text: String) -> anyhow::Result<()> {
    let mut handles = Vec::new();
    for line in text.lines() {
        let Some((account, cents)) = line.split_once(',') else { continue };
        let posting = Posting { account: account.to_string(), cents: cents.trim().parse()? };
        let ledger = ledger.clone();
        handles.push(tokio::spawn(async move { ledger.post(posting).await })); // EXPECT: unbounded-gather
    }
    for handle in handles {
        handle.await??;
    }
    Ok(())
}

/// Imports the first ten lines of a preview only.
pub async fn preview(ledger: &Ledger, text: &str) -> anyhow::Result<()> {
    let postings: Vec<Posting> = text.lines().take(10).filter_map(|l| l.split_once(',')).map(|(a, c)| Posting { account: a.into(), cents: c.trim().parse().unwrap_or(0) }).collect();
    join_all(postings.into_iter().map(|p| ledger.post(p))).await; // OK: unbounded-gather
    Ok(())
}

/// Opening balances for the three built-in accounts.
pub async fn seed(ledger: &Ledger) {
    let opening = [("cash", 0), ("bank", 0), ("equity", 0)];
    join_all(opening.iter().map(|(a, c)| ledger.post(Posting { account: a.to_string(), cents: *c }))).await; // OK: unbounded-gather
}

pub async fn maybe_reimport(ledger: Arc<Ledger>, path: Option<std::path::PathBuf>) -> Option<tokio::task::JoinHandle<()>> {
    path.map(|p| tokio::spawn(async move { let _ = tokio::fs::read(&p).await; let _ = ledger.save().await; })) // OK: unbounded-gather, untracked-spawn, detached-spawn
}

pub async fn rates_from_bank(url: &str) -> anyhow::Result<f64> {
    let body = reqwest::blocking::get(url)?.text()?; // EXPECT: blocking-in-async
    Ok(body.trim().parse()?)
}
