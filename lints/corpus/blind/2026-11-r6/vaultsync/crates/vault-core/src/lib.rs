//! The vault's shared core: the local encrypted store, the remote backends it syncs with, and
//! the journal the daemon and the CLI both write.

pub mod backend;
pub mod entry;
pub mod journal;
pub mod store;
pub mod sync;
