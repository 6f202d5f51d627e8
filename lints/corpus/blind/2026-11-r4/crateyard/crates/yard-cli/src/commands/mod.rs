//! One module per `yard` subcommand.

pub mod gc;
pub mod mirror;
pub mod pin;
pub mod pull;
pub mod push;
