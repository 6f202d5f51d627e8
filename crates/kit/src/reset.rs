//! `kit reset`: restores a whole exercise folder (its `src/`, its tests, its Cargo.toml, its
//! README) from the copy embedded in kit, after copying the folder as it was to a timestamped
//! backup under `.kit/backups/`: a learner's work is never silently lost.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::app_state::now_unix;
use crate::embedded::EmbeddedExercise;
use crate::error::{KitError, KitResult};
use crate::info_file::ExerciseInfo;

/// What `kit reset` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetOutcome {
    /// Where the exercise folder as it was was copied, if there was one.
    pub backup: Option<PathBuf>,
    pub restored_files: usize,
    /// Files that were not kit's and were moved out (they are in the backup).
    pub removed_files: usize,
}

/// Restores `embedded` into the exercise folder under `root`, after backing the folder up to
/// `backups/` in kit's folder `state_dir` (normally `<root>/.kit`). Each file is replaced by
/// a rename, so an interrupted reset leaves whole files only.
pub fn reset(
    root: &Path,
    state_dir: &Path,
    exercise: &ExerciseInfo,
    embedded: &EmbeddedExercise,
) -> KitResult<ResetOutcome> {
    let exercise_dir = root.join("exercises").join(&exercise.dir);
    let backup = if has_entries(&exercise_dir) {
        let backup = unique_backup_dir(state_dir, &exercise.id);
        copy_tree(&exercise_dir, &backup)?;
        Some(backup)
    } else {
        None
    };
    // Only after the copy is complete may anything in the folder change.
    let mut kept = BTreeSet::new();
    for file in embedded.all_files() {
        let target = exercise_dir.join(file.path);
        write_atomically(&target, file.contents)?;
        kept.insert(PathBuf::from(file.path));
    }
    let removed_files = remove_others(&exercise_dir, &exercise_dir, &kept)?;
    Ok(ResetOutcome {
        backup,
        restored_files: kept.len(),
        removed_files,
    })
}

fn has_entries(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

fn write_atomically(target: &Path, contents: &[u8]) -> KitResult<()> {
    let parent = target.parent().expect("a file below the exercise folder");
    if std::fs::symlink_metadata(parent).is_ok_and(|m| !m.is_dir()) {
        std::fs::remove_file(parent).map_err(|e| KitError::io("remove", parent, &e))?;
    }
    std::fs::create_dir_all(parent).map_err(|e| KitError::io("create", parent, &e))?;
    let temporary = target.with_extension("kit-reset-tmp");
    let mut file =
        std::fs::File::create(&temporary).map_err(|e| KitError::io("write", &temporary, &e))?;
    file.write_all(contents)
        .map_err(|e| KitError::io("write", &temporary, &e))?;
    drop(file);
    if std::fs::symlink_metadata(target).is_ok_and(|m| m.is_dir()) {
        std::fs::remove_dir_all(target).map_err(|e| KitError::io("remove", target, &e))?;
    }
    std::fs::rename(&temporary, target).map_err(|e| KitError::io("write", target, &e))
}

/// Removes what is below `dir` and not in `keep` (paths relative to `base`); returns how many
/// files went.
fn remove_others(dir: &Path, base: &Path, keep: &BTreeSet<PathBuf>) -> KitResult<usize> {
    let mut removed = 0;
    let entries = std::fs::read_dir(dir).map_err(|e| KitError::io("read", dir, &e))?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let relative = path.strip_prefix(base).unwrap_or(&path).to_path_buf();
        let is_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if is_dir && keep.iter().any(|k| k.starts_with(&relative)) {
            removed += remove_others(&path, base, keep)?;
        } else if !keep.contains(&relative) {
            let result = if is_dir {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            result.map_err(|e| KitError::io("remove", &path, &e))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// `backups/<id>-<UTC timestamp>` in `state_dir`, with a counter if that already exists.
fn unique_backup_dir(state_dir: &Path, id: &str) -> PathBuf {
    let backups = state_dir.join("backups");
    let stamp = utc_timestamp(now_unix());
    let first = backups.join(format!("{id}-{stamp}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| backups.join(format!("{id}-{stamp}-{n}")))
        .find(|candidate| !candidate.exists())
        .expect("some counter is free")
}

/// Copies `from` to `to`; a symlink is copied as a symlink (never followed), so a link to a
/// huge folder does not turn a backup into a copy of the disk.
fn copy_tree(from: &Path, to: &Path) -> KitResult<()> {
    std::fs::create_dir_all(to).map_err(|e| KitError::io("create", to, &e))?;
    let entries = std::fs::read_dir(from).map_err(|e| KitError::io("read", from, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| KitError::io("read", from, &e))?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry
            .file_type()
            .map_err(|e| KitError::io("read", &source, &e))?;
        if kind.is_symlink() {
            #[cfg(unix)]
            {
                let link = std::fs::read_link(&source)
                    .map_err(|e| KitError::io("back-up", &source, &e))?;
                std::os::unix::fs::symlink(link, &target)
                    .map_err(|e| KitError::io("back-up", &source, &e))?;
            }
        } else if kind.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(|e| KitError::io("back-up", &source, &e))?;
        }
    }
    Ok(())
}

/// `YYYYMMDD-HHMMSS` in UTC for a Unix time (civil-from-days, proleptic Gregorian).
pub fn utc_timestamp(unix_seconds: u64) -> String {
    let days = (unix_seconds / 86_400) as i64;
    let seconds_of_day = unix_seconds % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        seconds_of_day / 3600,
        seconds_of_day % 3600 / 60,
        seconds_of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::EmbeddedFile;

    fn exercise() -> ExerciseInfo {
        crate::info_file::sample_exercise(7, "race")
    }

    static EXERCISE: EmbeddedExercise = EmbeddedExercise {
        dir: "07-race",
        own_files: &[
            EmbeddedFile {
                path: "tests/grade.rs",
                contents: b"// the kit's tests\n",
            },
            EmbeddedFile {
                path: "Cargo.toml",
                contents: b"[package]\n",
            },
        ],
        starter: &[
            EmbeddedFile {
                path: "src/lib.rs",
                contents: b"// TODO: race them\n",
            },
            EmbeddedFile {
                path: "src/net/mod.rs",
                contents: b"pub fn f() {}\n",
            },
        ],
        solution_manifest: None,
    };

    #[test]
    fn backs_up_the_whole_exercise_then_restores_every_file() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().join("exercises/07-race");
        std::fs::create_dir_all(dir.join("src/extra")).unwrap();
        std::fs::create_dir_all(dir.join("tests")).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "my attempt").unwrap();
        std::fs::write(dir.join("src/extra/helper.rs"), "my helper").unwrap();
        std::fs::write(dir.join("tests/grade.rs"), "// emptied").unwrap();
        std::fs::write(dir.join("asynclint.toml"), "[rules]").unwrap();

        let outcome = reset(
            temp.path(),
            &temp.path().join(".kit"),
            &exercise(),
            &EXERCISE,
        )
        .unwrap();

        let backup = outcome.backup.unwrap();
        assert!(backup.starts_with(temp.path().join(".kit/backups")));
        assert!(
            backup
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("exercise-07-")
        );
        for (path, text) in [
            ("src/lib.rs", "my attempt"),
            ("src/extra/helper.rs", "my helper"),
            ("tests/grade.rs", "// emptied"),
            ("asynclint.toml", "[rules]"),
        ] {
            assert_eq!(std::fs::read_to_string(backup.join(path)).unwrap(), text);
        }
        assert_eq!(
            std::fs::read_to_string(dir.join("src/lib.rs")).unwrap(),
            "// TODO: race them\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("src/net/mod.rs")).unwrap(),
            "pub fn f() {}\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("tests/grade.rs")).unwrap(),
            "// the kit's tests\n"
        );
        assert!(
            !dir.join("src/extra").exists(),
            "files the kit does not have are removed"
        );
        assert!(!dir.join("asynclint.toml").exists());
        assert_eq!(outcome.restored_files, 4);
        assert_eq!(outcome.removed_files, 2);
    }

    #[test]
    fn two_resets_in_the_same_second_keep_both_backups() {
        let temp = tempfile::tempdir().unwrap();
        let src = temp.path().join("exercises/07-race/src");
        std::fs::create_dir_all(&src).unwrap();
        let reset_now = || {
            reset(
                temp.path(),
                &temp.path().join(".kit"),
                &exercise(),
                &EXERCISE,
            )
            .unwrap()
            .backup
            .unwrap()
        };
        std::fs::write(src.join("lib.rs"), "first").unwrap();
        let first = reset_now();
        std::fs::write(src.join("lib.rs"), "second").unwrap();
        let second = reset_now();
        assert_ne!(first, second);
        assert_eq!(
            std::fs::read_to_string(first.join("src/lib.rs")).unwrap(),
            "first"
        );
        assert_eq!(
            std::fs::read_to_string(second.join("src/lib.rs")).unwrap(),
            "second"
        );
    }

    #[test]
    fn a_missing_exercise_folder_means_nothing_to_back_up() {
        let temp = tempfile::tempdir().unwrap();
        let outcome = reset(
            temp.path(),
            &temp.path().join(".kit"),
            &exercise(),
            &EXERCISE,
        )
        .unwrap();
        assert_eq!(outcome.backup, None);
        assert!(temp.path().join("exercises/07-race/src/lib.rs").exists());
    }

    #[test]
    fn utc_timestamps_are_calendar_dates() {
        assert_eq!(utc_timestamp(0), "19700101-000000");
        assert_eq!(utc_timestamp(951_782_400), "20000229-000000");
        assert_eq!(utc_timestamp(1_795_457_655), "20261123-181415");
    }
}
