//! `block-on-in-async`: blocking on a future or on a tokio primitive from async context
//! (`Runtime::block_on`, `Handle::block_on`, `futures::executor::block_on`,
//! `pollster::block_on`, tokio's `blocking_lock` / `blocking_recv` / ...), directly or through
//! the crate's sync helpers (the chain is shown). tokio panics on these, or the runtime
//! deadlocks.

use crate::engine::cx::Cx;
use crate::engine::facts::{BlockKind, Condition, Target};
use crate::engine::model::Callee;
use crate::rules::Call;
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "block-on-in-async";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Error,
    summary: "blocking on a future inside async code panics or deadlocks the runtime",
    docs: r#"## What it does
Finds, in async context (an `async fn`, an `async` block or closure, or a sync closure that
runs inline there), calls that block the thread until a future or a tokio primitive is ready:
`Runtime::block_on`, `Handle::block_on` (also `Handle::current().block_on(..)`),
`futures::executor::block_on`, `pollster::block_on`, and tokio's bridges for sync code,
`Mutex::blocking_lock`, `RwLock::blocking_read` / `blocking_write`,
`mpsc::Receiver::blocking_recv`, `mpsc::Sender::blocking_send` and
`oneshot::Receiver::blocking_recv`. It also follows the crate's own sync functions: calling
`load_sync()` from async code is reported when `load_sync()` (or a function it calls) does
one of these, with the chain, and so does a sync function of another crate of the workspace
(`bridge::fetch_now()`, `use bridge::fetch_now;`, or a method of a `bridge` type built by its
constructor), whether async code calls it directly or through the crate's own sync
functions. Code handed to another thread is fine:
`tokio::task::block_in_place(|| ..)`, a closure given to `spawn_blocking` or
`std::thread::spawn`.

## Why is this bad?
`block_on` parks the current thread until the future completes. On a tokio worker that is
not just slow: tokio detects it and panics ("Cannot start a runtime from within a runtime",
"Cannot block the current thread from within a runtime"), and where it does not detect it
(`futures::executor::block_on`, `pollster`) the future often needs the very thread that is
now parked, and the program hangs. On a `current_thread` runtime it always deadlocks. It is
the Rust form of calling `asyncio.run()` from inside a running event loop.

## Example
```rust
fn on_config_change(cache: &Cache) {
    // called from an async handler
    tokio::runtime::Handle::current().block_on(cache.reload());
}

async fn handle(cache: &Cache) {
    on_config_change(cache);
}
```

## Use instead
```rust
async fn on_config_change(cache: &Cache) {
    cache.reload().await;
}
```
When a sync callback must call async code, run the callback on a blocking thread
(`tokio::task::spawn_blocking(move || handle.block_on(cache.reload()))`), or send the work
over a channel to a task.

Seed: "6.1 Checklist Thiết kế Async Application" (one `asyncio.run(main())` owns the event
loop's lifecycle); "Asyncio" (`asyncio.run(coroutine)` is the one entry point of an async
program) and "Взаємне блокування (Deadlocks)" in "Типові помилки при роботі з `asyncio`" of
the asyncio notes.
"#,
};

/// Called by the walk at every call expression.
pub(crate) fn check_call(cx: &mut Cx, call: &Call) {
    let model = cx.model;
    if !model.in_async() {
        return;
    }
    let info = &call.info;
    let by_name = info.is_method && model.catalog.block_on_method_names.contains(&info.name);
    match &info.callee {
        // A sync fn of a sibling crate (`bridge::fetch_now()`): reported when that crate's
        // index finds it blocks on a future, with its chain.
        Callee::Api(path) if !by_name && model.in_workspace(path) => {
            let diagnostic = model.diagnostic(NAME, info.start, info.end, String::new(), None);
            cx.report_if(
                diagnostic,
                Condition::TargetBlocks(Target::Path(path.clone()), BlockKind::BlockOn),
            );
        }
        Callee::Api(path) => {
            let catalogued = model
                .catalog
                .blocking
                .get(path)
                .filter(|api| api.kind == BlockKind::BlockOn);
            if catalogued.is_none() && !by_name {
                return;
            }
            let help = catalogued.map_or_else(
                || format!("`.await` the async form instead of `{}`", info.name),
                |api| api.help.clone(),
            );
            let shown = if catalogued.is_some() {
                path.clone()
            } else {
                info.name.clone()
            };
            cx.report(finding(cx, info.start, info.end, &shown, help));
        }
        Callee::Crate(target) if !by_name => {
            let diagnostic = model.diagnostic(NAME, info.start, info.end, String::new(), None);
            cx.report_if(
                diagnostic,
                Condition::TargetBlocks(target.clone(), BlockKind::BlockOn),
            );
        }
        _ if by_name => {
            let help = format!(
                "`.await` the async form instead (`{}` is for sync code outside the runtime)",
                info.name
            );
            cx.report(finding(cx, info.start, info.end, &info.name, help));
        }
        _ => {}
    }
}

fn finding(
    cx: &Cx,
    start: crate::engine::source_map::Pos,
    end: crate::engine::source_map::Pos,
    api: &str,
    help: String,
) -> Diagnostic {
    let mut diagnostic = cx.model.diagnostic(
        NAME,
        start,
        end,
        format!("`{api}` blocks on a future inside async context"),
        Some(help),
    );
    add_notes(&mut diagnostic);
    diagnostic
}

fn add_notes(diagnostic: &mut Diagnostic) {
    diagnostic.notes.push(
        "tokio panics when a runtime thread blocks on a future (\"Cannot block the current thread from within a runtime\"), and a current-thread runtime deadlocks".to_string(),
    );
}

/// Completes a call-to-crate-fn finding once the index knows the chain
/// (`["reload_sync", "tokio::runtime::Handle::block_on"]` for `on_change()`).
pub(crate) fn finish_crate_call(diagnostic: &mut Diagnostic, callee: &str, chain: &[String]) {
    let mut message = format!("`{callee}()` blocks on a future: it calls ");
    for (i, step) in chain.iter().enumerate() {
        if i > 0 {
            message.push_str(", which calls ");
        }
        if i + 1 == chain.len() {
            message.push_str(&format!("`{step}`"));
        } else {
            message.push_str(&format!("`{step}()`"));
        }
    }
    diagnostic.message = message;
    diagnostic.help = Some(format!(
        "make `{callee}` async and `.await` inside it, or call it from a blocking thread (`tokio::task::spawn_blocking(move || {callee}(..))`)"
    ));
    add_notes(diagnostic);
}
