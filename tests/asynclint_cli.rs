//! End-to-end tests of `asynclint` as a user runs it: exit codes, discovery, config,
//! suppressions, bad input, and the informational subcommands.

mod support;

use support::{BLOCKING_SLEEP, CLEAN_SLEEP, Project, Run, repo_root};

fn rules_of(run: &Run) -> Vec<(String, String, u64)> {
    run.json()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn demo_service_shows_real_diagnostics_and_exits_1() {
    let run = support::Project::new();
    let demo = repo_root().join("lints/demo-service");
    let output = run.run(&["check", demo.to_str().unwrap()]);
    output.expect_code(1);
    assert!(
        output.stdout.contains("warning[blocking-in-async]"),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("= help:"), "{}", output.stdout);
    assert!(
        output
            .stdout
            .trim_end()
            .lines()
            .last()
            .unwrap()
            .contains("files checked in"),
        "{}",
        output.stdout
    );
}

#[test]
fn clean_crate_exits_0_and_says_so() {
    let project = Project::new();
    project.package("", "clean").file("src/lib.rs", CLEAN_SLEEP);
    let run = project.run(&["check"]);
    run.expect_code(0);
    assert!(
        run.stdout.starts_with("no findings (1 file checked in"),
        "{}",
        run.stdout
    );
}

#[test]
fn pitfall_exits_1_at_the_blocking_call() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", BLOCKING_SLEEP);
    let run = project.run(&["check", "--format", "json", "src"]);
    run.expect_code(1);
    assert_eq!(
        rules_of(&run),
        [("blocking-in-async".to_string(), "src/lib.rs".to_string(), 4)]
    );
}

#[test]
fn explicit_file_still_sees_helpers_in_other_files_of_its_crate() {
    let project = Project::new();
    project
        .package("", "app")
        .file(
            "src/lib.rs",
            "mod store;\n\npub async fn handler() -> String {\n    store::load()\n}\n",
        )
        .file(
            "src/store.rs",
            "pub fn load() -> String {\n    std::fs::read_to_string(\"db.json\").unwrap()\n}\n",
        );
    let run = project.run(&["check", "--format", "json", "src/lib.rs"]);
    run.expect_code(1);
    assert_eq!(
        rules_of(&run),
        [("blocking-in-async".to_string(), "src/lib.rs".to_string(), 4)]
    );
    let message = run.json()[0]["message"].as_str().unwrap().to_string();
    assert!(message.contains("load"), "{message}");
}

#[test]
fn nonexistent_path_exits_2_naming_it() {
    let project = Project::new();
    let run = project.run(&["check", "src/missing.rs"]);
    run.expect_code(2);
    assert_eq!(
        run.stderr.trim(),
        "error: cannot check `src/missing.rs`: no such file or directory"
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn dangling_symlink_given_explicitly_exits_2() {
    let project = Project::new();
    std::os::unix::fs::symlink("gone.rs", project.path().join("link.rs")).unwrap();
    let run = project.run(&["check", "link.rs"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("cannot check `link.rs`"),
        "{}",
        run.stderr
    );
}

#[test]
fn unreadable_file_is_an_io_error_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let project = Project::new();
    project
        .package("", "app")
        .file("src/secret.rs", "fn x() {}\n")
        .file("src/lib.rs", BLOCKING_SLEEP);
    let secret = project.path().join("src/secret.rs");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any file: run the check without the capabilities that let it.
    let run = Run::from_output(
        without_file_read_override(&mut project.command(&["check", "--format", "json"]))
            .output()
            .expect("run asynclint"),
    );
    assert!(
        run.stdout.contains("permission denied"),
        "the check could still read the mode-000 file, so this test cannot test an unreadable \
         file here:\n{}",
        run.stdout
    );
    run.expect_code(1);
    let rules = rules_of(&run);
    assert!(rules.contains(&("io-error".into(), "src/secret.rs".into(), 1)));
    assert!(rules.iter().any(|(rule, _, _)| rule == "blocking-in-async"));
}

/// As root, drop the capabilities that bypass file permissions (CAP_DAC_OVERRIDE and
/// CAP_DAC_READ_SEARCH) from the child's bounding set before it execs, so that a mode-000 file
/// is unreadable to it as to anyone else. Other users are left as they are. If the drop fails,
/// spawning fails; if a capability survives it (an inheritable one), the check reads the file
/// and the test says so: either way it fails rather than passing without testing.
fn without_file_read_override(command: &mut std::process::Command) -> &mut std::process::Command {
    use std::os::unix::process::CommandExt;
    // From linux/capability.h; libc does not export them.
    const CAP_DAC_OVERRIDE: libc::c_ulong = 1;
    const CAP_DAC_READ_SEARCH: libc::c_ulong = 2;
    // SAFETY: geteuid is always safe to call.
    if unsafe { libc::geteuid() } != 0 {
        return command;
    }
    // SAFETY: the closure only makes prctl calls, which are async-signal-safe, between fork and
    // exec, and touches no memory shared with the parent.
    unsafe {
        command.pre_exec(|| {
            for capability in [CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH] {
                if libc::prctl(libc::PR_CAPBSET_DROP, capability, 0, 0, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        })
    }
}

#[test]
fn non_utf8_file_is_an_io_error_naming_file_and_position() {
    let project = Project::new();
    project.package("", "app").file("src/lib.rs", CLEAN_SLEEP);
    std::fs::write(
        project.path().join("src/latin1.rs"),
        b"// caf\xe9\nfn x() {}\n",
    )
    .unwrap();
    let run = project.run(&["check", "--format", "json"]);
    run.expect_code(1);
    let found = run.json();
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["rule"], "io-error");
    assert_eq!(found[0]["severity"], "error");
    assert_eq!(found[0]["path"], "src/latin1.rs");
    assert_eq!(
        (found[0]["line"].as_u64(), found[0]["column"].as_u64()),
        (Some(1), Some(7))
    );
    assert!(
        found[0]["message"]
            .as_str()
            .unwrap()
            .contains("`src/latin1.rs` is not valid UTF-8")
    );

    let human = project.run(&["check"]);
    assert!(human.stdout.contains("error[io-error]"), "{}", human.stdout);
    assert!(
        human.stdout.contains("at src/latin1.rs:1:7"),
        "{}",
        human.stdout
    );
}

#[test]
fn fifty_megabyte_file_is_reported_not_parsed() {
    let project = Project::new();
    project.package("", "app").file("src/lib.rs", CLEAN_SLEEP);
    let line = "pub fn generated() -> u32 { 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 }\n";
    let big = line.repeat(50 * 1024 * 1024 / line.len() + 1);
    project.file("src/generated.rs", &big);
    let run = project.run(&["check", "--format", "json"]);
    run.expect_no_crash().expect_code(1);
    let found = run.json();
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["rule"], "io-error");
    assert!(found[0]["message"].as_str().unwrap().contains("too large"));
}

#[test]
fn hundred_thousand_nested_parens_do_not_crash() {
    let project = Project::new();
    let depth = 100_000;
    let source = format!(
        "async fn deep() -> u32 {{\n    {}1{}\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    project.package("", "app").file("src/lib.rs", &source);
    let run = project.run(&["check", "--format", "json"]);
    run.expect_no_crash();
    // Either analyzed or reported as too deep to analyze, never a crash.
    for finding in run.json() {
        assert_eq!(finding["rule"], "syntax-error", "{finding}");
    }
}

#[test]
fn syntax_error_is_reported_and_other_files_checked() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/broken.rs", "fn broken( {\n")
        .file("src/lib.rs", &format!("{BLOCKING_SLEEP}mod broken;\n"));
    let run = project.run(&["check", "--format", "json"]);
    run.expect_code(1);
    let found = run.json();
    let skipped = found
        .iter()
        .find(|d| d["rule"] == "syntax-error")
        .expect("the broken file is reported");
    assert_eq!(skipped["severity"], "note", "{skipped}");
    assert_eq!(skipped["path"], "src/broken.rs", "{skipped}");
    assert!(
        found.iter().any(|d| d["rule"] == "blocking-in-async"),
        "{found:?}"
    );
}

#[test]
fn a_file_skipped_as_unparseable_does_not_fail_the_run_unless_denied() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", "mod routes;\npub use routes::*;\n")
        // Stands in for a file rustc accepts and syn does not (syntax newer than the parser).
        .file(
            "src/routes.rs",
            "fn order() -> u32 {\n    let id = ;\n    id\n}\n",
        );
    let run = project.run(&["check"]);
    run.expect_code(0);
    assert!(
        run.stdout
            .contains("note[syntax-error]: file not checked: it does not parse"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("1 note"), "{}", run.stdout);

    project.file("asynclint.toml", "[rules]\nsyntax-error = \"deny\"\n");
    let denied = project.run(&["check"]);
    denied.expect_code(1);
    assert!(
        denied.stdout.contains("error[syntax-error]"),
        "{}",
        denied.stdout
    );
}

#[test]
fn test_code_is_checked_only_with_all_targets() {
    let project = Project::new();
    let in_test_module = format!(
        "pub fn a() {{}}\n#[cfg(test)]\nmod tests {{\n{}}}\n",
        BLOCKING_SLEEP.replace(
            "use std::time::Duration;",
            "use super::*;\nuse std::time::Duration;"
        )
    );
    project
        .package("", "app")
        .file("src/lib.rs", &in_test_module)
        .file("tests/api.rs", BLOCKING_SLEEP);
    let default = project.run(&["check"]);
    default.expect_code(0);
    assert!(
        default.stdout.contains("no findings (1 file checked in")
            && default.stdout.contains("; 1 skipped: test code"),
        "{}",
        default.stdout
    );

    let all = project.run(&["check", "--all-targets", "--format", "json"]);
    all.expect_code(1);
    let mut found = rules_of(&all);
    found.sort();
    assert_eq!(
        found,
        [
            ("blocking-in-async".into(), "src/lib.rs".into(), 8),
            ("blocking-in-async".into(), "tests/api.rs".into(), 4),
        ]
    );

    project.file("asynclint.toml", "all-targets = true\n");
    project.run(&["check"]).expect_code(1);
}

#[test]
fn files_no_mod_reaches_are_checked_only_when_named() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", "pub mod poll;\n")
        .file("src/poll.rs", CLEAN_SLEEP)
        .file("src/old/poll.rs", BLOCKING_SLEEP);
    let walked = project.run(&["check"]);
    walked.expect_code(0);
    assert!(
        walked
            .stdout
            .contains("1 skipped: test code or outside the module tree"),
        "{}",
        walked.stdout
    );

    let named = project.run(&["check", "src/old/poll.rs", "--format", "json"]);
    named.expect_code(1);
    assert_eq!(
        rules_of(&named),
        [("blocking-in-async".into(), "src/old/poll.rs".into(), 4)]
    );
}

#[test]
fn suppressions_in_unanalysed_test_code_are_not_reported_unused() {
    let project = Project::new();
    project.package("", "app").file(
        "src/lib.rs",
        "pub fn a() {}\n\
         #[cfg(test)]\n\
         mod tests {\n\
         \x20   #[tokio::test]\n\
         \x20   async fn waits() {\n\
         \x20       // asynclint: allow(blocking-in-async) -- a test may block\n\
         \x20       std::thread::sleep(std::time::Duration::from_millis(1));\n\
         \x20   }\n\
         }\n\
         pub fn b() {} // asynclint: allow(detached-spawn)\n",
    );
    let run = project.run(&["check", "--report-unused-suppressions", "--format", "json"]);
    run.expect_code(1);
    assert_eq!(
        rules_of(&run),
        [("unused-suppression".into(), "src/lib.rs".into(), 10)]
    );
    project
        .run(&["check", "--report-unused-suppressions", "--all-targets"])
        .expect_code(1);
}

#[test]
fn gitignored_target_and_excluded_files_are_skipped() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", CLEAN_SLEEP)
        .file("target/debug/build/out.rs", BLOCKING_SLEEP)
        .file(".gitignore", "scratch/\n")
        .file("scratch/notes.rs", BLOCKING_SLEEP)
        .file("src/generated/api.rs", BLOCKING_SLEEP)
        .file("asynclint.toml", "exclude = [\"src/generated\"]\n");
    let run = project.run(&["check"]);
    run.expect_code(0);
    assert!(run.stdout.contains("(1 file checked in"), "{}", run.stdout);
}

#[test]
fn config_levels_change_severity_and_allow_removes() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", BLOCKING_SLEEP)
        .file(
            "src/quiet.rs",
            "fn quiet() {} // asynclint: allow(detached-spawn)\n",
        )
        .file(
            "asynclint.toml",
            "report-unused-suppressions = true\n\n[rules]\nblocking-in-async = \"deny\"\nunused-suppression = \"allow\"\n",
        );
    let run = project.run(&["check", "--format", "json"]);
    run.expect_code(1);
    let found = run.json();
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["rule"], "blocking-in-async");
    assert_eq!(found[0]["severity"], "error");

    project.file("asynclint.toml", "[rules]\nblocking-in-async = \"allow\"\n");
    project.run(&["check"]).expect_code(0);
}

#[test]
fn config_in_cargo_metadata_is_found_from_a_subdirectory() {
    let project = Project::new();
    project
        .file(
            "Cargo.toml",
            "[workspace]\nmembers = [\"app\"]\n\n[workspace.metadata.asynclint]\nrules = { blocking-in-async = \"allow\" }\n",
        )
        .package("app", "app")
        .file("app/src/lib.rs", BLOCKING_SLEEP);
    project.run(&["check", "app/src"]).expect_code(0);
}

#[test]
fn bad_config_names_file_line_and_key() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", CLEAN_SLEEP)
        .file(
            "asynclint.toml",
            "# shared settings\nreport-unused-suppressions = true\nexclud = []\n\n[rules]\nblocking-in-async = \"deny\"\n",
        );
    let run = project.run(&["check"]);
    run.expect_code(2);
    assert!(
        run.stderr.starts_with("error: asynclint.toml:3:1: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("unknown field `exclud`"),
        "{}",
        run.stderr
    );

    project.file("asynclint.toml", "[rules]\nblocking-in-async = \"loud\"\n");
    let run = project.run(&["check"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("asynclint.toml:2:21:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("unknown level `loud`"),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_rule_in_config_is_an_error_listing_the_known_ones() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", CLEAN_SLEEP)
        .file("asynclint.toml", "[rules]\nblocking-in-sync = \"deny\"\n");
    let run = project.run(&["check"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("asynclint.toml:2:1: unknown rule `blocking-in-sync`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("blocking-in-async"), "{}", run.stderr);
}

#[test]
fn suppression_on_the_line_above_silences_and_unused_ones_are_reported() {
    let project = Project::new();
    let suppressed = BLOCKING_SLEEP.replace(
        "    std::thread::sleep",
        "    // asynclint: allow(blocking-in-async) -- startup only, before the runtime serves\n    std::thread::sleep",
    );
    project
        .package("", "app")
        .file("src/lib.rs", &format!("{suppressed}mod stale;\n"))
        .file(
            "src/stale.rs",
            "pub fn f() {} // asynclint: allow(detached-spawn) -- no spawn here any more\n",
        );
    project.run(&["check"]).expect_code(0);

    let run = project.run(&["check", "--report-unused-suppressions", "--format", "json"]);
    run.expect_code(1);
    assert_eq!(
        rules_of(&run),
        [(
            "unused-suppression".to_string(),
            "src/stale.rs".to_string(),
            1
        )]
    );
}

#[test]
fn file_wide_suppression() {
    let project = Project::new();
    let suppressed = format!("//! asynclint: allow(blocking-in-async)\n{BLOCKING_SLEEP}");
    project.package("", "app").file("src/lib.rs", &suppressed);
    project.run(&["check"]).expect_code(0);
}

#[test]
fn output_file_receives_the_findings() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", BLOCKING_SLEEP);
    let run = project.run(&["check", "--format", "json", "--output", "findings.json"]);
    run.expect_code(1);
    assert!(run.stdout.is_empty());
    let written: Vec<serde_json::Value> =
        serde_json::from_str(&project.read("findings.json")).unwrap();
    assert_eq!(written.len(), 1);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", BLOCKING_SLEEP);
    let piped = project.run(&["check"]);
    assert!(!piped.stdout.contains('\u{1b}'), "no colour into a pipe");
    let forced = project.run(&["check", "--color", "always"]);
    assert!(forced.stdout.contains("\u{1b}["), "{}", forced.stdout);
    let no_color = project.run_with(&["check", "--color", "auto"], &[("NO_COLOR", "1")]);
    assert!(!no_color.stdout.contains('\u{1b}'));
}

#[test]
fn rules_lists_every_rule_and_explain_prints_its_docs() {
    let project = Project::new();
    let rules = project.run(&["rules"]);
    rules.expect_code(0);
    for name in [
        "blocking-in-async",
        "unawaited-future",
        "detached-spawn",
        "unbounded-gather",
        "syntax-error",
        "io-error",
        "unused-suppression",
    ] {
        assert!(
            rules.stdout.contains(name),
            "{name} missing:\n{}",
            rules.stdout
        );
    }

    let explain = project.run(&["explain", "detached-spawn"]);
    explain.expect_code(0);
    for section in [
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Use instead",
    ] {
        assert!(
            explain.stdout.contains(section),
            "{section}:\n{}",
            explain.stdout
        );
    }

    let unknown = project.run(&["explain", "blocking-in-sync"]);
    unknown.expect_code(2);
    assert!(unknown.stderr.contains("unknown rule `blocking-in-sync`"));
}

#[test]
fn completions_man_page_version_and_usage_errors() {
    let project = Project::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let run = project.run(&["completions", shell]);
        run.expect_code(0);
        assert!(
            run.stdout.contains("install-hook"),
            "{shell}: {}",
            run.stdout
        );
    }
    let man = project.run(&["man"]);
    man.expect_code(0);
    assert!(man.stdout.contains(".TH asynclint"), "{}", man.stdout);
    assert!(man.stdout.contains("install\\-hook"), "{}", man.stdout);

    let version = project.run(&["--version"]);
    version.expect_code(0);
    assert_eq!(
        version.stdout.trim(),
        format!("asynclint {}", env!("CARGO_PKG_VERSION"))
    );

    project.run(&["check", "--format", "xml"]).expect_code(2);
    project.run(&["frobnicate"]).expect_code(2);
    project.run(&["check", "--fix", "--diff"]).expect_code(2);
}
