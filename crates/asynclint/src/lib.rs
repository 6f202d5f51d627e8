//! asynclint: a static analyzer for async pitfalls in tokio code, built on `syn`.
//!
//! The pipeline: [`discover`] finds the files and groups them into crates, [`engine`]
//! parses each file once, builds a crate-wide index, and runs every rule in one walk per
//! file; [`suppress`] and [`config`] turn raw findings into the reported ones; [`output`]
//! renders them, and [`fix`] applies certain rewrites. [`cli`] is the command line on top;
//! `kit` and `cargo-asynclint` call [`check`] directly.

pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod discover;
pub mod engine;
pub mod fix;
pub mod hook;
pub mod output;
pub mod paths;
pub mod pseudo_rules;
pub mod rules;
pub mod suppress;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

pub use diagnostic::{Diagnostic, Edit, Fix, Label, Position, Severity, Span};
pub use rules::RuleInfo;

/// What to check and how. CONTRACT used by `kit` and `cargo-asynclint`.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Files (checked as given) and directories (walked, honouring .gitignore, skipping target/).
    /// Empty means the current directory.
    pub paths: Vec<PathBuf>,
    /// An explicit config file; `None` discovers asynclint.toml / Cargo.toml metadata upward.
    pub config_file: Option<PathBuf>,
    /// Overrides the config's `report-unused-suppressions` when set.
    pub report_unused_suppressions: Option<bool>,
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

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Run a whole check: load the config, discover the files and group them into crates, analyze
/// the crates in parallel, then apply suppression comments and the config's rule levels.
pub fn check(options: &CheckOptions) -> Result<Report, Error> {
    let started = Instant::now();
    let paths = if options.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        options.paths.clone()
    };
    let config = config::Config::load(options.config_file.as_deref(), &paths)?;
    let report_unused = options
        .report_unused_suppressions
        .unwrap_or(config.report_unused_suppressions);
    let discovery = discover::discover(&paths, &config.exclude)?;
    let analysis = engine::AnalysisOptions {
        extra_blocking: config.extra_blocking.clone(),
    };

    let per_crate: Vec<CrateOutcome> = discovery
        .crates
        .par_iter()
        .map(|input| {
            let raw = engine::check_crate(input, &analysis);
            let mut by_file: BTreeMap<&Path, Vec<Diagnostic>> = BTreeMap::new();
            for diagnostic in raw {
                if let Some(file) = input.files.iter().find(|f| f.path == diagnostic.path) {
                    by_file.entry(&file.path).or_default().push(diagnostic);
                }
            }
            let mut kept = Vec::new();
            let mut sources = Vec::new();
            for file in input.files.iter().filter(|file| file.report) {
                let found = by_file.remove(file.path.as_path()).unwrap_or_default();
                let filtered = suppress::apply(&file.path, &file.text, found, report_unused);
                let leveled = apply_levels(&config, filtered);
                if !leveled.is_empty() {
                    sources.push((file.path.clone(), file.text.clone()));
                }
                kept.extend(leveled);
            }
            CrateOutcome {
                diagnostics: kept,
                sources,
            }
        })
        .collect();

    let mut report = Report {
        files_checked: discovery.files_checked,
        ..Report::default()
    };
    for outcome in per_crate {
        report.diagnostics.extend(outcome.diagnostics);
        report.sources.extend(outcome.sources);
    }
    let io_errors = apply_levels(&config, discovery.io_errors);
    for diagnostic in &io_errors {
        report
            .sources
            .entry(diagnostic.path.clone())
            .or_insert_with(|| Arc::from(""));
    }
    report.diagnostics.extend(io_errors);
    report
        .diagnostics
        .sort_by(|a, b| (&a.path, a.span.start, &a.rule).cmp(&(&b.path, b.span.start, &b.rule)));
    report.elapsed = started.elapsed();
    Ok(report)
}

/// The reported findings of one crate and the text of the files they are in.
struct CrateOutcome {
    diagnostics: Vec<Diagnostic>,
    sources: Vec<(PathBuf, Arc<str>)>,
}

/// Give each finding the severity its rule has in the config, dropping rules set to `allow`.
fn apply_levels(config: &config::Config, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics
        .into_iter()
        .filter_map(|mut diagnostic| {
            diagnostic.severity = config.severity_for(&diagnostic.rule, diagnostic.severity)?;
            Some(diagnostic)
        })
        .collect()
}
