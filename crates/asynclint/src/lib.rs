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

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use diagnostic::{Diagnostic, Edit, Fix, Label, Position, Severity, Span};

/// What to check and how. CONTRACT used by `kit` and `cargo-asynclint`.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Files (checked as given) and directories (walked, honouring .gitignore, skipping target/).
    /// Empty means the current directory.
    pub paths: Vec<PathBuf>,
    /// An explicit config file; `None` discovers asynclint.toml / Cargo.toml metadata upward.
    pub config_file: Option<PathBuf>,
}

/// The outcome of a check. CONTRACT used by `kit` and `cargo-asynclint`.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Findings after config levels and suppressions, sorted by path then position.
    /// Rules set to `allow` are absent.
    pub diagnostics: Vec<Diagnostic>,
    pub files_checked: usize,
    pub elapsed: Duration,
    /// The text of every file that has a diagnostic, for renderers.
    pub sources: BTreeMap<PathBuf, Arc<str>>,
}

impl Report {
    /// True when any finding is at warning or error level (the CLI then exits 1).
    pub fn has_findings(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity >= Severity::Warning)
    }
}

/// A problem that stops the whole check (bad config, a path that does not exist).
/// Problems with single files are diagnostics instead, and the other files are still checked.
#[derive(Debug)]
pub struct Error {
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Run a whole check. (Skeleton: the CLI/integration work fills this in.)
pub fn check(_options: &CheckOptions) -> Result<Report, Error> {
    Ok(Report::default())
}
