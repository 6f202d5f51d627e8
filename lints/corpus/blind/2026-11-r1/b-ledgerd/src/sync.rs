//! The sync engine: each round pulls remote entries after our cursor, merges them into the
//! journal, pushes what the server has not acknowledged, and retries failures.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

use crate::config::Config;
use crate::journal::{Entry, Journal};
use crate::remote::RemoteClient;

#[derive(Default)]
struct SyncState {
    cursor: u64,
    in_flight: HashMap<u64, Entry>,
    retry: VecDeque<u64>,
    last_error: Option<String>,
    rounds: u64,
}

#[derive(Debug, Clone, Copy)]
pub struct Stats {
    pub cursor: u64,
    pub in_flight: usize,
    pub rounds: u64,
}

#[derive(Clone)]
pub struct Engine {
    cfg: Config,
    journal: Arc<Journal>,
    remote: Arc<RemoteClient>,
    state: Arc<Mutex<SyncState>>,
    peers_seen: Arc<RwLock<HashMap<String, u64>>>,
}

impl Engine {
    pub fn new(cfg: Config, journal: Arc<Journal>, remote: Arc<RemoteClient>) -> Self {
        Self {
            cfg,
            journal,
            remote,
            state: Arc::new(Mutex::new(SyncState::default())),
            peers_seen: Arc::new(RwLock::new(HashMap::new())),
        }
    }

    pub async fn run(self, shutdown: CancellationToken) -> anyhow::Result<()> {
        let mut tick = tokio::time::interval(Duration::from_secs(self.cfg.poll_secs));
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tick.tick() => {
                    if let Err(e) = self.round().await {
                        self.state.lock().unwrap().last_error = Some(e.to_string()); // OK: lock-across-await
                        warn!(error = %e, "sync round failed");
                        tokio::time::sleep(Duration::from_secs(2)).await; // OK: unawaited-future
                    }
                }
            }
        }
        self.journal.flush_to_disk()?; // EXPECT: blocking-in-async
        info!("sync engine stopped");
        Ok(())
    }

    async fn round(&self) -> anyhow::Result<()> {
        let cursor = self.state.lock().unwrap().cursor; // OK: lock-across-await
        let batch = self.remote.fetch_since(cursor).await?;

        let mut merged = self.journal.unacked();
        let mut incoming = batch.entries;
        merged.append(&mut incoming); // OK: unawaited-future
        merged.sort_by_key(|e| e.seq);
        merged.dedup_by_key(|e| e.seq);
        let seen = merged.iter().filter(|e| e.origin != self.cfg.account).count(); // OK: unawaited-future
        debug!(seen, "remote entries in this round");

        for entry in merged {
            if entry.origin == self.cfg.account {
                continue;
            }
            self.accept_remote(entry).await?;
        }

        {
            let mut state = self.state.lock().unwrap(); // OK: lock-across-await
            state.cursor = batch.cursor;
            state.rounds += 1;
        }
        self.push_pending().await?;
        self.retry_failed().await?;
        self.remote.push_cursor(self.state.lock().unwrap().cursor).await?; // EXPECT: lock-across-await
        Ok(())
    }

    async fn accept_remote(&self, entry: Entry) -> anyhow::Result<()> {
        self.note_peer(&entry.origin, entry.seq); // EXPECT: unawaited-future
        self.journal.append(entry).await
    }

    async fn note_peer(&self, peer: &str, cursor: u64) {
        self.peers_seen.write().unwrap().insert(peer.to_owned(), cursor); // OK: lock-across-await
        debug!(peer, cursor, "peer cursor updated");
    }

    async fn push_pending(&self) -> anyhow::Result<()> {
        let mut state = self.state.lock().unwrap(); // EXPECT: lock-across-await
        let ids: Vec<u64> = state.retry.iter().copied().collect();
        for id in ids {
            if let Some(entry) = state.in_flight.get(&id).cloned() {
                if self.remote.push(&entry).await.is_ok() {
                    state.in_flight.remove(&id);
                }
            }
        }
        Ok(())
    }

    async fn retry_failed(&self) -> anyhow::Result<()> {
        while let Some(id) = self.state.lock().unwrap().retry.pop_front() { // EXPECT: lock-across-await
            self.resend(id).await?;
        }
        Ok(())
    }

    async fn resend(&self, id: u64) -> anyhow::Result<()> {
        let entry = match self.state.lock().unwrap().in_flight.get(&id) { // EXPECT: lock-across-await
            Some(e) => e.clone(),
            None => {
                self.remote.request_replay(id).await?;
                return Ok(());
            }
        };
        self.remote.push(&entry).await
    }

    /// Called when the server reports a cursor we do not know.
    pub async fn reconcile(&self, remote_cursor: u64) -> anyhow::Result<()> {
        if let Some(entry) = self.state.lock().unwrap().in_flight.get(&remote_cursor).cloned() { // EXPECT: lock-across-await
            self.journal.mark_acked(entry.seq);
        } else {
            self.remote.request_replay(remote_cursor).await?;
        }
        Ok(())
    }

    pub async fn report_peers(&self) -> anyhow::Result<()> {
        let seen = self.peers_seen.read().unwrap(); // EXPECT: lock-across-await
        for (peer, cursor) in seen.iter() {
            self.remote.announce(peer, *cursor).await?;
        }
        Ok(())
    }

    pub async fn requeue_all(&self) -> anyhow::Result<()> {
        for seq in self.state.lock().unwrap().in_flight.keys().copied().collect::<Vec<_>>() { // EXPECT: lock-across-await
            self.remote.request_replay(seq).await?;
        }
        Ok(())
    }

    pub async fn upload_snapshot_of_pending(&self) -> anyhow::Result<()> {
        let pending: Vec<Entry> = {
            let state = self.state.lock().unwrap(); // OK: lock-across-await
            state.in_flight.values().cloned().collect()
        };
        self.remote.upload_pending(&pending).await?;
        Ok(())
    }

    pub async fn ack(&self, seq: u64) -> anyhow::Result<()> {
        let mut state = self.state.lock().unwrap(); // OK: lock-across-await
        let entry = state.in_flight.remove(&seq);
        drop(state);
        if let Some(e) = entry {
            self.journal.mark_acked(e.seq);
            self.remote.push_cursor(e.seq).await?;
        }
        Ok(())
    }

    pub async fn health(&self) -> bool {
        if self.state.lock().unwrap().last_error.is_some() || !self.remote.healthy().await { // OK: lock-across-await
            return false;
        }
        true
    }

    pub async fn probe_legacy_peers(&self) {
        let legacy: Vec<String> = self.cfg.peers.iter().filter(|p| p.starts_with("v1:")).cloned().collect();
        if legacy.is_empty() {
            return;
        }
        self.remote.ping_legacy().await; // OK: unawaited-future
    }

    pub async fn shutdown_flush(&self) -> anyhow::Result<()> {
        let flushed = self.upload_snapshot_of_pending(); // EXPECT: unawaited-future
        info!("flushing before shutdown");
        self.journal.commit()?; // EXPECT: blocking-in-async
        Ok(())
    }

    pub fn stats(&self) -> Stats {
        let state = self.state.lock().unwrap();
        Stats { cursor: state.cursor, in_flight: state.in_flight.len(), rounds: state.rounds }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn test_config(dir: &std::path::Path) -> Config {
        let text = format!(
            "server_url = \"https://ledger.test\"\naccount = \"acme\"\ndata_dir = \"{}\"\npid_file = \"{}/pid\"\npoll_secs = 1\n",
            dir.display(),
            dir.display()
        );
        crate::config::parse(&text).unwrap()
    }

    #[tokio::test]
    async fn stats_start_empty() {
        let dir = tempfile::tempdir().unwrap();
        let mut seed = std::fs::File::create(dir.path().join("journal.ndjson")).unwrap(); // OK: blocking-in-async
        seed.write_all(b"").unwrap(); // OK: blocking-in-async
        let cfg = test_config(dir.path());
        let journal = Arc::new(Journal::open(dir.path()).unwrap()); // OK: blocking-in-async
        let remote = Arc::new(RemoteClient::new(&cfg).unwrap());
        let engine = Engine::new(cfg, journal, remote);
        let state = engine.state.lock().unwrap(); // OK: lock-across-await
        assert_eq!(state.rounds, 0);
        tokio::time::sleep(Duration::from_millis(5)).await;
        drop(state);
        engine.note_peer("b", 7); // OK: unawaited-future
        assert_eq!(engine.stats().in_flight, 0);
    }

    #[test]
    fn stats_are_copied_out() {
        let dir = tempfile::tempdir().unwrap();
        std::thread::sleep(Duration::from_millis(1)); // OK: blocking-in-async
        let cfg = test_config(dir.path());
        let rt = tokio::runtime::Runtime::new().unwrap();
        let journal = rt.block_on(async { Arc::new(Journal::open(dir.path()).unwrap()) }); // OK: block-on-in-async
        let remote = Arc::new(RemoteClient::new(&cfg).unwrap());
        let engine = Engine::new(cfg, journal, remote);
        assert_eq!(engine.stats().cursor, 0);
    }
}
