//! `untracked-spawn` (allow by default): a discarded `JoinHandle` that `detached-spawn` does not
//! report, for services that want every task tracked so graceful shutdown can wait for it.
//! `detached-spawn` decides which rule a spawn belongs to; never both.

use crate::engine::model::{CallInfo, SemanticModel};
use crate::rules::Discard;
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "untracked-spawn";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a spawned task's join handle is dropped, so shutdown cannot wait for the task",
    docs: r#"## What it does
Off unless enabled (`untracked-spawn = "warn"` in `[rules]`). Finds `tokio::spawn`,
`tokio::task::spawn`, `spawn_local` and `Handle::spawn` calls whose `JoinHandle` is thrown
away (a statement, `let _ = ...`, or a binding never used again) and that `detached-spawn`
does not report: tasks that produce `()` and end, or whose future the analysis cannot see.
Those are often deliberate fire-and-forget tasks; a service that shuts down gracefully still
wants each of them tracked.

## Why is this bad?
Nothing waits for an untracked task. When `main` returns, the runtime drops it wherever it
is: a message half sent, a file half written, a cache entry never flushed. Tests that spawn
untracked tasks finish before the tasks do and become flaky. The asyncio notes call this out
as exiting the main coroutine too early, while other coroutines have not finished.

## Example
```rust
async fn on_signup(user: User) {
    tokio::spawn(async move {
        if let Err(e) = send_welcome_mail(&user).await {
            tracing::warn!(%e, "welcome mail failed");
        }
    });
}
```

## Use instead
```rust
async fn on_signup(tracker: &tokio_util::task::TaskTracker, user: User) {
    tracker.spawn(async move {
        if let Err(e) = send_welcome_mail(&user).await {
            tracing::warn!(%e, "welcome mail failed");
        }
    });
}
// at shutdown: tracker.close(); tracker.wait().await;
```
A `tokio::task::JoinSet` that is joined at shutdown works too.

Seed: the "Fire-and-forget task leak" row of "6.2 Anti-patterns Thường Gặp" (track tasks and
await them all before exit); "Занадто ранній вихід із головної корутини" in "Типові помилки
при роботі з `asyncio`" of the asyncio notes.
"#,
};

/// The finding for a discarded handle of a task whose detach loses nothing visible.
pub(crate) fn finding(model: &SemanticModel, call: &CallInfo, how: Discard) -> Diagnostic {
    let message = match how {
        Discard::Statement | Discard::LetUnderscore => {
            "spawned task is untracked: its `JoinHandle` is dropped"
        }
        Discard::UnusedBinding => {
            "spawned task is untracked: its `JoinHandle` is bound but never used"
        }
    };
    let mut diagnostic = model.diagnostic(
        NAME,
        call.start,
        call.end,
        message.to_string(),
        Some("spawn it into a `tokio_util::task::TaskTracker` or a `tokio::task::JoinSet` that shutdown waits for, or keep the handle and `.await` it".to_string()),
    );
    diagnostic
        .notes
        .push("nothing waits for this task: at shutdown it is dropped wherever it is".to_string());
    diagnostic
}
