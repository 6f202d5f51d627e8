//! `asynclint install-hook`: writes a plain git pre-commit hook, for projects that do not use
//! the pre-commit framework. The hooks directory comes from `git rev-parse --git-path hooks`,
//! so `core.hooksPath` and worktrees are honoured. An existing hook is never replaced unless
//! `--force` is given, because it may be someone's hand-written hook.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Error;

/// What happened when installing the hook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installed {
    Created(PathBuf),
    Replaced(PathBuf),
}

/// Install the pre-commit hook of the git repository containing `repo_dir`.
/// The hook runs the `asynclint` binary at `asynclint` (the one installing it), or the one on the
/// PATH once that binary is gone.
pub fn install(repo_dir: &Path, asynclint: &Path, force: bool) -> Result<Installed, Error> {
    let hooks_dir = hooks_dir(repo_dir)?;
    std::fs::create_dir_all(&hooks_dir).map_err(|err| {
        Error::new(format!(
            "cannot create the hooks directory `{}`: {err}",
            hooks_dir.display()
        ))
    })?;
    let hook = hooks_dir.join("pre-commit");
    let existed = hook.exists();
    if existed && !force {
        return Err(Error::new(format!(
            "a pre-commit hook already exists at `{}`; not replacing it\n  = help: rerun with `--force` to replace it, or call `asynclint check` from that hook",
            hook.display()
        )));
    }
    std::fs::write(&hook, hook_script(asynclint))
        .map_err(|err| Error::new(format!("cannot write `{}`: {err}", hook.display())))?;
    make_executable(&hook)?;
    Ok(if existed {
        Installed::Replaced(hook)
    } else {
        Installed::Created(hook)
    })
}

fn hooks_dir(repo_dir: &Path) -> Result<PathBuf, Error> {
    let output = Command::new("git")
        .args(["rev-parse", "--git-path", "hooks"])
        .current_dir(repo_dir)
        .output()
        .map_err(|err| Error::new(format!("cannot run git: {err}")))?;
    if !output.status.success() {
        return Err(Error::new(format!(
            "`{}` is not inside a git repository: {}",
            repo_dir.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    let relative = String::from_utf8_lossy(&output.stdout).trim().to_string();
    Ok(repo_dir.join(relative))
}

/// The hook checks the staged Rust files (added, copied, modified, renamed) and lets the commit
/// through when there are none.
pub fn hook_script(asynclint: &Path) -> String {
    let installed = shell_quote(&asynclint.display().to_string());
    format!(
        r#"#!/bin/sh
# Installed by `asynclint install-hook`: refuses a commit whose staged Rust files have async
# pitfalls. Bypass once with `git commit --no-verify`.
ASYNCLINT={installed}
if [ ! -x "$ASYNCLINT" ]; then
    ASYNCLINT=asynclint
fi
if git diff --cached --quiet --diff-filter=ACMR -- '*.rs'; then
    exit 0
fi
git diff --cached --name-only -z --diff-filter=ACMR -- '*.rs' | xargs -0 "$ASYNCLINT" check --
"#
    )
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<(), Error> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).map_err(|err| {
        Error::new(format!(
            "cannot make `{}` executable: {err}",
            path.display()
        ))
    })
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<(), Error> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_quotes_the_fallback_path() {
        let script = hook_script(Path::new("/opt/it's/asynclint"));
        assert!(script.starts_with("#!/bin/sh\n"));
        assert!(script.contains(r"ASYNCLINT='/opt/it'\''s/asynclint'"));
        assert!(script.contains("xargs -0 \"$ASYNCLINT\" check --"));
    }
}
