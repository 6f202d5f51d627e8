//! The route handlers, one module per area.

pub mod admin;
pub mod import;
pub mod notes;
