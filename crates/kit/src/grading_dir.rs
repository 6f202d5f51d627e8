//! The grading workspace: one cargo workspace under `.kit/grading/` (git-ignored) where every
//! grade is built and run. It holds the kit's own files, written from the copies embedded in
//! the binary (kit-harness, each exercise's Cargo.toml and tests, support files, Cargo.lock,
//! the lint config), beside a copy of the learner's `src/`. All exercises share it and its
//! `target/`, so tokio compiles once; a file is written only when its content changed, so a
//! warm grade rebuilds nothing.
//!
//! The folder is kit's alone: it is locked while a grade runs, a folder kit did not create on
//! this machine (committed to the learner's repository, say) is wiped before use, and symlinks
//! planted in it are replaced, never followed.

use std::collections::BTreeSet;
use std::fs::{File, TryLockError};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::embedded::{self, EmbeddedExercise};
use crate::error::{KitError, KitResult};
use crate::exercise::Side;
use crate::info_file::ExerciseInfo;
use crate::source::SourceSnapshot;

/// Where the grading workspace lives, relative to kit's state folder.
pub const GRADING_DIR: &str = "grading";
/// The lint configuration kit passes to asynclint explicitly.
const LINT_CONFIG: &str = "asynclint.toml";
/// What it holds, whatever the learner's says: the defaults, plus `untracked-spawn`. The kit
/// teaches that every task is tracked (exercise 13: tasks cut off at shutdown), and a task
/// that ends and returns `()` is only reported by that rule.
const KIT_LINT_CONFIG: &str = "# kit's own asynclint configuration: the defaults, and every task tracked\n\
[rules]\n\
untracked-spawn = \"warn\"\n";
const MARKER: &str = ".kit-grading-dir";
const LOCK_SEED: &str = ".kit-lock-seed";

/// The locked grading workspace. The lock is released when this is dropped.
#[derive(Debug)]
pub struct GradingDir {
    path: PathBuf,
    _lock: File,
}

impl GradingDir {
    /// Opens (creating it if needed) and locks the grading workspace at `path`, and writes the
    /// kit's shared files into it.
    pub fn open(path: &Path) -> KitResult<Self> {
        std::fs::create_dir_all(path).map_err(|e| KitError::io("create", path, &e))?;
        let path = path
            .canonicalize()
            .map_err(|e| KitError::io("find", path, &e))?;
        let lock = lock(&path)?;
        let dir = GradingDir { path, _lock: lock };
        dir.wipe_unless_ours()?;
        dir.write_workspace()?;
        Ok(dir)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn manifest(&self) -> PathBuf {
        self.path.join("Cargo.toml")
    }

    pub fn target_dir(&self) -> PathBuf {
        self.path.join("target")
    }

    pub fn lint_config(&self) -> PathBuf {
        self.path.join(LINT_CONFIG)
    }

    /// Where one run of one check keeps its files (see `check_run`).
    pub fn runs_dir(&self) -> PathBuf {
        self.path.join("runs")
    }

    /// The package folder of `exercise` for `side` in the workspace. It mirrors the kit's
    /// layout (`exercises/01-x`), so rustc's paths in panics and lints read like the
    /// learner's own files.
    pub fn package_dir(&self, exercise: &ExerciseInfo, side: Side) -> PathBuf {
        self.path.join(side.folder()).join(&exercise.dir)
    }

    /// Writes the package of `exercise` for `side`: the kit's manifest and tests, the
    /// learner's `src/` from `snapshot`, and the kit's copy of every support file.
    pub fn materialize(
        &self,
        exercise: &ExerciseInfo,
        side: Side,
        embedded: &EmbeddedExercise,
        snapshot: &SourceSnapshot,
    ) -> KitResult<PathBuf> {
        let package = self.package_dir(exercise, side);
        let manifest = match side {
            Side::Starter => embedded.file("Cargo.toml").map(|f| f.contents),
            Side::Solution => embedded.solution_manifest.map(str::as_bytes),
        }
        .ok_or_else(|| {
            KitError::new(format!(
                "this kit has no {} manifest for {}",
                side.as_str(),
                exercise.id
            ))
        })?;
        let manifest = grading_manifest(manifest, &exercise.id)?;
        self.write(&package.join("Cargo.toml"), manifest.as_bytes())?;

        let mut tests = BTreeSet::new();
        for file in embedded
            .own_files
            .iter()
            .filter(|f| f.path.starts_with("tests/"))
        {
            self.write(&package.join(file.path), file.contents)?;
            tests.insert(PathBuf::from(file.path));
        }
        self.remove_others(&package.join("tests"), &package, &tests)?;

        let mut sources = BTreeSet::new();
        for (relative, contents) in &snapshot.files {
            let path = Path::new("src").join(relative);
            self.write(&package.join(&path), contents)?;
            sources.insert(path);
        }
        for support in &exercise.support {
            let file = embedded.file(support).ok_or_else(|| {
                KitError::new(format!(
                    "this kit has no copy of {support} for {}",
                    exercise.id
                ))
            })?;
            self.write(&package.join(support), file.contents)?;
            sources.insert(PathBuf::from(support));
        }
        self.remove_others(&package.join("src"), &package, &sources)?;
        Ok(package)
    }

    /// A folder kit did not create here (its marker names another inode) is not trusted: a
    /// `target/` committed to the learner's repository could hold a forged test binary.
    fn wipe_unless_ours(&self) -> KitResult<()> {
        let identity = dir_identity(&self.path);
        let marker = self.path.join(MARKER);
        if std::fs::read_to_string(&marker).ok().as_deref() == Some(identity.as_str()) {
            return Ok(());
        }
        let entries =
            std::fs::read_dir(&self.path).map_err(|e| KitError::io("read", &self.path, &e))?;
        for entry in entries.filter_map(Result::ok) {
            if entry.file_name() == ".lock" {
                continue;
            }
            remove_any(&entry.path())?;
        }
        self.write(&marker, identity.as_bytes())
    }

    /// Writes the workspace manifest, listing every package written so far (cargo refuses a
    /// member glob that matches nothing). Call it after [`Self::materialize`].
    pub fn write_manifest(&self) -> KitResult<()> {
        let mut members = Vec::new();
        for side in [Side::Starter, Side::Solution] {
            let Ok(entries) = std::fs::read_dir(self.path.join(side.folder())) else {
                continue;
            };
            for entry in entries.filter_map(Result::ok) {
                if entry.path().join("Cargo.toml").is_file() {
                    members.push(format!(
                        "{}/{}",
                        side.folder(),
                        entry.file_name().to_string_lossy()
                    ));
                }
            }
        }
        members.sort();
        self.write(&self.manifest(), workspace_manifest(&members)?.as_bytes())
    }

    /// Cargo.lock, the lint config, kit-harness and the English message catalogues.
    fn write_workspace(&self) -> KitResult<()> {
        // cargo prunes Cargo.lock to the packages it builds: write the kit's lock only when
        // it changed, or every grade would make cargo resolve again.
        let seed = self.path.join(LOCK_SEED);
        let lock = self.path.join("Cargo.lock");
        if std::fs::read(&seed).ok().as_deref() != Some(embedded::CARGO_LOCK.as_bytes())
            || !lock.is_file()
        {
            self.write(&lock, embedded::CARGO_LOCK.as_bytes())?;
            self.write(&seed, embedded::CARGO_LOCK.as_bytes())?;
        }
        self.write(&self.lint_config(), KIT_LINT_CONFIG.as_bytes())?;
        let mut harness = BTreeSet::new();
        for file in embedded::HARNESS {
            self.write(&self.path.join(file.path), file.contents)?;
            harness.insert(PathBuf::from(file.path));
        }
        for crate_dir in ["crates/kit-harness/src", "crates/kit-harness-macros/src"] {
            self.remove_others(&self.path.join(crate_dir), &self.path, &harness)?;
        }
        // The harness renders its English fallback text from these (`include_str!`).
        let mut locales = BTreeSet::new();
        for file in embedded::LOCALES
            .iter()
            .filter(|file| file.path.starts_with("locales/en/"))
        {
            self.write(&self.path.join(file.path), file.contents)?;
            locales.insert(PathBuf::from(file.path));
        }
        self.remove_others(&self.path.join("locales"), &self.path, &locales)?;
        Ok(())
    }

    /// Writes `contents` to `path` inside the workspace unless it already holds exactly that.
    /// Every folder on the way is made a real folder (a planted symlink is removed, never
    /// followed), and the file is replaced by a rename, so no symlink is written through.
    fn write(&self, path: &Path, contents: &[u8]) -> KitResult<()> {
        let relative = path.strip_prefix(&self.path).map_err(|_| {
            KitError::new(format!(
                "kit tried to write {} outside its grading folder",
                path.display()
            ))
        })?;
        let mut dir = self.path.clone();
        if let Some(parent) = relative.parent() {
            for part in parent.components() {
                dir.push(part);
                match std::fs::symlink_metadata(&dir) {
                    Ok(meta) if meta.is_dir() => {}
                    Ok(_) => {
                        remove_any(&dir)?;
                        create_dir(&dir)?;
                    }
                    Err(_) => create_dir(&dir)?,
                }
            }
        }
        if let Ok(meta) = std::fs::symlink_metadata(path)
            && meta.is_file()
            && std::fs::read(path).is_ok_and(|old| old == contents)
        {
            return Ok(());
        }
        let temporary = path.with_extension("kit-tmp");
        remove_any(&temporary)?;
        let mut file =
            File::create_new(&temporary).map_err(|e| KitError::io("write", &temporary, &e))?;
        file.write_all(contents)
            .map_err(|e| KitError::io("write", &temporary, &e))?;
        drop(file);
        if std::fs::symlink_metadata(path).is_ok_and(|meta| meta.is_dir()) {
            remove_any(path)?;
        }
        std::fs::rename(&temporary, path).map_err(|e| KitError::io("write", path, &e))
    }

    /// Removes every file below `dir` whose path relative to `base` is not in `keep`.
    fn remove_others(&self, dir: &Path, base: &Path, keep: &BTreeSet<PathBuf>) -> KitResult<()> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Ok(());
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let is_real_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
            let relative = path.strip_prefix(base).unwrap_or(&path);
            if is_real_dir && keep.iter().any(|kept| kept.starts_with(relative)) {
                self.remove_others(&path, base, keep)?;
            } else if !keep.contains(relative) {
                remove_any(&path)?;
            }
        }
        Ok(())
    }
}

fn lock(path: &Path) -> KitResult<File> {
    let lock_path = path.join(".lock");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| KitError::io("open", &lock_path, &e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => {
            eprintln!(
                "{}",
                crate::tr!(
                    "progress-waiting-for-lock",
                    path = path.display().to_string()
                )
            );
            file.lock()
                .map_err(|e| KitError::io("lock", &lock_path, &e))?;
            Ok(file)
        }
        Err(TryLockError::Error(e)) => Err(KitError::io("lock", &lock_path, &e)),
    }
}

/// Which folder this is on this machine: its device and inode, which a fresh clone or copy
/// never reproduces.
fn dir_identity(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let Ok(meta) = std::fs::metadata(path) {
            return format!("{}:{}\n", meta.dev(), meta.ino());
        }
    }
    format!("{}\n", path.display())
}

fn create_dir(dir: &Path) -> KitResult<()> {
    std::fs::create_dir(dir).map_err(|e| KitError::io("create", dir, &e))
}

/// Removes a file, a symlink (not its target) or a whole folder.
fn remove_any(path: &Path) -> KitResult<()> {
    let result = match std::fs::symlink_metadata(path) {
        Err(_) => return Ok(()),
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
    };
    result.map_err(|e| KitError::io("remove", path, &e))
}

/// The grading workspace's manifest: the kit's `[workspace.package]`, its dependencies
/// (kit-harness from the embedded copy), and its profiles.
fn workspace_manifest(members: &[String]) -> KitResult<String> {
    let source: toml::Table = toml::from_str(embedded::WORKSPACE_MANIFEST)
        .map_err(|e| KitError::new(format!("the embedded workspace manifest is broken: {e}")))?;
    let workspace = source.get("workspace").and_then(toml::Value::as_table);
    let mut dependencies = toml::Table::new();
    if let Some(deps) = workspace
        .and_then(|w| w.get("dependencies"))
        .and_then(toml::Value::as_table)
    {
        for (name, spec) in deps {
            match spec.get("path").and_then(toml::Value::as_str) {
                Some(path) if path.starts_with("crates/kit-harness") => {
                    dependencies.insert(name.clone(), spec.clone());
                }
                Some(_) => {}
                None => {
                    dependencies.insert(name.clone(), spec.clone());
                }
            }
        }
    }
    let mut new_workspace = toml::Table::new();
    new_workspace.insert("resolver".into(), "3".into());
    new_workspace.insert(
        "members".into(),
        toml::Value::Array(members.iter().map(|m| m.as_str().into()).collect()),
    );
    if let Some(package) = workspace.and_then(|w| w.get("package")) {
        new_workspace.insert("package".into(), package.clone());
    }
    new_workspace.insert("dependencies".into(), dependencies.into());
    let mut manifest = toml::Table::new();
    manifest.insert("workspace".into(), new_workspace.into());
    if let Some(profile) = source.get("profile") {
        manifest.insert("profile".into(), profile.clone());
    }
    Ok(format!(
        "# Written by kit for grading; edits are overwritten.\n{}",
        toml::to_string(&manifest).expect("a TOML table serializes")
    ))
}

/// An exercise's manifest as kit builds it: the grading test at `tests/grade.rs`, no target
/// discovered from files the learner could add (`src/main.rs`, `src/bin/`, a build script),
/// and `unsafe` forbidden, which also rules out `#[no_mangle]`, `#[link_section]` and any
/// code that runs before `main`.
fn grading_manifest(original: &[u8], id: &str) -> KitResult<String> {
    let text = std::str::from_utf8(original)
        .map_err(|_| KitError::new(format!("the embedded manifest of {id} is not UTF-8")))?;
    let mut manifest: toml::Table = toml::from_str(text)
        .map_err(|e| KitError::new(format!("the embedded manifest of {id} is broken: {e}")))?;
    if let Some(package) = manifest
        .get_mut("package")
        .and_then(toml::Value::as_table_mut)
    {
        for key in [
            "autobins",
            "autoexamples",
            "autotests",
            "autobenches",
            "build",
        ] {
            package.insert(key.into(), false.into());
        }
    }
    for key in ["bin", "example", "bench"] {
        manifest.remove(key);
    }
    let mut test = toml::Table::new();
    test.insert("name".into(), "grade".into());
    test.insert("path".into(), "tests/grade.rs".into());
    manifest.insert("test".into(), toml::Value::Array(vec![test.into()]));
    let mut rust_lints = toml::Table::new();
    rust_lints.insert("unsafe_code".into(), "forbid".into());
    let mut lints = toml::Table::new();
    lints.insert("rust".into(), rust_lints.into());
    manifest.insert("lints".into(), lints.into());
    Ok(format!(
        "# Written by kit for grading; edits are overwritten.\n{}",
        toml::to_string(&manifest).expect("a TOML table serializes")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grading_manifest_points_at_the_kits_tests_and_forbids_unsafe() {
        let original = b"[package]\nname = \"solution-01\"\nversion = \"0.1.0\"\n\n[lib]\nname = \"exercise_01\"\npath = \"src/lib.rs\"\n\n[[test]]\nname = \"grade\"\npath = \"../../exercises/01-x/tests/grade.rs\"\n";
        let manifest: toml::Table =
            toml::from_str(&grading_manifest(original, "exercise-01").unwrap()).unwrap();
        assert_eq!(manifest["test"][0]["path"].as_str(), Some("tests/grade.rs"));
        assert_eq!(manifest["test"].as_array().unwrap().len(), 1);
        assert_eq!(manifest["package"]["autobins"].as_bool(), Some(false));
        assert_eq!(manifest["package"]["build"].as_bool(), Some(false));
        assert_eq!(
            manifest["lints"]["rust"]["unsafe_code"].as_str(),
            Some("forbid")
        );
        assert_eq!(manifest["lib"]["path"].as_str(), Some("src/lib.rs"));
    }

    #[test]
    fn the_workspace_manifest_keeps_only_the_harness_of_the_path_dependencies() {
        let members = ["exercises/01-x".to_string()];
        let manifest: toml::Table = toml::from_str(&workspace_manifest(&members).unwrap()).unwrap();
        assert_eq!(
            manifest["workspace"]["members"][0].as_str(),
            Some("exercises/01-x")
        );
        let deps = manifest["workspace"]["dependencies"].as_table().unwrap();
        assert!(deps.contains_key("kit-harness"));
        assert!(deps.contains_key("tokio"));
        assert!(
            !deps.contains_key("asynclint"),
            "kit does not ship asynclint's sources"
        );
        assert!(manifest["workspace"]["package"].get("edition").is_some());
    }

    #[test]
    fn writes_replace_planted_symlinks_instead_of_following_them() {
        let temp = tempfile::tempdir().unwrap();
        let outside = temp.path().join("learner-file.rs");
        std::fs::write(&outside, "the learner's own work").unwrap();
        let dir = GradingDir::open(&temp.path().join("grading")).unwrap();
        let planted = dir.path().join("exercises/01-x/tests");
        std::fs::create_dir_all(planted.parent().unwrap()).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(temp.path(), &planted).unwrap();
            std::os::unix::fs::symlink(&outside, dir.path().join("exercises/01-x/Cargo.toml"))
                .unwrap();
        }
        dir.write(&planted.join("learner-file.rs"), b"kit's test")
            .unwrap();
        dir.write(
            &dir.path().join("exercises/01-x/Cargo.toml"),
            b"kit's manifest",
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(&outside).unwrap(),
            "the learner's own work"
        );
        assert_eq!(
            std::fs::read_to_string(planted.join("learner-file.rs")).unwrap(),
            "kit's test"
        );
    }

    #[test]
    fn a_folder_kit_did_not_create_here_is_wiped() {
        let temp = tempfile::tempdir().unwrap();
        let path = temp.path().join("grading");
        std::fs::create_dir_all(path.join("target/debug")).unwrap();
        std::fs::write(path.join("target/debug/forged"), "#!/bin/sh").unwrap();
        std::fs::write(path.join(MARKER), "1:2\n").unwrap();
        let dir = GradingDir::open(&path).unwrap();
        assert!(!dir.path().join("target/debug/forged").exists());
        assert!(dir.path().join("Cargo.lock").is_file());
        drop(dir);
        std::fs::write(path.join("target-kept"), "x").unwrap();
        let _again = GradingDir::open(&path).unwrap();
        assert!(path.join("target-kept").exists(), "its own folder is kept");
    }
}
