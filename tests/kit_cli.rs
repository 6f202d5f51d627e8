//! End-to-end tests of the `kit` binary against throwaway kits: list, grade (pass, fail,
//! hung, compile error, JSON), hint, reset, verify, and every kind of bad input.

mod kit_support;

use kit_support::{ADDS, BROKEN, HANGS, TOO_EASY, ThrowawayKit, kit_command, run};

#[test]
fn grade_fails_with_the_tests_teaching_message_then_passes_once_fixed() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    let failing = kit.run(&["grade", "exercise-01"]);
    assert_eq!(failing.code, 1, "{}", failing.all());
    let out = &failing.stdout;
    assert!(
        out.contains("exercise-01 · The adds exercise"),
        "{}",
        failing.all()
    );
    assert!(
        out.contains("FAIL      adds_two_numbers"),
        "{}",
        failing.all()
    );
    assert!(
        out.contains("why it matters: a sum adds its parts"),
        "{}",
        failing.all()
    );
    assert!(
        out.contains("| add(2, 2) returned 0, not 4: the starter subtracts."),
        "the panic message is shown: {}",
        failing.all()
    );
    assert!(
        out.contains("PASS      answers_at_all"),
        "{}",
        failing.all()
    );
    assert!(out.contains("PASS      asynclint"), "{}", failing.all());
    assert!(
        out.contains("score: 3/6 · not passed yet"),
        "{}",
        failing.all()
    );

    kit.write("exercises/01-adds/src/lib.rs", ADDS.solution);
    let passing = kit.run(&["grade", "1"]);
    assert_eq!(passing.code, 0, "{}", passing.all());
    assert!(
        passing.stdout.contains("score: 6/6 · passed"),
        "{}",
        passing.all()
    );
}

#[test]
fn every_way_of_naming_an_exercise_works() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    for name in ["exercise-01", "01", "1", "adds", "01-adds"] {
        let result = kit.run(&["hint", name]);
        assert_eq!(result.code, 0, "{name}: {}", result.all());
        assert!(
            result.stdout.contains("hint: the hint of adds"),
            "{}",
            result.all()
        );
        assert!(
            result.stdout.contains("exercises/01-adds/README.md"),
            "{}",
            result.all()
        );
    }
}

#[test]
fn list_shows_progress_from_the_state_file_and_solution_grades_do_not_count() {
    let kit = ThrowawayKit::new(&[&ADDS, &TOO_EASY]);
    let before = kit.run(&["list"]);
    assert_eq!(before.code, 0, "{}", before.all());
    assert!(
        before.stdout.contains("exercise-01  The adds exercise"),
        "{}",
        before.all()
    );
    assert!(
        before.stdout.contains("topic of too-easy"),
        "{}",
        before.all()
    );
    assert!(
        before.stdout.contains("progress: 0/2 exercises done (0%)"),
        "{}",
        before.all()
    );
    assert!(
        before.stdout.contains("next: `kit grade exercise-01`"),
        "{}",
        before.all()
    );

    let solution = kit.run(&["grade", "01", "--solution"]);
    assert_eq!(solution.code, 0, "{}", solution.all());
    assert!(solution.stdout.contains("(reference solution)"));
    assert!(
        !kit.root().join(".kit/state.json").exists(),
        "grading the solution records nothing"
    );

    assert_eq!(kit.run(&["grade", "01"]).code, 1);
    assert_eq!(kit.run(&["grade", "too-easy"]).code, 0);
    let after = kit.run(&["list"]);
    let line_of = |id: &str| {
        after
            .stdout
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap()
            .to_string()
    };
    assert!(
        line_of("exercise-01").ends_with("pending (last 3/6)"),
        "{}",
        after.all()
    );
    assert!(
        line_of("exercise-04").ends_with("done 1/1"),
        "{}",
        after.all()
    );
    assert!(
        after.stdout.contains("progress: 1/2 exercises done (50%)"),
        "{}",
        after.all()
    );
    let state: serde_json::Value = serde_json::from_str(&kit.read(".kit/state.json")).unwrap();
    assert_eq!(state["exercises"]["exercise-04"]["passed"], true);
}

#[test]
fn grade_without_a_name_grades_the_first_exercise_not_done() {
    let kit = ThrowawayKit::new(&[&TOO_EASY, &ADDS]);
    let first = kit.run(&["grade"]);
    assert_eq!(first.code, 0, "{}", first.all());
    assert!(
        first.stdout.starts_with("exercise-04 · "),
        "{}",
        first.all()
    );
    let second = kit.run(&["grade"]);
    assert!(
        second.stdout.starts_with("exercise-01 · "),
        "exercise-04 is done now: {}",
        second.all()
    );
}

#[test]
fn a_hung_check_is_killed_and_reported_as_hung() {
    let kit = ThrowawayKit::new(&[&HANGS]);
    let result = kit.run(&["grade", "hangs", "--time-limit", "1.5"]);
    assert_eq!(result.code, 1, "{}", result.all());
    assert!(
        result.stdout.contains("HUNG      returns"),
        "{}",
        result.all()
    );
    assert!(result.stdout.contains("was killed"), "{}", result.all());
    assert!(result.stdout.contains("score: 0/4"), "{}", result.all());
}

#[test]
fn a_compile_error_shows_cargos_rendered_message() {
    let kit = ThrowawayKit::new(&[&BROKEN]);
    let result = kit.run(&["grade", "03"]);
    assert_eq!(result.code, 1, "{}", result.all());
    assert!(
        result.stdout.contains("your code does not compile"),
        "{}",
        result.all()
    );
    assert!(
        result.stdout.contains("error[E0308]: mismatched types"),
        "{}",
        result.all()
    );
    assert!(result.stdout.contains("NOT BUILT"), "{}", result.all());
}

#[test]
fn json_output_has_the_classroom_autograder_shape() {
    let kit = ThrowawayKit::new(&[&ADDS, &BROKEN]);
    let result = kit.run(&["grade", "--all", "--format", "json"]);
    assert_eq!(result.code, 1, "{}", result.all());
    let report: serde_json::Value = serde_json::from_str(&result.stdout).expect("stdout is JSON");
    assert_eq!(report["version"], 1);
    assert_eq!(report["status"], "error", "one exercise does not compile");
    assert_eq!(report["max_score"], 7);
    let tests = report["tests"].as_array().unwrap();
    let names: Vec<&str> = tests.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "exercise-01/adds_two_numbers",
            "exercise-01/answers_at_all",
            "exercise-01/asynclint",
            "exercise-03/answers_forty_two"
        ]
    );
    assert_eq!(tests[0]["status"], "fail");
    assert!(
        tests[0]["message"]
            .as_str()
            .unwrap()
            .contains("returned 0, not 4")
    );
    assert_eq!(tests[1]["score"], 2);
    assert_eq!(tests[3]["status"], "error");
}

#[test]
fn verify_proves_starters_fail_as_documented_and_solutions_pass() {
    let kit = ThrowawayKit::new(&[&ADDS, &HANGS, &BROKEN, &TOO_EASY]);
    let result = kit.run(&["verify", "--time-limit", "1.5"]);
    assert_eq!(result.code, 1, "{}", result.all());
    let out = &result.stdout;
    assert!(
        out.contains("ok   exercise-01  starter fails behaviour as documented (3/6) · solution passes 6/6, asynclint-clean"),
        "{}",
        result.all()
    );
    assert!(
        out.contains("ok   exercise-02  starter fails stall as documented"),
        "{}",
        result.all()
    );
    assert!(out.contains("FAIL exercise-03"), "{}", result.all());
    assert!(
        out.contains("starter: the starter does not compile"),
        "{}",
        result.all()
    );
    assert!(out.contains("FAIL exercise-04"), "{}", result.all());
    assert!(
        out.contains("exercises/04-too-easy/README.md is missing"),
        "{}",
        result.all()
    );
    assert!(
        out.contains("the starter passes every check"),
        "{}",
        result.all()
    );
    assert_eq!(
        out.lines().last().unwrap(),
        "verify: 6 passed, 2 failed",
        "{}",
        result.all()
    );
}

#[test]
fn verify_catches_checks_and_tests_that_disagree() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    let tests = format!("{}\n#[test]\nfn an_unlisted_test() {{}}\n", ADDS.tests)
        .replace("fn answers_at_all", "fn answers_renamed");
    kit.write("exercises/01-adds/tests/grade.rs", &tests);
    let result = kit.run(&["verify"]);
    assert_eq!(result.code, 1, "{}", result.all());
    assert!(
        result
            .stdout
            .contains("info.toml lists check `answers_at_all` but tests/grade.rs has no such test"),
        "{}",
        result.all()
    );
    assert!(
        result
            .stdout
            .contains("test `an_unlisted_test` that info.toml does not list"),
        "{}",
        result.all()
    );

    let orphan = ThrowawayKit::new(&[&ADDS, &HANGS]);
    let info = orphan.read("exercises/info.toml");
    let second_table = info.rfind("[[exercises]]").unwrap();
    orphan.write("exercises/info.toml", &info[..second_table]);
    let result = orphan.run(&["verify"]);
    assert_eq!(result.code, 1, "{}", result.all());
    assert!(
        result
            .stdout
            .contains("02-hangs is not listed in exercises/info.toml"),
        "{}",
        result.all()
    );
    assert_eq!(
        result.stdout.lines().last().unwrap(),
        "verify: 2 passed, 2 failed"
    );
}

#[test]
fn an_unknown_exercise_suggests_the_closest_name() {
    let kit = ThrowawayKit::new(&[&ADDS, &HANGS]);
    let result = kit.run(&["grade", "hangz"]);
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(
        result
            .stderr
            .contains("error: there is no exercise `hangz`"),
        "{}",
        result.all()
    );
    assert!(
        result
            .stderr
            .contains("did you mean `exercise-02` (hangs)?"),
        "{}",
        result.all()
    );
    assert!(!result.stderr.contains("panicked"));
}

#[test]
fn a_malformed_info_file_is_reported_with_file_and_line() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    let info = kit
        .read("exercises/info.toml")
        .replace("kind = \"timing\"", "kind = \"speed\"");
    kit.write("exercises/info.toml", &info);
    let line = info.lines().position(|l| l == "kind = \"speed\"").unwrap() + 1;
    let result = kit.run(&["list"]);
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(
        result
            .stderr
            .contains(&format!("exercises/info.toml:{line}: ")),
        "{}",
        result.all()
    );
    assert!(result.stderr.contains("speed"), "{}", result.all());
}

#[test]
fn a_missing_cargo_is_a_clear_error() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    let mut command = kit.kit();
    command
        .env("CARGO", "/nonexistent/cargo")
        .args(["grade", "01"]);
    let result = run(command);
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(
        result.stderr.contains("cargo was not found"),
        "{}",
        result.all()
    );
    assert!(
        result.stderr.contains("help: install Rust with rustup"),
        "{}",
        result.all()
    );
}

#[test]
fn the_kit_root_is_found_from_a_nested_folder_and_a_wrong_root_is_explained() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    let mut nested = std::process::Command::new(kit_support::KIT);
    nested
        .current_dir(kit.root().join("exercises/01-adds/src"))
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
fn reset_refuses_an_exercise_this_binary_has_no_starter_for() {
    let kit = ThrowawayKit::new(&[&ADDS]);
    kit.write("exercises/01-adds/src/lib.rs", "my precious attempt");
    let result = kit.run(&["reset", "01"]);
    assert_eq!(result.code, 2, "{}", result.all());
    assert!(
        result.stderr.contains("has no starter of `exercise-01`"),
        "{}",
        result.all()
    );
    assert_eq!(
        kit.read("exercises/01-adds/src/lib.rs"),
        "my precious attempt",
        "nothing was touched"
    );
}

#[test]
fn watch_regrades_on_save_and_quits_on_q() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    use std::sync::mpsc;
    use std::time::Duration;

    let kit = ThrowawayKit::new(&[&ADDS, &HANGS]);
    let mut child = kit
        .kit()
        .arg("watch")
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
    // A generous ceiling against a broken watcher, not a measurement: each wait returns as
    // soon as the expected line arrives.
    let wait_for = |needle: &str| {
        let mut seen = Vec::new();
        loop {
            match received.recv_timeout(Duration::from_secs(120)) {
                Ok(line) if line.contains(needle) => return,
                Ok(line) => seen.push(line),
                Err(_) => panic!(
                    "`{needle}` never came; kit watch printed:\n{}",
                    seen.join("\n")
                ),
            }
        }
    };

    wait_for("score: 3/6 · not passed yet");
    wait_for("watching exercise-01 for changes");
    kit.write("exercises/01-adds/src/lib.rs", ADDS.solution);
    wait_for("score: 6/6 · passed");
    wait_for("watching exercise-01 for changes");

    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "h").unwrap();
    wait_for("hint: the hint of adds");
    writeln!(stdin, "q").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    let state: serde_json::Value = serde_json::from_str(&kit.read(".kit/state.json")).unwrap();
    assert_eq!(state["exercises"]["exercise-01"]["passed"], true);
}

#[test]
fn an_empty_exercise_list_is_explained_not_built() {
    let kit = ThrowawayKit::new(&[]);
    for args in [&["verify"][..], &["grade", "--all"], &["grade"]] {
        let result = kit.run(args);
        assert_eq!(result.code, 2, "{args:?}: {}", result.all());
        assert!(
            result.stderr.contains("lists no exercise yet"),
            "{}",
            result.all()
        );
    }
    let list = kit.run(&["list"]);
    assert_eq!(list.code, 0, "{}", list.all());
    assert!(
        list.stdout.contains("progress: 0/0 exercises done (0%)"),
        "{}",
        list.all()
    );
}
