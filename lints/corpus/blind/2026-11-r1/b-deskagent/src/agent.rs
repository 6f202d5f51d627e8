//! The agent loop: folder events come in from the watcher thread, pending files are uploaded
//! one by one, and the remote listing is polled for changes made elsewhere.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use tokio::sync::mpsc;
use tracing::{debug, info, warn};

use crate::conflict;
use crate::drive::Drive;
use crate::state::{AgentState, Mode};
use crate::tray::Tray;
use crate::watcher;

pub struct Agent {
    state: Rc<RefCell<AgentState>>,
    drive: Drive,
    tray: Rc<Tray>,
    events: mpsc::Sender<String>,
    hashes: RefCell<HashMap<PathBuf, u64>>,
}

pub async fn run(root: PathBuf, state: Rc<RefCell<AgentState>>) -> anyhow::Result<()> {
    let token = std::env::var("DESKAGENT_TOKEN")?;
    let drive = Drive::new("https://drive.example.com/api", &token)?;
    let (events, mut event_rx) = mpsc::channel(256);
    let tray = Rc::new(Tray::new(state.clone()));
    let agent = Rc::new(Agent { state: state.clone(), drive, tray: tray.clone(), events, hashes: RefCell::new(HashMap::new()) });

    let mut changes = watcher::watch(&root)?;
    let poller = agent.clone();
    tokio::task::spawn_local(async move { poller.poll_remote_forever().await });
    tokio::task::spawn_local(async move {
        while let Some(line) = event_rx.recv().await {
            debug!("{line}");
        }
    });

    while let Some(path) = changes.recv().await {
        state.borrow_mut().pending.insert(path); // OK: lock-across-await
        agent.upload_pending().await;
        tray.refresh().await;
    }
    crate::state::persist(&state.borrow())?; // EXPECT: blocking-in-async // OK: lock-across-await
    Ok(())
}

impl Agent {
    async fn upload_pending(&self) {
        let mode = self.state.borrow().mode; // OK: lock-across-await
        if mode != Mode::Active {
            return;
        }
        let pending: Vec<PathBuf> = self.state.borrow().pending.iter().cloned().collect(); // OK: lock-across-await
        for path in pending {
            match self.upload_one(&path).await {
                Ok(bytes) => {
                    let mut st = self.state.borrow_mut(); // OK: lock-across-await
                    st.pending.remove(&path);
                    st.uploaded_bytes += bytes;
                }
                Err(e) => {
                    warn!(path = %path.display(), error = %e, "upload failed");
                    self.state.borrow_mut().last_error = Some(e.to_string()); // OK: lock-across-await
                    self.events.send(format!("failed {}", path.display())); // EXPECT: unawaited-future
                }
            }
        }
    }

    async fn upload_one(&self, path: &Path) -> anyhow::Result<u64> {
        let body = std::fs::read(path)?; // EXPECT: blocking-in-async
        let rel = self.state.borrow().relative(path); // OK: lock-across-await
        let etag = self.drive.put(&rel, body.clone()).await?;
        let mut st = self.state.borrow_mut(); // OK: lock-across-await
        st.remote_etags.insert(rel, etag);
        Ok(body.len() as u64)
    }

    async fn upload_one_tracked(&self, path: &Path) -> anyhow::Result<()> {
        let mut st = self.state.borrow_mut(); // EXPECT: lock-across-await
        let rel = st.relative(path);
        let body = tokio::fs::read(path).await?;
        let etag = self.drive.put(&rel, body).await?;
        st.remote_etags.insert(rel, etag);
        Ok(())
    }

    async fn poll_remote_forever(&self) {
        loop {
            if let Err(e) = self.poll_remote().await {
                warn!(error = %e, "remote poll failed");
            }
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
    }

    async fn poll_remote(&self) -> anyhow::Result<()> {
        if self.state.borrow().mode == Mode::Offline || !self.drive.ping().await { // OK: lock-across-await
            return Ok(());
        }
        let listing = self.drive.list().await?;
        let st = self.state.borrow(); // EXPECT: lock-across-await
        for remote in listing {
            let rel = PathBuf::from(&remote.path);
            match st.remote_etags.get(&rel) {
                Some(etag) if *etag == remote.etag => {}
                _ => {
                    let bytes = self.drive.fetch(&rel).await?;
                    conflict::write_incoming(&st.root, &rel, &bytes).await?;
                }
            }
        }
        Ok(())
    }

    pub async fn resync_mode(&self) -> anyhow::Result<()> {
        match self.state.borrow().mode { // EXPECT: lock-across-await
            Mode::Paused => info!("paused, nothing to do"),
            Mode::Offline => self.tray.set_status("offline").await,
            Mode::Active => self.upload_pending().await,
        }
        Ok(())
    }

    pub async fn retry_errors(&self) {
        // edition 2021: the scrutinee's Ref is still alive in the else branch
        if let Some(err) = self.state.borrow().last_error.clone() { // EXPECT: lock-across-await
            warn!(%err, "last error");
        } else {
            self.upload_pending().await;
        }
    }

    pub async fn pending_count(&self, remote_too: bool) -> usize {
        let local = match remote_too {
            false => self.state.borrow().pending.len(), // OK: lock-across-await
            true => self.drive.list().await.map(|l| l.len()).unwrap_or(0),
        };
        local
    }

    pub async fn rehash(&self, paths: &[PathBuf]) -> anyhow::Result<()> {
        let mut hashes = self.hashes.borrow_mut(); // EXPECT: lock-across-await
        for p in paths {
            let bytes = tokio::fs::read(p).await?;
            hashes.insert(p.clone(), quick_hash(&bytes));
        }
        Ok(())
    }

    pub async fn rehash_scoped(&self, paths: &[PathBuf]) -> anyhow::Result<()> {
        for p in paths {
            let bytes = tokio::fs::read(p).await?;
            let h = quick_hash(&bytes);
            self.hashes.borrow_mut().insert(p.clone(), h); // OK: lock-across-await
        }
        let changed = {
            let hashes = self.hashes.borrow(); // OK: lock-across-await
            hashes.len()
        };
        self.events.send(format!("rehashed {changed}")).await.ok(); // OK: unawaited-future
        Ok(())
    }

    pub async fn announce(&self, what: &str) {
        let notify = |line: String| async move {
            tracing::info!(target: "deskagent::announce", "{line}");
        };
        notify(what.to_owned()); // EXPECT: unawaited-future
        notify(format!("{what} (again)")).await; // OK: unawaited-future
        let log_line = |line: &str| tracing::debug!("{line}");
        log_line(what); // OK: unawaited-future
    }
}

fn quick_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}

/// The journal of local edits, kept in memory for the current session only.
pub async fn replay_session(journal: &RefCell<Vec<PathBuf>>, drive: &Drive) -> anyhow::Result<()> {
    let entries = journal.borrow(); // EXPECT: lock-across-await
    for p in entries.iter() {
        drive.put(p, Vec::new()).await?;
    }
    Ok(())
}

pub async fn replay_session_copy(journal: &RefCell<Vec<PathBuf>>, drive: &Drive) -> anyhow::Result<()> {
    let entries = journal.borrow().clone(); // OK: lock-across-await
    for p in &entries {
        drive.put(p, Vec::new()).await?;
    }
    journal.borrow_mut().clear(); // OK: lock-across-await
    Ok(())
}

pub async fn tally(seen: &mut Vec<PathBuf>) {
    let scratch = RefCell::new(Vec::new());
    for p in seen.drain(..) {
        scratch.borrow_mut().push(p); // OK: lock-across-await
        tokio::task::yield_now().await;
    }
    let mut all = scratch.borrow_mut(); // EXPECT: lock-across-await
    all.sort();
    tokio::task::yield_now().await;
    seen.append(&mut all); // OK: unawaited-future
}
