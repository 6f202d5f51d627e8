//! `unawaited-future`: a future created and dropped without being awaited or polled: a call
//! to a crate async fn or a known async API as a statement, in `let _ = ...`, or bound to a
//! variable that is never used again.

use crate::engine::facts::Condition;
use crate::engine::walk::{CallInfo, Callee, Discard, Walker};
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "unawaited-future";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a future is created and dropped without being awaited, so its work never runs",
    docs: r#"## What it does
Finds futures that are created and then dropped without ever being awaited or polled: a call
to one of the crate's `async fn`s or to a known async API (`tokio::time::sleep`, `tokio::fs`,
`tokio::sync::Mutex::lock`, a bounded `mpsc::Sender::send`, `reqwest` requests...) used as a
statement, assigned to `let _ = ...`, or bound to a variable that is never used again. A
future that is returned, stored, pushed, passed to a function or macro (`join!`, `select!`,
`tokio::spawn`, `join_all`) or awaited later is fine.

## Why is this bad?
Rust futures are lazy: calling an `async fn` only builds a state machine, and nothing in its
body runs until the future is awaited or polled. A forgotten `.await` silently skips the
work (the message is never sent, the file never written, the sleep never happens) and the
compiler's `unused_must_use` warning is easy to miss or is silenced by `let _ =`.

## Example
```rust
async fn save(state: &State) {
    state.flush_to_disk();           // async fn: nothing happens
    let _ = tx.send(Event::Saved);   // bounded tokio sender: never sent
}
```

## Use instead
```rust
async fn save(state: &State) {
    state.flush_to_disk().await;
    tx.send(Event::Saved).await.ok();
}
```

Seed: "3.1 Coroutine và Event Loop Architecture" (calling `my_coro()` only creates a coroutine
object) and the "Quên `await`" row of "6.2 Anti-patterns Thường Gặp"; "Типові помилки при
роботі з `asyncio`" in the asyncio notes.
"#,
};

fn message(callee: &str, how: Discard) -> String {
    match how {
        Discard::Statement | Discard::LetUnderscore => {
            format!("future returned by `{callee}` is dropped without being awaited")
        }
        Discard::UnusedBinding => {
            format!("future returned by `{callee}` is bound but never awaited")
        }
    }
}

/// Called by the walk for every call whose value is discarded.
pub(crate) fn check_discarded(walker: &mut Walker, call: &CallInfo, how: Discard) {
    match &call.callee {
        Callee::Api(path) if walker.catalog.async_apis.contains(path) => {
            let mut diagnostic = walker.diagnostic(
                NAME,
                call.start,
                call.end,
                message(&format!("{path}()"), how),
                None,
            );
            add_explanation(&mut diagnostic);
            walker.report(diagnostic);
        }
        Callee::Crate(target)
            if walker.async_fn_names.contains(target.name())
                && walker.may_be_crate_target(target) =>
        {
            let diagnostic = walker.diagnostic(
                NAME,
                call.start,
                call.end,
                message(&format!("{}()", target.name()), how),
                None,
            );
            walker.report_if(diagnostic, Condition::TargetIsAsync(target.clone()));
        }
        _ => {}
    }
}

/// Adds the note and help every unawaited-future finding carries.
pub(crate) fn add_explanation(diagnostic: &mut Diagnostic) {
    diagnostic.notes.push(
        "futures are lazy: nothing in its body runs until it is awaited or polled".to_string(),
    );
    diagnostic.help = Some(
        "add `.await`, or hand the future to `tokio::spawn` / `join!` / `select!` if it should run concurrently".to_string(),
    );
}
