//! End-to-end tests of the `kit` binary on a copy of this repository's kit: list, grade
//! (fail, pass, JSON), hint, reset, watch, and bad input. The tricks of a learner who wants
//! the points without the lesson are in `kit_attacks.rs`.

mod kit_support;

use kit_support::{KitCopy, kit_command, run};

const EX01_LIB: &str = "exercises/01-sequential-awaits/src/lib.rs";

#[test]
fn grade_fails_with_the_tests_teaching_message_then_passes_once_fixed() {
    let kit = KitCopy::new();
    let failing = kit.run(&["grade", "exercise-01"]);
    assert_eq!(failing.code, 1, "{}", failing.all());
    let out = &failing.stdout;
    for expected in [
        "exercise-01 · Ten users in the time of one",
        "PASS      returns_the_ten_users_in_order",
        "FAIL      ten_users_take_half_a_second",
        "why it matters: ten independent 500 ms requests should overlap",
        "| fetching 10 users took 5.0 s of simulated time: the requests ran one after another",
        "|   see hint: `kit hint exercise-01`",
        "score: 4/11 · not passed yet",
    ] {
        assert!(out.contains(expected), "{expected:?} in {}", failing.all());
    }

    kit.write(EX01_LIB, &kit.solution("01-sequential-awaits"));
    let passing = kit.run(&["grade", "1"]);
    assert_eq!(passing.code, 0, "{}", passing.all());
    assert!(
        passing.stdout.contains("score: 11/11 · passed"),
        "{}",
        passing.all()
    );
}

#[test]
fn every_way_of_naming_an_exercise_works() {
    let kit = KitCopy::new();
    for name in [
        "exercise-01",
        "01",
        "1",
        "sequential-awaits",
        "01-sequential-awaits",
    ] {
        let result = kit.run(&["hint", name]);
        assert_eq!(result.code, 0, "{name}: {}", result.all());
        assert!(
            result
                .stdout
                .contains("hint: `.await` does not start anything")
        );
        assert!(
            result
                .stdout
                .contains("exercises/01-sequential-awaits/README.md")
        );
    }
}

#[test]
fn progress_is_recorded_for_the_learners_code_not_for_the_solution() {
    let kit = KitCopy::new();
    let solution = kit.run(&["grade", "01", "--solution"]);
    assert_eq!(solution.code, 0, "{}", solution.all());
    assert!(solution.stdout.contains("(reference solution)"));
    assert!(
        !kit.root().join(".kit/state.json").exists(),
        "grading the solution records nothing"
    );

    assert_eq!(kit.run(&["grade", "01"]).code, 1);
    let listed = kit.run(&["list"]);
    let line = listed
        .stdout
        .lines()
        .find(|l| l.starts_with("exercise-01"))
        .unwrap();
    assert!(line.ends_with("pending (last 4/11)"), "{}", listed.all());
    assert!(listed.stdout.contains("next: `kit grade exercise-01`"));

    kit.write(EX01_LIB, &kit.solution("01-sequential-awaits"));
    let next = kit.run(&["grade"]);
    assert_eq!(next.code, 0, "the first exercise not done: {}", next.all());
    let listed = kit.run(&["list"]);
    assert!(listed.stdout.contains("progress: 1/"), "{}", listed.all());
    assert!(listed.stdout.contains("next: `kit grade exercise-02`"));
}

#[test]
fn json_output_has_the_classroom_autograder_shape() {
    let kit = KitCopy::new();
    let (report, result) = kit.grade_json("01", &[]);
    assert_eq!(result.code, 1, "{}", result.all());
    assert_eq!(report["version"], 1);
    assert_eq!(report["status"], "fail");
    assert_eq!(report["max_score"], 11);
    let tests = report["tests"].as_array().unwrap();
    let names: Vec<&str> = tests.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "exercise-01/returns_the_ten_users_in_order",
            "exercise-01/reports_a_failed_request",
            "exercise-01/ten_users_take_half_a_second",
            "exercise-01/all_ten_requests_are_in_flight_together",
            "exercise-01/asynclint",
        ]
    );
    assert_eq!(tests[0]["status"], "pass");
    assert_eq!(tests[0]["score"], 2);
    assert_eq!(tests[2]["status"], "fail");
    assert_eq!(tests[2]["max_score"], 4);
    assert_eq!(
        tests[2]["filename"],
        "exercises/01-sequential-awaits/tests/grade.rs"
    );
    assert!(report["audit"]["exercises"]["exercise-01"].is_object());
}

#[test]
fn reset_restores_the_whole_exercise_and_backs_up_what_it_replaces() {
    let kit = KitCopy::new();
    let shipped_tests = kit.read("exercises/01-sequential-awaits/tests/grade.rs");
    kit.write(EX01_LIB, "// my attempt, half done\n");
    kit.write(
        "exercises/01-sequential-awaits/tests/grade.rs",
        "// emptied\n",
    );
    kit.write("exercises/01-sequential-awaits/asynclint.toml", "[rules]\n");
    let result = kit.run(&["reset", "exercise-01"]);
    assert_eq!(result.code, 0, "{}", result.all());
    let backup = result
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("your previous code is saved in "))
        .unwrap_or_else(|| panic!("the backup path is printed: {}", result.all()));
    assert!(backup.starts_with(".kit/backups/exercise-01-"), "{backup}");
    let backup = kit.root().join(backup);
    assert_eq!(
        std::fs::read_to_string(backup.join("src/lib.rs")).unwrap(),
        "// my attempt, half done\n"
    );
    assert_eq!(
        std::fs::read_to_string(backup.join("tests/grade.rs")).unwrap(),
        "// emptied\n"
    );
    assert!(backup.join("asynclint.toml").is_file());
    assert!(kit.read(EX01_LIB).contains("// TODO:"));
    assert_eq!(
        kit.read("exercises/01-sequential-awaits/tests/grade.rs"),
        shipped_tests
    );
    assert!(
        !kit.root()
            .join("exercises/01-sequential-awaits/asynclint.toml")
            .exists()
    );
}

#[test]
fn an_unknown_exercise_suggests_the_closest_name() {
    let kit = KitCopy::new();
    let result = kit.run(&["grade", "sequential-awaitz"]);
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(
        result
            .stderr
            .contains("error: there is no exercise `sequential-awaitz`")
    );
    assert!(
        result
            .stderr
            .contains("did you mean `exercise-01` (sequential-awaits)?"),
        "{}",
        result.all()
    );
    assert!(!result.stderr.contains("panicked"));
}

#[test]
fn a_missing_cargo_is_a_clear_error() {
    let kit = KitCopy::new();
    let mut command = kit.kit();
    command
        .env("CARGO", "/nonexistent/cargo")
        .args(["grade", "01"]);
    let result = run(command);
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(result.stderr.contains("cargo was not found"));
    assert!(result.stderr.contains("help: install Rust with rustup"));
}

#[test]
fn the_kit_root_is_found_from_a_nested_folder_and_a_wrong_root_is_explained() {
    let kit = KitCopy::new();
    let mut nested = std::process::Command::new(kit_support::KIT);
    nested
        .current_dir(kit.root().join("exercises/01-sequential-awaits/src"))
        .env_remove("KIT_ROOT")
        .arg("list");
    let result = run(nested);
    assert_eq!(result.code, 0, "{}", result.all());
    assert!(result.stdout.contains("exercise-01"));

    let empty = tempfile::tempdir().unwrap();
    let result = run({
        let mut command = kit_command(empty.path());
        command.arg("list");
        command
    });
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(
        result.stderr.contains("is not a kit root"),
        "{}",
        result.all()
    );
}

#[test]
fn watch_regrades_on_save_and_quits_on_q() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    use std::sync::mpsc;
    use std::time::Duration;

    let kit = KitCopy::new();
    let mut child = kit
        .kit()
        .args(["watch", "01"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (lines, received) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    // A generous ceiling against a broken watcher (the first grade may wait for the shared
    // grading workspace), not a measurement: each wait returns as soon as the line arrives.
    let wait_for = |needle: &str| {
        let mut seen = Vec::new();
        loop {
            match received.recv_timeout(Duration::from_secs(900)) {
                Ok(line) if line.contains(needle) => return,
                Ok(line) => seen.push(line),
                Err(_) => panic!(
                    "`{needle}` never came; kit watch printed:\n{}",
                    seen.join("\n")
                ),
            }
        }
    };

    wait_for("score: 4/11 · not passed yet");
    wait_for("watching exercise-01 for changes");
    kit.write(EX01_LIB, &kit.solution("01-sequential-awaits"));
    wait_for("score: 11/11 · passed");
    wait_for("watching exercise-01 for changes");

    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "h").unwrap();
    wait_for("hint: `.await` does not start anything");
    writeln!(stdin, "q").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
}
