//! Embeds the pristine starter of every exercise (`exercises/*/src/**`) into the kit
//! binary, so `kit reset` can restore it even after the learner has rewritten it.
//!
//! Only `exercises/info.toml` is watched, on purpose: watching the starters' sources would
//! re-embed the learner's own edits on the next `cargo run -p kit` and `reset` would then
//! "restore" them. Adding or renaming an exercise always touches info.toml, which
//! re-embeds everything; `kit verify` warns when an embedded copy has gone stale.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let exercises_dir = manifest_dir.join("../../exercises");
    println!("cargo:rerun-if-changed=build.rs");
    println!(
        "cargo:rerun-if-changed={}",
        exercises_dir.join("info.toml").display()
    );

    let mut generated = String::from("&[\n");
    for exercise in sorted_entries(&exercises_dir)
        .into_iter()
        .filter(|path| path.join("src").is_dir())
    {
        let dir_name = exercise.file_name().unwrap_or_default().to_string_lossy();
        writeln!(
            generated,
            "    EmbeddedStarter {{ dir: {dir_name:?}, files: &["
        )
        .unwrap();
        let mut files = Vec::new();
        collect_files(&exercise.join("src"), &mut files);
        for file in files {
            let relative = file
                .strip_prefix(&exercise)
                .expect("walked below the exercise");
            let relative = relative.to_string_lossy().replace('\\', "/");
            let absolute = fs::canonicalize(&file).unwrap_or(file);
            writeln!(
                generated,
                "        EmbeddedFile {{ path: {relative:?}, contents: include_bytes!({:?}) }},",
                absolute.to_string_lossy()
            )
            .unwrap();
        }
        generated.push_str("    ] },\n");
    }
    generated.push_str("]\n");

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    fs::write(out_dir.join("embedded_starters.rs"), generated).expect("OUT_DIR is writable");
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
