use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context};

use crate::backend::SessionBackend;
use crate::session::{Session, SessionId, UserId};

/// Write-behind session cache: reads are served from memory, writes go to the
/// backend either immediately or on the next `flush`.
pub struct SessionStore {
    pub(crate) sessions: Mutex<HashMap<SessionId, Session>>,
    dirty: Mutex<HashSet<SessionId>>,
    flush_lock: Mutex<()>,
    next_id: Mutex<SessionId>,
    backend: Arc<SessionBackend>,
    ttl: Duration,
}

impl SessionStore {
    pub fn new(backend: Arc<SessionBackend>, ttl: Duration) -> Self {
        Self {
            sessions: Mutex::new(HashMap::new()),
            dirty: Mutex::new(HashSet::new()),
            flush_lock: Mutex::new(()),
            next_id: Mutex::new(1_000),
            backend,
            ttl,
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    pub fn backend(&self) -> &SessionBackend {
        &self.backend
    }

    fn allocate_id(&self) -> SessionId {
        let mut next = self.next_id.lock().unwrap(); // OK: lock-across-await
        *next += 1;
        *next
    }

    pub fn cached_count(&self) -> usize {
        self.sessions.lock().unwrap().len() // OK: lock-across-await
    }

    pub fn mark_dirty(&self, id: SessionId) {
        self.dirty.lock().unwrap().insert(id); // OK: lock-across-await
    }

    fn collect_dirty(&self, dirty: &mut HashSet<SessionId>) -> Vec<Session> {
        let sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
        dirty.drain().filter_map(|id| sessions.get(&id).cloned()).collect()
    }

    pub async fn create(&self, user_id: UserId) -> anyhow::Result<Session> {
        let id = self.allocate_id();
        let session = Session::new(id, user_id);
        let mut sessions = self.sessions.lock().unwrap(); // EXPECT: lock-across-await
        sessions.insert(id, session.clone());
        self.backend.save(&session).await?;
        Ok(session)
    }

    pub async fn get(&self, id: SessionId) -> anyhow::Result<Option<Session>> {
        match self.sessions.lock().unwrap().get(&id).cloned() { // EXPECT: lock-across-await
            Some(session) => Ok(Some(session)),
            None => self.backend.load(id).await,
        }
    }

    pub async fn get_or_load(&self, id: SessionId) -> anyhow::Result<Option<Session>> {
        let cached = self.sessions.lock().unwrap().get(&id).cloned(); // OK: lock-across-await
        if let Some(session) = cached {
            return Ok(Some(session));
        }
        let loaded = self.backend.load(id).await?;
        if let Some(session) = &loaded {
            self.sessions.lock().unwrap().insert(id, session.clone()); // OK: lock-across-await
        }
        Ok(loaded)
    }

    pub async fn touch(&self, id: SessionId) -> anyhow::Result<bool> {
        let now = Instant::now();
        if let Some(session) = self.sessions.lock().unwrap().get_mut(&id) { // EXPECT: lock-across-await
            session.last_seen = now;
            self.backend.touch(id, now).await?;
            return Ok(true);
        }
        Ok(false)
    }

    pub async fn user_for(&self, id: SessionId) -> anyhow::Result<UserId> {
        if let Some(session) = self.sessions.lock().unwrap().get(&id) { // EXPECT: lock-across-await
            Ok(session.user_id)
        } else {
            let session = self
                .backend
                .load(id)
                .await?
                .ok_or_else(|| anyhow!("unknown session {id}"))?;
            Ok(session.user_id)
        }
    }

    pub async fn revoke_user(&self, user_id: UserId) -> anyhow::Result<usize> {
        let mut revoked = 0;
        for id in self // EXPECT: lock-across-await
            .sessions
            .lock()
            .unwrap()
            .values()
            .filter(|s| s.user_id == user_id)
            .map(|s| s.id)
        {
            self.backend.delete(id).await?;
            revoked += 1;
        }
        self.sessions.lock().unwrap().retain(|_, s| s.user_id != user_id); // OK: lock-across-await
        Ok(revoked)
    }

    pub async fn revoke(&self, id: SessionId) -> anyhow::Result<bool> {
        let removed = {
            let mut sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
            self.dirty.lock().unwrap().remove(&id); // OK: lock-across-await
            sessions.remove(&id).is_some()
        };
        let deleted = self.backend.delete(id).await?;
        Ok(removed || deleted)
    }

    pub async fn set_attribute(&self, id: SessionId, key: &str, value: &str) -> anyhow::Result<()> {
        let mut sessions = self.sessions.lock().map_err(|_| anyhow!("session map poisoned"))?; // EXPECT: lock-across-await
        let session = sessions
            .get_mut(&id)
            .with_context(|| format!("no cached session {id}"))?;
        session.attributes.insert(key.to_owned(), value.to_owned());
        let snapshot = session.clone();
        self.backend.save(&snapshot).await?;
        Ok(())
    }

    pub async fn rename_attribute(&self, id: SessionId, from: &str, to: &str) -> anyhow::Result<()> {
        let mut sessions = self.sessions.lock().unwrap_or_else(PoisonError::into_inner); // OK: lock-across-await
        let Some(session) = sessions.get_mut(&id) else {
            return Ok(());
        };
        if let Some(value) = session.attributes.remove(from) {
            session.attributes.insert(to.to_owned(), value);
        }
        let snapshot = session.clone();
        drop(sessions);
        self.backend.save(&snapshot).await
    }

    /// Writes every dirty session back. Serialised so two flushes never interleave.
    pub async fn flush(&self) -> anyhow::Result<usize> {
        let _flushing = self.flush_lock.lock().unwrap(); // EXPECT: lock-across-await
        let ids: Vec<SessionId> = self.dirty.lock().unwrap().drain().collect(); // OK: lock-across-await
        let batch: Vec<Session> = {
            let sessions = self.sessions.lock().unwrap(); // OK: lock-across-await
            ids.iter().filter_map(|id| sessions.get(id).cloned()).collect()
        };
        self.backend.save_batch(batch).await
    }

    /// Cheaper flush used by the request path: no ordering guarantee with `flush`.
    pub async fn flush_unordered(&self) -> anyhow::Result<usize> {
        self.backend
            .save_batch(self.collect_dirty(&mut self.dirty.lock().unwrap())) // EXPECT: lock-across-await
            .await
    }

    pub async fn flush_if_dirty(&self) -> anyhow::Result<usize> {
        if !self.dirty.lock().unwrap().is_empty() { // OK: lock-across-await
            return self.flush().await;
        }
        Ok(0)
    }

    pub async fn shutdown(&self) -> anyhow::Result<usize> {
        // Wait for a flush that is already running before starting the final one.
        let _ = self.flush_lock.lock(); // OK: lock-across-await
        self.flush().await
    }

    /// Order-independent fingerprint of the cached ids, compared with the
    /// backend's by the audit job.
    pub async fn fingerprint(self: &Arc<Self>) -> anyhow::Result<u64> {
        let store = Arc::clone(self);
        let digest = tokio::task::spawn_blocking(move || {
            let sessions = store.sessions.lock().unwrap(); // OK: lock-across-await
            let mut ids: Vec<SessionId> = sessions.keys().copied().collect();
            ids.sort_unstable();
            ids.iter()
                .fold(0xcbf2_9ce4_8422_2325_u64, |h, id| (h ^ id).wrapping_mul(0x0100_0000_01b3))
        })
        .await?;
        Ok(digest)
    }
}
