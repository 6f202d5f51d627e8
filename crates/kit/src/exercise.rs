//! Turns what a learner types (`exercise-03`, `03`, `3`, the slug or the folder name) into
//! an exercise of the list, suggests the closest name when nothing matches, and knows where
//! an exercise's starter and solution live on disk.

use std::path::{Path, PathBuf};

use crate::error::{KitError, KitResult};
use crate::info_file::{ExerciseInfo, InfoFile};

/// Which version of an exercise is graded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The learner's code in `exercises/`.
    Starter,
    /// The reference solution in `solutions/`.
    Solution,
}

impl Side {
    /// The folder of the kit that holds this side's packages.
    pub fn folder(self) -> &'static str {
        match self {
            Side::Starter => "exercises",
            Side::Solution => "solutions",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Side::Starter => "starter",
            Side::Solution => "solution",
        }
    }
}

/// The package folder of `exercise` for `side`, under the kit `root`.
pub fn package_dir(root: &Path, exercise: &ExerciseInfo, side: Side) -> PathBuf {
    root.join(side.folder()).join(&exercise.dir)
}

/// The cargo package name of `exercise` for `side`.
pub fn package_name(exercise: &ExerciseInfo, side: Side) -> String {
    match side {
        Side::Starter => exercise.starter_package(),
        Side::Solution => exercise.solution_package(),
    }
}

/// Finds the exercise named by `query`, or explains which names exist.
pub fn resolve<'a>(info: &'a InfoFile, query: &str) -> KitResult<&'a ExerciseInfo> {
    let query = query.trim();
    let wanted_number = query
        .strip_prefix("exercise-")
        .unwrap_or(query)
        .parse::<u32>()
        .ok();
    let found = info.exercises.iter().find(|exercise| {
        exercise.id == query
            || exercise.slug == query
            || exercise.dir == query
            || wanted_number == Some(exercise.number)
    });
    if let Some(exercise) = found {
        return Ok(exercise);
    }

    let error = KitError::new(crate::tr!("error-no-such-exercise", query = query));
    Err(match closest(info, query) {
        Some(exercise) => error.with_help(crate::tr!(
            "error-no-such-exercise-did-you-mean",
            id = &exercise.id,
            slug = &exercise.slug
        )),
        None => error.with_help(crate::tr!("error-no-such-exercise-help")),
    })
}

/// The exercise whose id, slug or folder is closest to `query`, if any is close enough
/// to be a plausible typo.
fn closest<'a>(info: &'a InfoFile, query: &str) -> Option<&'a ExerciseInfo> {
    let query = query.to_lowercase();
    let query = query.as_str();
    info.exercises
        .iter()
        .flat_map(|exercise| {
            [&exercise.id, &exercise.slug, &exercise.dir]
                .into_iter()
                .map(move |name| (edit_distance(query, name), exercise))
        })
        .filter(|(distance, exercise)| {
            // A third of the name may be wrong; more than that is a different name.
            *distance <= (exercise.slug.len().max(query.len()) / 3).max(2)
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, exercise)| exercise)
}

/// Levenshtein distance in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(number: u32, slug: &str) -> ExerciseInfo {
        crate::info_file::sample_exercise(number, slug)
    }

    fn list() -> InfoFile {
        InfoFile {
            path: "exercises/info.toml".into(),
            exercises: vec![
                exercise(1, "sequential-to-concurrent"),
                exercise(3, "spawn-vs-join"),
                exercise(12, "worker-pool"),
            ],
        }
    }

    #[test]
    fn accepts_id_number_padded_number_slug_and_dir() {
        let info = list();
        for query in [
            "exercise-03",
            "03",
            "3",
            "spawn-vs-join",
            "03-spawn-vs-join",
            " 3 ",
        ] {
            assert_eq!(resolve(&info, query).unwrap().id, "exercise-03", "{query}");
        }
        assert_eq!(resolve(&info, "12").unwrap().slug, "worker-pool");
    }

    #[test]
    fn a_number_does_not_match_a_different_exercise() {
        let info = list();
        assert!(resolve(&info, "2").is_err());
        assert!(resolve(&info, "exercise-2").is_err());
        assert!(resolve(&info, "123").is_err());
    }

    #[test]
    fn unknown_names_suggest_the_closest_exercise() {
        let info = list();
        let error = resolve(&info, "spawn-vs-joni").unwrap_err();
        assert_eq!(error.message, "there is no exercise `spawn-vs-joni`");
        assert!(
            error
                .help
                .unwrap()
                .contains("`exercise-03` (spawn-vs-join)")
        );

        let error = resolve(&info, "exercise-13").unwrap_err();
        assert!(
            error.help.unwrap().contains("did you mean"),
            "a one-digit typo is close"
        );

        let error = resolve(&info, "completely-unrelated-words").unwrap_err();
        assert_eq!(error.help.unwrap(), "`kit list` shows every exercise");
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_and_substitutions() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("ab", "ba"), 2);
    }

    #[test]
    fn packages_and_dirs_follow_the_conventions() {
        let info = list();
        let ex = &info.exercises[1];
        assert_eq!(package_name(ex, Side::Starter), "exercise-03");
        assert_eq!(package_name(ex, Side::Solution), "solution-03");
        assert_eq!(
            package_dir(Path::new("/k"), ex, Side::Solution),
            Path::new("/k/solutions/03-spawn-vs-join")
        );
    }
}
