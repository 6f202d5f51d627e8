//! Shared machinery of the fixture and corpus tests: finding the fixture crates under `lints/`,
//! loading them into a `CrateInput`, reading their `// EXPECT:` / `// OK:` markers, and
//! describing the engine's findings in a form a reader can act on.
//!
//! A folder whose Cargo.toml is a virtual workspace manifest (`[workspace]`, no `[package]`)
//! is one fixture whose members (its folders with a Cargo.toml) are analysed together, as a
//! run on the workspace does, so calls from one member into another are followed.
//!
//! A folder holding an `asynclint.toml` checks every crate below it with that config (its
//! `all-targets`, `extra-blocking` and rule levels), as clippy keeps config-dependent cases in
//! a folder of their own.
//!
//! Marker grammar (a trailing comment, so line numbers stay real):
//! `// EXPECT: rule-a, rule-b [column: 9] [mentions: std::fs::read]` marks findings that must be
//! reported on that line (a rule listed twice means two findings); `// OK: rule-a` marks a
//! deliberate negative (a finding there is a false alarm). Both may appear on one line.

#![allow(dead_code)] // each test binary uses a different part of this module

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use asynclint::Diagnostic;
use asynclint::config::Config;
use asynclint::engine::{
    CrateInput, Edition, SourceFile, check_crate, finish_crates, prepare_crate,
};

/// Diagnostic names that are not rules but input problems a fixture may expect.
pub const INPUT_PROBLEMS: &[&str] = &["syntax-error"];

/// The `lints/` directory at the top of the workspace (absolute, without `..`).
pub fn lints_dir() -> PathBuf {
    asynclint::paths::normalize(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lints"))
}

/// A path relative to `lints/`, for messages.
pub fn display_path(path: &Path) -> String {
    let lints = lints_dir();
    let shown = path.strip_prefix(&lints).unwrap_or(path);
    format!("lints/{}", shown.display())
}

/// One crate under test: a single `.rs` file, or a directory with a Cargo.toml.
pub struct FixtureCrate {
    pub input: CrateInput,
    /// The `asynclint.toml` of the nearest folder above that has one; defaults otherwise.
    pub config: Config,
    /// For a virtual workspace: its member crates, analysed together (`input` then holds
    /// every file, for the markers).
    pub members: Vec<CrateInput>,
}

impl FixtureCrate {
    pub fn name(&self) -> String {
        display_path(&self.input.root)
    }

    /// Runs the engine on this crate with its folder's config: its analysis options, then its
    /// rule levels (rules set to `allow` are dropped).
    pub fn check(&self) -> Vec<Diagnostic> {
        self.check_all_rules()
            .into_iter()
            .filter_map(|mut finding| {
                finding.severity = self.config.severity_for(&finding.rule, finding.severity)?;
                Some(finding)
            })
            .collect()
    }

    /// Runs the engine with every rule on, including those off by default (a blind round
    /// labels them all).
    pub fn check_all_rules(&self) -> Vec<Diagnostic> {
        let mut options = self.config.analysis_options();
        if self.members.is_empty() {
            return check_crate(&self.input, &options);
        }
        options.workspace_libs = self
            .members
            .iter()
            .filter_map(|input| input.package.as_ref()?.lib_name.clone())
            .collect();
        let prepared = self
            .members
            .iter()
            .map(|input| prepare_crate(input, &options))
            .collect();
        finish_crates(prepared)
            .into_iter()
            .flat_map(|analysis| analysis.diagnostics)
            .collect()
    }
}

/// Every fixture crate under `dir`, in a stable order: each `.rs` file directly in a folder
/// without a Cargo.toml is a crate of its own; a folder with a Cargo.toml is one crate made of
/// all the `.rs` files below it, laid out as a package (its module tree decides what is
/// analysed); other folders are searched the same way.
pub fn discover_crates(dir: &Path) -> Vec<FixtureCrate> {
    let mut crates = Vec::new();
    collect_crates(dir, &folder_config(dir, Config::default()), &mut crates);
    crates
}

/// The config of `dir` when it holds an `asynclint.toml`, else `inherited`.
fn folder_config(dir: &Path, inherited: Config) -> Config {
    let file = dir.join(asynclint::config::CONFIG_FILE_NAME);
    if file.is_file() {
        Config::from_config_file(&file).unwrap_or_else(|err| panic!("{err}"))
    } else {
        inherited
    }
}

fn collect_crates(dir: &Path, config: &Config, crates: &mut Vec<FixtureCrate>) {
    if is_virtual_workspace(&dir.join("Cargo.toml")) {
        let mut workspace = load_crate_dir_with(dir, config.clone());
        workspace.members = sorted_entries(dir)
            .into_iter()
            .filter(|entry| entry.join("Cargo.toml").is_file())
            .map(|member| load_crate_dir(&member).input)
            .collect();
        crates.push(workspace);
        return;
    }
    if dir.join("Cargo.toml").is_file() {
        crates.push(load_crate_dir_with(dir, config.clone()));
        return;
    }
    for entry in sorted_entries(dir) {
        if entry.is_dir() {
            collect_crates(&entry, &folder_config(&entry, config.clone()), crates);
        } else if entry.extension().is_some_and(|ext| ext == "rs") {
            crates.push(FixtureCrate {
                input: CrateInput {
                    root: entry.clone(),
                    edition: Edition::E2021,
                    files: vec![read_source(&entry)],
                    package: None,
                },
                config: config.clone(),
                members: Vec::new(),
            });
        }
    }
}

/// Loads the crate whose Cargo.toml is in `dir`, with default config: its edition, its
/// manifest's targets and every `.rs` file below it.
pub fn load_crate_dir(dir: &Path) -> FixtureCrate {
    load_crate_dir_with(dir, Config::default())
}

fn load_crate_dir_with(dir: &Path, config: Config) -> FixtureCrate {
    let mut paths = Vec::new();
    collect_rs_files(dir, &mut paths);
    let (_, package) = asynclint::discover::read_package(dir);
    FixtureCrate {
        input: CrateInput {
            root: dir.to_path_buf(),
            edition: read_edition(&dir.join("Cargo.toml")),
            files: paths.iter().map(|path| read_source(path)).collect(),
            package: Some(package),
        },
        config,
        members: Vec::new(),
    }
}

/// A Cargo.toml with a `[workspace]` table and no `[package]`: its members are crates.
fn is_virtual_workspace(manifest: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(manifest) else {
        return false;
    };
    let has_table = |name: &str| text.lines().any(|line| line.trim() == name);
    has_table("[workspace]") && !has_table("[package]")
}

fn collect_rs_files(dir: &Path, paths: &mut Vec<PathBuf>) {
    for entry in sorted_entries(dir) {
        if entry.is_dir() {
            collect_rs_files(&entry, paths);
        } else if entry.extension().is_some_and(|ext| ext == "rs") {
            paths.push(entry);
        }
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    paths.sort();
    paths
}

fn read_source(path: &Path) -> SourceFile {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    SourceFile {
        path: path.to_path_buf(),
        text: Arc::from(text),
        report: true,
        explicit: false,
    }
}

/// `path:line:col: error` for every file of `crates` that syn cannot parse, except those
/// `expected_to_fail` accepts.
pub fn unparseable_files(
    crates: &[FixtureCrate],
    expected_to_fail: impl Fn(&Path) -> bool,
) -> Vec<String> {
    let mut broken = Vec::new();
    for krate in crates {
        for file in &krate.input.files {
            if expected_to_fail(&file.path) {
                continue;
            }
            if let Err(err) = syn::parse_file(&file.text) {
                let at = err.span().start();
                broken.push(format!(
                    "{}:{}:{}: {err}",
                    display_path(&file.path),
                    at.line,
                    at.column + 1
                ));
            }
        }
    }
    broken
}

/// The `package.edition` of a Cargo.toml (2015 when absent, as cargo does).
pub fn read_edition(manifest: &Path) -> Edition {
    let text = std::fs::read_to_string(manifest)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", manifest.display()));
    let value: toml::Table = text
        .parse()
        .unwrap_or_else(|err| panic!("{} is not valid TOML: {err}", manifest.display()));
    let edition = value
        .get("package")
        .and_then(|package| package.get("edition"))
        .and_then(|edition| edition.as_str());
    match edition {
        None | Some("2015") => Edition::E2015,
        Some("2018") => Edition::E2018,
        Some("2021") => Edition::E2021,
        Some("2024") => Edition::E2024,
        Some(other) => panic!("{}: unknown edition {other:?}", manifest.display()),
    }
}

/// Whether a marker requires a finding or documents a deliberate negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Expect,
    Ok,
}

/// One rule named by a marker comment.
#[derive(Debug, Clone)]
pub struct Marker {
    pub path: PathBuf,
    pub line: usize,
    pub kind: MarkerKind,
    pub rule: String,
    /// `[column: N]`: the 1-based column the finding must start at.
    pub column: Option<usize>,
    /// `[mentions: text]`: text the message, help, notes or labels must contain.
    pub mentions: Option<String>,
}

/// All markers of every file of a crate. A malformed marker is reported as an error.
pub fn crate_markers(krate: &FixtureCrate) -> Result<Vec<Marker>, String> {
    let mut markers = Vec::new();
    for file in &krate.input.files {
        markers.extend(file_markers(&file.path, &file.text)?);
    }
    Ok(markers)
}

/// The markers of one file.
pub fn file_markers(path: &Path, text: &str) -> Result<Vec<Marker>, String> {
    let mut markers = Vec::new();
    for (index, line_text) in text.lines().enumerate() {
        let line = index + 1;
        for (kind, body) in marker_comments(line_text) {
            for item in split_items(body) {
                let marker = parse_item(path, line, kind, item).map_err(|problem| {
                    format!(
                        "{}:{line}: bad marker {item:?}: {problem}",
                        display_path(path)
                    )
                })?;
                markers.push(marker);
            }
        }
    }
    Ok(markers)
}

/// The `EXPECT:` and `OK:` comment bodies on one line, each cut at the next marker.
fn marker_comments(line_text: &str) -> Vec<(MarkerKind, &str)> {
    let mut starts: Vec<(usize, MarkerKind, usize)> = Vec::new();
    for (tag, kind) in [
        ("// EXPECT:", MarkerKind::Expect),
        ("// OK:", MarkerKind::Ok),
    ] {
        for (at, _) in line_text.match_indices(tag) {
            starts.push((at, kind, at + tag.len()));
        }
    }
    starts.sort_by_key(|&(at, _, _)| at);
    starts
        .iter()
        .enumerate()
        .map(|(i, &(_, kind, body_start))| {
            let body_end = starts.get(i + 1).map_or(line_text.len(), |next| next.0);
            (kind, line_text[body_start..body_end].trim())
        })
        .collect()
}

/// Splits `a, b [mentions: x, y], c` at the commas outside brackets.
fn split_items(body: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, ch) in body.char_indices() {
        match ch {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(body[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(body[start..].trim());
    items.retain(|item| !item.is_empty());
    items
}

fn parse_item(path: &Path, line: usize, kind: MarkerKind, item: &str) -> Result<Marker, String> {
    let (rule, mut rest) = match item.find('[') {
        Some(at) => (item[..at].trim(), item[at..].trim()),
        None => (item.trim(), ""),
    };
    let valid_name = !rule.is_empty()
        && rule
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
    if !valid_name {
        return Err(format!("{rule:?} is not a kebab-case rule name"));
    }
    let mut marker = Marker {
        path: path.to_path_buf(),
        line,
        kind,
        rule: rule.to_string(),
        column: None,
        mentions: None,
    };
    while !rest.is_empty() {
        let close = rest.find(']').ok_or("unclosed `[`")?;
        let option = &rest[1..close];
        let (key, value) = option.split_once(':').ok_or("expected `[key: value]`")?;
        let value = value.trim();
        match key.trim() {
            "column" => marker.column = Some(value.parse().map_err(|_| "column must be a number")?),
            "mentions" => marker.mentions = Some(value.to_string()),
            other => return Err(format!("unknown option {other:?} (column, mentions)")),
        }
        rest = rest[close + 1..].trim();
        if !rest.is_empty() && !rest.starts_with('[') {
            return Err(format!("unexpected text {rest:?}"));
        }
    }
    Ok(marker)
}

/// Where a finding or an expectation lives: file, line, rule.
pub type Site = (PathBuf, usize, String);

pub fn site_of(diagnostic: &Diagnostic) -> Site {
    (
        diagnostic.path.clone(),
        diagnostic.span.start.line,
        diagnostic.rule.clone(),
    )
}

/// Every text of a diagnostic a reader sees, for `[mentions: ...]`.
pub fn full_text(diagnostic: &Diagnostic) -> String {
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push('\n');
        text.push_str(help);
    }
    for note in &diagnostic.notes {
        text.push('\n');
        text.push_str(note);
    }
    for label in &diagnostic.labels {
        text.push('\n');
        text.push_str(&label.message);
    }
    text
}

/// `lints/x/y.rs:12:5 [rule] message`, for failure reports.
pub fn describe(diagnostic: &Diagnostic) -> String {
    format!(
        "{}:{}:{} [{}] {}",
        display_path(&diagnostic.path),
        diagnostic.span.start.line,
        diagnostic.span.start.column,
        diagnostic.rule,
        diagnostic.message
    )
}

/// The source text of a line, trimmed, for failure reports.
pub fn source_line(krate: &FixtureCrate, path: &Path, line: usize) -> String {
    krate
        .input
        .files
        .iter()
        .find(|file| file.path == path)
        .and_then(|file| file.text.lines().nth(line.wrapping_sub(1)))
        .map(|text| text.trim().to_string())
        .unwrap_or_default()
}

/// Compares a crate's findings with its EXPECT markers and returns a readable report of every
/// difference (missing finding, extra finding, wrong column, message lacking a mention), or
/// `None` when they agree exactly.
pub fn compare_with_markers(
    krate: &FixtureCrate,
    markers: &[Marker],
    findings: &[Diagnostic],
) -> Option<String> {
    let mut expected: BTreeMap<Site, Vec<&Marker>> = BTreeMap::new();
    for marker in markers.iter().filter(|m| m.kind == MarkerKind::Expect) {
        let site = (marker.path.clone(), marker.line, marker.rule.clone());
        expected.entry(site).or_default().push(marker);
    }
    let mut got: BTreeMap<Site, Vec<&Diagnostic>> = BTreeMap::new();
    for finding in findings {
        got.entry(site_of(finding)).or_default().push(finding);
    }

    let mut report = String::new();
    let sites: std::collections::BTreeSet<&Site> = expected.keys().chain(got.keys()).collect();
    for site in sites {
        let (path, line, rule) = site;
        let wanted = expected.get(site).map_or(&[][..], Vec::as_slice);
        let found = got.get(site).map_or(&[][..], Vec::as_slice);
        let location = format!("{}:{line}", display_path(path));
        let code = source_line(krate, path, *line);
        if found.len() < wanted.len() {
            let _ = writeln!(
                report,
                "  MISSING {location}: expected {rule} x{}, got {}\n      | {code}",
                wanted.len(),
                found.len()
            );
        }
        if found.len() > wanted.len() {
            let is_ok_line = markers.iter().any(|m| {
                m.kind == MarkerKind::Ok && &m.path == path && m.line == *line && &m.rule == rule
            });
            let kind = if is_ok_line {
                "FALSE ALARM (line marked OK)"
            } else {
                "EXTRA"
            };
            for finding in &found[wanted.len()..] {
                let _ = writeln!(report, "  {kind} {}\n      | {code}", describe(finding));
            }
        }
        for marker in wanted {
            if let Some(column) = marker.column
                && !found.iter().any(|f| f.span.start.column == column)
                && !found.is_empty()
            {
                let columns: Vec<usize> = found.iter().map(|f| f.span.start.column).collect();
                let _ = writeln!(
                    report,
                    "  WRONG COLUMN {location}: expected {rule} at column {column}, got {columns:?}"
                );
            }
            if let Some(mention) = &marker.mentions
                && !found.is_empty()
                && !found
                    .iter()
                    .any(|f| full_text(f).contains(mention.as_str()))
            {
                let _ = writeln!(
                    report,
                    "  MESSAGE {location}: {rule} should mention {mention:?}, got {:?}",
                    found.iter().map(|f| full_text(f)).collect::<Vec<_>>()
                );
            }
        }
    }
    (!report.is_empty()).then_some(report)
}

/// The names a marker may use: every registered rule plus the input problems.
pub fn known_names() -> Vec<&'static str> {
    asynclint::rules::all()
        .iter()
        .map(|rule| rule.name)
        .chain(INPUT_PROBLEMS.iter().copied())
        .collect()
}
