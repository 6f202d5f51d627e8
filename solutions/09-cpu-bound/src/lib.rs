//! Exercise 09, solved: the computation runs on rayon's thread pool and its result comes back
//! through a oneshot channel, the `run_in_executor(ProcessPoolExecutor(), ...)` of the seeds.

pub mod kdf;

/// Derive the stored key of `password` with `rounds` rounds of [`kdf::stretch`], without
/// holding up the async runtime while it computes.
pub async fn hash_password(password: String, rounds: u32) -> u64 {
    // CPU-bound work never awaits, so wherever it runs it holds that thread. It must not be
    // the runtime's thread. rayon's pool has one thread per core, which suits computation:
    // however many logins arrive at once, they share the cores instead of starting a thread
    // each. (`spawn_blocking` works too, and is fine for an occasional job, but its pool grows
    // to hundreds of threads because it is built for code that WAITS, not computes.) Python
    // needs processes for this because of the GIL; Rust threads run in parallel already.
    let (result_tx, result_rx) = tokio::sync::oneshot::channel();
    rayon::spawn(move || {
        let key = kdf::stretch(&password, rounds);
        // The caller may have given up (its future dropped): then nobody wants the key, and
        // the failed send is the right outcome, not an error.
        let _ = result_tx.send(key);
    });
    // Awaiting the receiver suspends this task, so the runtime runs its other tasks while a
    // rayon thread computes. The sender is dropped unsent only if `stretch` panicked.
    result_rx
        .await
        .expect("the key derivation panicked on the rayon pool")
}
