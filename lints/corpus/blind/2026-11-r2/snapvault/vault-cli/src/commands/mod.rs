//! One module per subcommand.

pub mod gc;
pub mod pull;
pub mod push;
pub mod verify;
