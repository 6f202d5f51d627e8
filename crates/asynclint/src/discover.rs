//! File discovery: turns the paths given on the command line into crates ready for the engine.
//! Directories are walked (honouring .gitignore, skipping `target/` and hidden entries), files
//! given explicitly are checked as given (even when no `mod` reaches them). Each file belongs to
//! the crate of its nearest Cargo.toml, whose edition and target paths are read (following
//! `edition.workspace = true`). The other files of a crate are loaded with `report: false` so
//! that checking a few staged files still sees the whole crate's index and module tree. Files
//! that cannot be read become `io-error` diagnostics.
//!
//! [`plan`] finds the files and groups them without reading them; [`Plan::load`] reads one
//! crate, so a check holds only the crates it is analysing in memory. [`discover`] does both
//! for every crate at once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Deserialize;

use crate::config::Exclude;
use crate::engine::{CrateInput, Edition, ManifestTarget, Package, SourceFile};
use crate::paths::{absolute as absolutize, normalize, shown_from as shown_path};
use crate::{Diagnostic, Error, Position, Severity, Span};

/// Files larger than this are reported as `io-error` instead of parsed: generated blobs of
/// that size are not hand-written async code and would dominate the run time.
pub const MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// The crates to analyze and the problems found while reading their files.
#[derive(Debug, Default)]
pub struct Discovery {
    pub crates: Vec<CrateInput>,
    /// `io-error` diagnostics for files that were asked for but could not be read.
    pub io_errors: Vec<Diagnostic>,
    /// How many files were asked for (reported), including unreadable ones.
    pub files_checked: usize,
}

/// One file to report on, with the path shown to the user and the absolute one.
#[derive(Debug, Clone)]
struct Requested {
    shown: PathBuf,
    absolute: PathBuf,
    /// Named on the command line rather than found in a directory.
    explicit: bool,
}

/// The files to check, grouped by crate, not read yet.
#[derive(Debug, Default)]
pub struct Plan {
    pub crates: Vec<PlannedCrate>,
    /// How many files were asked for (reported), including unreadable ones.
    pub files_checked: usize,
    walked_dirs: Vec<PathBuf>,
    cwd: PathBuf,
}

/// The requested files of one crate (`root: None` for files without a Cargo.toml above).
#[derive(Debug)]
pub struct PlannedCrate {
    root: Option<PathBuf>,
    files: Vec<Requested>,
}

impl Plan {
    /// Read one crate: its requested files, and its other files as index-only context.
    pub fn load(&self, planned: &PlannedCrate) -> (CrateInput, Vec<Diagnostic>) {
        load_crate(
            planned.root.clone(),
            &planned.files,
            &self.walked_dirs,
            &self.cwd,
        )
    }
}

/// Discover and read every file to check under `paths`.
pub fn discover(paths: &[PathBuf], exclude: &Exclude) -> Result<Discovery, Error> {
    let plan = plan(paths, exclude)?;
    let results: Vec<(CrateInput, Vec<Diagnostic>)> = plan
        .crates
        .par_iter()
        .map(|planned| plan.load(planned))
        .collect();
    let mut discovery = Discovery {
        files_checked: plan.files_checked,
        ..Discovery::default()
    };
    for (input, errors) in results {
        discovery.io_errors.extend(errors);
        if !input.files.is_empty() {
            discovery.crates.push(input);
        }
    }
    Ok(discovery)
}

/// Find every file to check under `paths` and group the files by crate, reading none.
pub fn plan(paths: &[PathBuf], exclude: &Exclude) -> Result<Plan, Error> {
    let cwd = normalize(&std::env::current_dir().unwrap_or_default());
    let mut requested: Vec<Requested> = Vec::new();
    // Absolute path -> its place in `requested`.
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    let mut walked_dirs = Vec::new();
    for path in paths {
        let absolute = absolutize(path);
        let metadata = std::fs::metadata(path).map_err(|err| {
            Error::new(format!(
                "cannot check `{}`: {}",
                path.display(),
                describe(&err)
            ))
        })?;
        if metadata.is_dir() {
            walked_dirs.push(absolute.clone());
            for file in walk_rust_files(&absolute, None) {
                if !exclude.matches(&file) && !seen.contains_key(&file) {
                    seen.insert(file.clone(), requested.len());
                    requested.push(Requested {
                        shown: shown_path(&file, &cwd),
                        absolute: file,
                        explicit: false,
                    });
                }
            }
        } else if !exclude.matches(&absolute) {
            match seen.get(&absolute) {
                // Named on the command line as well as found in a walked directory.
                Some(&at) => requested[at].explicit = true,
                None => {
                    seen.insert(absolute.clone(), requested.len());
                    requested.push(Requested {
                        shown: shown_path(&absolute, &cwd),
                        absolute,
                        explicit: true,
                    });
                }
            }
        }
    }

    let mut groups: BTreeMap<Option<PathBuf>, Vec<Requested>> = BTreeMap::new();
    let mut manifest_cache = HashMap::new();
    for file in requested {
        let root = crate_root(&file.absolute, &mut manifest_cache);
        groups.entry(root).or_default().push(file);
    }

    let files_checked = groups.values().map(Vec::len).sum();
    Ok(Plan {
        crates: groups
            .into_iter()
            .map(|(root, files)| PlannedCrate { root, files })
            .collect(),
        files_checked,
        walked_dirs,
        cwd,
    })
}

/// Read the requested files of one crate, and its other files as index-only context.
fn load_crate(
    root: Option<PathBuf>,
    files: &[Requested],
    walked_dirs: &[PathBuf],
    cwd: &Path,
) -> (CrateInput, Vec<Diagnostic>) {
    let mut io_errors = Vec::new();
    let mut sources: Vec<SourceFile> = files
        .par_iter()
        .filter_map(|file| match read_source(&file.absolute) {
            Ok(text) => Some(Ok(SourceFile {
                path: file.shown.clone(),
                text,
                report: true,
                explicit: file.explicit,
            })),
            Err(problem) => Some(Err(io_error(&file.shown, problem))),
        })
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(|result| result.map_err(|err| io_errors.push(err)).ok())
        .collect();

    let (edition, package) = match root.as_deref() {
        Some(root) => {
            let (edition, package) = read_package(root);
            (edition, Some(package))
        }
        None => (Edition::default(), None),
    };
    if let Some(root) = &root {
        // A crate inside a directory that was walked already has all its files requested.
        let fully_walked = walked_dirs.iter().any(|dir| root.starts_with(dir));
        if !fully_walked {
            let requested: BTreeSet<&Path> = files.iter().map(|f| f.absolute.as_path()).collect();
            let context: Vec<SourceFile> = walk_rust_files(root, Some(root))
                .into_par_iter()
                .filter(|path| !requested.contains(path.as_path()))
                .filter_map(|path| {
                    let text = read_source(&path).ok()?;
                    Some(SourceFile {
                        path: shown_path(&path, cwd),
                        text,
                        report: false,
                        explicit: false,
                    })
                })
                .collect();
            sources.extend(context);
        }
    }
    let root_shown = match &root {
        Some(root) => shown_path(root, cwd),
        None => PathBuf::from("."),
    };
    let input = CrateInput {
        root: root_shown,
        edition,
        files: sources,
        package,
    };
    (input, io_errors)
}

/// Every `.rs` file under `dir`, honouring ignore files. With `crate_root` set, directories
/// holding another Cargo.toml (nested crates) are not entered.
fn walk_rust_files(dir: &Path, crate_root: Option<&Path>) -> Vec<PathBuf> {
    let crate_root = crate_root.map(Path::to_path_buf);
    let mut builder = ignore::WalkBuilder::new(dir);
    builder
        .require_git(false)
        .sort_by_file_path(|a, b| a.cmp(b))
        .filter_entry(move |entry| {
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            if !is_dir || entry.depth() == 0 {
                return true;
            }
            if entry.file_name() == "target" {
                return false;
            }
            match &crate_root {
                Some(root) => {
                    entry.path() == root.as_path() || !entry.path().join("Cargo.toml").is_file()
                }
                None => true,
            }
        });
    builder
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
        .map(ignore::DirEntry::into_path)
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| normalize(&path))
        .collect()
}

/// The directory of the nearest Cargo.toml above `file`, cached per directory.
fn crate_root(file: &Path, cache: &mut HashMap<PathBuf, Option<PathBuf>>) -> Option<PathBuf> {
    let dir = file.parent()?;
    if let Some(found) = cache.get(dir) {
        return found.clone();
    }
    let found = dir
        .ancestors()
        .find(|candidate| candidate.join("Cargo.toml").is_file())
        .map(Path::to_path_buf);
    cache.insert(dir.to_path_buf(), found.clone());
    found
}

#[derive(Debug, Deserialize)]
struct Manifest {
    package: Option<ManifestPackage>,
    workspace: Option<ManifestWorkspace>,
    // Target tables are read leniently: a shape we do not expect only loses a root.
    lib: Option<toml::Value>,
    bin: Option<toml::Value>,
    test: Option<toml::Value>,
    bench: Option<toml::Value>,
    example: Option<toml::Value>,
    /// Only the names matter: a package that needs a test-support package to build is one.
    dependencies: Option<toml::Table>,
}

#[derive(Debug, Deserialize)]
struct ManifestPackage {
    name: Option<String>,
    edition: Option<EditionField>,
    build: Option<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum EditionField {
    Literal(String),
    Inherited { workspace: bool },
}

#[derive(Debug, Deserialize)]
struct ManifestWorkspace {
    package: Option<ManifestPackage>,
}

fn read_manifest(path: &Path) -> Option<Manifest> {
    let text = std::fs::read_to_string(path).ok()?;
    toml::from_str(&text).ok()
}

/// The edition of the crate at `root`: `package.edition`, or the workspace's when inherited.
/// Cargo's default when none is written is 2015.
pub fn read_edition(root: &Path) -> Edition {
    read_package(root).0
}

/// The edition of the crate at `root` (see [`read_edition`]) and the target paths its
/// Cargo.toml names. A missing or unreadable manifest gives the defaults and no targets.
pub fn read_package(root: &Path) -> (Edition, Package) {
    let Some(manifest) = read_manifest(&root.join("Cargo.toml")) else {
        return (Edition::default(), Package::default());
    };
    let mut targets = Vec::new();
    let tables = [
        (&manifest.lib, false),
        (&manifest.bin, false),
        (&manifest.test, true),
        (&manifest.bench, true),
        (&manifest.example, true),
    ];
    for (table, test) in tables {
        for path in target_paths(table.as_ref()) {
            targets.push(ManifestTarget { path, test });
        }
    }
    // The name the package's own targets (bins, tests) use for its library.
    let lib_name = manifest
        .lib
        .as_ref()
        .and_then(|lib| lib.get("name"))
        .and_then(toml::Value::as_str)
        .map(str::to_string)
        .or_else(|| {
            manifest
                .package
                .as_ref()
                .and_then(|p| p.name.as_deref())
                .map(|name| name.replace('-', "_"))
        });
    // Named for tests, or built on one of the workspace's own test-support packages
    // (production code does not depend on the project's test utilities:
    // `linkerd-app-integration` depends on `linkerd-app-test`). A registry crate such as
    // `tokio-test`, or an optional dependency behind a feature, says nothing of the sort.
    let test_support = manifest
        .package
        .as_ref()
        .and_then(|p| p.name.as_deref())
        .is_some_and(crate::engine::test_code::is_test_support_package)
        || manifest.dependencies.iter().flatten().any(|(name, spec)| {
            let package = spec.get("package").and_then(toml::Value::as_str);
            let local = spec.get("path").is_some();
            let optional = spec.get("optional").and_then(toml::Value::as_bool) == Some(true);
            local
                && !optional
                && crate::engine::test_code::is_test_support_package(package.unwrap_or(name))
        });
    let (edition, build) = match manifest.package {
        Some(package) => (package.edition, package.build),
        None => (None, None),
    };
    // `build = "tools/build.rs"` (or a list of them); `build = false` names none.
    for path in string_values(build.as_ref()) {
        targets.push(ManifestTarget {
            path: PathBuf::from(path),
            test: false,
        });
    }
    let edition = match edition {
        Some(EditionField::Literal(edition)) => parse_edition(&edition),
        Some(EditionField::Inherited { workspace: true }) => workspace_edition(root),
        Some(EditionField::Inherited { workspace: false }) | None => Edition::E2015,
    };
    (
        edition,
        Package {
            lib_path: target_paths(manifest.lib.as_ref()).into_iter().next(),
            targets,
            lib_name,
            test_support,
        },
    )
}

/// The `path` of a `[lib]` table or of each `[[bin]]`-style entry.
fn target_paths(table: Option<&toml::Value>) -> Vec<PathBuf> {
    let entries: Vec<&toml::Value> = match table {
        Some(toml::Value::Array(entries)) => entries.iter().collect(),
        Some(entry @ toml::Value::Table(_)) => vec![entry],
        _ => Vec::new(),
    };
    entries
        .into_iter()
        .filter_map(|entry| entry.get("path")?.as_str().map(PathBuf::from))
        .collect()
}

fn string_values(value: Option<&toml::Value>) -> Vec<&str> {
    match value {
        Some(toml::Value::String(text)) => vec![text.as_str()],
        Some(toml::Value::Array(items)) => items.iter().filter_map(toml::Value::as_str).collect(),
        _ => Vec::new(),
    }
}

impl PlannedCrate {
    /// The root of the cargo workspace this crate belongs to (the nearest folder above it,
    /// itself included, whose Cargo.toml has a `[workspace]` table), or its own root. Crates of
    /// one workspace are analysed together: their calls into each other are followed.
    pub fn workspace_root(&self) -> Option<PathBuf> {
        let root = self.root.as_ref()?;
        let found = root.ancestors().find(|dir| {
            read_manifest(&dir.join("Cargo.toml")).is_some_and(|m| m.workspace.is_some())
        });
        Some(found.unwrap_or(root).to_path_buf())
    }
}

fn workspace_edition(member_root: &Path) -> Edition {
    for dir in member_root.ancestors() {
        let Some(manifest) = read_manifest(&dir.join("Cargo.toml")) else {
            continue;
        };
        if let Some(workspace) = manifest.workspace {
            return match workspace.package.and_then(|p| p.edition) {
                Some(EditionField::Literal(edition)) => parse_edition(&edition),
                _ => Edition::default(),
            };
        }
    }
    Edition::default()
}

fn parse_edition(text: &str) -> Edition {
    match text {
        "2015" => Edition::E2015,
        "2018" => Edition::E2018,
        "2021" => Edition::E2021,
        // 2024 and anything newer: the newest rules we know are the closest.
        _ => Edition::E2024,
    }
}

/// Why a file could not be turned into source text.
enum ReadProblem {
    TooLarge(u64),
    NotUtf8 { line: usize, column: usize },
    Io(std::io::Error),
}

fn read_source(path: &Path) -> Result<Arc<str>, ReadProblem> {
    let metadata = std::fs::metadata(path).map_err(ReadProblem::Io)?;
    if metadata.len() > MAX_FILE_SIZE {
        return Err(ReadProblem::TooLarge(metadata.len()));
    }
    let bytes = std::fs::read(path).map_err(ReadProblem::Io)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Arc::from(text)),
        Err(err) => {
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            // The valid prefix is UTF-8 by construction.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let line = prefix.matches('\n').count() + 1;
            let line_start = prefix.rfind('\n').map_or(0, |i| i + 1);
            let column = prefix[line_start..].chars().count() + 1;
            Err(ReadProblem::NotUtf8 { line, column })
        }
    }
}

fn io_error(path: &Path, problem: ReadProblem) -> Diagnostic {
    let (message, help, line, column) = match problem {
        ReadProblem::TooLarge(size) => (
            format!(
                "`{}` is too large to check ({:.1} MiB, the limit is {} MiB)",
                path.display(),
                size as f64 / (1024.0 * 1024.0),
                MAX_FILE_SIZE / (1024 * 1024)
            ),
            "generated files of this size are best excluded: add the path to `exclude` in asynclint.toml",
            1,
            1,
        ),
        ReadProblem::NotUtf8 { line, column } => (
            format!(
                "`{}` is not valid UTF-8 (first invalid byte at line {line}, column {column})",
                path.display()
            ),
            "Rust source must be UTF-8: re-encode the file",
            line,
            column,
        ),
        ReadProblem::Io(err) => (
            format!("cannot read `{}`: {}", path.display(), describe(&err)),
            "check that the file exists and is readable by the current user",
            1,
            1,
        ),
    };
    let position = Position {
        line,
        column,
        offset: 0,
    };
    Diagnostic {
        rule: "io-error".to_string(),
        severity: Severity::Error,
        path: path.to_path_buf(),
        span: Span {
            start: position,
            end: position,
        },
        message,
        help: Some(help.to_string()),
        labels: Vec::new(),
        notes: Vec::new(),
        fix: None,
    }
}

/// An io::Error as a lowercase phrase without the `(os error N)` noise.
fn describe(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let text = err.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(path: &Path, text: &str) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    #[test]
    fn explicit_file_loads_the_rest_of_its_crate_as_context() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("app");
        write(
            &root.join("Cargo.toml"),
            "[package]\nname = \"app\"\nedition = \"2018\"\n",
        );
        write(&root.join("src/main.rs"), "fn main() {}\n");
        write(&root.join("src/helper.rs"), "pub fn help() {}\n");
        write(&root.join("target/debug/gen.rs"), "fn skipped() {}\n");
        write(&root.join("nested/Cargo.toml"), "[package]\nname = \"n\"\n");
        write(&root.join("nested/src/lib.rs"), "fn other_crate() {}\n");

        let found = discover(&[root.join("src/main.rs")], &Exclude::default()).unwrap();
        assert_eq!(found.files_checked, 1);
        assert_eq!(found.crates.len(), 1);
        let input = &found.crates[0];
        assert_eq!(input.edition, Edition::E2018);
        let mut files: Vec<(String, bool)> = input
            .files
            .iter()
            .map(|f| {
                (
                    f.path.file_name().unwrap().to_string_lossy().into(),
                    f.report,
                )
            })
            .collect();
        files.sort();
        assert_eq!(
            files,
            [
                ("helper.rs".to_string(), false),
                ("main.rs".to_string(), true)
            ]
        );
    }

    #[test]
    fn walked_directory_groups_by_nearest_manifest_and_inherits_edition() {
        let dir = tempfile::tempdir().unwrap();
        write(
            &dir.path().join("Cargo.toml"),
            "[workspace]\nmembers = [\"a\"]\n[workspace.package]\nedition = \"2024\"\n",
        );
        write(
            &dir.path().join("a/Cargo.toml"),
            "[package]\nname = \"a\"\nedition.workspace = true\n",
        );
        write(&dir.path().join("a/src/lib.rs"), "pub fn a() {}\n");
        write(
            &dir.path().join("b/Cargo.toml"),
            "[package]\nname = \"b\"\n",
        );
        write(&dir.path().join("b/src/lib.rs"), "pub fn b() {}\n");
        write(&dir.path().join(".gitignore"), "ignored/\n");
        write(&dir.path().join("a/ignored/x.rs"), "fn x() {}\n");

        let found = discover(&[dir.path().to_path_buf()], &Exclude::default()).unwrap();
        assert_eq!(found.files_checked, 2);
        let mut editions: Vec<(usize, Edition)> = found
            .crates
            .iter()
            .map(|c| (c.files.len(), c.edition))
            .collect();
        editions.sort();
        assert_eq!(editions, [(1, Edition::E2015), (1, Edition::E2024)]);
    }

    #[test]
    fn unreadable_inputs_become_io_errors_naming_the_position() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.rs");
        fs::write(&bad, b"fn ok() {}\nfn \xff() {}\n").unwrap();
        let found = discover(&[bad], &Exclude::default()).unwrap();
        assert_eq!(found.io_errors.len(), 1);
        let error = &found.io_errors[0];
        assert_eq!(error.rule, "io-error");
        assert_eq!((error.span.start.line, error.span.start.column), (2, 4));
        assert!(error.message.contains("not valid UTF-8"));
    }

    #[test]
    fn manifest_targets_and_explicit_files_reach_the_engine() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("app");
        write(
            &root.join("Cargo.toml"),
            "[package]\nname = \"app\"\nedition = \"2021\"\nbuild = \"tools/build.rs\"\n\
             [lib]\npath = \"core/lib.rs\"\n[[bin]]\nname = \"cli\"\npath = \"cli/main.rs\"\n\
             [[bin]]\nname = \"plain\"\n[[example]]\nname = \"demo\"\npath = \"demos/demo.rs\"\n",
        );
        write(&root.join("core/lib.rs"), "pub fn a() {}\n");
        write(&root.join("src/old.rs"), "pub fn b() {}\n");

        let found = discover(
            &[root.clone(), root.join("src/old.rs")],
            &Exclude::default(),
        )
        .unwrap();
        let input = &found.crates[0];
        let targets: Vec<(String, bool)> = input
            .package
            .as_ref()
            .unwrap()
            .targets
            .iter()
            .map(|t| (t.path.display().to_string(), t.test))
            .collect();
        assert_eq!(
            targets,
            [
                ("core/lib.rs".to_string(), false),
                ("cli/main.rs".to_string(), false),
                ("demos/demo.rs".to_string(), true),
                ("tools/build.rs".to_string(), false),
            ]
        );
        let explicit: Vec<bool> = input.files.iter().map(|f| f.explicit).collect();
        assert_eq!(
            explicit,
            [false, true],
            "a walked file is not explicit, a named one is even when the walk found it too"
        );

        let found = discover(&[root.join("src/old.rs")], &Exclude::default()).unwrap();
        let old = found.crates[0]
            .files
            .iter()
            .find(|f| f.path.ends_with("src/old.rs"))
            .unwrap();
        assert!(old.explicit && old.report);
    }

    #[test]
    fn missing_path_is_an_error() {
        let err = discover(
            &[PathBuf::from("/definitely/not/here.rs")],
            &Exclude::default(),
        )
        .unwrap_err();
        assert!(err.message.contains("/definitely/not/here.rs"));
        assert!(err.message.contains("no such file or directory"));
    }
}
