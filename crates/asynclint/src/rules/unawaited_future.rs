//! `unawaited-future`: a future created and dropped without being awaited or polled: a call
//! to a crate async fn or a known async API as a statement, in `let _ = ...`, or bound to a
//! variable that is never used again.

use syn::Expr;

use crate::engine::constructs::expr_start;
use crate::engine::cx::Cx;
use crate::engine::facts::{Condition, Target};
use crate::engine::model::{CallInfo, Callee, DEFERRED, strip};
use crate::engine::source_map::Pos;
use crate::rules::Discard;
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "unawaited-future";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a future is created and dropped without being awaited, so its work never runs",
    docs: r#"## What it does
Finds futures that are created and then dropped without ever being awaited or polled: a call
to one of the crate's `async fn`s or to a known async API (`tokio::time::sleep`, `tokio::fs`,
`tokio::sync::Mutex::lock`, a bounded `mpsc::Sender::send`, `reqwest` requests...), or a call
of a local async closure (`let notify = |id| async move { .. }; notify(3);`), used as a
statement, assigned to `let _ = ...`, or bound to a variable that is never used again. A
future that is returned, stored, pushed, passed to a function or macro (`join!`, `select!`,
`tokio::spawn`, `join_all`) or awaited later is fine.

A method call counts only when its receiver's type is known (`self`, a typed field or
parameter, a local built by a constructor): `items.append(&mut more)` on a `Vec` is never
taken for the crate's own `async fn append`. A receiver declared as one of the crate's traits
(`store: &dyn Store`, an `Arc<dyn Store>` or `Box<dyn Store>` field, `S: Store`,
`where S: Store`, `impl Store`) is known too: its calls are the trait's methods, `async fn` in
the trait or under `#[async_trait]`. A newtype unpacked in a parameter (`State(app):
State<AppState>`) holds its type argument, so `app.store.flush();` is known through the
state's field. In a cargo workspace, a fn or method of a sibling crate's type
(`notes_store::Store::flush`) counts when that crate declares it `async`.

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

/// Called by the walk for every value that is discarded.
pub(crate) fn check_discarded(cx: &mut Cx, expr: &Expr, call: Option<&CallInfo>, how: Discard) {
    let model = cx.model;
    if let Some(closure) = called_async_closure(cx, expr) {
        let (start, end) = (expr_start(expr), expr_end(expr));
        let mut diagnostic = model.diagnostic(
            NAME,
            start,
            end,
            message(&format!("{closure}(..)"), how),
            None,
        );
        add_explanation(&mut diagnostic);
        diagnostic.notes.push(format!(
            "`{closure}` is an async closure: calling it only builds a future"
        ));
        cx.report(diagnostic);
        return;
    }
    let Some(call) = call else {
        return;
    };
    match &call.callee {
        Callee::Api(path) if model.catalog.async_apis.contains(path) => {
            let mut diagnostic = model.diagnostic(
                NAME,
                call.start,
                call.end,
                message(&format!("{path}()"), how),
                None,
            );
            add_explanation(&mut diagnostic);
            cx.report(diagnostic);
        }
        // A sibling crate's fn or method (`app.store.flush()` with `store: notes_store::Store`):
        // that crate's index says whether it is async.
        Callee::Api(path) if model.in_workspace(path) => {
            let name = path.rsplit("::").next().unwrap_or(path);
            let diagnostic = model.diagnostic(
                NAME,
                call.start,
                call.end,
                message(&format!("{name}()"), how),
                None,
            );
            cx.report_if(
                diagnostic,
                Condition::TargetIsAsync(Target::Path(path.clone())),
            );
        }
        // A method on a value whose type only the index knows (a field of a struct declared
        // in another file) may be another crate's: the index decides.
        Callee::Crate(target)
            if model.async_fn_names.contains(target.name())
                || matches!(target, Target::Method { ty, .. } if ty.starts_with(DEFERRED)) =>
        {
            let diagnostic = model.diagnostic(
                NAME,
                call.start,
                call.end,
                message(&format!("{}()", target.name()), how),
                None,
            );
            cx.report_if(diagnostic, Condition::TargetIsAsync(target.clone()));
        }
        _ => {}
    }
}

/// `notify(3)` where `notify` is a local async closure: its name.
fn called_async_closure(cx: &Cx, expr: &Expr) -> Option<String> {
    let Expr::Call(call) = strip(expr) else {
        return None;
    };
    let Expr::Path(p) = strip(&call.func) else {
        return None;
    };
    let name = p.path.get_ident()?.to_string();
    cx.model
        .resolver
        .local(&name)
        .is_some_and(|local| local.async_closure)
        .then_some(name)
}

fn expr_end(expr: &Expr) -> Pos {
    match strip(expr) {
        Expr::Call(call) => Pos::end_of(call.paren_token.span.close()),
        other => Pos::end_of(syn::spanned::Spanned::span(other)),
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
