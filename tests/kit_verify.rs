//! `kit verify` on the whole repository: every starter fails as documented, every solution
//! passes and is asynclint-clean, the metadata is consistent. This is the check CI runs.

mod kit_support;

use kit::info_file::InfoFile;
use kit_support::{kit_command, repo_root, run};

#[test]
fn every_exercise_of_the_repository_verifies() {
    let info = InfoFile::load(&repo_root().join("exercises/info.toml")).unwrap();
    let mut command = kit_command(&repo_root());
    command.arg("verify");
    let result = run(command);
    assert_eq!(result.code, 0, "{}", result.all());
    for exercise in &info.exercises {
        assert!(
            result
                .stdout
                .lines()
                .any(|l| l.starts_with(&format!("ok   {} ", exercise.id))),
            "{} did not verify: {}",
            exercise.id,
            result.all()
        );
    }
    assert_eq!(
        result.stdout.lines().last().unwrap(),
        format!("verify: {} passed, 0 failed", info.exercises.len() * 2),
        "{}",
        result.all()
    );
}
