//! The xtask's steps.

pub mod artifacts;
pub mod bench;
pub mod release;
