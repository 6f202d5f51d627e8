//! The pristine starters embedded in the kit binary at build time (see build.rs) and
//! `kit reset`, which restores one after copying the learner's `src/` to a timestamped
//! backup under `.kit/backups/`: a learner's work is never silently lost.

use std::path::{Path, PathBuf};

use crate::app_state::now_unix;
use crate::error::{KitError, KitResult};
use crate::info_file::ExerciseInfo;

/// One file of a starter, relative to the exercise folder (`src/lib.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedFile {
    pub path: &'static str,
    pub contents: &'static [u8],
}

/// The `src/` of one exercise as shipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedStarter {
    pub dir: &'static str,
    pub files: &'static [EmbeddedFile],
}

/// Every starter that existed when this kit binary was built.
pub static EMBEDDED_STARTERS: &[EmbeddedStarter] =
    include!(concat!(env!("OUT_DIR"), "/embedded_starters.rs"));

/// The embedded starter of the exercise in folder `dir`.
pub fn embedded_starter(dir: &str) -> Option<&'static EmbeddedStarter> {
    EMBEDDED_STARTERS.iter().find(|s| s.dir == dir)
}

/// What `kit reset` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetOutcome {
    /// Where the learner's previous `src/` was copied, if there was one.
    pub backup: Option<PathBuf>,
    pub restored_files: usize,
}

/// Restores `starter` into the exercise folder under `root`, after backing up its `src/`
/// to `backups/` in kit's folder `state_dir` (normally `<root>/.kit`).
pub fn reset(
    root: &Path,
    state_dir: &Path,
    exercise: &ExerciseInfo,
    starter: &EmbeddedStarter,
) -> KitResult<ResetOutcome> {
    let exercise_dir = root.join("exercises").join(&exercise.dir);
    let src = exercise_dir.join("src");
    let backup = if src.exists() {
        let backup = unique_backup_dir(state_dir, &exercise.id);
        copy_tree(&src, &backup.join("src"))?;
        // Only after the copy is complete may the learner's files go away.
        std::fs::remove_dir_all(&src).map_err(|e| KitError::io("remove", &src, &e))?;
        Some(backup)
    } else {
        None
    };
    for file in starter.files {
        let target = exercise_dir.join(file.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| KitError::io("create", parent, &e))?;
        }
        std::fs::write(&target, file.contents).map_err(|e| KitError::io("write", &target, &e))?;
    }
    Ok(ResetOutcome {
        backup,
        restored_files: starter.files.len(),
    })
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

fn copy_tree(from: &Path, to: &Path) -> KitResult<()> {
    std::fs::create_dir_all(to).map_err(|e| KitError::io("create", to, &e))?;
    let entries = std::fs::read_dir(from).map_err(|e| KitError::io("read", from, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| KitError::io("read", from, &e))?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        if source.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(|e| KitError::io("back up", &source, &e))?;
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

    fn exercise() -> ExerciseInfo {
        crate::info_file::sample_exercise(7, "race")
    }

    static STARTER: EmbeddedStarter = EmbeddedStarter {
        dir: "07-race",
        files: &[
            EmbeddedFile {
                path: "src/lib.rs",
                contents: b"// TODO: race them\n",
            },
            EmbeddedFile {
                path: "src/net/mod.rs",
                contents: b"pub fn f() {}\n",
            },
        ],
    };

    #[test]
    fn backs_up_the_learner_code_then_restores_the_starter() {
        let temp = tempfile::tempdir().unwrap();
        let src = temp.path().join("exercises/07-race/src");
        std::fs::create_dir_all(src.join("extra")).unwrap();
        std::fs::write(src.join("lib.rs"), "my attempt").unwrap();
        std::fs::write(src.join("extra/helper.rs"), "my helper").unwrap();

        let outcome = reset(
            temp.path(),
            &temp.path().join(".kit"),
            &exercise(),
            &STARTER,
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
        assert_eq!(
            std::fs::read_to_string(backup.join("src/lib.rs")).unwrap(),
            "my attempt"
        );
        assert_eq!(
            std::fs::read_to_string(backup.join("src/extra/helper.rs")).unwrap(),
            "my helper"
        );
        assert_eq!(
            std::fs::read_to_string(src.join("lib.rs")).unwrap(),
            "// TODO: race them\n"
        );
        assert_eq!(
            std::fs::read_to_string(src.join("net/mod.rs")).unwrap(),
            "pub fn f() {}\n"
        );
        assert!(
            !src.join("extra").exists(),
            "files the starter does not have are removed"
        );
        assert_eq!(outcome.restored_files, 2);
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
                &STARTER,
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
    fn no_src_means_nothing_to_back_up() {
        let temp = tempfile::tempdir().unwrap();
        let outcome = reset(
            temp.path(),
            &temp.path().join(".kit"),
            &exercise(),
            &STARTER,
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
