//! `detached-spawn`: `tokio::spawn` (and `task::spawn`, `spawn_local`, `Handle::spawn`)
//! whose `JoinHandle` is discarded when the detach loses something: the task's output is not
//! `()` (an error nobody sees), or the task never ends (shutdown cannot stop it). Every other
//! discarded handle is `untracked-spawn`.

use syn::Expr;

use crate::engine::constructs::{Ending, Output, ValueKind, spawned_future};
use crate::engine::cx::Cx;
use crate::engine::facts::{Condition, Target};
use crate::engine::model::{CallInfo, Callee, SemanticModel, strip};
use crate::rules::{Discard, untracked_spawn};
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "detached-spawn";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a spawned task's join handle is dropped although its output is lost or it never ends",
    docs: r#"## What it does
Finds `tokio::spawn`, `tokio::task::spawn`, `tokio::task::spawn_local` and `Handle::spawn`
calls whose `JoinHandle` is thrown away (used as a statement, assigned to `let _ = ...`, or
bound to a variable that is never used again) when the detach loses something:

- **the task's output is not `()`**: the spawned future is a call to one of the crate's async
  fns whose declared output is not unit (`-> Result<(), Error>`), or an `async` block that
  ends in a value or uses `?`. Its error is returned into a handle nobody reads.
- **the task never ends**: its body is an unconditional `loop` with no `break`, `return` or
  `?` out of it. Shutdown can neither stop it nor wait for it.

A task that ends and produces `()` (it logs its own errors, and stops when its work is done
or a shutdown signal says so) is a deliberate fire-and-forget: not reported here (the
allow-by-default rule `untracked-spawn` covers it). A spawned future of unknown origin is not
reported either. Handles that are kept (stored, pushed, returned, awaited, aborted) are fine,
and so are `JoinSet::spawn` and `TaskTracker::spawn`, which keep track of their tasks.

## Why is this bad?
Dropping a `JoinHandle` does not stop the task: it keeps running, detached. If it panics or
returns an error, nobody sees it; if the program shuts down, nothing waits for it, so its
work can be cut off halfway (a half-written file, an unsent message). Detached tasks also
make tests flaky, because the test can finish before the task does.

## Example
```rust
async fn index_file(file: Upload) -> Result<(), IndexError> { /* .. */ }

async fn on_upload(file: Upload) {
    tokio::spawn(index_file(file)); // an IndexError is returned into a dropped handle
}

async fn start_metrics() {
    tokio::spawn(async move {
        loop {
            flush_metrics().await;
            tokio::time::sleep(PERIOD).await;
        } // never ends: shutdown cannot stop or await it
    });
}
```

## Use instead
```rust
async fn on_upload(tasks: &mut tokio::task::JoinSet<Result<(), IndexError>>, file: Upload) {
    tasks.spawn(index_file(file)); // joined at shutdown, errors reported there
}

async fn start_metrics(shutdown: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(PERIOD) => flush_metrics().await,
            }
        }
    })
}
```
Or handle the error inside the task (`if let Err(e) = index_file(file).await { .. }`). A
deliberate detach is suppressed with a reason:
`// asynclint: allow(detached-spawn) -- metrics flush, losing it is fine`.

Seed: "3.2.3 `asyncio.create_task()`" and the "Fire-and-forget task leak" row of "6.2
Anti-patterns Thường Gặp"; "Для чого використовується `asyncio.TaskGroup`?" in the asyncio
notes.
"#,
};

const SPAWN_HELP_OUTPUT: &str = "keep the handle and `.await` it (or spawn into a `tokio::task::JoinSet` that is joined), or handle the result inside the task: `if let Err(e) = work().await { tracing::error!(%e) }`";

const SPAWN_HELP_FOREVER: &str = "keep the handle to stop it at shutdown (`handle.abort()`, or `.await` it after signalling), or give the loop a way out: `select!` on a `CancellationToken` or a shutdown channel and `break`";

/// Called by the walk for every call whose value is discarded.
pub(crate) fn check_discarded(cx: &mut Cx, expr: &Expr, call: Option<&CallInfo>, how: Discard) {
    let model = cx.model;
    let Some(call) = call else {
        return;
    };
    if !model.is_handle_spawn(call) {
        return;
    }
    let untracked = untracked_spawn::finding(model, call, how);
    let Some(future) = spawned_future_arg(expr) else {
        cx.report(untracked);
        return;
    };
    let (output, ending) = spawned_future(future);
    if matches!(ending, Ending::Never) {
        cx.report(forever(model, call, None));
        return;
    }
    if let Output::Value(kind) = output {
        cx.report(output_lost(model, call, kind));
        return;
    }
    let mut conditions = Vec::new();
    if let Output::Of(inner) = output {
        match model.classify_call(inner).map(|c| c.callee) {
            Some(Callee::Crate(target)) => conditions.push(Condition::TargetOutputNotUnit(target)),
            // A known async API whose output is not `()`: `send().await` ends in a `Result`.
            Some(Callee::Api(path))
                if model.catalog.async_apis.contains(&path)
                    && !model.catalog.async_unit_apis.contains(&path) =>
            {
                let mut diagnostic = output_lost(model, call, ValueKind::Value);
                diagnostic.message = format!(
                    "spawned task ends in the result of `{path}`, which nobody reads: its `JoinHandle` is dropped"
                );
                cx.report(diagnostic);
                return;
            }
            _ => {}
        }
    }
    if let Ending::Of(inner) = ending {
        if let Some(target) = crate_target(model, inner) {
            conditions.push(Condition::TargetRunsForever(target));
        }
    }
    if conditions.is_empty() {
        cx.report(untracked);
        return;
    }
    // The message is completed in pass 2, once the index says which condition holds.
    let placeholder = model.diagnostic(NAME, call.start, call.end, String::new(), None);
    cx.report_either(placeholder, Condition::Any(conditions), untracked);
}

/// The future handed to `tokio::spawn(..)` / `handle.spawn(..)`.
fn spawned_future_arg(expr: &Expr) -> Option<&Expr> {
    match strip(expr) {
        Expr::Call(call) => call.args.first(),
        Expr::MethodCall(call) => call.args.first(),
        _ => None,
    }
}

/// The crate fn a spawned call runs, when the call resolves to one.
fn crate_target(model: &SemanticModel, call: &Expr) -> Option<Target> {
    match model.classify_call(call)?.callee {
        Callee::Crate(target) => Some(target),
        _ => None,
    }
}

fn output_lost(model: &SemanticModel, call: &CallInfo, kind: ValueKind) -> Diagnostic {
    let message = match kind {
        ValueKind::Fallible => {
            "spawned task returns a `Result` that nobody reads: its `JoinHandle` is dropped, so an error returned with `?` goes unseen"
        }
        ValueKind::Value => {
            "spawned task ends in a value that nobody reads: its `JoinHandle` is dropped"
        }
    };
    let mut diagnostic = model.diagnostic(
        NAME,
        call.start,
        call.end,
        message.to_string(),
        Some(SPAWN_HELP_OUTPUT.to_string()),
    );
    diagnostic.notes.push(NOTE_OUTPUT.to_string());
    diagnostic
}

fn forever(model: &SemanticModel, call: &CallInfo, callee: Option<&str>) -> Diagnostic {
    let mut diagnostic = model.diagnostic(NAME, call.start, call.end, String::new(), None);
    name_forever(&mut diagnostic, callee);
    diagnostic
}

const NOTE_OUTPUT: &str = "a panic or an error in the task goes unnoticed (dropping a `JoinHandle` does not stop the task)";

/// Completes a finding whose task is a crate async fn with a non-unit output.
pub(crate) fn name_output(diagnostic: &mut Diagnostic, callee: &str, output: &str) {
    diagnostic.message = format!(
        "spawned task's output is lost: `{callee}()` returns `{output}`, but its `JoinHandle` is dropped"
    );
    diagnostic.help = Some(SPAWN_HELP_OUTPUT.to_string());
    diagnostic.notes.push(NOTE_OUTPUT.to_string());
}

/// Completes a finding whose task never ends.
pub(crate) fn name_forever(diagnostic: &mut Diagnostic, callee: Option<&str>) {
    diagnostic.message = match callee {
        Some(callee) => format!(
            "spawned task never ends (`{callee}()` loops with no way out) and its `JoinHandle` is dropped: shutdown can neither stop nor await it"
        ),
        None => "spawned task never ends (an unconditional `loop` with no way out) and its `JoinHandle` is dropped: shutdown can neither stop nor await it".to_string(),
    };
    diagnostic.help = Some(SPAWN_HELP_FOREVER.to_string());
    diagnostic.notes.push(
        "the task runs until the runtime shuts down and is cut off wherever it is then (dropping a `JoinHandle` does not stop the task)".to_string(),
    );
}
