//! The learner's progress: `state.json` in kit's own folder, `.kit/` in the kit root by
//! default (git-ignored, never a tracked file). It records the latest grade of each
//! exercise; `kit list` and `kit watch` read it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::error::{KitError, KitResult};
use crate::grade::GradeReport;
use crate::info_file::InfoFile;

/// The default folder, relative to the kit root, for kit's own files (state, backups).
pub const KIT_DIR: &str = ".kit";
const STATE_FILE: &str = "state.json";
const STATE_VERSION: u32 = 1;

/// The latest grade of one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub passed: bool,
    pub score: u32,
    pub max_score: u32,
    /// Seconds since the Unix epoch.
    pub graded_at: u64,
}

/// Every exercise's progress, keyed by exercise id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppState {
    pub version: u32,
    #[serde(default)]
    pub exercises: BTreeMap<String, Progress>,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            version: STATE_VERSION,
            exercises: BTreeMap::new(),
        }
    }
}

impl AppState {
    /// The state file inside kit's folder `state_dir` (normally `<root>/.kit`).
    pub fn path(state_dir: &Path) -> PathBuf {
        state_dir.join(STATE_FILE)
    }

    /// Reads the state; a kit that was never graded has an empty one.
    pub fn load(state_dir: &Path) -> KitResult<Self> {
        let path = Self::path(state_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(KitError::io("read", &path, &e)),
        };
        serde_json::from_str(&text).map_err(|e| {
            KitError::new(format!("{}:{}: {e}", path.display(), e.line())).with_help(crate::tr!(
                "error-progress-damaged-help",
                path = path.display().to_string()
            ))
        })
    }

    /// Writes the state atomically (a temporary file renamed over the old one), so an
    /// interrupted kit never leaves half a file behind.
    pub fn save(&self, state_dir: &Path) -> KitResult<()> {
        let path = Self::path(state_dir);
        let dir = state_dir;
        std::fs::create_dir_all(dir).map_err(|e| KitError::io("create", dir, &e))?;
        let temporary = dir.join(format!("{STATE_FILE}.tmp"));
        let text = serde_json::to_string_pretty(self).expect("the state is plain data");
        std::fs::write(&temporary, text + "\n")
            .map_err(|e| KitError::io("write", &temporary, &e))?;
        std::fs::rename(&temporary, &path).map_err(|e| KitError::io("write", &path, &e))
    }

    /// Records the learner's latest grade of an exercise.
    pub fn record(&mut self, report: &GradeReport) {
        self.exercises.insert(
            report.exercise_id.clone(),
            Progress {
                passed: report.passed(),
                score: report.score(),
                max_score: report.max_score(),
                graded_at: now_unix(),
            },
        );
    }

    pub fn is_done(&self, id: &str) -> bool {
        self.exercises.get(id).is_some_and(|p| p.passed)
    }

    /// The first exercise of the list that is not done yet.
    pub fn current<'a>(&self, info: &'a InfoFile) -> Option<&'a crate::info_file::ExerciseInfo> {
        info.exercises.iter().find(|e| !self.is_done(&e.id))
    }
}

pub fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::tests::sample_report;

    #[test]
    fn round_trips_through_the_file() {
        let temp = tempfile::tempdir().unwrap();
        let mut state = AppState::default();
        state.record(&sample_report());
        state.save(temp.path()).unwrap();
        let loaded = AppState::load(temp.path()).unwrap();
        assert_eq!(loaded, state);
        let progress = &loaded.exercises["exercise-01"];
        assert_eq!(
            (progress.passed, progress.score, progress.max_score),
            (false, 2, 10)
        );
        assert!(!temp.path().join("state.json.tmp").exists());
    }

    #[test]
    fn a_missing_file_is_an_empty_state() {
        let temp = tempfile::tempdir().unwrap();
        assert_eq!(AppState::load(temp.path()).unwrap(), AppState::default());
    }

    #[test]
    fn a_damaged_file_is_reported_with_its_line() {
        let temp = tempfile::tempdir().unwrap();
        std::fs::write(
            AppState::path(temp.path()),
            "{\n  \"version\": 1,\n  oops\n}",
        )
        .unwrap();
        let error = AppState::load(temp.path()).unwrap_err();
        assert!(error.message.contains("state.json:3:"), "{error}");
        assert!(error.help.unwrap().contains("delete"));
    }

    #[test]
    fn the_latest_grade_wins_and_decides_done() {
        let mut state = AppState::default();
        let mut report = sample_report();
        state.record(&report);
        assert!(!state.is_done("exercise-01"));
        for check in &mut report.checks {
            check.status = crate::grade::CheckStatus::Passed;
        }
        state.record(&report);
        assert!(state.is_done("exercise-01"));
        assert_eq!(state.exercises["exercise-01"].score, 10);
    }
}
