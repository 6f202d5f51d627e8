//! Reads the learner's `src/` once, into memory, before anything else happens: kit builds,
//! lints and audits that snapshot, so code that runs during grading cannot change what is
//! graded. Only regular files are taken (a symlink could point anywhere), within a size bound.

use std::collections::BTreeMap;
use std::path::Path;

/// At most this many bytes of source: a real solution is a few KiB.
pub const MAX_SOURCE_BYTES: u64 = 4 * 1024 * 1024;
/// At most this many files in `src/`.
pub const MAX_SOURCE_FILES: usize = 500;

/// The files of one `src/`, keyed by their path below `src/` with forward slashes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceSnapshot {
    pub files: BTreeMap<String, Vec<u8>>,
    /// Symlinks found and left out, for the report.
    pub skipped: Vec<String>,
}

impl SourceSnapshot {
    /// The Rust files, for the lint and the audit.
    pub fn rust_files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .filter(|(path, _)| path.ends_with(".rs"))
            .map(|(path, text)| (path.as_str(), text.as_slice()))
    }
}

/// Why a `src/` cannot be graded, in words for the learner.
pub type Ungradable = String;

/// Snapshots `src_dir`; `shown` is how the learner knows it (`exercises/01-x/src`).
pub fn snapshot(src_dir: &Path, shown: &str) -> Result<SourceSnapshot, Ungradable> {
    if !src_dir.is_dir() {
        return Err(crate::tr!("not-graded-missing-src", path = shown));
    }
    let mut snapshot = SourceSnapshot::default();
    let mut total = 0;
    walk(src_dir, "", &mut snapshot, &mut total).map_err(|problem| match problem {
        Problem::TooLarge => crate::tr!(
            "not-graded-too-big",
            path = shown,
            files = MAX_SOURCE_FILES,
            mib = MAX_SOURCE_BYTES / (1024 * 1024)
        ),
        Problem::Unreadable(path, error) => crate::tr!(
            "not-graded-unreadable",
            path = format!("{shown}/{path}"),
            error = error.to_string()
        ),
    })?;
    Ok(snapshot)
}

enum Problem {
    TooLarge,
    Unreadable(String, std::io::Error),
}

fn walk(
    dir: &Path,
    prefix: &str,
    snapshot: &mut SourceSnapshot,
    total: &mut u64,
) -> Result<(), Problem> {
    let entries = std::fs::read_dir(dir).map_err(|e| Problem::Unreadable(prefix.into(), e))?;
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = format!("{prefix}{name}");
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_symlink() {
            snapshot.skipped.push(relative);
        } else if kind.is_dir() {
            walk(&entry.path(), &format!("{relative}/"), snapshot, total)?;
        } else if kind.is_file() {
            let size = entry.metadata().map_or(0, |m| m.len());
            *total += size;
            if *total > MAX_SOURCE_BYTES || snapshot.files.len() >= MAX_SOURCE_FILES {
                return Err(Problem::TooLarge);
            }
            let contents = std::fs::read(entry.path())
                .map_err(|e| Problem::Unreadable(relative.clone(), e))?;
            snapshot.files.insert(relative, contents);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_nested_files_and_leaves_symlinks_out() {
        let temp = tempfile::tempdir().unwrap();
        let src = temp.path().join("src");
        std::fs::create_dir_all(src.join("net")).unwrap();
        std::fs::write(src.join("lib.rs"), "mod net;").unwrap();
        std::fs::write(src.join("net/mod.rs"), "").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc/hostname", src.join("stolen.rs")).unwrap();
        let snapshot = snapshot(&src, "exercises/01-x/src").unwrap();
        let paths: Vec<&str> = snapshot.files.keys().map(String::as_str).collect();
        assert_eq!(paths, ["lib.rs", "net/mod.rs"]);
        #[cfg(unix)]
        assert_eq!(snapshot.skipped, ["stolen.rs"]);
    }

    #[test]
    fn a_missing_or_huge_src_is_explained() {
        let temp = tempfile::tempdir().unwrap();
        let missing = snapshot(&temp.path().join("src"), "exercises/01-x/src").unwrap_err();
        assert_eq!(missing, "your exercises/01-x/src/ is missing");
        let src = temp.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(src.join("data.bin"), vec![0; MAX_SOURCE_BYTES as usize + 1]).unwrap();
        let huge = snapshot(&src, "exercises/01-x/src").unwrap_err();
        assert!(huge.contains("kit grades source code, not data"), "{huge}");
    }
}
