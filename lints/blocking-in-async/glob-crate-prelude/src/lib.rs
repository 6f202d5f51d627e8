//! A crate prelude glob-imported at the top of a file must not hide external paths.

pub mod prelude;
pub mod routes;
