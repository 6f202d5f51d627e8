//! Calls through a receiver whose declared type names one of the crate's traits with async
//! methods (`&dyn Store`, `Arc<dyn Store>` / `Box<dyn Store>` fields and parameters, `S: Store`,
//! `where S: Store`, `impl Store`): the trait's `async fn` (plain or `#[async_trait]`) builds a
//! future. A sync method of the same name on another trait or type, an external trait object,
//! and a receiver of unknown type stay silent.

use std::sync::Arc;

use async_trait::async_trait;

pub trait Store: Send + Sync {
    async fn put(&self, key: &str, value: Vec<u8>);
    async fn flush(&self) -> std::io::Result<()>;
    fn len(&self) -> usize;
}

#[async_trait]
pub trait Notifier: Send + Sync {
    async fn notify(&self, event: &str);
}

/// A sync trait whose methods share names with `Store`'s async ones.
pub trait Ledger {
    fn put(&self, key: &str, value: Vec<u8>);
    fn flush(&self) -> std::io::Result<()>;
}

pub struct Service {
    store: Arc<dyn Store>,
    notifier: Box<dyn Notifier>,
    ledger: Box<dyn Ledger>,
    sink: Box<dyn std::io::Write + Send>,
}

impl Service {
    pub async fn save(&mut self, key: &str, value: Vec<u8>) {
        self.store.put(key, value.clone()); // EXPECT: unawaited-future
        self.notifier.notify("saved"); // EXPECT: unawaited-future
        self.ledger.put(key, value); // OK: unawaited-future
        let _ = self.ledger.flush(); // OK: unawaited-future
        let _ = self.sink.flush(); // OK: unawaited-future
        self.store.flush().await.ok(); // OK: unawaited-future
        let _ = self.store.len(); // OK: unawaited-future
    }
}

pub async fn save_through(store: &dyn Store, boxed: Box<dyn Store>, ledger: &dyn Ledger) {
    store.put("a", Vec::new()); // EXPECT: unawaited-future
    let _ = boxed.flush(); // EXPECT: unawaited-future
    ledger.put("a", Vec::new()); // OK: unawaited-future
    let _ = ledger.flush(); // OK: unawaited-future
}

pub async fn save_generic<S: Store, N>(store: &S, notifier: Arc<N>)
where
    N: Notifier,
{
    store.put("b", Vec::new()); // EXPECT: unawaited-future
    notifier.notify("generic"); // EXPECT: unawaited-future
}

pub async fn save_impl(store: impl Store, ledger: impl Ledger) {
    store.flush(); // EXPECT: unawaited-future
    ledger.flush().ok(); // OK: unawaited-future
}

pub struct Worker<S: Store> {
    store: S,
}

impl<S: Store> Worker<S> {
    pub async fn run(&self) {
        self.store.put("w", Vec::new()); // EXPECT: unawaited-future
    }
}

/// Futures kept, awaited or handed on are fine.
pub async fn kept(store: Arc<dyn Store>, notifier: Arc<dyn Notifier>) -> std::io::Result<()> {
    store.put("c", Vec::new()).await;
    let mut pending = Vec::new();
    pending.push(store.put("d", Vec::new())); // OK: unawaited-future
    futures::future::join_all(pending).await;
    let background = notifier.clone();
    tokio::spawn(async move { background.notify("later").await }); // OK: unawaited-future
    store.flush().await
}

pub fn later(store: Arc<dyn Store>) -> impl std::future::Future<Output = std::io::Result<()>> {
    let flushing = async move { store.flush().await }; // OK: unawaited-future
    flushing
}

/// A receiver of unknown type with a method named like the trait's.
pub async fn unknown(items: Vec<Arc<dyn Ledger>>) {
    for item in items.iter() {
        item.put("e", Vec::new()); // OK: unawaited-future
    }
}
