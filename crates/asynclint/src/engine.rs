//! The analysis of one crate: parse every file once, build the crate-wide index (async fns,
//! blocking sync fns with their call chains), then run all rules in a single walk per file.
//!
//! CONTRACT (shared with `discover`, `suppress`, `output`, `kit`): `check_crate` returns the
//! raw findings for the files of `input` whose `report` flag is set, sorted by path and
//! position, with the rules' default severities. Levels from config and suppression comments
//! are applied afterwards by the caller. It never panics on any input.
//!
//! What is analysed: the files the module tree reaches from the crate's roots
//! ([`reachability`]), plus the files given explicitly; test code ([`test_code`]) only with
//! `all_targets`. Files under a package's `tests/`, `benches/` and `examples/` are not even
//! parsed without it.
//!
//! Pass 1 runs per file on a rayon thread with a large stack: guard against pathological
//! nesting, parse, note the file's `mod` declarations, strip its test items, walk once
//! ([`walk`]), convert every position, then free proc-macro2's thread-local span map. Between
//! the passes the module tree decides which files count: the outcomes (findings and facts) of
//! the others are dropped, so they feed neither the report nor the index. Pass 2 ([`index`])
//! needs no AST: it merges the facts, runs the blocking fixpoint and resolves the conditional
//! findings.

pub(crate) mod catalog;
pub(crate) mod constructs;
pub(crate) mod cx;
mod doc_comments;
pub(crate) mod facts;
mod file_handles;
mod guard;
pub(crate) mod index;
mod macros;
pub(crate) mod model;
pub(crate) mod reachability;
pub(crate) mod scope;
pub(crate) mod source_map;
pub(crate) mod test_code;
pub(crate) mod walk;

use std::collections::HashSet;
use std::ops::RangeInclusive;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use rustc_hash::FxHashSet;
use syn::visit::Visit;

use crate::{Diagnostic, Severity, Span, paths, pseudo_rules};
use catalog::Catalog;
use facts::{FileFacts, Target};
use reachability::{CrateFile, FileModules, Layout, Reach};
use source_map::SourceMap;

/// Stack size of the analysis threads: headroom for syn's and the walk's recursion.
const ANALYSIS_STACK_BYTES: usize = 64 * 1024 * 1024;

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
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    /// Findings are reported only for files with `report` set; the others still feed the
    /// crate index (a pre-commit run checks only staged files but knows the whole crate).
    pub report: bool,
    /// Given on the command line by name: analysed even when no `mod` reaches it (test code
    /// still needs `all_targets`).
    pub explicit: bool,
}

/// All the files of one crate (the `.rs` files under the directory of its nearest Cargo.toml).
#[derive(Debug, Clone, Default)]
pub struct CrateInput {
    pub root: PathBuf,
    pub edition: Edition,
    pub files: Vec<SourceFile>,
    /// The Cargo.toml facts the module tree starts from; `None` for loose files without a
    /// manifest, which are all analysed.
    pub package: Option<Package>,
}

/// What a crate's Cargo.toml says about where its targets are. The conventional roots
/// (`src/lib.rs`, `src/main.rs`, `src/bin/*`, `build.rs`, `tests/*`, `benches/*`,
/// `examples/*`) need no entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Package {
    pub targets: Vec<ManifestTarget>,
    /// The name the package's bins and tests use for its library (`my_app` for `my-app`).
    pub lib_name: Option<String>,
    /// The `[lib] path` of Cargo.toml, when it is not `src/lib.rs`.
    pub lib_path: Option<PathBuf>,
    /// A package that exists for tests only (`tests-integration`, `my-app-test-utils`): all of
    /// its files are test code.
    pub test_support: bool,
}

/// A target source file named in Cargo.toml (`[lib] path`, `[[bin]] path`, `package.build`...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestTarget {
    /// Relative to the crate root.
    pub path: PathBuf,
    /// A `[[test]]`, `[[bench]]` or `[[example]]` target.
    pub test: bool,
}

/// Knobs of the analysis itself (levels and suppressions are applied later).
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Extra blocking APIs from config, as full paths (`my_db::Client::query_sync`).
    pub extra_blocking: Vec<String>,
    /// Analyse test code too: `#[cfg(test)]` items, `#[test]` fns, and the files of tests,
    /// benches and examples (`--all-targets`).
    pub all_targets: bool,
    /// The library names of the crates analysed with this one (its workspace): calls into them
    /// are followed.
    pub workspace_libs: HashSet<String>,
}

/// What the analysis of one crate produced.
#[derive(Debug, Clone, Default)]
pub struct CrateAnalysis {
    /// As [`check_crate`] returns them.
    pub diagnostics: Vec<Diagnostic>,
    /// One entry per file of the input, in its order.
    pub files: Vec<FileAnalysis>,
    /// Files with `report` set that were analysed.
    pub files_analysed: usize,
    /// Files with `report` set that were not: test code (without `all_targets`) or files no
    /// `mod` reaches.
    pub files_skipped: usize,
}

/// How much of one file was analysed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileAnalysis {
    /// False for a file left out whole (test code without `all_targets`, or unreached).
    pub analysed: bool,
    /// Lines of an analysed file that were not (its test items), 1-based and inclusive.
    pub skipped_lines: Vec<RangeInclusive<usize>>,
}

/// Analyze one crate and return its raw findings.
pub fn check_crate(input: &CrateInput, options: &AnalysisOptions) -> Vec<Diagnostic> {
    analyze_crate(input, options).diagnostics
}

/// Analyze one crate: its raw findings and how many of its reported files were analysed.
pub fn analyze_crate(input: &CrateInput, options: &AnalysisOptions) -> CrateAnalysis {
    let mut analyses = finish_crates(vec![prepare_crate(input, options)]);
    analyses.pop().unwrap_or_default()
}

/// One crate after pass 1 and the module tree: its files' facts and findings, before the
/// crate index (see [`finish_crates`]).
pub struct PreparedCrate {
    outcomes: Vec<FileOutcome>,
    analysis: CrateAnalysis,
    /// The name other crates of the workspace use for its library.
    lib_name: Option<String>,
}

/// Pass 1 of one crate: parse and walk every file, then keep what the module tree reaches.
pub fn prepare_crate(input: &CrateInput, options: &AnalysisOptions) -> PreparedCrate {
    let catalog = Catalog::with_extra_blocking(&options.extra_blocking);
    let root = paths::normalize(&input.root);
    let normalized: Vec<PathBuf> = input
        .files
        .iter()
        .map(|f| paths::normalize(&f.path))
        .collect();
    let in_test_dir: Vec<bool> = normalized
        .iter()
        .map(|path| match &input.package {
            Some(package) => package.test_support || test_code::is_in_test_target_dir(&root, path),
            None => false,
        })
        .collect();
    // Test targets' files are not even parsed unless asked for.
    let parsed = |i: usize| options.all_targets || !in_test_dir[i];
    let analyze = || -> Vec<FileOutcome> {
        let async_fn_names: FxHashSet<String> = input
            .files
            .par_iter()
            .enumerate()
            .filter(|(i, _)| parsed(*i))
            .flat_map_iter(|(_, f)| async_fn_names(&f.text))
            .collect();
        let context = CrateContext {
            root: &input.root,
            edition: input.edition,
            catalog: &catalog,
            async_fn_names: &async_fn_names,
            all_targets: options.all_targets,
            lib_name: input.package.as_ref().and_then(|p| p.lib_name.as_deref()),
            workspace_libs: &options.workspace_libs,
        };
        input
            .files
            .par_iter()
            .enumerate()
            .map(|(i, file)| {
                if !parsed(i) {
                    return FileOutcome::not_parsed(file);
                }
                analyze_file(file, &context)
            })
            .collect()
    };
    let mut outcomes = match analysis_pool() {
        Some(pool) => pool.install(analyze),
        None => analyze(),
    };

    let crate_files: Vec<CrateFile<'_>> = outcomes
        .iter()
        .zip(&input.files)
        .zip(normalized)
        .zip(&in_test_dir)
        .map(|(((outcome, file), path), &in_test_dir)| CrateFile {
            path,
            modules: &outcome.modules,
            explicit: file.explicit,
            in_test_dir,
        })
        .collect();
    let layout = Layout {
        root: &root,
        targets: input.package.as_ref().map(|p| p.targets.as_slice()),
    };
    let reach = reachability::reach(&layout, &crate_files);
    let library = reachability::library_files(
        &layout,
        &crate_files,
        input.package.as_ref().and_then(|p| p.lib_path.as_deref()),
    );
    drop(crate_files);

    let mut analysis = CrateAnalysis::default();
    for ((outcome, reach), library) in outcomes.iter_mut().zip(reach).zip(library) {
        outcome.facts.library = library;
        let analysed = match reach {
            Reach::Compiled => true,
            Reach::Test => options.all_targets,
            Reach::Unreached => false,
        };
        if outcome.report {
            if analysed {
                analysis.files_analysed += 1;
            } else {
                analysis.files_skipped += 1;
            }
        }
        if !analysed {
            outcome.facts = FileFacts::default();
            outcome.findings.clear();
        }
        analysis.files.push(FileAnalysis {
            analysed,
            skipped_lines: std::mem::take(&mut outcome.test_lines),
        });
    }
    PreparedCrate {
        outcomes,
        analysis,
        lib_name: input.package.as_ref().and_then(|p| p.lib_name.clone()),
    }
}

/// A crate between the passes: its index, each file's facts and findings (and whether its
/// findings are reported), and the analysis so far.
type IndexedCrate = (
    index::CrateIndex,
    Vec<(bool, FileFacts, Findings)>,
    CrateAnalysis,
);

/// Pass 2 of the crates of one workspace: build each crate's index, follow the calls between
/// them (a library's async fns called from a sibling CLI's sequential flow run sequentially),
/// then confirm or drop each crate's findings.
pub fn finish_crates(prepared: Vec<PreparedCrate>) -> Vec<CrateAnalysis> {
    let mut crates: Vec<IndexedCrate> = Vec::with_capacity(prepared.len());
    let mut lib_names = Vec::with_capacity(prepared.len());
    for crate_ in prepared {
        let (index, files) = index_crate(crate_.outcomes);
        crates.push((index, files, crate_.analysis));
        lib_names.push(crate_.lib_name);
    }
    let mut indexes: Vec<&mut index::CrateIndex> =
        crates.iter_mut().map(|(index, _, _)| index).collect();
    index::link_workspace(&mut indexes, &lib_names);
    crates
        .into_iter()
        .map(|(index, files, mut analysis)| {
            let mut diagnostics = Vec::new();
            for (report, facts, findings) in files {
                if report {
                    diagnostics.extend(index.finish(facts, findings));
                }
            }
            analysis.diagnostics = dedupe_and_sort(diagnostics);
            analysis
        })
        .collect()
}

/// Pass 1 for one file: a parse (or an input diagnostic) only, for the parse-only benchmark.
pub fn parse_only(text: &str) -> bool {
    let ok = syn::parse_file(text).is_ok();
    proc_macro2::extra::invalidate_current_thread_spans();
    ok
}

/// A bare parse of the text the check itself parses, doc comments read as plain comments (the
/// check never reads doc attributes), for the benchmark's second baseline.
pub fn parse_plain_only(text: &str) -> bool {
    let ok = doc_comments::parser_text(text).is_ok_and(|plain| syn::parse_file(&plain).is_ok());
    proc_macro2::extra::invalidate_current_thread_spans();
    ok
}

/// The thread pool the analysis runs on (large stacks), shared by all checks.
pub fn analysis_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(ANALYSIS_STACK_BYTES)
            .thread_name(|i| format!("asynclint-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// What pass 1 produced for one file.
struct FileOutcome {
    report: bool,
    facts: FileFacts,
    findings: Vec<(Diagnostic, Option<Target>)>,
    /// Its `mod` declarations, for the module tree.
    modules: FileModules,
    /// The lines of the test items stripped before the walk.
    test_lines: Vec<RangeInclusive<usize>>,
}

impl FileOutcome {
    /// A file left alone (a test target's file without `all_targets`).
    fn not_parsed(file: &SourceFile) -> FileOutcome {
        FileOutcome {
            report: file.report,
            facts: FileFacts::default(),
            findings: Vec::new(),
            modules: FileModules::default(),
            test_lines: Vec::new(),
        }
    }
}

/// A file's findings that need no crate knowledge, with the offload guard they run under.
type Findings = Vec<(Diagnostic, Option<Target>)>;

/// The crate index of a crate's facts, and each file's remaining facts and findings.
fn index_crate(
    mut outcomes: Vec<FileOutcome>,
) -> (index::CrateIndex, Vec<(bool, FileFacts, Findings)>) {
    let mut all_facts: Vec<FileFacts> = outcomes
        .iter_mut()
        .map(|o| std::mem::take(&mut o.facts))
        .collect();
    let index = index::CrateIndex::build(&mut all_facts);
    let files = outcomes
        .into_iter()
        .zip(all_facts)
        .map(|(outcome, facts)| (outcome.report, facts, outcome.findings))
        .collect();
    (index, files)
}

/// One finding per rule and start position: a chain like `get(url)?.text()` reports the
/// innermost blocking call only.
fn dedupe_and_sort(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.span.start.offset, &a.rule, a.span.end.offset).cmp(&(
            &b.path,
            b.span.start.offset,
            &b.rule,
            b.span.end.offset,
        ))
    });
    diagnostics.dedup_by(|later, earlier| {
        later.path == earlier.path
            && later.rule == earlier.rule
            && later.span.start.offset == earlier.span.start.offset
    });
    diagnostics
}

/// The names following `async fn` (and `async unsafe fn`) in a source text.
fn async_fn_names(text: &str) -> Vec<String> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut names = Vec::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), "async") {
        if text[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let mut rest = text[at + "async".len()..].trim_start();
        if let Some(after) = rest.strip_prefix("unsafe") {
            rest = after.trim_start();
        }
        let Some(after_fn) = rest.strip_prefix("fn") else {
            continue;
        };
        let name_text = after_fn.trim_start();
        if name_text.len() == after_fn.len() {
            continue;
        }
        let name: String = name_text
            .trim_start_matches("r#")
            .chars()
            .take_while(|&c| is_ident(c))
            .collect();
        if !name.is_empty() {
            names.push(name);
        }
    }
    names
}

/// What every file of a crate is analysed with.
struct CrateContext<'a> {
    root: &'a Path,
    edition: Edition,
    catalog: &'a Catalog,
    async_fn_names: &'a FxHashSet<String>,
    all_targets: bool,
    /// The package's library name, which its bins and tests use for it.
    lib_name: Option<&'a str>,
    /// The library names of the other crates of its workspace.
    workspace_libs: &'a HashSet<String>,
}

fn analyze_file(file: &SourceFile, context: &CrateContext) -> FileOutcome {
    let result = catch_unwind(AssertUnwindSafe(|| analyze_source(file, context)));
    // Positions are converted already: free this thread's span map before the next file.
    proc_macro2::extra::invalidate_current_thread_spans();
    match result {
        Ok(mut outcome) => {
            if !outcome.report {
                outcome.findings.clear();
                outcome.facts.pending.clear();
            }
            outcome
        }
        Err(_) => FileOutcome {
            report: file.report,
            facts: FileFacts::default(),
            findings: vec![(
                input_diagnostic(
                    "internal-error",
                    &file.path,
                    Span::default(),
                    "asynclint failed while analyzing this file".to_string(),
                    "please report this file to the asynclint maintainers; the other files were checked",
                ),
                None,
            )],
            modules: reachability::declared_modules_in_lines(&file.text),
            test_lines: Vec::new(),
        },
    }
}

fn analyze_source(file: &SourceFile, context: &CrateContext) -> FileOutcome {
    let CrateContext {
        root,
        edition,
        catalog,
        async_fn_names,
        all_targets,
        lib_name,
        workspace_libs,
    } = *context;
    let (text, base) = match file.text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, '\u{feff}'.len_utf8()),
        None => (&*file.text, 0),
    };
    let text = blank_shebang(text);
    let map = SourceMap::new(&text, base);
    let skipped = |message: String, offset: usize, help: &str, modules: FileModules| FileOutcome {
        report: file.report,
        facts: FileFacts::default(),
        findings: vec![(
            input_diagnostic(
                "syntax-error",
                &file.path,
                map.span(offset, offset),
                message,
                help,
            ),
            None,
        )],
        modules,
        test_lines: Vec::new(),
    };
    // The source map keeps the text as written; the parser gets the same bytes with doc
    // comments made plain, which it lexes and parses faster.
    let plain = match doc_comments::parser_text(&text) {
        Ok(plain) => plain,
        Err(too_complex) => {
            return skipped(
                format!(
                    "file not checked: it is too deeply nested to analyze ({})",
                    too_complex.reason
                ),
                too_complex.offset,
                "split the expression to have the file checked",
                // Its tokens nest too deeply to scan safely: read its `mod` lines.
                reachability::declared_modules_in_lines(&text),
            );
        }
    };
    let mut ast = match syn::parse_file(&plain) {
        Ok(ast) => ast,
        Err(err) => {
            let offset = err.span().byte_range().start;
            return skipped(
                format!(
                    "file not checked: it does not parse: {}",
                    lowercase_first(&err.to_string())
                ),
                offset,
                "if rustc accepts the file (an attribute macro may take syntax that is not Rust), \
                 it is fine as it is and only goes unchecked; `syntax-error = \"deny\"` under \
                 `[rules]` fails the check on such files",
                reachability::declared_modules_in_text(&text),
            );
        }
    };
    // The copy is not needed past the parse: the walk reads the text as written.
    drop(plain);
    let modules = reachability::declared_modules(&ast, &map);
    let test_lines = if all_targets {
        Vec::new()
    } else {
        test_code::strip(&mut ast)
    };
    let module_path = module_path_for(root, &file.path);
    let mut walker = walk::Walker::new(
        catalog,
        async_fn_names,
        &map,
        &file.path,
        edition,
        module_path,
    );
    if let Some(name) = lib_name {
        walker.model.resolver.set_own_crate(name);
    }
    walker.workspace_libs = Some(workspace_libs);
    walker.model.workspace_libs = Some(workspace_libs);
    walker.visit_file(&ast);
    let mut output = std::mem::take(&mut walker.out);
    output.facts.field_types = std::mem::take(&mut walker.model.field_types);
    FileOutcome {
        report: file.report,
        facts: output.facts,
        findings: output.findings,
        modules,
        test_lines,
    }
}

/// `#!/usr/bin/env run-cargo-script` is not Rust: blank it, keeping byte offsets.
fn blank_shebang(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with("#!") && !text[2..].trim_start().starts_with('[') {
        let end = text.find('\n').unwrap_or(text.len());
        let mut blanked = " ".repeat(end);
        blanked.push_str(&text[end..]);
        return blanked.into();
    }
    text.into()
}

fn lowercase_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn input_diagnostic(
    rule: &str,
    path: &Path,
    span: Span,
    message: String,
    help: &str,
) -> Diagnostic {
    // `syntax-error` is a note by default (a file rustc accepts may still defeat syn).
    let severity = pseudo_rules::find(rule).map_or(Severity::Error, |info| info.default_severity);
    Diagnostic {
        rule: rule.to_string(),
        severity,
        path: path.to_path_buf(),
        span,
        message,
        help: Some(help.to_string()),
        labels: Vec::new(),
        notes: Vec::new(),
        fix: None,
    }
}

/// The module path of a file from its place in the crate: `src/lib.rs` is `crate`,
/// `src/a/b.rs` and `src/a/b/mod.rs` are `crate::a::b`. Files outside `src/` (tests,
/// examples, benches, `src/bin`) are crate roots of their own.
fn module_path_for(root: &Path, path: &Path) -> Vec<String> {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let stem = |name: &str| name.strip_suffix(".rs").unwrap_or(name).to_string();
    match parts.as_slice() {
        [src, rest @ ..] if src == "src" && rest.first().map(String::as_str) != Some("bin") => {
            let mut module = vec!["crate".to_string()];
            let count = rest.len();
            for (i, part) in rest.iter().enumerate() {
                let last = i + 1 == count;
                if last && matches!(part.as_str(), "lib.rs" | "main.rs" | "mod.rs") {
                    continue;
                }
                module.push(stem(part));
            }
            module
        }
        _ => {
            let mut name = parts.iter().map(|p| stem(p)).collect::<Vec<_>>();
            if name.last().map(String::as_str) == Some("mod") {
                name.pop();
            }
            vec![format!("crate@{}", name.join("/"))]
        }
    }
}

#[cfg(test)]
mod analysed_files_tests;
#[cfg(test)]
mod tests;
