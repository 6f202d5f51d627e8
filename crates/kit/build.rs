//! Embeds the kit itself into the kit binary, so grading never reads a file the learner can
//! edit: `exercises/info.toml`, every exercise's own files (Cargo.toml, README, tests/,
//! its starter `src/`), every solution's Cargo.toml, kit-harness and its macro crate, the
//! message catalogues under `locales/`, the workspace manifest and Cargo.lock. `kit grade` builds from these copies (see
//! `grading_dir.rs`); `kit reset` restores an exercise from them.
//!
//! Everything but the starters' `src/` is watched, so an author who edits a test or the
//! harness gets it on the next `cargo run -p kit`. The starters' `src/` is not watched on
//! purpose: a learner who runs kit from their clone would otherwise re-embed their own edits,
//! and `reset` would "restore" them. They are re-embedded whenever a watched file changes;
//! `kit verify` warns when an embedded starter has gone stale.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir.join("../..");
    let root = fs::canonicalize(&root).unwrap_or(root);
    println!("cargo:rerun-if-changed=build.rs");

    let mut generated = String::new();
    for (name, relative) in [
        ("INFO_TOML", "exercises/info.toml"),
        ("WORKSPACE_MANIFEST", "Cargo.toml"),
        ("CARGO_LOCK", "Cargo.lock"),
    ] {
        let path = root.join(relative);
        watch(&path);
        writeln!(
            generated,
            "pub static {name}: &str = include_str!({:?});",
            path.to_string_lossy()
        )
        .unwrap();
    }

    let mut harness = Vec::new();
    for crate_dir in ["crates/kit-harness", "crates/kit-harness-macros"] {
        let dir = root.join(crate_dir);
        watch(&dir.join("Cargo.toml"));
        watch(&dir.join("src"));
        harness.push(dir.join("Cargo.toml"));
        collect_files(&dir.join("src"), &mut harness);
    }
    writeln!(
        generated,
        "pub static HARNESS: &[EmbeddedFile] = {};",
        file_list(&root, &harness)
    )
    .unwrap();

    // The Fluent catalogues of every language (see i18n.rs); the grading workspace gets the
    // English ones the harness renders its fallback text from.
    let locales_dir = root.join("locales");
    watch(&locales_dir);
    let mut locales = Vec::new();
    collect_files(&locales_dir, &mut locales);
    for file in &locales {
        watch(file);
    }
    writeln!(
        generated,
        "pub static LOCALES: &[EmbeddedFile] = {};",
        file_list(&root, &locales)
    )
    .unwrap();

    generated.push_str("pub static EXERCISES: &[EmbeddedExercise] = &[\n");
    let exercises_dir = root.join("exercises");
    for exercise in sorted_entries(&exercises_dir)
        .into_iter()
        .filter(|path| path.join("Cargo.toml").is_file())
    {
        let dir_name = exercise.file_name().unwrap_or_default().to_string_lossy();
        let solution_manifest = root.join("solutions").join(&*dir_name).join("Cargo.toml");
        let mut own = Vec::new();
        let mut starter = Vec::new();
        for entry in sorted_entries(&exercise) {
            if entry.file_name().is_some_and(|name| name == "src") {
                collect_files(&entry, &mut starter);
            } else {
                watch(&entry);
                if entry.is_dir() {
                    collect_files(&entry, &mut own);
                } else if entry.is_file() {
                    own.push(entry);
                }
            }
        }
        let solution = if solution_manifest.is_file() {
            watch(&solution_manifest);
            format!(
                "Some(include_str!({:?}))",
                solution_manifest.to_string_lossy()
            )
        } else {
            "None".to_string()
        };
        writeln!(
            generated,
            "    EmbeddedExercise {{ dir: {dir_name:?}, own_files: {}, starter: {}, solution_manifest: {solution} }},",
            file_list(&exercise, &own),
            file_list(&exercise, &starter),
        )
        .unwrap();
    }
    generated.push_str("];\n");

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    fs::write(out_dir.join("embedded_kit.rs"), generated).expect("OUT_DIR is writable");
}

fn watch(path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
}

/// `&[EmbeddedFile { path: "tests/grade.rs", contents: include_bytes!(...) }, ...]` with paths
/// relative to `base`, always with forward slashes.
fn file_list(base: &Path, files: &[PathBuf]) -> String {
    let mut list = String::from("&[");
    for file in files {
        let relative = file.strip_prefix(base).expect("collected below base");
        let relative = relative.to_string_lossy().replace('\\', "/");
        write!(
            list,
            "EmbeddedFile {{ path: {relative:?}, contents: include_bytes!({:?}) }}, ",
            file.to_string_lossy()
        )
        .unwrap();
    }
    list.push(']');
    list
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|read| read.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for path in sorted_entries(dir) {
        if path.is_dir() {
            collect_files(&path, files);
        } else if path.is_file() {
            files.push(path);
        }
    }
}
