//! End-to-end tests of the `kit` binary on this repository's own checkout: `kit list` and
//! grading exercise 01 (the starter fails and teaches, the solution passes). Progress goes to
//! a temporary state folder, never to the checkout's `.kit/`.

mod kit_support;

use kit::info_file::InfoFile;
use kit_support::{kit_command, repo_root, run};

fn repo_kit(state_dir: &std::path::Path, args: &[&str]) -> kit_support::Run {
    let mut command = kit_command(&repo_root());
    command.arg("--state-dir").arg(state_dir).args(args);
    run(command)
}

#[test]
fn list_shows_every_exercise_of_the_repository() {
    let info = InfoFile::load(&repo_root().join("exercises/info.toml")).unwrap();
    let state = tempfile::tempdir().unwrap();
    let result = repo_kit(state.path(), &["list"]);
    assert_eq!(result.code, 0, "{}", result.all());
    for exercise in &info.exercises {
        let line = result
            .stdout
            .lines()
            .find(|l| l.starts_with(&exercise.id))
            .unwrap_or_else(|| panic!("{} is not listed: {}", exercise.id, result.all()));
        assert!(line.contains(&exercise.topic), "{line}");
        assert!(
            line.ends_with("pending"),
            "a fresh state has nothing done: {line}"
        );
    }
    let total = info.exercises.len();
    assert!(
        result
            .stdout
            .contains(&format!("progress: 0/{total} exercises done (0%)")),
        "{}",
        result.all()
    );
}

#[test]
fn exercise_01_starter_fails_with_teaching_messages_and_its_solution_passes() {
    let state = tempfile::tempdir().unwrap();
    let starter = repo_kit(state.path(), &["grade", "exercise-01"]);
    assert_eq!(starter.code, 1, "{}", starter.all());
    assert!(starter.stdout.contains("FAIL "), "{}", starter.all());
    assert!(
        starter.stdout.contains("why it matters:"),
        "{}",
        starter.all()
    );
    assert!(
        starter.stdout.contains("kit hint exercise-01"),
        "{}",
        starter.all()
    );
    assert!(
        starter.stdout.contains("not passed yet"),
        "{}",
        starter.all()
    );
    let progress: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(state.path().join("state.json")).unwrap())
            .unwrap();
    assert_eq!(progress["exercises"]["exercise-01"]["passed"], false);

    let solution = repo_kit(
        state.path(),
        &["grade", "exercise-01", "--solution", "--format", "json"],
    );
    assert_eq!(solution.code, 0, "{}", solution.all());
    let report: serde_json::Value = serde_json::from_str(&solution.stdout).unwrap();
    assert_eq!(report["status"], "pass", "{}", solution.all());
    assert_eq!(
        report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["status"] != "pass")
            .count(),
        0
    );
}

/// A module of an exercise's `src/` that the starter and the solution share unchanged is
/// part of the kit (a legacy library, a helper the lesson is about), not the learner's work:
/// it must be listed in `support`, so grading uses the kit's copy and a rewritten one changes
/// nothing.
#[test]
fn shared_modules_of_starter_and_solution_are_support_files() {
    let root = repo_root();
    let info = InfoFile::load(&root.join("exercises/info.toml")).unwrap();
    let mut missing = Vec::new();
    for exercise in &info.exercises {
        let starter_src = root.join("exercises").join(&exercise.dir).join("src");
        let solution_src = root.join("solutions").join(&exercise.dir).join("src");
        for entry in std::fs::read_dir(&starter_src).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name == "lib.rs" || !name.ends_with(".rs") {
                continue;
            }
            let same = std::fs::read(&path).ok() == std::fs::read(solution_src.join(&name)).ok();
            let listed = exercise.support.iter().any(|s| s == &format!("src/{name}"));
            if same && !listed {
                missing.push(format!("{}: src/{name}", exercise.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules the starter and solution share but info.toml does not list as support:\n{}",
        missing.join("\n")
    );
}
