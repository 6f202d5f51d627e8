//! asynclint: a static analyzer for async pitfalls in tokio code, built on `syn`.
//!
//! The pipeline: [`discover`] finds the files and groups them into crates, [`engine`]
//! parses each file once, builds a crate-wide index, and runs every rule in one walk per
//! file; [`suppress`] and [`config`] turn raw findings into the reported ones; [`output`]
//! renders them. `kit` and `cargo-asynclint` call [`check`] directly.

pub mod config;
pub mod diagnostic;
pub mod discover;
pub mod engine;
pub mod output;
pub mod rules;
pub mod suppress;

pub use diagnostic::{Diagnostic, Edit, Fix, Label, Position, Severity, Span};
