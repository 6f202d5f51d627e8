//! Exercise 09: CPU-bound work on the runtime. A login handler derives a key from the
//! password with a deliberately slow function (`kdf.rs`), pure computation that takes a
//! noticeable fraction of a second. Run `kit grade exercise-09` to see what it does to every
//! other task of the runtime.

pub mod kdf;

/// Derive the stored key of `password` with `rounds` rounds of [`kdf::stretch`], without
/// holding up the async runtime while it computes.
pub async fn hash_password(password: String, rounds: u32) -> u64 {
    // TODO: this computation never reaches an `.await`: for as long as it runs, the runtime's
    // thread runs nothing else, exactly like a blocking call. Making the function `async`
    // does not change that. Computing belongs on threads meant for computing; bring the
    // result back to this task when it is ready.
    kdf::stretch(&password, rounds)
}
