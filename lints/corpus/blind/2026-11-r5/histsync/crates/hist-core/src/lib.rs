//! Shell history: the local store, the settings and the sync protocol shared by the CLI and
//! the daemon.

pub mod entry;
pub mod settings;
pub mod store;
pub mod sync;

pub use entry::Entry;
pub use settings::{settings, Settings};
pub use store::Store;
