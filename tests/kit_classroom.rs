//! The GitHub Classroom template (`classroom/classroom.yml`): each exercise's step, run as the
//! workflow runs it, turns the real `kit grade NN --format json` report into a base64 `result`
//! output that decodes to what Classroom's grading reporter reads (`version`, `status`,
//! `max_score`, `tests[]` with `name`, `status`, `score`, `max_score`, `message`); a kit that
//! cannot grade still yields a payload the reporter shows as an error; and the template names
//! every exercise of the kit, wired to the reporter, with kit built from the teacher's pinned
//! revision.

mod kit_support;

use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use kit::info_file::InfoFile;
use kit_support::{KIT, KitCopy, repo_root, shared_grading_dir};
use serde_json::Value;

fn workflow() -> String {
    std::fs::read_to_string(repo_root().join("classroom/classroom.yml"))
        .expect("the Classroom template is part of the kit")
}

/// The `run: |` script of the step whose id is `id`, dedented.
fn step_script(workflow: &str, id: &str) -> String {
    let lines: Vec<&str> = workflow.lines().collect();
    let id_line = lines
        .iter()
        .position(|line| line.trim() == format!("id: {id}"))
        .unwrap_or_else(|| panic!("the template has no step with `id: {id}`"));
    let run_line = (id_line..lines.len())
        .find(|&at| lines[at].trim() == "run: |")
        .unwrap_or_else(|| panic!("the step `{id}` has no `run: |` script"));
    let indent = |line: &str| line.len() - line.trim_start().len();
    let body_indent = indent(lines[run_line]) + 2;
    lines[run_line + 1..]
        .iter()
        .take_while(|line| line.trim().is_empty() || indent(line) >= body_indent)
        .map(|line| line.get(body_indent..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Run `script` as a workflow step does (bash, stopping at the first failing command) in
/// `dir`, with `bin` first on PATH; return what it wrote to `$GITHUB_OUTPUT`.
fn run_step(script: &str, dir: &Path, bin: &Path, target: &Path) -> String {
    let output_file = tempfile::NamedTempFile::new().unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let status = Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("GITHUB_OUTPUT", output_file.path())
        .env("CARGO_TARGET_DIR", target)
        .env("KIT_GRADING_DIR", shared_grading_dir())
        .env_remove("KIT_ROOT")
        .status()
        .expect("bash runs");
    assert!(status.success(), "the step's script failed: {status}");
    std::fs::read_to_string(output_file.path()).unwrap()
}

/// The `result` output, decoded as the reporter decodes it (base64, then JSON).
fn decoded_result(github_output: &str) -> Value {
    let encoded = github_output
        .lines()
        .find_map(|line| line.strip_prefix("result="))
        .unwrap_or_else(|| panic!("no `result=` line in {github_output:?}"));
    let json = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .expect("the result is base64");
    serde_json::from_slice(&json).expect("the decoded result is JSON")
}

/// The fields Classroom's reporter reads, with the types it expects.
fn assert_reporter_shape(result: &Value) {
    assert_eq!(result["version"], 1, "{result:#}");
    assert!(
        ["pass", "fail", "error"].contains(&result["status"].as_str().unwrap_or("")),
        "{result:#}"
    );
    assert!(result["max_score"].is_u64(), "{result:#}");
    let tests = result["tests"].as_array().expect("tests is an array");
    assert!(!tests.is_empty(), "{result:#}");
    for test in tests {
        assert!(test["name"].is_string(), "{test:#}");
        assert!(
            ["pass", "fail", "error"].contains(&test["status"].as_str().unwrap_or("")),
            "{test:#}"
        );
        assert!(test["score"].is_u64(), "{test:#}");
        assert!(test["max_score"].is_u64(), "{test:#}");
        assert!(test["message"].is_string(), "{test:#}");
    }
}

/// A folder holding only a `kit` executable: the binary under test.
fn bin_with_kit(program: &Path) -> tempfile::TempDir {
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(program, bin.path().join("kit")).unwrap();
    bin
}

#[test]
fn a_step_hands_the_real_report_to_the_reporter_base64_encoded() {
    let kit = KitCopy::new();
    let target = kit.root().join("target");
    let bin = bin_with_kit(Path::new(KIT));
    let script = step_script(&workflow(), "exercise01");
    assert!(script.contains("kit grade 01 --format json"), "{script}");

    let result = decoded_result(&run_step(&script, kit.root(), bin.path(), &target));
    assert_reporter_shape(&result);
    // Exercise 01's starter returns the right users (2 + 1 points) and is lint-clean (1), but
    // its requests run one after another (the timing and bound checks, 4 + 3).
    assert_eq!(result["status"], "fail");
    assert_eq!(result["max_score"], 11);
    let tests = result["tests"].as_array().unwrap();
    let named = |name: &str| {
        tests
            .iter()
            .find(|test| test["name"] == name)
            .unwrap_or_else(|| panic!("no test {name} in {result:#}"))
    };
    let failed = named("exercise-01/ten_users_take_half_a_second");
    assert_eq!(
        (&failed["status"], &failed["score"], &failed["max_score"]),
        (&Value::from("fail"), &Value::from(0), &Value::from(4))
    );
    let message = failed["message"].as_str().unwrap();
    assert!(
        message.starts_with("ten independent 500 ms requests should overlap"),
        "{message}"
    );
    assert!(
        message.contains("took 5.0 s of simulated time"),
        "{message}"
    );
    assert_eq!(
        named("exercise-01/returns_the_ten_users_in_order")["score"],
        2
    );
    assert_eq!(named("exercise-01/asynclint")["status"], "pass");
    let points: u64 = tests
        .iter()
        .map(|test| test["score"].as_u64().unwrap())
        .sum();
    assert_eq!(points, 4);

    // The payload is kit's own report, unchanged.
    let direct = kit.run(&["grade", "01", "--format", "json"]);
    let direct: Value = serde_json::from_str(&direct.stdout).expect("kit printed JSON");
    assert_eq!(result, direct);
}

#[test]
fn a_kit_that_cannot_grade_still_reports_an_error_the_reporter_can_read() {
    let scripts = tempfile::tempdir().unwrap();
    let broken_kit = scripts.path().join("failing-kit");
    std::fs::write(
        &broken_kit,
        "#!/bin/sh\necho 'error: cargo was not found' >&2\nexit 2\n",
    )
    .unwrap();
    std::fs::set_permissions(
        &broken_kit,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let bin = bin_with_kit(&broken_kit);
    let dir = tempfile::tempdir().unwrap();
    let script = step_script(&workflow(), "exercise07");
    let result = decoded_result(&run_step(&script, dir.path(), bin.path(), dir.path()));
    assert_reporter_shape(&result);
    assert_eq!(result["status"], "error");
    let test = &result["tests"][0];
    assert_eq!(test["name"], "exercise-07");
    assert!(
        test["message"]
            .as_str()
            .unwrap()
            .starts_with("kit could not grade this exercise (exit code 2)"),
        "{test:#}"
    );
}

#[test]
fn every_exercise_of_the_kit_has_a_step_wired_to_the_reporter() {
    let workflow = workflow();
    let info = InfoFile::load(&repo_root().join("exercises/info.toml")).unwrap();
    let runners_line = workflow
        .lines()
        .find_map(|line| line.trim().strip_prefix("runners: "))
        .expect("the reporter step lists its runners");
    let runners: Vec<&str> = runners_line.split(',').collect();
    let mut expected = Vec::new();
    for exercise in &info.exercises {
        let number = exercise.id.trim_start_matches("exercise-");
        let runner = format!("exercise{number}");
        let script = step_script(&workflow, &runner);
        assert!(
            script.contains(&format!("kit grade {number} --format json")),
            "{runner}: {script}"
        );
        assert!(script.contains("base64 -w 0"), "{runner}: {script}");
        assert!(
            script.contains(r#"echo "result=$("#),
            "{runner} must set its `result` output: {script}"
        );
        // The reporter reads `<RUNNER ID IN CAPITALS>_RESULTS`.
        let env_line = format!(
            "{}_RESULTS: \"${{{{ steps.{runner}.outputs.result }}}}\"",
            runner.to_uppercase()
        );
        assert!(
            workflow.lines().any(|line| line.trim() == env_line),
            "the reporter step has no `{env_line}`"
        );
        expected.push(runner);
    }
    assert_eq!(
        runners, expected,
        "the reporter's runners are the kit's exercises, in order"
    );
}

#[test]
fn the_template_builds_kit_from_the_teachers_pinned_revision_under_the_names_classroom_requires() {
    let workflow = workflow();
    assert!(
        workflow
            .lines()
            .any(|line| line == "name: Autograding Tests"),
        "the reporter only uploads scores from a workflow named `Autograding Tests`"
    );
    let jobs: Vec<&str> = workflow
        .lines()
        .filter(|line| line.starts_with("  ") && !line.starts_with("   ") && line.ends_with(':'))
        .collect();
    assert!(
        jobs.contains(&"  run-autograding-tests:"),
        "the reporter needs the job `run-autograding-tests`: {jobs:?}"
    );
    let install = step_script(&workflow, "install-kit");
    assert!(
        install.contains(r#"cargo install --locked --git "$KIT_REPO" --rev "$KIT_REV" kit"#),
        "{install}"
    );
    assert!(
        !workflow.contains("--path"),
        "kit must never be built from the learner's clone"
    );
    // The live workflow folder would grade this repository's own starters on every push.
    assert!(!repo_root().join(".github/workflows/classroom.yml").exists());
}
