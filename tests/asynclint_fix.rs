//! End-to-end tests of `--diff` and `--fix`: certain rewrites are shown as a unified diff
//! without touching the file, applied atomically with `--fix`, and what cannot be fixed keeps
//! its finding and help.

mod support;

use support::Project;

const FIXABLE: &str = "use std::time::Duration;

pub async fn poll_status() -> String {
    std::thread::sleep(Duration::from_millis(50));
    std::fs::read_to_string(\"status.txt\").unwrap()
}

async fn load() -> std::io::Result<()> {
    Ok(())
}

pub async fn detached() {
    tokio::spawn(async { load().await?; Ok::<_, std::io::Error>(()) });
}
";

fn fixable_project() -> Project {
    let project = Project::new();
    project.package("", "app").file("src/lib.rs", FIXABLE);
    project
}

#[test]
fn diff_shows_the_rewrite_and_writes_nothing() {
    let project = fixable_project();
    let run = project.run(&["check", "--diff"]);
    run.expect_code(1);
    assert!(run.stdout.contains("--- a/src/lib.rs"), "{}", run.stdout);
    assert!(run.stdout.contains("+++ b/src/lib.rs"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("-    std::thread::sleep(Duration::from_millis(50));"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("+    tokio::time::sleep(Duration::from_millis(50)).await;"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("would be fixed in 1 file"),
        "{}",
        run.stderr
    );
    assert_eq!(project.read("src/lib.rs"), FIXABLE, "--diff must not write");
}

#[test]
fn fix_rewrites_in_place_and_reports_what_remains() {
    use std::os::unix::fs::PermissionsExt;
    let project = fixable_project();
    let file = project.path().join("src/lib.rs");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();

    let run = project.run(&["check", "--fix", "--format", "json"]);
    let fixed = project.read("src/lib.rs");
    assert!(
        fixed.contains("tokio::time::sleep(Duration::from_millis(50)).await;"),
        "{fixed}"
    );
    assert!(
        fixed.contains("tokio::fs::read_to_string(\"status.txt\").await.unwrap()"),
        "{fixed}"
    );
    assert!(!fixed.contains("std::thread::sleep"));
    syn::parse_file(&fixed).expect("the fixed file parses");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "permissions kept");
    let leftovers: Vec<_> = std::fs::read_dir(project.path().join("src"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files: {leftovers:?}");

    assert!(
        run.stderr.contains("fixed 2 findings in 1 file"),
        "{}",
        run.stderr
    );
    // The detached spawn has no certain fix: it remains, with its help.
    let remaining = run.json();
    assert_eq!(remaining.len(), 1, "{}", run.stdout);
    assert_eq!(remaining[0]["rule"], "detached-spawn");
    assert!(remaining[0]["help"].is_string());
    run.expect_code(1);

    // A second run has nothing left to fix.
    let again = project.run(&["check", "--diff"]);
    again.expect_code(0);
    assert!(again.stdout.is_empty());
}

#[test]
fn fix_on_a_clean_crate_changes_nothing() {
    let project = Project::new();
    project
        .package("", "app")
        .file("src/lib.rs", support::CLEAN_SLEEP);
    let run = project.run(&["check", "--fix"]);
    run.expect_code(0);
    assert_eq!(project.read("src/lib.rs"), support::CLEAN_SLEEP);
    assert!(
        run.stderr.contains("fixed 0 findings in 0 files"),
        "{}",
        run.stderr
    );
}
