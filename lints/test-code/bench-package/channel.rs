//! Measures a std channel driven from tasks: blocking on purpose.

mod support;

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    runtime.block_on(async move {
        tokio::spawn(async move { tx.send(1).unwrap() }); // OK: blocking-in-async
        rx.recv().unwrap(); // OK: blocking-in-async
        support::settle().await;
    });
}
