//! The analysis of one crate: parse every file once, build the crate-wide index (async fns,
//! blocking sync fns with their call chains), then run all rules in a single walk per file.
//!
//! CONTRACT (shared with `discover`, `suppress`, `output`, `kit`): `check_crate` returns the
//! raw findings for the files of `input` whose `report` flag is set, sorted by path and
//! position, with the rules' default severities. Levels from config and suppression comments
//! are applied afterwards by the caller. It never panics on any input.

use std::path::PathBuf;
use std::sync::Arc;

use crate::Diagnostic;

/// The Rust edition of a crate, read from its Cargo.toml (temporaries' lifetimes differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Edition {
    E2015,
    E2018,
    #[default]
    E2021,
    E2024,
}

/// One source file of a crate, already read and decoded.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    /// Findings are reported only for files with `report` set; the others still feed the
    /// crate index (a pre-commit run checks only staged files but knows the whole crate).
    pub report: bool,
}

/// All the files of one crate (the `.rs` files under the directory of its nearest Cargo.toml).
#[derive(Debug, Clone, Default)]
pub struct CrateInput {
    pub root: PathBuf,
    pub edition: Edition,
    pub files: Vec<SourceFile>,
}

/// Knobs of the analysis itself (levels and suppressions are applied later).
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Extra blocking APIs from config, as full paths (`my_db::Client::query_sync`).
    pub extra_blocking: Vec<String>,
}

/// Analyze one crate and return its raw findings.
pub fn check_crate(_input: &CrateInput, _options: &AnalysisOptions) -> Vec<Diagnostic> {
    Vec::new()
}
