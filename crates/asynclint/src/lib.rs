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
    /// Overrides the config's `all-targets` when set: also analyse test code (`#[cfg(test)]`
    /// items, `#[test]` fns, the files of tests, benches and examples).
    pub all_targets: Option<bool>,
}

/// The outcome of a check. CONTRACT used by `kit` and `cargo-asynclint`.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Findings after config levels and suppressions, sorted by path then position.
    /// Rules set to `allow` are absent.
    pub diagnostics: Vec<Diagnostic>,
    /// Files asked for that were analysed (an unreadable one counts: it has its `io-error`).
    pub files_checked: usize,
    /// Files asked for that were not analysed: test code (without `all-targets`) or files that
    /// no `mod` reaches from a crate root.
    pub files_skipped: usize,
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
    // Crates are read as they are analysed, so only the ones in flight are in memory.
    let plan = discover::plan(&paths, &config.exclude)?;
    let mut analysis = config.analysis_options();
    if let Some(all_targets) = options.all_targets {
        analysis.all_targets = all_targets;
    }

    // The crates of one workspace are analysed together: their calls into each other are
    // followed (a library called from a sibling CLI's sequential flow).
    let mut workspaces: BTreeMap<Option<PathBuf>, Vec<&discover::PlannedCrate>> = BTreeMap::new();
    for planned in &plan.crates {
        workspaces
            .entry(planned.workspace_root())
            .or_default()
            .push(planned);
    }
    let workspaces: Vec<Vec<&discover::PlannedCrate>> = workspaces.into_values().collect();
    let per_workspace = in_flight_at_most(
        &workspaces,
        engine::analysis_pool().map_or(1, rayon::ThreadPool::current_num_threads),
        |crates| check_workspace(&plan, crates, &analysis, &config, report_unused),
    );

    let mut report = Report::default();
    let mut io_errors = Vec::new();
    for outcome in per_workspace.into_iter().flatten() {
        report.diagnostics.extend(outcome.diagnostics);
        report.sources.extend(outcome.sources);
        report.files_skipped += outcome.files_skipped;
        io_errors.extend(outcome.io_errors);
    }
    report.files_checked = plan.files_checked.saturating_sub(report.files_skipped);
    let io_errors = apply_levels(&config, io_errors);
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

/// Read, analyse and filter the crates of one workspace.
fn check_workspace(
    plan: &discover::Plan,
    crates: &[&discover::PlannedCrate],
    analysis: &engine::AnalysisOptions,
    config: &config::Config,
    report_unused: bool,
) -> Vec<CrateOutcome> {
    let loaded: Vec<(engine::CrateInput, Vec<Diagnostic>)> =
        crates.iter().map(|planned| plan.load(planned)).collect();
    let mut analysis = analysis.clone();
    analysis.workspace_libs = loaded
        .iter()
        .filter_map(|(input, _)| input.package.as_ref()?.lib_name.clone())
        .collect();
    let prepared = loaded
        .iter()
        .map(|(input, _)| engine::prepare_crate(input, &analysis))
        .collect();
    let analyses = engine::finish_crates(prepared);
    loaded
        .into_iter()
        .zip(analyses)
        .map(|((input, io_errors), crate_analysis)| {
            filter_crate(&input, crate_analysis, io_errors, config, report_unused)
        })
        .collect()
}

/// Apply suppressions and levels to one crate's findings.
fn filter_crate(
    input: &engine::CrateInput,
    crate_analysis: engine::CrateAnalysis,
    io_errors: Vec<Diagnostic>,
    config: &config::Config,
    report_unused: bool,
) -> CrateOutcome {
    let mut by_file: BTreeMap<&Path, Vec<Diagnostic>> = BTreeMap::new();
    for diagnostic in crate_analysis.diagnostics {
        if let Some(file) = input.files.iter().find(|f| f.path == diagnostic.path) {
            by_file.entry(&file.path).or_default().push(diagnostic);
        }
    }
    let mut kept = Vec::new();
    let mut sources = Vec::new();
    for (file, analysed) in input.files.iter().zip(&crate_analysis.files) {
        if !file.report || !analysed.analysed {
            continue;
        }
        let found = by_file.remove(file.path.as_path()).unwrap_or_default();
        let mut filtered = suppress::apply(&file.path, &file.text, found, report_unused);
        // A suppression in test code that was not analysed has nothing to silence yet.
        filtered.retain(|d| {
            d.rule != suppress::UNUSED_SUPPRESSION
                || !in_skipped_lines(&analysed.skipped_lines, d.span.start.line)
        });
        let leveled = apply_levels(config, filtered);
        if !leveled.is_empty() {
            sources.push((file.path.clone(), file.text.clone()));
        }
        kept.extend(leveled);
    }
    CrateOutcome {
        diagnostics: kept,
        sources,
        files_skipped: crate_analysis.files_skipped,
        io_errors,
    }
}

/// `items.map(work)` with at most `workers` items in progress at once, results in order. Each
/// crate's files are analysed in parallel on the analysis pool; bounding the crates in flight
/// bounds memory (a rayon worker waiting on another pool would pick up more crates meanwhile).
fn in_flight_at_most<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.clamp(1, items.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(at) else {
                            return mine;
                        };
                        mine.push((at, work(item)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, result)| result).collect()
}

/// The reported findings of one crate and the text of the files they are in.
struct CrateOutcome {
    diagnostics: Vec<Diagnostic>,
    sources: Vec<(PathBuf, Arc<str>)>,
    files_skipped: usize,
    io_errors: Vec<Diagnostic>,
}

/// True when `line`, or the line below it (a comment above a test fn), was not analysed.
fn in_skipped_lines(skipped: &[std::ops::RangeInclusive<usize>], line: usize) -> bool {
    skipped
        .iter()
        .any(|lines| lines.contains(&line) || lines.contains(&(line + 1)))
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
