//! The answer cache: an LRU behind a std mutex, shared by every query.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::proto::{Answer, Question};

#[derive(Clone)]
pub struct AnswerCache {
    inner: Arc<Mutex<lru::LruCache<Question, (Answer, Instant)>>>,
}

impl AnswerCache {
    pub fn new(size: usize) -> Self {
        let size = NonZeroUsize::new(size.max(1)).unwrap();
        AnswerCache {
            inner: Arc::new(Mutex::new(lru::LruCache::new(size))),
        }
    }

    pub fn get(&self, q: &Question) -> Option<Answer> {
        let mut cache = self.inner.lock().unwrap(); // OK: lock-across-await
        match cache.get(q) {
            Some((answer, expires)) if *expires > Instant::now() => Some(answer.clone()),
            _ => None,
        }
    }

    pub fn put(&self, q: Question, answer: Answer, expires: Instant) {
        self.inner.lock().unwrap().put(q, (answer, expires)); // OK: lock-across-await
    }

    pub fn sweep_expired(&self) -> usize {
        let mut cache = self.inner.lock().unwrap();
        let now = Instant::now();
        let stale: Vec<Question> = cache
            .iter()
            .filter(|(_, (_, exp))| *exp <= now)
            .map(|(q, _)| q.clone())
            .collect();
        for q in &stale {
            cache.pop(q);
        }
        stale.len()
    }

    pub fn raw(&self) -> &Mutex<lru::LruCache<Question, (Answer, Instant)>> {
        &self.inner
    }
}
