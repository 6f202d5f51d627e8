//! The server side: it re-exports the core crate under a name of its own.

pub use zone_core as state;

pub mod zones;
