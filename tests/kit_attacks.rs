//! The learner who wants the points without the lesson: every trick on kit's grading
//! pipeline (issue 9) played against the real `kit` binary on a copy of this repository's
//! exercises, each showing that the grade stays right and the message says why. The tricks
//! on the checks themselves (learner constants, clock controls, dropped calls) live in
//! `kit_attacks_lessons.rs`.

mod kit_support;

use std::time::{Duration, Instant};

use kit_support::{KitCopy, checks, message_of, score};

const EX01: &str = "01-sequential-awaits";
const EX01_LIB: &str = "exercises/01-sequential-awaits/src/lib.rs";
/// The four checks of exercise 01 and their points (the lint point comes after).
const EX01_CHECKS: [(&str, u64); 4] = [
    ("returns_the_ten_users_in_order", 2),
    ("reports_a_failed_request", 1),
    ("ten_users_take_half_a_second", 4),
    ("all_ten_requests_are_in_flight_together", 3),
];

/// Exercise 01's reference solution with `extra` appended inside `fetch_ten_users`, before
/// its result.
fn solution_01_with(kit: &KitCopy, before_result: &str) -> String {
    kit.solution(EX01).replace(
        "    futures::future::try_join_all((1..=10).map(|id| api.fetch_user(id))).await\n",
        &format!(
            "    {before_result}\n    futures::future::try_join_all((1..=10).map(|id| api.fetch_user(id))).await\n"
        ),
    )
}

/// Since the source policy's `outside-world` rule, code that reaches for files, programs or
/// the process's environment is refused before anything is built or run: the defences further
/// down (the signed verdict, process groups, the run's own folder, the binary's signature)
/// stay as a backstop. These attacks now meet the policy first.
fn assert_refused_as_outside_world(report: &serde_json::Value) {
    assert_eq!(report["status"], "error", "{report:#}");
    assert_eq!(score(report), 0, "{report:#}");
    for (name, _) in EX01_CHECKS {
        let (_, status, _) = checks(report)
            .into_iter()
            .find(|(n, _, _)| n == name)
            .unwrap();
        assert_eq!(status, "error", "{name}: not run: {report:#}");
        let message = message_of(report, name);
        assert!(
            message.contains("reaches outside your code from src/"),
            "{name}: {message}"
        );
    }
}

/// Prints what libtest prints for a pass; `{end}` then ends the process.
const FORGED_PASS: &str = r#"
use kit_harness::{ServiceError, User, UserApi};

pub async fn fetch_ten_users(_api: &UserApi) -> Result<Vec<User>, ServiceError> {
    for name in ["returns_the_ten_users_in_order", "reports_a_failed_request",
                 "ten_users_take_half_a_second", "all_ten_requests_are_in_flight_together"] {
        println!("test {name} ... ok");
    }
    println!("test result: ok. 1 passed; 0 failed");
    {end}
}
"#;

#[test]
fn forged_test_lines_and_exit_zero_score_nothing() {
    let kit = KitCopy::new();
    kit.write(
        EX01_LIB,
        &FORGED_PASS.replace("{end}", "std::process::exit(0)"),
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(score(&report), 0, "{report:#}");
    // The source policy refuses `std::process::exit` before anything is built.
    for (name, _) in EX01_CHECKS {
        let message = message_of(&report, name);
        assert!(
            message.contains("ends the whole process"),
            "{name}: {message}"
        );
    }
}

#[test]
fn forged_test_lines_and_a_process_that_ends_itself_score_nothing() {
    let kit = KitCopy::new();
    // An end the source policy cannot see: the process has itself killed.
    kit.write(
        EX01_LIB,
        &FORGED_PASS.replace(
            "{end}",
            "let _ = std::process::Command::new(\"sh\").args([\"-c\", \"kill -9 $PPID\"]).status();\n    loop { std::thread::sleep(std::time::Duration::from_millis(10)); }",
        ),
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_refused_as_outside_world(&report);
}

#[test]
fn a_forged_verdict_record_is_rejected() {
    let kit = KitCopy::new();
    // Writes lookalike records into kit's verdict file (its path is `../verdict` from the
    // working folder) without the run's key, then exits.
    kit.write(
        EX01_LIB,
        r#"
use std::io::Write as _;
use kit_harness::{ServiceError, User, UserApi};

pub async fn fetch_ten_users(_api: &UserApi) -> Result<Vec<User>, ServiceError> {
    let name = std::thread::current().name().unwrap_or("").to_string();
    let record = format!(
        "{{\"event\":\"finished\",\"check\":\"{name}\",\"verdict\":\"pass\",\"failure\":null,\"panics\":[],\"timeline\":[]}}"
    );
    if let Ok(mut file) = std::fs::OpenOptions::new().append(true).open("../verdict") {
        let _ = writeln!(file, "{} {record}", "0".repeat(64));
        let _ = writeln!(file, "{record}");
    }
    Ok(Vec::new())
}
"#,
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_refused_as_outside_world(&report);
}

#[test]
fn calling_the_check_wrapper_or_the_test_binary_again_forges_nothing() {
    let kit = KitCopy::new();
    // The learner's code runs kit-harness's wrapper itself (stdin is already read, so it has
    // no key), then runs its own test binary again with a made-up handshake, then exits.
    kit.write(
        EX01_LIB,
        r#"
use std::io::Write as _;
use kit_harness::{ServiceError, User, UserApi};
use kit_harness::verdict::{Body, run_check};

pub async fn fetch_ten_users(api: &UserApi) -> Result<Vec<User>, ServiceError> {
    if std::env::var_os("FORGER").is_some() {
        // In the copy: do the work right, so it signs a pass with the made-up key.
        return futures::future::try_join_all((1..=10).map(|id| api.fetch_user(id))).await;
    }
    let name: &'static str = std::thread::current().name().unwrap_or("").to_string().leak();
    run_check(name, Body::Blocking(|| {}));
    let verdict = std::fs::canonicalize("../verdict").unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([name, "--exact"])
        .env("KIT_CHECK_CHANNEL", "stdin")
        .env("FORGER", "1")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let handshake = format!("{{\"key\":\"{}\",\"verdict_file\":{:?}}}", "ab".repeat(32), verdict);
    let _ = writeln!(child.stdin.take().unwrap(), "{handshake}");
    let _ = child.wait();
    let _ = std::process::Command::new("sh").args(["-c", "kill -9 $PPID"]).status();
    loop { std::thread::sleep(std::time::Duration::from_millis(10)); }
}
"#,
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_refused_as_outside_world(&report);
}

#[test]
fn edited_tests_info_and_support_files_change_nothing() {
    let kit = KitCopy::new();
    // Empty tests, a checks list cut to one cheap check, and exercise 08's blocking legacy
    // library made non-blocking (its query no longer made): with the starter's code, each would have meant more points.
    kit.write(
        "exercises/01-sequential-awaits/tests/grade.rs",
        "#[test]\nfn ten_users_take_half_a_second() {}\n#[test]\nfn all_ten_requests_are_in_flight_together() {}\n",
    );
    let info = kit.read("exercises/info.toml");
    let first_timing = info
        .find("test = \"ten_users_take_half_a_second\"")
        .unwrap();
    let table_start = info[..first_timing].rfind("[[exercises.checks]]").unwrap();
    let next_exercise = table_start + info[table_start..].find("[[exercises]]").unwrap();
    kit.write(
        "exercises/info.toml",
        &format!("{}{}", &info[..table_start], &info[next_exercise..]),
    );
    let legacy = "exercises/08-spawn-blocking/src/legacy.rs";
    kit.write(
        legacy,
        &kit.read(legacy).replace(
            "let rows = db.query(&sql, user_id);",
            "let rows = 0; let _ = db;",
        ),
    );

    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(
        report["max_score"], 11,
        "the kit's own checks list: {report:#}"
    );
    for (name, _) in &EX01_CHECKS[2..] {
        let (_, status, _) = checks(&report)
            .into_iter()
            .find(|(n, _, _)| n == name)
            .unwrap();
        assert_eq!(status, "fail", "{name}: {report:#}");
    }
    assert!(
        message_of(&report, "ten_users_take_half_a_second").contains("took 5.0 s"),
        "{report:#}"
    );
    let changed = report["audit"]["exercises"]["exercise-01"]["changed_files"].to_string();
    assert!(changed.contains("tests/grade.rs"), "{changed}");
    let kit_files = report["audit"]["kit_files"].to_string();
    assert!(kit_files.contains("exercises/info.toml"), "{kit_files}");

    let human = kit.run(&["grade", "01"]);
    assert!(
        human
            .stdout
            .contains("kit grades with its own copy of the exercise's files"),
        "{}",
        human.all()
    );

    let (report, run) = kit.grade_json("08", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    let stalls: Vec<_> = checks(&report)
        .into_iter()
        .filter(|(n, _, _)| n.contains("never_blocks"))
        .collect();
    assert!(!stalls.is_empty(), "{report:#}");
    for (name, status, _) in stalls {
        assert_eq!(
            status, "fail",
            "kit's legacy.rs still blocks: {name}: {report:#}"
        );
    }
    let changed = report["audit"]["exercises"]["exercise-08"]["changed_files"].to_string();
    assert!(changed.contains("src/legacy.rs"), "{changed}");
}

#[test]
fn planted_lint_configuration_does_not_silence_the_lint() {
    let kit = KitCopy::new();
    let silence = "[rules]\nblocking-in-async = \"allow\"\n";
    kit.write("asynclint.toml", silence);
    kit.write("exercises/08-spawn-blocking/asynclint.toml", silence);
    kit.write("exercises/08-spawn-blocking/src/asynclint.toml", silence);
    kit.write("exercises/08-spawn-blocking/src/.gitignore", "lib.rs\n");
    let manifest = "exercises/08-spawn-blocking/Cargo.toml";
    kit.write(
        manifest,
        &format!(
            "{}\n[package.metadata.asynclint.rules]\nblocking-in-async = \"allow\"\n",
            kit.read(manifest)
        ),
    );
    let (report, _) = kit.grade_json("08", &[]);
    let (_, status, _) = checks(&report)
        .into_iter()
        .find(|(n, _, _)| n == "asynclint")
        .unwrap();
    assert_eq!(status, "fail", "{report:#}");
    let lint = message_of(&report, "asynclint");
    assert!(lint.contains("blocking-in-async"), "{lint}");
    assert!(
        lint.contains("spawn_blocking") && lint.contains("legacy"),
        "exercise 08's own help, not the generic one: {lint}"
    );
    let kit_files = report["audit"]["kit_files"].to_string();
    assert!(kit_files.contains("asynclint.toml"), "{kit_files}");
}

#[test]
fn a_correct_solution_that_prints_passes() {
    let kit = KitCopy::new();
    kit.write(
        EX01_LIB,
        &solution_01_with(
            &kit,
            "use std::io::Write as _; let _ = writeln!(std::io::stdout(), \"fetching ten users\"); \
             println!(\"test ten_users ... FAILED\"); eprintln!(\"a note on stderr\");",
        ),
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(report["status"], "pass", "{report:#}");
    assert_eq!(score(&report), 11);
}

#[test]
fn a_stdout_flood_is_bounded_and_kit_stays_small() {
    let kit = KitCopy::new();
    kit.write(
        EX01_LIB,
        &solution_01_with(
            &kit,
            "use std::io::Write as _; let line = [b'x'; 4096]; \
             loop { let _ = std::io::stdout().write_all(&line); }",
        ),
    );
    let mut command = kit.kit();
    command
        .args(["grade", "01", "--format", "json", "--time-limit", "2"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    let pid = child.id();
    // The peak resident memory of kit itself (not cargo's), read until kit exits.
    let mut peak_kib = 0u64;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
        let status = child.wait().unwrap();
        (out, status)
    });
    while !reader.is_finished() {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status"))
            && let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak_kib = peak_kib.max(kib);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let (stdout, _) = reader.join().unwrap();
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for (name, _) in EX01_CHECKS {
        let message = message_of(&report, name);
        assert!(message.contains("kit stopped it"), "{name}: {message}");
    }
    assert!(peak_kib > 0, "kit's memory was read");
    assert!(
        peak_kib < 150 * 1024,
        "kit grew to {peak_kib} KiB while the check flooded stdout"
    );
    eprintln!("kit's peak RSS during a stdout flood: {peak_kib} KiB");
}

/// Whether a process with `marker` in its command line is running.
fn process_with(marker: &str) -> bool {
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(Result::ok)
        .any(|entry| {
            std::fs::read(entry.path().join("cmdline"))
                .is_ok_and(|cmdline| String::from_utf8_lossy(&cmdline).contains(marker))
        })
}

#[test]
fn a_lingering_child_holding_stdout_does_not_hold_kit() {
    let kit = KitCopy::new();
    // Two children that keep the check's stdout open for a minute: one in the check's process
    // group, one that left it.
    kit.write(
        EX01_LIB,
        &solution_01_with(
            &kit,
            "use std::os::unix::process::CommandExt as _; \
             let _ = std::process::Command::new(\"sleep\").arg(\"61.25\").spawn(); \
             let _ = std::process::Command::new(\"sleep\").arg(\"61.5\").process_group(0).spawn();",
        ),
    );
    let started = Instant::now();
    let (report, _) = kit.grade_json("01", &[]);
    let took = started.elapsed();
    assert_refused_as_outside_world(&report);
    assert!(
        took < Duration::from_secs(50),
        "kit waited {took:?} for the children"
    );
    assert!(
        !process_with("61.25"),
        "the child in the check's group was killed"
    );
    assert!(
        !process_with("61.5"),
        "the child that left the group was killed"
    );
}

#[test]
fn code_that_deletes_its_working_folder_touches_none_of_the_learners_files() {
    let kit = KitCopy::new();
    let code = solution_01_with(
        &kit,
        "for path in [\"src/lib.rs\", \"tests/grade.rs\", \"Cargo.toml\", \"README.md\"] { \
         let _ = std::fs::remove_file(path); } let _ = std::fs::remove_dir_all(\".\"); \
         let _ = std::fs::remove_dir_all(\"src\");",
    );
    kit.write(EX01_LIB, &code);
    let (report, _) = kit.grade_json("01", &[]);
    assert_refused_as_outside_world(&report);
    assert_eq!(kit.read(EX01_LIB), code);
    for file in ["tests/grade.rs", "Cargo.toml", "README.md"] {
        assert!(
            kit.root().join("exercises").join(EX01).join(file).is_file(),
            "{file} is still there"
        );
    }
}

#[test]
fn a_hang_is_stopped_with_an_explanation_and_progress() {
    let kit = KitCopy::new();
    kit.write(
        EX01_LIB,
        &solution_01_with(&kit, "let mut spins = 0u64; loop { spins = spins.wrapping_add(1); std::hint::black_box(spins); }"),
    );
    let (report, run) = kit.grade_json("01", &["--time-limit", "4"]);
    assert_eq!(run.code, 1, "{}", run.all());
    for (name, _) in EX01_CHECKS {
        let message = message_of(&report, name);
        assert!(
            message.contains("after 4 s of real time"),
            "{name}: {message}"
        );
        assert!(
            message.contains("a loop that never awaits") && message.contains("paused clock"),
            "{name}: {message}"
        );
    }
    assert!(
        run.stderr
            .contains("is still running after 3 s (kit stops it at 4 s)"),
        "{}",
        run.all()
    );
}

#[test]
fn a_compile_error_earns_no_lint_point() {
    let kit = KitCopy::new();
    kit.write(
        EX01_LIB,
        "use kit_harness::{ServiceError, User, UserApi};\n\n/// Not done yet.\npub async fn fetch_ten_users(_api: &UserApi) -> Result<Vec<User>, ServiceError> {\n    \"soon\"\n}\n",
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(report["status"], "error");
    assert_eq!(score(&report), 0, "{report:#}");
    assert!(message_of(&report, "asynclint").contains("does not compile"));
    let human = kit.run(&["grade", "01"]);
    assert!(
        human.stdout.contains("error[E0308]: mismatched types"),
        "{}",
        human.all()
    );
}

#[test]
fn unsafe_code_and_linker_attributes_are_refused() {
    let kit = KitCopy::new();
    // `#[no_mangle]` and `#[link_section]` need `unsafe` in edition 2024; without them no code
    // runs before a check's wrapper has taken its key.
    kit.write(
        EX01_LIB,
        &format!(
            "{}\n#[unsafe(no_mangle)]\npub extern \"C\" fn kit_sneaky() {{}}\n",
            kit.solution(EX01)
        ),
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(score(&report), 0, "{}", run.all());
    let human = kit.run(&["grade", "01"]);
    // The source policy names it first; the grading manifest's `unsafe_code = "forbid"` is
    // the backstop should anything slip past it.
    assert!(
        human
            .stdout
            .contains("`#[no_mangle]` changes what the linker sees"),
        "{}",
        human.all()
    );
}

#[test]
fn a_deleted_source_file_is_named_not_a_cargo_wall() {
    let kit = KitCopy::new();
    std::fs::remove_file(kit.root().join(EX01_LIB)).unwrap();
    let human = kit.run(&["grade", "01"]);
    assert_eq!(human.code, 1, "{}", human.all());
    assert!(
        human
            .stdout
            .contains("your exercises/01-sequential-awaits/src/lib.rs is missing"),
        "{}",
        human.all()
    );
    assert!(
        human.stdout.contains("kit reset exercise-01"),
        "{}",
        human.all()
    );
    assert!(!human.stdout.contains("Caused by"), "{}", human.all());

    std::fs::remove_dir_all(kit.root().join("exercises/01-sequential-awaits/src")).unwrap();
    let human = kit.run(&["grade", "01"]);
    assert!(
        human
            .stdout
            .contains("your exercises/01-sequential-awaits/src/ is missing"),
        "{}",
        human.all()
    );

    // A support file is the kit's: deleting it changes nothing.
    std::fs::remove_file(kit.root().join("exercises/08-spawn-blocking/src/legacy.rs")).unwrap();
    let solution = kit.solution("08-spawn-blocking");
    kit.write("exercises/08-spawn-blocking/src/lib.rs", &solution);
    let (report, run) = kit.grade_json("08", &[]);
    assert_eq!(report["status"], "pass", "{}", run.all());
}

#[test]
fn replacing_the_test_binary_is_detected() {
    let kit = KitCopy::new();
    // The first check to run swaps its own test binary for a script that would write a
    // verdict for every later check.
    kit.write(
        EX01_LIB,
        &solution_01_with(
            &kit,
            "if let Ok(exe) = std::env::current_exe() { \
             let _ = std::fs::remove_file(&exe); \
             let _ = std::fs::write(&exe, \"#!/bin/sh\\nexit 0\\n\"); \
             use std::os::unix::fs::PermissionsExt as _; \
             let _ = std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)); }",
        ),
    );
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_refused_as_outside_world(&report);
}

#[test]
fn the_teachers_view_lists_suppressions_and_edited_files() {
    let kit = KitCopy::new();
    let lib = "exercises/10-bounded-concurrency/src/lib.rs";
    kit.write(
        lib,
        &kit.read(lib).replace(
            "    futures::future::try_join_all(",
            "    // asynclint: allow(unbounded-gather) -- it is fine, really\n    futures::future::try_join_all(",
        ),
    );
    kit.write("exercises/10-bounded-concurrency/README.md", "# mine\n");
    let result = kit.run(&["grade", "--all", "--format", "json", "--time-limit", "5"]);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let ten = &report["audit"]["exercises"]["exercise-10"];
    assert_eq!(
        ten["suppressions"][0]["rules"][0], "unbounded-gather",
        "{ten:#}"
    );
    assert_eq!(
        ten["suppressions"][0]["path"],
        "exercises/10-bounded-concurrency/src/lib.rs"
    );
    assert_eq!(
        ten["changed_files"][0]["path"], "exercises/10-bounded-concurrency/README.md",
        "{ten:#}"
    );
    assert_eq!(ten["changed_files"][0]["change"], "modified");
    assert_eq!(
        report["audit"]["exercises"]["exercise-01"]["changed_files"],
        serde_json::json!([]),
        "an untouched exercise has nothing to report"
    );
}

#[test]
fn a_partial_eq_that_always_agrees_does_not_pass_a_check() {
    let kit = KitCopy::new();
    // Every timeout blamed on the orders query, and a `Step` that equals anything.
    let lying = kit
        .solution("06-timeouts")
        .replacen(
            "#[derive(Debug, Clone, Copy, PartialEq, Eq)]",
            "#[derive(Debug, Clone, Copy)]",
            1,
        )
        .replace("TimedOut(Step::Profile)", "TimedOut(Step::Orders)")
        + "\nimpl PartialEq for Step {\n    fn eq(&self, _: &Self) -> bool {\n        true\n    }\n}\n\nimpl Eq for Step {}\n";
    kit.write("exercises/06-timeouts/src/lib.rs", &lying);
    let (report, run) = kit.grade_json("06", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    let (_, status, _) = checks(&report)
        .into_iter()
        .find(|(n, _, _)| n == "the_error_names_the_call_that_hung")
        .unwrap();
    assert_eq!(status, "fail", "{report:#}");
}
