//! One module per subcommand.

pub mod export;
pub mod fetch;
pub mod import;
pub mod record;
pub mod sync;
