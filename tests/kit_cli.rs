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

/// `kit grade <args>` with the locale and width a learner's terminal might have.
fn grade_with(kit: &KitCopy, args: &[&str], locale: &str, columns: &str) -> kit_support::Run {
    let mut command = kit.kit();
    command
        .arg("grade")
        .args(args)
        .env("LC_ALL", locale)
        .env("COLUMNS", columns)
        .env_remove("NO_COLOR");
    run(command)
}

#[test]
fn a_failed_timing_check_draws_the_run_beside_how_correct_code_runs() {
    let kit = KitCopy::new();
    let failing = grade_with(&kit, &["01"], "C.UTF-8", "100");
    assert_eq!(failing.code, 1, "{}", failing.all());
    let out = &failing.stdout;
    for expected in [
        "            your run: fetching 10 users took 5.0 s",
        "              the check expects 0.5 s to 0.6 s",
        "            user API 10 ",
        "            how correct code runs: 0.5 s, all 10 calls at once",
        "            your run: 10 calls to the user API",
        "at least 10 completed calls should be in flight at once; 1 was",
        "█ completed",
    ] {
        assert!(out.contains(expected), "{expected:?} in {}", failing.all());
    }
    // Not a terminal: no colour. The rows follow the width (COLUMNS here).
    assert!(!out.contains('\u{1b}'), "{out}");
    let is_row = |line: &&str| line.trim_start().starts_with("user API ");
    let rows: Vec<&str> = out.lines().filter(is_row).collect();
    assert!(rows.len() >= 20, "{out}");
    assert!(rows.iter().all(|row| row.chars().count() <= 100), "{out}");
    assert!(rows.iter().any(|row| row.chars().count() > 80), "{out}");

    let ascii = grade_with(&kit, &["01"], "C", "80");
    assert!(ascii.stdout.contains("# completed"), "{}", ascii.all());
    let mut timeline_rows = ascii.stdout.lines().filter(is_row).peekable();
    assert!(timeline_rows.peek().is_some(), "{}", ascii.all());
    assert!(timeline_rows.all(str::is_ascii), "{}", ascii.all());

    // On a pass, `--timeline` draws the run alone; without it, nothing is drawn.
    kit.write(EX01_LIB, &kit.solution("01-sequential-awaits"));
    let passing = grade_with(&kit, &["01", "--timeline"], "C.UTF-8", "100");
    assert_eq!(passing.code, 0, "{}", passing.all());
    assert!(
        passing
            .stdout
            .contains("your run: fetching 10 users took 0.5 s"),
        "{}",
        passing.all()
    );
    assert!(!passing.stdout.contains("how correct code runs"));
    let quiet = grade_with(&kit, &["01"], "C.UTF-8", "100");
    assert!(!quiet.stdout.contains("your run"), "{}", quiet.all());
}

#[test]
fn json_output_carries_each_checks_timeline() {
    let kit = KitCopy::new();
    let (report, result) = kit.grade_json("01", &[]);
    assert_eq!(result.code, 1, "{}", result.all());
    let tests = report["tests"].as_array().unwrap();
    let timing = &tests[2]["timeline"][0];
    assert_eq!(timing["check"], "elapsed", "{timing:#}");
    assert_eq!(timing["passed"], false);
    assert_eq!(timing["limit"]["at_most_ms"], 600);
    let calls = timing["calls"].as_array().unwrap();
    assert_eq!(calls.len(), 10, "{timing:#}");
    for (n, call) in calls.iter().enumerate() {
        assert_eq!(call["service"], "user API");
        assert_eq!(call["key"], n + 1);
        assert_eq!(call["start_ms"], 500 * n);
        assert_eq!(call["end_ms"], 500 * (n + 1));
        assert_eq!(call["outcome"], "succeeded");
    }
    let reference = timing["reference"]["calls"].as_array().unwrap();
    assert!(
        reference
            .iter()
            .all(|call| call["start_ms"] == 0 && call["end_ms"] == 500)
    );
    assert_eq!(tests[3]["timeline"][0]["check"], "overlapped");
    // A behaviour check shows no timeline, even though it made calls.
    assert_eq!(tests[0]["timeline"], serde_json::json!([]));
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
