//! A sync closure runs inline on the async task when it is called there or handed to a call
//! that runs it; a closure that is only stored (boxed, returned, kept in a struct) runs later,
//! wherever it is called: that is unknown, so it is not reported.

use std::sync::mpsc;
use std::time::Duration;

pub struct Session {
    pub wait: Box<dyn FnOnce() -> Option<u8> + Send>,
    pub on_close: Option<Box<dyn Fn() + Send>>,
}

pub async fn open_session(rx: mpsc::Receiver<u8>) -> Session {
    Session {
        wait: Box::new(move || rx.recv().ok()), // OK: blocking-in-async
        on_close: Some(Box::new(|| std::thread::sleep(Duration::from_millis(5)))), // OK: blocking-in-async
    }
}

pub async fn later() -> impl Fn() -> String {
    let read = || std::fs::read_to_string("later.txt").unwrap_or_default(); // OK: blocking-in-async
    read
}

pub async fn now(paths: Vec<String>) -> usize {
    let read = |p: &String| std::fs::read(p).map(|b| b.len()).unwrap_or(0); // EXPECT: blocking-in-async
    let sizes: Vec<usize> = paths.iter().map(read).collect();
    let settle = || std::thread::sleep(Duration::from_millis(1)); // EXPECT: blocking-in-async
    settle();
    sizes.iter().sum()
}
