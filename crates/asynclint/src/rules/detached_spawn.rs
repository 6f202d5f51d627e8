//! `detached-spawn`: `tokio::spawn` (and `task::spawn`, `spawn_local`, `Handle::spawn`)
//! whose `JoinHandle` is discarded, so nobody observes the task's error or panic and
//! shutdown cannot wait for it.

use crate::engine::walk::{CallInfo, Callee, Discard, Walker};
use crate::{RuleInfo, Severity};

pub(crate) const NAME: &str = "detached-spawn";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a spawned task's join handle is dropped, so its failure and its end go unobserved",
    docs: r#"## What it does
Finds `tokio::spawn`, `tokio::task::spawn`, `tokio::task::spawn_local` and
`Handle::spawn` calls whose `JoinHandle` is thrown away: used as a statement, assigned to
`let _ = ...`, or bound to a variable that is never used again. Handles that are kept
(stored, pushed, returned, awaited, aborted) are fine, and so are `JoinSet::spawn` and
`TaskTracker::spawn`, which keep track of their tasks.

## Why is this bad?
Dropping a `JoinHandle` does not stop the task: it keeps running, detached. If it panics or
returns an error, nobody sees it; if the program shuts down, nothing waits for it, so its
work can be cut off halfway (a half-written file, an unsent message). Detached tasks also
make tests flaky, because the test can finish before the task does.

## Example
```rust
async fn on_upload(file: Upload) {
    tokio::spawn(index_file(file));
}
```

## Use instead
```rust
async fn on_upload(tasks: &mut tokio::task::JoinSet<Result<(), Error>>, file: Upload) {
    tasks.spawn(index_file(file));
}
```
Or keep the handle and `.await` it, or use `tokio_util::task::TaskTracker` to wait for all
tasks at shutdown. A deliberate detach is suppressed with a reason:
`// asynclint: allow(detached-spawn) -- metrics flush, losing it is fine`.

Seed: "3.2.3 `asyncio.create_task()`" and the "Fire-and-forget task leak" row of "6.2
Anti-patterns Thường Gặp"; "Для чого використовується `asyncio.TaskGroup`?" in the asyncio
notes.
"#,
};

/// True when the call spawns a task and returns a `JoinHandle` the caller must keep.
pub(crate) fn is_untracked_spawn(walker: &Walker, call: &CallInfo) -> bool {
    match &call.callee {
        Callee::Api(path) if !call.is_method => walker.catalog.spawn_fns.contains(path),
        _ if call.is_method => {
            walker.catalog.spawn_methods.contains(&call.name)
                && call
                    .receiver_type
                    .as_ref()
                    .is_some_and(|ty| walker.catalog.spawn_types.contains(ty))
        }
        _ => false,
    }
}

/// Called by the walk for every call whose value is discarded.
pub(crate) fn check_discarded(walker: &mut Walker, call: &CallInfo, how: Discard) {
    if !is_untracked_spawn(walker, call) {
        return;
    }
    let message = match how {
        Discard::Statement | Discard::LetUnderscore => {
            "spawned task is detached: its `JoinHandle` is dropped"
        }
        Discard::UnusedBinding => {
            "spawned task is detached: its `JoinHandle` is bound but never used"
        }
    };
    let mut diagnostic = walker.diagnostic(
        NAME,
        call.start,
        call.end,
        message.to_string(),
        Some("keep the handle and `.await` it, or spawn into a `tokio::task::JoinSet` or `tokio_util::task::TaskTracker` that is awaited at shutdown".to_string()),
    );
    diagnostic.notes.push(
        "a panic or error in the task goes unnoticed, and shutdown cannot wait for it (dropping a `JoinHandle` does not stop the task)".to_string(),
    );
    walker.report(diagnostic);
}
