//! Content-addressed build cache: the local store, the remote client and the retry policy
//! shared by the `stash` CLI and `stashd`.

pub mod config;
pub mod gc;
pub mod index;
pub mod remote;
pub mod retry;
pub mod store;
