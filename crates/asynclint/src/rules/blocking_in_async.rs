//! `blocking-in-async`: a blocking call (thread sleep, std::fs, sync sockets, sync HTTP and
//! DB clients, `block_on`...) in async context, or a call there to a crate fn that blocks,
//! directly or through other sync fns (the chain is shown).

use crate::engine::cx::Cx;
use crate::engine::facts::{BlockKind, Condition, Target};
use crate::engine::model::{Callee, DEFERRED};
use crate::rules::Call;
use crate::{Diagnostic, Edit, Fix, RuleInfo, Severity};

pub(crate) const NAME: &str = "blocking-in-async";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a blocking call inside async code stalls every task on the same worker thread",
    docs: r#"## What it does
Finds calls that block the current thread (`std::thread::sleep`, reading and writing files
with `std::fs` and `std::fs::File`, `std::net` sockets, `std::process::Command::output`,
`std::sync::mpsc` receives, `std::thread::JoinHandle::join`, `reqwest::blocking`, `ureq`,
synchronous database drivers) inside an `async fn`, an `async` block or an async closure,
including inside sync closures that run inline there (`.map(|p| std::fs::read(p))`). It also
follows the crate's own sync functions: calling `load()` from async code is reported when
`load()` (or a function it calls) blocks, and the message shows the chain.

It reports only with evidence: a path that resolves to a blocking API (`std::fs::read`, or
`File::open` after `use std::fs::File;`), or a method call on a receiver whose type is known
(a typed parameter or field, `self`, a local built by a constructor). A method on a receiver
of unknown type is never matched by its name alone. Cheap one-off metadata calls
(`create_dir_all`, `exists`, `metadata`, `rename`, `remove_file`) are not reported; calls
whose cost grows with what is on disk are: a directory listing (`read_dir` reads every entry),
a recursive removal or copy (`remove_dir_all`), reading or writing a file's contents. Opening
a file (`File::open`, `File::create`, `OpenOptions::open`) costs about as much, so it is
reported only when the fn then reads or writes the handle (a read or write method, or handing
it to a reader or writer: `BufReader::new(file)`, `std::io::copy`, `writeln!(file, ..)`); an
open whose handle is only locked, kept, dropped, returned, or handed to a crate fn of its own
that reads it (the read is reported there) is not. A handle handed to a crate fn that is not
seen to read it (it passes the file on to another crate's reader) is reported at the open.
tokio's `block_on` and `blocking_*` methods have a rule of their own, `block-on-in-async`.

A blocking call only hurts where other tasks run beside it, so it is reported where there is
evidence of that:
- in a future handed to `tokio::spawn`, a `JoinSet` or `TaskTracker`, `join_all`, `join!` or
  `select!`, or to a method named for spawning on a handle of no catalogued type (a runtime
  abstraction's `handle.spawn_bg(task.run())`), or in code after a spawn in the same fn (in a loop that starts tasks and awaits,
  its whole body from the second iteration on);
- in a fn named as a value (`get(handler)`: a router calls it from its tasks), a method of a
  trait declared outside the crate (a framework's callback), a library's `pub` fn that nothing
  in the workspace calls (its users may call it from any task; one the workspace calls is
  judged by those callers), or an async fn nothing in the workspace is seen to call (an
  awaited call of its name on a receiver of unknown type, `zone.load(&dir).await`, counts as a
  caller when no typed call reaches it: that site decides);
- in any fn that such code calls.
A once cell's initialiser (`CONFIG.get_or_init(|| ..)`, `get_or_try_init`, `LazyLock::new`,
`Lazy::new`) and the fns only it calls run once per process, while the value is first built:
a blocking call there stalls the other tasks once, not on every request, and is not reported.
The same call reached from elsewhere too is.
A task that only drives a connection the fn keeps using (`let (client, conn) =
connect(..).await?; tokio::spawn(conn)`) is not such evidence: it works only when the fn's own
flow uses the client. Nor is a task whose first await is a shutdown signal (`ctrl_c()`, a unix
`signal(..).recv()`): it runs nothing until then. Nor is a housekeeping ticker, a task that
awaits only timers (`sleep(..)`, an interval's `tick()`) and shutdown signals between bits of
sync bookkeeping (`loop { every.tick().await; publish_gauges(); }`): blocking beside it makes
its next tick late and holds up no request. A ticker whose tick awaits other work
(`refresh(&client).await`) is evidence as before. And a task its spawner awaits right away
(`let job = tokio::spawn(flow); ..; job.await??`), with nothing between but such signal
waiters, log lines and `abort_handle()`, runs the spawner's own flow, as it would without the
spawn.
A `#[tokio::main]` body before its first spawn, and the fns it awaits one after the other, are
a sequential program with nothing else to stall: they are not reported. Nor is a future
handed to code not known to run it beside others (a generic retry helper, a `timeout`).

## Why is this bad?
A tokio worker thread runs many tasks by switching between them at every `.await`. A
blocking call never reaches an `.await`: the thread stops, and every other task scheduled on
it stops too. One `std::thread::sleep(1s)` in a request handler delays all requests on that
worker by a second; on the current-thread runtime it freezes the whole program. `block_on`
inside the runtime can even panic or deadlock.

## Example
```rust
async fn handle(path: &str) -> std::io::Result<String> {
    std::thread::sleep(std::time::Duration::from_millis(100));
    std::fs::read_to_string(path)
}
```

## Use instead
```rust
async fn handle(path: &str) -> std::io::Result<String> {
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    tokio::fs::read_to_string(path).await
}
```
When no async version exists, move the work to the blocking pool with
`tokio::task::spawn_blocking(move || ...).await`.

Seed: "Phần IV: Xử Lý Blocking I/O trong Asyncio" (4.1 blocking I/O blocks the whole event
loop, 4.2 `asyncio.to_thread()`), and "Чому асинхронний код з `await` може виконуватись
синхронно?" in the asyncio notes.
"#,
};

/// Called by the walk at every call expression.
pub(crate) fn check_call(cx: &mut Cx, call: &Call) {
    let model = cx.model;
    // A once cell's initialiser stalls the other tasks once, while the value is first built.
    if !model.in_async() || model.frame().once {
        return;
    }
    // A blocking call stalls other tasks only where some run beside it: in a spawned task or
    // a `join!`, after a spawn, or in a fn the index finds evidence of concurrency for. In a
    // sequential program (a CLI's flow from `#[tokio::main]`) nothing else is there to stall.
    let sequential = model.concurrency_condition();
    let info = &call.info;
    let inline_closure = model.frame().inline_closure;
    match &info.callee {
        Callee::Api(path) => {
            let Some(api) = model.catalog.blocking.get(path) else {
                return;
            };
            if api.kind != BlockKind::Thread || model.is_cheap_here(api, info.start) {
                return;
            }
            let mut diagnostic = model.diagnostic(
                NAME,
                info.start,
                info.end,
                format!("blocking call to `{path}` in async context"),
                Some(api.help.clone()),
            );
            diagnostic
                .notes
                .push("while it blocks, this worker thread cannot run any other task".to_string());
            if inline_closure {
                diagnostic.notes.push(
                    "the closure runs inline on the async task, so it blocks the task too"
                        .to_string(),
                );
            }
            if !inline_closure && api.fix_certain && !info.is_method {
                if let (Some(equivalent), Some((path_start, path_end))) =
                    (&api.async_equivalent, info.path_range)
                {
                    diagnostic.fix = Some(Fix {
                        description: format!("use `{equivalent}(..).await`"),
                        edits: vec![
                            Edit {
                                start: model.file_offset(path_start),
                                end: model.file_offset(path_end),
                                replacement: equivalent.clone(),
                            },
                            Edit {
                                start: model.file_offset(info.end),
                                end: model.file_offset(info.end),
                                replacement: ".await".to_string(),
                            },
                        ],
                    });
                }
            }
            // An open whose handle goes to the crate's own fns: reported unless one of them
            // blocks, where its reads are reported.
            let unread = model.open_handed_to(api, info.start).map(|targets| {
                Condition::Not(Box::new(Condition::Any(
                    targets
                        .iter()
                        .map(|t| Condition::TargetBlocks(t.clone(), BlockKind::Thread))
                        .collect(),
                )))
            });
            match (sequential, unread) {
                (Some(sequential), Some(unread)) => {
                    cx.report_if(diagnostic, Condition::All(vec![sequential, unread]))
                }
                (Some(condition), None) | (None, Some(condition)) => {
                    cx.report_if(diagnostic, condition)
                }
                (None, None) => cx.report(diagnostic),
            }
        }
        Callee::Crate(target) => {
            let mut diagnostic = model.diagnostic(NAME, info.start, info.end, String::new(), None);
            let mut blocks = Condition::TargetBlocks(target.clone(), BlockKind::Thread);
            // A method on a value a crate fn returned: that value may be a catalogued type
            // whose method blocks (a file handle the fn opened).
            if let Target::Method { ty, name } = target
                && ty.starts_with(DEFERRED)
            {
                let types: Vec<(String, String)> = model
                    .catalog
                    .types_blocking_in(name)
                    .iter()
                    .filter_map(|ty| {
                        let api = model.catalog.blocking.get(&format!("{ty}::{name}"))?;
                        Some((ty.clone(), api.help.clone()))
                    })
                    .collect();
                if !types.is_empty() {
                    diagnostic.notes.push(
                        "while it blocks, this worker thread cannot run any other task".to_string(),
                    );
                    blocks = Condition::Any(vec![
                        blocks,
                        Condition::ReturnedTypeBlocks {
                            deferred: ty.clone(),
                            method: name.clone(),
                            types,
                        },
                    ]);
                }
            }
            let condition = match sequential {
                Some(sequential) => Condition::All(vec![blocks, sequential]),
                None => blocks,
            };
            cx.report_if(diagnostic, condition);
        }
        Callee::Unknown => {}
    }
}

/// Completes a finding on a method of a value a crate fn returned, once the index knows the
/// value is of a catalogued type whose method blocks (`std::fs::File::read_to_end`).
pub(crate) fn name_api(diagnostic: &mut Diagnostic, path: &str, help: &str) {
    diagnostic.message = format!("blocking call to `{path}` in async context");
    diagnostic.help = Some(help.to_string());
}

/// Completes a call-to-crate-fn finding once the index knows the chain
/// (`["read_config", "std::fs::read_to_string"]` for `load()`).
pub(crate) fn finish_crate_call(diagnostic: &mut Diagnostic, callee: &str, chain: &[String]) {
    let mut message = format!("`{callee}()` blocks: it calls ");
    for (i, step) in chain.iter().enumerate() {
        let is_api = i + 1 == chain.len();
        if i > 0 {
            message.push_str(", which calls ");
        }
        if is_api {
            message.push_str(&format!("`{step}`"));
        } else {
            message.push_str(&format!("`{step}()`"));
        }
    }
    diagnostic.message = message;
    diagnostic.help = Some(format!(
        "make `{callee}` async and use an async API inside it, or call it through `tokio::task::spawn_blocking(move || {callee}(..)).await`"
    ));
    diagnostic
        .notes
        .push("while it blocks, this worker thread cannot run any other task".to_string());
}
