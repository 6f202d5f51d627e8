//! End-to-end tests of the integrations: `asynclint install-hook` in a temporary git repository
//! (a commit with a pitfall is refused, a clean one goes through, an existing hook is kept),
//! `cargo asynclint` on a workspace, and the real pre-commit framework using this repository's
//! `.pre-commit-hooks.yaml` (`pre-commit` must be installed: `.ci/run` installs it, and the test
//! fails saying so when it is missing).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{BLOCKING_SLEEP, CLEAN_SLEEP, Project, Run};

fn git(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "asynclint tests")
        .env("GIT_AUTHOR_EMAIL", "tests@example.invalid")
        .env("GIT_COMMITTER_NAME", "asynclint tests")
        .env("GIT_COMMITTER_EMAIL", "tests@example.invalid")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run git");
    Run::from_output(output)
}

fn git_repo_with_crate() -> Project {
    let project = Project::new();
    git(project.path(), &["init", "-q", "-b", "main"]).expect_code(0);
    project
        .package("", "app")
        .file("src/lib.rs", "pub mod poll;\n")
        .file("src/poll.rs", CLEAN_SLEEP);
    git(project.path(), &["add", "."]).expect_code(0);
    git(project.path(), &["commit", "-q", "-m", "start"]).expect_code(0);
    project
}

#[test]
fn installed_hook_refuses_a_pitfall_and_lets_a_clean_commit_through() {
    let project = git_repo_with_crate();
    let install = project.run(&["install-hook"]);
    install.expect_code(0);
    assert!(
        install
            .stdout
            .contains("installed the asynclint pre-commit hook")
    );
    let hook = project.path().join(".git/hooks/pre-commit");
    assert!(hook.is_file());

    project.file("src/poll.rs", BLOCKING_SLEEP);
    git(project.path(), &["add", "src/poll.rs"]).expect_code(0);
    let refused = git(project.path(), &["commit", "-q", "-m", "block the runtime"]);
    assert_ne!(refused.code, 0, "commit with a pitfall must be refused");
    // git shows a hook's stdout on stderr.
    assert!(
        refused.stderr.contains("warning[blocking-in-async]"),
        "the hook says why:\n{}",
        refused.stderr
    );

    project.file("src/poll.rs", CLEAN_SLEEP);
    project.file("src/extra.rs", "pub fn helper() {}\n");
    git(project.path(), &["add", "."]).expect_code(0);
    git(project.path(), &["commit", "-q", "-m", "await the sleep"]).expect_code(0);

    // A commit without Rust files does not run the check at all.
    project.file("README.md", "hello\n");
    git(project.path(), &["add", "README.md"]).expect_code(0);
    git(project.path(), &["commit", "-q", "-m", "docs"]).expect_code(0);
}

#[test]
fn staged_file_sees_a_blocking_helper_from_another_file() {
    let project = git_repo_with_crate();
    project.run(&["install-hook"]).expect_code(0);
    project.file(
        "src/store.rs",
        "pub fn load() -> String {\n    std::fs::read_to_string(\"db.json\").unwrap()\n}\n",
    );
    project.file("src/lib.rs", "pub mod poll;\npub mod store;\n");
    git(project.path(), &["add", "."]).expect_code(0);
    git(project.path(), &["commit", "-q", "-m", "store"]).expect_code(0);

    // Only handler.rs is staged; the blocking helper lives in the committed store.rs.
    project.file(
        "src/handler.rs",
        "pub async fn handle() -> String {\n    crate::store::load()\n}\n",
    );
    project.file(
        "src/lib.rs",
        "pub mod handler;\npub mod poll;\npub mod store;\n",
    );
    git(project.path(), &["add", "src/handler.rs", "src/lib.rs"]).expect_code(0);
    let refused = git(project.path(), &["commit", "-q", "-m", "handler"]);
    assert_ne!(refused.code, 0, "{}\n{}", refused.stdout, refused.stderr);
    // git shows a hook's stdout on stderr.
    assert!(
        refused.stderr.contains("src/handler.rs:2:5"),
        "{}",
        refused.stderr
    );
}

#[test]
fn existing_hook_is_kept_unless_forced() {
    let project = git_repo_with_crate();
    let hook = project.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, "#!/bin/sh\necho mine\n").unwrap();

    let refused = project.run(&["install-hook"]);
    refused.expect_code(2);
    assert!(
        refused.stderr.contains("already exists"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    assert_eq!(
        std::fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\necho mine\n"
    );

    let forced = project.run(&["install-hook", "--force"]);
    forced.expect_code(0);
    assert!(forced.stdout.contains("replaced"), "{}", forced.stdout);
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("asynclint")
    );
}

#[test]
fn hook_goes_where_core_hooks_path_points() {
    let project = git_repo_with_crate();
    git(project.path(), &["config", "core.hooksPath", "githooks"]).expect_code(0);
    let run = project.run(&["install-hook"]);
    run.expect_code(0);
    assert!(project.path().join("githooks/pre-commit").is_file());
    assert!(!project.path().join(".git/hooks/pre-commit").exists());
}

#[test]
fn install_hook_outside_a_repository_is_a_clear_error() {
    let project = Project::new();
    let run = project.run_with(&["install-hook"], &[("GIT_CEILING_DIRECTORIES", "/")]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("not inside a git repository"),
        "{}",
        run.stderr
    );
}

fn cargo_asynclint_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_cargo-asynclint"))
}

fn cargo_asynclint(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(cargo_asynclint_bin())
        .arg("asynclint")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run cargo-asynclint");
    Run::from_output(output)
}

#[test]
fn cargo_asynclint_checks_the_current_package_or_all_members() {
    let project = Project::new();
    project
        .file(
            "Cargo.toml",
            "[workspace]\nmembers = [\"api\", \"worker\"]\nresolver = \"2\"\n",
        )
        .package("api", "api")
        .file("api/src/lib.rs", BLOCKING_SLEEP)
        .package("worker", "worker")
        .file("worker/src/lib.rs", CLEAN_SLEEP)
        .file("stray/loose.rs", BLOCKING_SLEEP);

    let all = cargo_asynclint(project.path(), &["--format", "concise"]);
    all.expect_code(1);
    assert!(
        all.stdout
            .contains("api/src/lib.rs:4:5: warning[blocking-in-async]"),
        "{}",
        all.stdout
    );
    assert!(
        !all.stdout.contains("stray"),
        "only workspace members: {}",
        all.stdout
    );
    assert!(all.stdout.contains("(2 files checked in"), "{}", all.stdout);

    let worker = cargo_asynclint(&project.path().join("worker/src"), &[]);
    worker.expect_code(0);
    assert!(
        worker.stdout.contains("no findings (1 file checked in"),
        "{}",
        worker.stdout
    );

    let workspace = cargo_asynclint(&project.path().join("worker"), &["--workspace"]);
    workspace.expect_code(1);
}

/// The real pre-commit framework, using this repository (its working tree copied into a
/// throwaway git repository) as the hook repository.
#[test]
fn pre_commit_framework_runs_the_hook_from_this_repository() {
    let available = Command::new("pre-commit").arg("--version").output();
    assert!(
        available.is_ok_and(|output| output.status.success()),
        "`pre-commit` is not installed, so the hook definition cannot be tested: install it \
         with `python3 -m pip install pre-commit` (as .ci/run does)"
    );
    let hook_repo = snapshot_of_this_repository();
    let rev = git(hook_repo.path(), &["rev-parse", "HEAD"]);
    rev.expect_code(0);
    let rev = rev.stdout.trim();

    let project = git_repo_with_crate();
    project.file(
        ".pre-commit-config.yaml",
        &format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: asynclint\n",
            hook_repo.path().display()
        ),
    );
    project.file("src/poll.rs", BLOCKING_SLEEP);
    git(project.path(), &["add", "."]).expect_code(0);

    // Build the hook's binary incrementally in a target dir that outlives the test.
    let build_dir = support::asynclint_bin()
        .parent()
        .unwrap()
        .join("pre-commit-build");
    let pre_commit_home = hook_repo.path().join(".pre-commit-home");
    let run = |args: &[&str]| {
        let output = Command::new("pre-commit")
            .args(args)
            .current_dir(project.path())
            .env("PRE_COMMIT_HOME", &pre_commit_home)
            .env("CARGO_TARGET_DIR", &build_dir)
            // The hook's `cargo install` builds the release profile; whole-program
            // optimisation would only make this test slower, not different.
            .env("CARGO_PROFILE_RELEASE_LTO", "false")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .expect("run pre-commit");
        Run::from_output(output)
    };
    let failing = run(&["run", "--files", "src/poll.rs"]);
    assert_eq!(failing.code, 1, "{}\n{}", failing.stdout, failing.stderr);
    assert!(
        failing.stdout.contains("blocking-in-async"),
        "{}",
        failing.stdout
    );

    project.file("src/poll.rs", CLEAN_SLEEP);
    git(project.path(), &["add", "src/poll.rs"]).expect_code(0);
    let passing = run(&["run", "--files", "src/poll.rs"]);
    assert_eq!(passing.code, 0, "{}\n{}", passing.stdout, passing.stderr);
    assert!(passing.stdout.contains("Passed"), "{}", passing.stdout);
}

/// A git repository holding this repository's current files (tracked and untracked, without
/// ignored ones), committed, so pre-commit can clone it at a revision.
fn snapshot_of_this_repository() -> Project {
    let root = support::repo_root();
    let listed = git(
        &root,
        &[
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ],
    );
    // Outside a git checkout the snapshot would be empty and the failure below obscure.
    listed.expect_code(0);
    let snapshot = Project::new();
    for relative in listed.stdout.split('\0').filter(|path| !path.is_empty()) {
        let from = root.join(relative);
        if !from.is_file() {
            continue;
        }
        let to = snapshot.path().join(relative);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
    }
    git(snapshot.path(), &["init", "-q", "-b", "main"]).expect_code(0);
    git(snapshot.path(), &["add", "-A"]).expect_code(0);
    git(snapshot.path(), &["commit", "-q", "-m", "snapshot"]).expect_code(0);
    snapshot
}
