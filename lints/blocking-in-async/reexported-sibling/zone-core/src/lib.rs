//! Zone state, persisted to disk. Its types are re-exported at the root.

mod persist;

pub use persist::StateFile;
