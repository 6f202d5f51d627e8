//! Reads and validates `exercises/info.toml`, the list of exercises (format documented in
//! the file's header comment). Every problem is reported with the file and the line of the
//! offending table, so an author can fix it without guessing.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{KitError, KitResult};

/// The only format of info.toml this kit understands.
pub const FORMAT_VERSION: u32 = 1;

/// What a check proves, and so which way a starter is allowed to fail it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckKind {
    Timing,
    Bound,
    Stall,
    Lint,
    Behaviour,
}

impl CheckKind {
    /// Every kind of check.
    pub const ALL: [CheckKind; 5] = [
        CheckKind::Timing,
        CheckKind::Bound,
        CheckKind::Stall,
        CheckKind::Lint,
        CheckKind::Behaviour,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Timing => "timing",
            CheckKind::Bound => "bound",
            CheckKind::Stall => "stall",
            CheckKind::Lint => "lint",
            CheckKind::Behaviour => "behaviour",
        }
    }
}

impl fmt::Display for CheckKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One graded check: a `#[test]` in the exercise's tests/grade.rs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub test: String,
    pub kind: CheckKind,
    pub points: u32,
    pub teaches: String,
}

/// One exercise as listed in info.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseInfo {
    pub id: String,
    /// The number in the id (`exercise-03` → 3).
    pub number: u32,
    pub slug: String,
    pub dir: String,
    pub title: String,
    pub topic: String,
    pub seed: String,
    pub hint: String,
    pub starter_fails: Vec<CheckKind>,
    pub lint_points: u32,
    pub checks: Vec<Check>,
    /// Files in `src/` that belong to the kit, not the learner (`src/legacy.rs`): grading
    /// always uses the kit's copy.
    pub support: Vec<String>,
    /// asynclint's help replaced, per rule, where the generic advice would mislead here.
    pub lint_help: BTreeMap<String, String>,
    /// The 1-based line of the `[[exercises]]` table, for messages about it.
    pub line: usize,
}

impl ExerciseInfo {
    /// The cargo package of the starter (`exercise-03`).
    pub fn starter_package(&self) -> String {
        self.id.clone()
    }

    /// The cargo package of the reference solution (`solution-03`).
    pub fn solution_package(&self) -> String {
        format!("solution-{:02}", self.number)
    }

    /// Points for the checks plus the lint pass.
    pub fn max_score(&self) -> u32 {
        self.checks.iter().map(|c| c.points).sum::<u32>() + self.lint_points
    }
}

/// The parsed and validated exercise list.
#[derive(Debug, Clone)]
pub struct InfoFile {
    pub path: PathBuf,
    pub exercises: Vec<ExerciseInfo>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInfoFile {
    format_version: Spanned<u32>,
    #[serde(default)]
    exercises: Vec<Spanned<RawExercise>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    id: String,
    slug: String,
    dir: String,
    title: String,
    topic: String,
    seed: String,
    hint: String,
    starter_fails: Vec<CheckKind>,
    lint_points: u32,
    #[serde(default)]
    checks: Vec<Check>,
    #[serde(default)]
    support: Vec<String>,
    #[serde(default)]
    lint_help: BTreeMap<String, String>,
}

impl InfoFile {
    /// Reads and validates the info file at `path`.
    pub fn load(path: &Path) -> KitResult<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| KitError::io("read", path, &e))?;
        Self::parse(&text, path)
    }

    /// Parses and validates `text`; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> KitResult<Self> {
        let located = |offset: usize, message: String| {
            KitError::new(format!(
                "{}:{}: {message}",
                path.display(),
                line_of(text, offset)
            ))
        };
        let raw: RawInfoFile = toml::from_str(text).map_err(|error| {
            let offset = error.span().map_or(0, |span| span.start);
            located(offset, error.message().trim().to_string())
                .with_help("see the format described in the comment at the top of info.toml")
        })?;
        if *raw.format_version.get_ref() != FORMAT_VERSION {
            return Err(located(
                raw.format_version.span().start,
                format!(
                    "format_version {} is not supported: this kit reads version {FORMAT_VERSION}",
                    raw.format_version.get_ref()
                ),
            ));
        }

        let mut exercises = Vec::with_capacity(raw.exercises.len());
        let mut ids = HashSet::new();
        let mut slugs = HashSet::new();
        for spanned in raw.exercises {
            let offset = spanned.span().start;
            let exercise = validate_exercise(spanned.into_inner(), line_of(text, offset))
                .map_err(|message| located(offset, message))?;
            if !ids.insert(exercise.id.clone()) {
                return Err(located(offset, format!("duplicate id `{}`", exercise.id)));
            }
            if !slugs.insert(exercise.slug.clone()) {
                return Err(located(
                    offset,
                    format!("duplicate slug `{}`", exercise.slug),
                ));
            }
            exercises.push(exercise);
        }
        Ok(Self {
            path: path.to_path_buf(),
            exercises,
        })
    }
}

/// Checks one exercise table; the error is the message without its location.
fn validate_exercise(raw: RawExercise, line: usize) -> Result<ExerciseInfo, String> {
    let number = raw
        .id
        .strip_prefix("exercise-")
        .filter(|digits| digits.len() >= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse::<u32>().ok())
        .ok_or_else(|| format!("id `{}` must look like `exercise-NN`", raw.id))?;
    let context = format!("exercise `{}`", raw.id);
    if !is_kebab_case(&raw.slug) {
        return Err(format!(
            "{context}: slug `{}` must be kebab-case (lowercase letters, digits, dashes)",
            raw.slug
        ));
    }
    let expected_dir = format!("{number:02}-{}", raw.slug);
    if raw.dir != expected_dir {
        return Err(format!(
            "{context}: dir `{}` does not match the id and slug (expected `{expected_dir}`)",
            raw.dir
        ));
    }
    for (field, value) in [
        ("title", &raw.title),
        ("topic", &raw.topic),
        ("seed", &raw.seed),
        ("hint", &raw.hint),
    ] {
        if value.trim().is_empty() {
            return Err(format!("{context}: `{field}` is empty"));
        }
    }
    if raw.checks.is_empty() {
        return Err(format!(
            "{context}: no [[exercises.checks]]: an exercise needs at least one graded test"
        ));
    }
    let mut tests = HashSet::new();
    for check in &raw.checks {
        if !is_rust_identifier(&check.test) {
            return Err(format!(
                "{context}: check `{}` is not a test function name",
                check.test
            ));
        }
        if !tests.insert(check.test.as_str()) {
            return Err(format!("{context}: check `{}` is listed twice", check.test));
        }
        if check.teaches.trim().is_empty() {
            return Err(format!(
                "{context}: check `{}` has no `teaches` line",
                check.test
            ));
        }
    }
    for path in &raw.support {
        let inside_src = path.starts_with("src/")
            && path.ends_with(".rs")
            && !path.split('/').any(|part| part == ".." || part.is_empty());
        if !inside_src || path == "src/lib.rs" {
            return Err(format!(
                "{context}: support file `{path}` must be a `.rs` file below `src/` other than \
                 `src/lib.rs`"
            ));
        }
    }
    if raw.starter_fails.is_empty() {
        return Err(format!(
            "{context}: `starter_fails` is empty: say which kind of check the starter fails"
        ));
    }
    for kind in &raw.starter_fails {
        let provable = raw.checks.iter().any(|c| c.kind == *kind)
            || (*kind == CheckKind::Lint && raw.lint_points > 0);
        if !provable {
            return Err(format!(
                "{context}: starter_fails lists `{kind}` but no check of that kind exists{}",
                if *kind == CheckKind::Lint {
                    " (set lint_points above 0)"
                } else {
                    ""
                }
            ));
        }
    }
    Ok(ExerciseInfo {
        id: raw.id,
        number,
        slug: raw.slug,
        dir: raw.dir,
        title: raw.title,
        topic: raw.topic,
        seed: raw.seed,
        hint: raw.hint,
        starter_fails: raw.starter_fails,
        lint_points: raw.lint_points,
        checks: raw.checks,
        support: raw.support,
        lint_help: raw.lint_help,
        line,
    })
}

/// The 1-based line containing byte `offset` of `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn is_kebab_case(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_rust_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A minimal valid exercise for other modules' unit tests: one timing check, no lint points.
#[cfg(test)]
pub(crate) fn sample_exercise(number: u32, slug: &str) -> ExerciseInfo {
    ExerciseInfo {
        id: format!("exercise-{number:02}"),
        number,
        slug: slug.to_string(),
        dir: format!("{number:02}-{slug}"),
        title: "t".into(),
        topic: "t".into(),
        seed: "s".into(),
        hint: "h".into(),
        starter_fails: vec![CheckKind::Timing],
        lint_points: 0,
        checks: vec![Check {
            test: "t".into(),
            kind: CheckKind::Timing,
            points: 1,
            teaches: "t".into(),
        }],
        support: Vec::new(),
        lint_help: BTreeMap::new(),
        line: 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = r#"format_version = 1

[[exercises]]
id = "exercise-01"
slug = "sequential-to-concurrent"
dir = "01-sequential-to-concurrent"
title = "Ten users at once"
topic = "concurrent awaits"
seed = "Sync vs async, section 2"
hint = "join the futures instead of awaiting them one by one"
starter_fails = ["timing"]
lint_points = 2

[[exercises.checks]]
test = "ten_users_take_half_a_second"
kind = "timing"
points = 5
teaches = "ten independent calls should overlap"

[[exercises]]
id = "exercise-02"
slug = "forgotten-await"
dir = "02-forgotten-await"
title = "The lazy future"
topic = "futures are lazy"
seed = "Sync vs async, section 3"
hint = "a future does nothing until awaited"
starter_fails = ["behaviour", "lint"]
lint_points = 3

[[exercises.checks]]
test = "the_email_is_sent"
kind = "behaviour"
points = 4
teaches = "a future that is never awaited never runs"
"#;

    fn parse(text: &str) -> KitResult<InfoFile> {
        InfoFile::parse(text, Path::new("exercises/info.toml"))
    }

    #[test]
    fn parses_a_valid_file() {
        let info = parse(VALID).unwrap();
        assert_eq!(info.exercises.len(), 2);
        let first = &info.exercises[0];
        assert_eq!(first.number, 1);
        assert_eq!(
            first.line, 3,
            "the line of the table's `[[exercises]]` header"
        );
        assert_eq!(first.solution_package(), "solution-01");
        assert_eq!(first.max_score(), 7);
        assert_eq!(
            info.exercises[1].starter_fails,
            [CheckKind::Behaviour, CheckKind::Lint]
        );
    }

    #[test]
    fn an_empty_list_is_valid() {
        assert!(parse("format_version = 1\n").unwrap().exercises.is_empty());
    }

    #[test]
    fn syntax_errors_name_the_file_and_line() {
        let broken = VALID.replace("lint_points = 3", "lint_points = = 3");
        let error = parse(&broken).unwrap_err();
        let line = VALID.lines().position(|l| l == "lint_points = 3").unwrap() + 1;
        assert!(
            error
                .message
                .starts_with(&format!("exercises/info.toml:{line}:")),
            "{error}"
        );
    }

    #[test]
    fn unknown_fields_and_kinds_are_rejected_with_their_line() {
        let typo = VALID.replace("teaches = \"a future", "teachs = \"a future");
        let error = parse(&typo).unwrap_err();
        assert!(error.message.contains("teachs"), "{error}");

        let kind = VALID.replace("kind = \"behaviour\"", "kind = \"speed\"");
        let error = parse(&kind).unwrap_err();
        let line = VALID
            .lines()
            .position(|l| l == "kind = \"behaviour\"")
            .unwrap()
            + 1;
        assert!(error.message.contains("speed"), "{error}");
        assert!(
            error
                .message
                .starts_with(&format!("exercises/info.toml:{line}:")),
            "{error}"
        );
    }

    #[test]
    fn a_dir_that_does_not_match_the_id_is_reported_at_its_table() {
        let text = VALID.replace(
            "dir = \"02-forgotten-await\"",
            "dir = \"03-forgotten-await\"",
        );
        let error = parse(&text).unwrap_err();
        assert!(
            error.message.contains("expected `02-forgotten-await`"),
            "{error}"
        );
        // The header line, just above `id = "exercise-02"`.
        let table_line = VALID
            .lines()
            .position(|l| l == "id = \"exercise-02\"")
            .unwrap();
        assert!(
            error
                .message
                .starts_with(&format!("exercises/info.toml:{table_line}:")),
            "{error}"
        );
    }

    #[test]
    fn rejects_bad_ids_duplicates_and_unprovable_starter_failures() {
        let cases = [
            (
                VALID.replace("\"exercise-02\"", "\"ex-2\""),
                "must look like `exercise-NN`",
            ),
            (
                VALID.replace("\"exercise-02\"", "\"exercise-2\""),
                "must look like",
            ),
            (
                VALID
                    .replace("\"exercise-02\"", "\"exercise-01\"")
                    .replace("02-forgotten-await", "01-forgotten-await"),
                "duplicate id",
            ),
            (
                VALID.replace(
                    "starter_fails = [\"timing\"]",
                    "starter_fails = [\"bound\"]",
                ),
                "no check of that kind",
            ),
            (
                VALID.replace("lint_points = 3", "lint_points = 0"),
                "set lint_points above 0",
            ),
            (
                VALID.replace("starter_fails = [\"timing\"]", "starter_fails = []"),
                "is empty",
            ),
            (
                VALID.replace(
                    "hint = \"a future does nothing until awaited\"",
                    "hint = \" \"",
                ),
                "`hint` is empty",
            ),
            (
                VALID
                    .replace("Forgotten", "x")
                    .replace("slug = \"forgotten-await\"", "slug = \"Forgotten\""),
                "kebab-case",
            ),
            (
                VALID.replace("format_version = 1", "format_version = 2"),
                "not supported",
            ),
            (
                VALID.replace("test = \"the_email_is_sent\"", "test = \"the email\""),
                "not a test function name",
            ),
            (
                VALID.replace(
                    "lint_points = 3",
                    "lint_points = 3\nsupport = [\"../x.rs\"]",
                ),
                "support file `../x.rs`",
            ),
        ];
        for (text, expected) in cases {
            let error = parse(&text).unwrap_err();
            assert!(
                error.message.contains(expected),
                "expected {expected:?} in: {error}"
            );
        }
    }

    #[test]
    fn a_check_listed_twice_is_rejected() {
        let text = VALID.replace(
            "[[exercises]]\nid = \"exercise-02\"",
            "[[exercises.checks]]\ntest = \"ten_users_take_half_a_second\"\nkind = \"timing\"\npoints = 1\nteaches = \"x\"\n\n[[exercises]]\nid = \"exercise-02\"",
        );
        let error = parse(&text).unwrap_err();
        assert!(error.message.contains("listed twice"), "{error}");
    }

    #[test]
    fn line_of_counts_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }
}
