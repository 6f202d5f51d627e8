//! Async handlers of the app call the sibling crate `bridge`'s sync facade: by path, through a
//! `use`, through the app's own sync helpers, and through a `bridge` type built by its
//! constructor. Each reaches `block_on` or a tokio `blocking_*` call on a runtime thread.

use bridge::fetch_now;
use bridge::Session;
use tokio::sync::mpsc;

/// The app's own sync helpers around the bridge.
fn refresh(url: &str) -> String {
    bridge::fetch_now(url)
}

fn refresh_both(url: &str) -> String {
    refresh(url) + &refresh(url)
}

/// A type of the app with a method named like a blocking one of `bridge`.
struct Local {
    items: Vec<String>,
}

impl Local {
    fn pending_now(&self) -> usize {
        self.items.len()
    }
}

async fn handle(url: String, mut rx: mpsc::Receiver<u32>) {
    let body = fetch_now(&url); // EXPECT: block-on-in-async [mentions: Handle::block_on]
    let again = bridge::fetch_now(&url); // EXPECT: block-on-in-async [mentions: bridge::fetch_now]
    let both = refresh_both(&url); // EXPECT: block-on-in-async [mentions: which calls `bridge::fetch_now()`]
    let reloaded = bridge::reload_now(); // EXPECT: block-on-in-async [mentions: futures::executor::block_on]
    let next = bridge::drain_now(&mut rx); // EXPECT: block-on-in-async [mentions: blocking_recv]
    let session = Session::new();
    let pending = session.pending_now(); // EXPECT: block-on-in-async [mentions: blocking_lock]
    let label = session.label(); // OK: block-on-in-async
    let text = bridge::describe(&url); // OK: block-on-in-async
    bridge::fetch_detached(url.clone()); // OK: block-on-in-async
    let local = Local { items: Vec::new() };
    let counted = local.pending_now(); // OK: block-on-in-async
    let copy = url.clone();
    let offloaded = tokio::task::spawn_blocking(move || refresh(&copy)).await; // OK: block-on-in-async
    let in_place = tokio::task::block_in_place(|| bridge::fetch_now(&url)); // OK: block-on-in-async
    let other = url.clone();
    std::thread::spawn(move || bridge::reload_now() + refresh(&other).len()); // OK: block-on-in-async
    println!("{body}{again}{both}{reloaded}{next:?}{pending}{label}{text}{counted}{offloaded:?}{in_place}");
}

fn main() {
    // Sync code outside the runtime may block on it.
    let prefetched = bridge::fetch_now("config"); // OK: block-on-in-async
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let (_tx, rx) = mpsc::channel(4);
    runtime.block_on(handle(prefetched, rx));
}
