//! The command line: one clap definition (help text comes from here) and one function per
//! command that ties the library modules together. Exit codes: 0 success, 1 a grade or
//! verify that did not pass, 2 a usage or environment error.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app_state::{AppState, KIT_DIR};
use crate::check_run::Progress;
use crate::embedded;
use crate::error::{KitError, KitResult};
use crate::exercise::{Side, package_dir, resolve};
use crate::grade::{DEFAULT_TIME_LIMIT, GradeReport, Grader, grade_all};
use crate::grading_dir::GRADING_DIR;
use crate::i18n::{self, exercise_text, tr};
use crate::info_file::{ExerciseInfo, InfoFile};
use crate::kit_root::find_kit_root;
use crate::process_guard::protect_kit;
use crate::report::{CHECK_INDENT, render_classroom_json, render_human, seconds};
use crate::reset::reset;
use crate::timeline::Timelines;
use crate::timeline::terminal::Observed;
use crate::timeline::words::Words;
use crate::verify::{render as render_verify, tally, verify};

/// Graded async Rust exercises whose tests prove concurrency, plus a lint pass.
#[derive(Debug, Parser)]
#[command(name = "kit", version, about, long_about = None)]
pub struct Cli {
    /// The kit root (the folder with exercises/info.toml); found from the current folder by default
    #[arg(long, global = true, env = "KIT_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,

    /// Where kit keeps your progress and backups [default: <root>/.kit]
    #[arg(long, global = true, env = "KIT_STATE_DIR", value_name = "DIR")]
    pub state_dir: Option<PathBuf>,

    /// Where kit builds and runs grades [default: <state dir>/grading]
    #[arg(long, global = true, env = "KIT_GRADING_DIR", value_name = "DIR")]
    pub grading_dir: Option<PathBuf>,

    /// The language kit speaks [default: $KIT_LANG, else the locale's (LC_ALL, LC_MESSAGES,
    /// LANG), else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "vi", "uk"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every exercise with its topic and your progress
    List,
    /// Grade an exercise: build it, run its checks under a time limit, lint it, report
    Grade {
        /// `exercise-03`, `03`, `3` or the slug; defaults to the first exercise not done
        exercise: Option<String>,
        /// Grade every exercise
        #[arg(long, conflicts_with = "exercise")]
        all: bool,
        /// Grade the reference solution in solutions/ instead of your code
        #[arg(long)]
        solution: bool,
        /// `human` for a terminal, `json` for the GitHub Classroom autograder
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Draw the timeline of every timing and bound check, passed ones too (failed ones
        /// always show theirs)
        #[arg(long)]
        timeline: bool,
        #[command(flatten)]
        limit: TimeLimit,
    },
    /// Show the hint of an exercise
    Hint { exercise: String },
    /// Restore a whole exercise as shipped; the folder as it was is first backed up under .kit/backups/
    Reset { exercise: String },
    /// Re-grade the current exercise every time you save (q + Enter to quit)
    Watch {
        /// The exercise to start with; defaults to the first exercise not done
        exercise: Option<String>,
        #[command(flatten)]
        limit: TimeLimit,
    },
    /// Prove every starter fails as documented and every solution passes (run by CI)
    Verify {
        #[command(flatten)]
        limit: TimeLimit,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, clap::Args)]
pub struct TimeLimit {
    /// Wall-clock seconds a check may run before it is killed and reported as hung
    #[arg(long = "time-limit", value_name = "SECONDS", default_value_t = DEFAULT_TIME_LIMIT.as_secs_f64())]
    pub seconds: f64,
}

impl TimeLimit {
    fn duration(self) -> KitResult<Duration> {
        Duration::try_from_secs_f64(self.seconds)
            .ok()
            .filter(|d| !d.is_zero())
            .ok_or_else(|| {
                KitError::new(tr!("error-time-limit", seconds = self.seconds.to_string()))
            })
    }
}

/// Parses the arguments, runs the command and turns any error into exit code 2.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match i18n::choose(cli.lang.as_deref(), |name| std::env::var(name).ok()) {
        Ok(language) => i18n::set_language(language),
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    }
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(2)
        }
    }
}

/// Runs one command.
pub fn run(cli: Cli) -> KitResult<ExitCode> {
    let cwd = std::env::current_dir()
        .map_err(|e| KitError::new(tr!("error-current-folder", error = e.to_string())))?;
    let root = find_kit_root(cli.root.as_deref(), &cwd)?;
    // The exercise list is the kit's own: the learner's info.toml only marks the kit root.
    let info = embedded::info_file()?;
    let state_dir = match cli.state_dir {
        Some(dir) => cwd.join(dir),
        None => root.join(KIT_DIR),
    };
    let state_dir = state_dir.as_path();
    let grading_dir = match cli.grading_dir {
        Some(dir) => cwd.join(dir),
        None => state_dir.join(GRADING_DIR),
    };
    let progress = TerminalProgress;
    let grader = |time_limit| Grader {
        root: &root,
        grading_dir: &grading_dir,
        time_limit,
        progress: &progress,
    };
    match cli.command {
        Command::List => list(state_dir, &info),
        Command::Grade {
            exercise,
            all,
            solution,
            format,
            timeline,
            limit,
        } => {
            let side = if solution {
                Side::Solution
            } else {
                Side::Starter
            };
            let selected: Vec<&ExerciseInfo> = if all {
                if info.exercises.is_empty() {
                    return Err(no_exercise_error(&info));
                }
                info.exercises.iter().collect()
            } else {
                vec![pick_exercise(state_dir, &info, exercise.as_deref())?]
            };
            protect_kit();
            grade(
                &grader(limit.duration()?),
                state_dir,
                &selected,
                side,
                format,
                timeline,
            )
        }
        Command::Hint { exercise } => hint(&root, resolve(&info, &exercise)?),
        Command::Reset { exercise } => reset_command(&root, state_dir, resolve(&info, &exercise)?),
        Command::Watch { exercise, limit } => {
            let first = pick_exercise(state_dir, &info, exercise.as_deref())?;
            protect_kit();
            crate::watch::watch(&grader(limit.duration()?), state_dir, &info, first)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify { limit } => {
            if info.exercises.is_empty() {
                return Err(no_exercise_error(&info));
            }
            eprintln!(
                "{}",
                tr!("progress-building-verify", count = info.exercises.len())
            );
            protect_kit();
            let verdicts = verify(&grader(limit.duration()?), &info)?;
            print!("{}", render_verify(&verdicts));
            let (_, failed) = tally(&verdicts);
            Ok(if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

/// The named exercise, or the first one not done yet.
fn pick_exercise<'a>(
    state_dir: &Path,
    info: &'a InfoFile,
    query: Option<&str>,
) -> KitResult<&'a ExerciseInfo> {
    match query {
        Some(query) => resolve(info, query),
        None => AppState::load(state_dir)?.current(info).ok_or_else(|| {
            if info.exercises.is_empty() {
                no_exercise_error(info)
            } else {
                KitError::new(tr!("error-every-exercise-done"))
                    .with_help(tr!("error-every-exercise-done-help"))
            }
        }),
    }
}

fn no_exercise_error(info: &InfoFile) -> KitError {
    KitError::new(tr!(
        "error-no-exercise",
        path = info.path.display().to_string()
    ))
    .with_help(tr!("error-no-exercise-help"))
}

fn list(state_dir: &Path, info: &InfoFile) -> KitResult<ExitCode> {
    let state = AppState::load(state_dir)?;
    let rows: Vec<(&str, String, String)> = info
        .exercises
        .iter()
        .map(|e| {
            (
                e.id.as_str(),
                exercise_text(&format!("{}-title", e.id), &e.title),
                exercise_text(&format!("{}-topic", e.id), &e.topic),
            )
        })
        .collect();
    let title_width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    let topic_width = rows.iter().map(|r| r.2.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (id, title, topic) in &rows {
        let status = match state.exercises.get(*id) {
            Some(p) if p.passed => tr!("list-done", score = p.score, max = p.max_score),
            Some(p) => tr!("list-pending-scored", score = p.score, max = p.max_score),
            None => tr!("list-pending"),
        };
        out.push_str(&format!(
            "{id}  {title:<title_width$}  {topic:<topic_width$}  {status}\n"
        ));
    }
    let done = info
        .exercises
        .iter()
        .filter(|e| state.is_done(&e.id))
        .count();
    let total = info.exercises.len();
    let percent = (done * 100).checked_div(total).unwrap_or(0);
    out.push_str(&format!(
        "\n{}\n",
        tr!(
            "list-progress",
            done = done,
            total = total,
            percent = percent
        )
    ));
    if let Some(current) = state.current(info) {
        out.push_str(&format!(
            "{}\n",
            tr!("list-next", id = &current.id, slug = &current.slug)
        ));
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// Says on stderr that a check is taking long, and when kit will stop it.
struct TerminalProgress;

impl Progress for TerminalProgress {
    fn still_running(&self, check: &str, elapsed: Duration, limit: Duration) {
        eprintln!(
            "  {}",
            tr!(
                "progress-still-running",
                check = check,
                elapsed = seconds(Duration::from_secs(elapsed.as_secs())),
                limit = seconds(limit)
            )
        );
    }
}

fn grade(
    grader: &Grader<'_>,
    state_dir: &Path,
    exercises: &[&ExerciseInfo],
    side: Side,
    format: Format,
    timeline: bool,
) -> KitResult<ExitCode> {
    let names: Vec<&str> = exercises.iter().map(|e| e.id.as_str()).collect();
    eprintln!("{}", tr!("progress-building", exercises = names.join(", ")));
    let targets: Vec<(&ExerciseInfo, Side)> = exercises.iter().map(|e| (*e, side)).collect();
    let reports = grade_all(grader, &targets)?;
    if side == Side::Starter {
        let mut state = AppState::load(state_dir)?;
        for report in &reports {
            state.record(report);
        }
        state.save(state_dir)?;
    }
    let mut stdout = std::io::stdout().lock();
    match format {
        Format::Json => {
            // Compact: the Classroom step passes the whole report through a step output,
            // which GitHub caps at 1 MB, and the timelines make it large.
            let json =
                serde_json::to_string(&render_classroom_json(&reports)).expect("plain JSON values");
            writeln!(stdout, "{json}").ok();
        }
        Format::Human => {
            let timelines = Timelines {
                look: Observed::now().look(CHECK_INDENT),
                words: Words::current(),
                passed_too: timeline,
            };
            for report in &reports {
                writeln!(stdout, "{}", render_human(report, &timelines)).ok();
            }
            if reports.len() > 1 {
                let passed = reports.iter().filter(|r| r.passed()).count();
                writeln!(
                    stdout,
                    "{}",
                    tr!(
                        "report-all-total",
                        passed = passed,
                        failed = reports.len() - passed
                    )
                )
                .ok();
            }
        }
    }
    Ok(if reports.iter().all(GradeReport::passed) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn hint(root: &Path, exercise: &ExerciseInfo) -> KitResult<ExitCode> {
    let readme = readme_in(
        &package_dir(root, exercise, Side::Starter),
        i18n::language(),
    );
    let readme = readme.strip_prefix(root).unwrap_or(&readme);
    let hint = exercise_text(&format!("{}-hint", exercise.id), exercise.hint.trim());
    println!(
        "{} · {}\n\n{}\n\n{}\n{}",
        exercise.id,
        exercise_text(&format!("{}-title", exercise.id), &exercise.title),
        tr!("hint-hint", hint = hint),
        tr!("hint-concept", readme = readme.display().to_string()),
        tr!("hint-seed", seed = &exercise.seed)
    );
    Ok(ExitCode::SUCCESS)
}

/// The exercise README in `language` (`README.vi.md`) when the exercise folder `dir` has one,
/// else the English `README.md`.
fn readme_in(dir: &Path, language: i18n::Language) -> PathBuf {
    let translated = dir.join(format!("README.{}.md", language.code()));
    if language != i18n::Language::English && translated.is_file() {
        translated
    } else {
        dir.join("README.md")
    }
}

fn reset_command(root: &Path, state_dir: &Path, exercise: &ExerciseInfo) -> KitResult<ExitCode> {
    let shipped = embedded::exercise(&exercise.dir).ok_or_else(|| {
        KitError::new(tr!("error-not-embedded", id = &exercise.id))
            .with_help(tr!("error-not-embedded-help"))
    })?;
    let outcome = reset(root, state_dir, exercise, shipped)?;
    let mut state = AppState::load(state_dir)?;
    state.exercises.remove(&exercise.id);
    state.save(state_dir)?;
    println!(
        "{}",
        tr!(
            "reset-restored",
            id = &exercise.id,
            files = outcome.restored_files
        )
    );
    if let Some(backup) = outcome.backup {
        let backup = backup.strip_prefix(root).unwrap_or(&backup);
        println!(
            "{}",
            tr!("reset-backup", path = backup.display().to_string())
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_hint_points_to_the_readme_in_the_learners_language() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("README.md"), "# English").unwrap();
        std::fs::write(dir.path().join("README.vi.md"), "# Tiếng Việt").unwrap();
        let readme = |language| readme_in(dir.path(), language);
        assert_eq!(
            readme(i18n::Language::Vietnamese),
            dir.path().join("README.vi.md")
        );
        assert_eq!(
            readme(i18n::Language::English),
            dir.path().join("README.md")
        );
        // No Ukrainian README in this folder: the English one.
        assert_eq!(
            readme(i18n::Language::Ukrainian),
            dir.path().join("README.md")
        );
    }

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_grade_options() {
        let cli = Cli::try_parse_from([
            "kit",
            "--root",
            "/k",
            "grade",
            "03",
            "--solution",
            "--format",
            "json",
            "--time-limit",
            "2.5",
        ])
        .unwrap();
        assert_eq!(cli.root.as_deref(), Some(Path::new("/k")));
        let Command::Grade {
            exercise,
            all,
            solution,
            format,
            timeline,
            limit,
        } = cli.command
        else {
            panic!("not a grade command");
        };
        assert_eq!(
            (exercise.as_deref(), all, solution, format, timeline),
            (Some("03"), false, true, Format::Json, false)
        );
        assert_eq!(limit.duration().unwrap(), Duration::from_millis(2500));
    }

    #[test]
    fn grade_all_and_a_name_are_exclusive_and_limits_must_be_positive() {
        assert!(Cli::try_parse_from(["kit", "grade", "03", "--all"]).is_err());
        let cli = Cli::try_parse_from(["kit", "verify", "--time-limit", "0"]).unwrap();
        let Command::Verify { limit } = cli.command else {
            panic!()
        };
        assert!(
            limit
                .duration()
                .unwrap_err()
                .message
                .contains("not a positive number")
        );
    }
}
