//! The subcommands.

pub mod bench;
pub mod publish;
pub mod release;
