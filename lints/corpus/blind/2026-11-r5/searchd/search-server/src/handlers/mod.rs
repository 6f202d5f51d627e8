//! The HTTP handlers, one module per area.

pub mod admin;
pub mod ingest;
pub mod query;
