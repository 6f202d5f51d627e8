//! Finds the kit root: the folder that holds `exercises/info.toml`. An explicit
//! `--root` / `KIT_ROOT` wins; otherwise kit walks up from the current directory, so it
//! works from anywhere inside a checkout, like cargo finds its workspace.

use std::path::{Path, PathBuf};

use crate::error::{KitError, KitResult};

/// Where the list of exercises lives, relative to the kit root.
pub const INFO_FILE: &str = "exercises/info.toml";

/// The kit root for `explicit` (from `--root` / `KIT_ROOT`) or, without one, the nearest
/// ancestor of `start` containing `exercises/info.toml`.
pub fn find_kit_root(explicit: Option<&Path>, start: &Path) -> KitResult<PathBuf> {
    if let Some(root) = explicit {
        let root = if root.is_absolute() {
            root.to_path_buf()
        } else {
            start.join(root)
        };
        if root.join(INFO_FILE).is_file() {
            return Ok(root);
        }
        return Err(KitError::new(crate::tr!(
            "error-not-a-kit-root",
            root = root.display().to_string()
        ))
        .with_help(crate::tr!("error-not-a-kit-root-help")));
    }
    start
        .ancestors()
        .find(|dir| dir.join(INFO_FILE).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            KitError::new(crate::tr!(
                "error-no-kit-root",
                start = start.display().to_string()
            ))
            .with_help(crate::tr!("error-no-kit-root-help"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make_kit(dir: &Path) {
        std::fs::create_dir_all(dir.join("exercises")).unwrap();
        std::fs::write(dir.join(INFO_FILE), "format_version = 1\n").unwrap();
    }

    #[test]
    fn walks_up_from_a_nested_folder() {
        let temp = tempfile::tempdir().unwrap();
        make_kit(temp.path());
        let nested = temp.path().join("exercises/01-x/src");
        std::fs::create_dir_all(&nested).unwrap();
        assert_eq!(find_kit_root(None, &nested).unwrap(), temp.path());
    }

    #[test]
    fn explicit_root_must_contain_the_info_file() {
        let temp = tempfile::tempdir().unwrap();
        let error = find_kit_root(Some(temp.path()), Path::new("/")).unwrap_err();
        assert!(error.message.contains("is not a kit root"), "{error}");
        make_kit(temp.path());
        assert_eq!(
            find_kit_root(Some(temp.path()), Path::new("/")).unwrap(),
            temp.path()
        );
    }

    #[test]
    fn reports_when_no_ancestor_is_a_kit() {
        let temp = tempfile::tempdir().unwrap();
        let error = find_kit_root(None, temp.path()).unwrap_err();
        assert!(
            error.message.starts_with("no exercises/info.toml found"),
            "{error}"
        );
        assert!(error.help.is_some());
    }
}
