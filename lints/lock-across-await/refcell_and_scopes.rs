//! RefCell borrows held at an `.await`, the temporary scopes of `match` arms and of `&&` /
//! `||` operands, getters that happen to be called `lock()`, and a std lock around a tokio
//! value.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

async fn fetch(key: &str) -> String {
    key.to_string()
}

struct LocalCache {
    entries: RefCell<HashMap<String, String>>,
}

impl LocalCache {
    async fn refresh(&self, key: &str) {
        let mut entries = self.entries.borrow_mut(); // EXPECT: lock-across-await
        let value = fetch(key).await;
        entries.insert(key.to_string(), value);
    }

    async fn refresh_scoped(&self, key: &str) {
        let value = fetch(key).await;
        self.entries.borrow_mut().insert(key.to_string(), value); // OK: lock-across-await
        let known = { self.entries.borrow().contains_key(key) }; // OK: lock-across-await
        if !known {
            fetch(key).await;
        }
    }

    async fn report(&self) {
        let count = self.entries.borrow().len(); // OK: lock-across-await
        println!("{}", fetch(&count.to_string()).await);
        let names = self.entries.borrow(); // EXPECT: lock-across-await
        fetch(names.keys().next().map_or("", |k| k.as_str())).await;
    }
}

async fn shared(cell: Rc<RefCell<Vec<u8>>>) {
    let guard = cell.borrow(); // EXPECT: lock-across-await
    fetch("x").await;
    drop(guard);
    let other = RefCell::new(1);
    let value = *other.borrow(); // OK: lock-across-await
    fetch(&value.to_string()).await;
}

/// `borrow()` on a receiver that is not known to be a `RefCell` is someone else's method.
async fn borrowed(shares: &std::borrow::Cow<'_, str>, book: &Ledger) {
    let view = book.borrow(); // OK: lock-across-await
    fetch(view).await;
    let text: &str = shares.borrow(); // OK: lock-across-await
    fetch(text).await;
}

struct Ledger;

impl Ledger {
    fn borrow(&self) -> &str {
        "ledger"
    }
}

async fn temporaries(state: &Mutex<HashMap<String, u32>>, key: &str) -> u32 {
    // Each operand of `&&` / `||` drops its temporaries before the next one runs.
    if state.lock().unwrap().contains_key(key) && !fetch(key).await.is_empty() { // OK: lock-across-await
        return 1;
    }
    if state.lock().unwrap().is_empty() || fetch(key).await.is_empty() { // OK: lock-across-await
        return 2;
    }
    // An arm's expression is its own scope; the scrutinee's guard lives through the match.
    let n = match key.len() {
        0 => state.lock().unwrap().len() as u32, // OK: lock-across-await
        _ => fetch(key).await.len() as u32,
    };
    match state.lock().unwrap().get(key) { // EXPECT: lock-across-await
        Some(v) => *v + fetch(key).await.len() as u32,
        None => n,
    }
}

/// A getter named `lock()` that hands out a tokio lock is not a blocking lock.
struct Store {
    inner: Arc<tokio::sync::Mutex<Vec<u32>>>,
}

impl Store {
    fn lock(&self) -> &tokio::sync::Mutex<Vec<u32>> {
        &self.inner
    }
}

async fn getters(store: &Store, unknown: &Registry) {
    let mut items = store.lock().lock().await; // OK: lock-across-await
    items.push(1);
    fetch("x").await;
    let handle = unknown.lock(); // OK: lock-across-await
    fetch("y").await;
    drop(handle);
}

struct Registry;

impl Registry {
    fn lock(&self) -> u32 {
        0
    }
}

/// A std lock is a std lock, whatever it guards.
async fn std_around_tokio(shared: Arc<Mutex<tokio::sync::mpsc::Sender<u32>>>) {
    let tx = shared.lock().unwrap(); // EXPECT: lock-across-await
    tx.send(1).await.ok();
    let queue = Mutex::new(tokio::sync::Notify::new());
    let notify = queue.lock(); // EXPECT: lock-across-await
    fetch("z").await;
    drop(notify);
}

fn main() {}
