//! Path helpers shared by discovery and config: absolute paths for walking up the directory
//! tree, lexically normalized so one file reached two ways is one file, and shown relative to
//! the current directory (the way rustc and users write them) when below it.

use std::path::{Component, Path, PathBuf};

/// The path made absolute against the current directory and normalized, without touching the
/// file system (canonicalize would resolve symlinks and fail on paths that do not exist).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(path),
            Err(_) => path.to_path_buf(),
        }
    };
    normalize(&joined)
}

/// Resolve `.` and `..` components lexically.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The path to show for an absolute path: relative to `cwd` when below it.
pub fn shown_from(absolute: &Path, cwd: &Path) -> PathBuf {
    match absolute.strip_prefix(cwd) {
        Ok(relative) if relative.as_os_str().is_empty() => PathBuf::from("."),
        Ok(relative) => relative.to_path_buf(),
        Err(_) => absolute.to_path_buf(),
    }
}

/// The path to show for any path, relative to the current directory when below it.
pub fn shown(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    shown_from(&absolute(path), &normalize(&cwd))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_and_shows_relative() {
        assert_eq!(normalize(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
        assert_eq!(
            shown_from(Path::new("/w/p/src/a.rs"), Path::new("/w/p")),
            PathBuf::from("src/a.rs")
        );
        assert_eq!(
            shown_from(Path::new("/elsewhere/a.rs"), Path::new("/w/p")),
            PathBuf::from("/elsewhere/a.rs")
        );
    }
}
