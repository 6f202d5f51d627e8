//! `unbounded-gather`: `join_all` / `try_join_all`, collecting into `FuturesUnordered`, or
//! spawning in a loop, over a collection whose size is not a small literal (or once per item
//! received from a channel or stream), with no limit in sight (no Semaphore permit, no
//! `buffer_unordered`/`buffered`, no `chunks`).

use syn::punctuated::Punctuated;

use crate::engine::source_map::Pos;
use crate::engine::walk::{CallInfo, Callee, Walker};
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "unbounded-gather";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "every future of a collection of unknown size is started at once, with no concurrency limit",
    docs: r#"## What it does
Finds `join_all` / `try_join_all`, `.collect()` into `FuturesUnordered` (or `JoinSet`), and
`tokio::spawn` / `JoinSet::spawn` in a loop, over a collection whose size is not a small
literal (an array or `vec![]` literal, or a range with small literal or constant bounds), or
once per item received (`while let Some(job) = rx.recv().await`), when nothing in the
function limits concurrency: no Semaphore permit acquired, no `buffer_unordered` /
`buffered`, no `chunks`, no `take(n)`. A fixed pool (`for _ in 0..workers`) is fine, and so
is a server's accept loop (one task per connection is tokio's model; bound connections in the
server's configuration).

## Why is this bad?
All the futures start at once. With ten inputs that is fine; with the ten thousand URLs of a
production run it opens ten thousand sockets, exhausts file descriptors or the database
pool, trips the remote side's rate limit and holds every response in memory at the same
time. The code works in tests and fails under real load.

## Example
```rust
async fn crawl(urls: Vec<String>) -> Vec<Page> {
    futures::future::join_all(urls.iter().map(|u| fetch(u))).await
}
```

## Use instead
```rust
use futures::stream::{self, StreamExt};

async fn crawl(urls: Vec<String>) -> Vec<Page> {
    stream::iter(urls.iter().map(|u| fetch(u))).buffer_unordered(16).collect().await
}
```
Or acquire a `tokio::sync::Semaphore` permit at the start of each spawned future.

Seed: "5.1 `asyncio.Semaphore` - Giới hạn số concurrent tasks" and "7.2 Xử lý Nightly Job với
Rate Limiting"; "Для чого використовується `gather()`?" in the asyncio notes.
"#,
};

const HELP: &str = "bound the concurrency: `futures::stream::iter(..).buffer_unordered(N)`, or acquire a `tokio::sync::Semaphore` permit in each future";

fn finding(walker: &Walker, start: Pos, end: Pos, message: String) -> Diagnostic {
    let mut diagnostic = walker.diagnostic(NAME, start, end, message, Some(HELP.to_string()));
    diagnostic
        .notes
        .push("all of them run at once: with a large input this exhausts sockets, memory or the remote side's limits".to_string());
    diagnostic
}

/// Called by the walk at every call expression, with its arguments. A gathering call's
/// finding is returned: the walk reports it unless a limit shows up in the gathered futures.
/// A spawn in an unbounded loop waits for the loop's end for the same reason.
pub(crate) fn check_call(
    walker: &mut Walker,
    call: &CallInfo,
    args: &Punctuated<syn::Expr, syn::Token![,]>,
    receiver: Option<&syn::Expr>,
    turbofish: Option<&syn::AngleBracketedGenericArguments>,
) -> Option<Diagnostic> {
    // A Semaphore or a `buffer_unordered` earlier in the fn: the author bounds concurrency.
    if walker.limit_count() > 0 {
        return None;
    }
    let is_gather_fn = matches!(&call.callee, Callee::Api(path) if !call.is_method
        && (walker.catalog.gather_fns.contains(path) || path.ends_with("FuturesUnordered::from_iter")));
    if is_gather_fn {
        let source = args.first()?;
        if walker.is_bounded_source(source) {
            return None;
        }
        let message = format!(
            "`{}` starts every future of a collection of unbounded size at once",
            call.name
        );
        return Some(finding(walker, call.start, call.end, message));
    }
    if call.is_method && call.name == "collect" {
        let target = turbofish
            .and_then(|t| t.args.first())
            .and_then(|arg| match arg {
                syn::GenericArgument::Type(ty) => type_last_ident(ty),
                _ => None,
            })?;
        let receiver = receiver?;
        if !is_future_set(&target) || walker.is_bounded_source(receiver) {
            return None;
        }
        let message = format!(
            "collecting into `{target}` starts every future of a collection of unbounded size at once"
        );
        return Some(finding(walker, call.start, call.end, message));
    }
    // `spawn(..).await` inside the loop runs one task at a time.
    let awaited_at_once = walker.awaited_calls.contains(&call.start);
    if is_spawn_like(walker, call) && walker.in_unbounded_loop() && !awaited_at_once {
        let message = if walker.in_incoming_loop() {
            "a task is spawned for every item the loop receives, with no concurrency limit"
        } else {
            "tasks are spawned in a loop over a collection of unbounded size, with no concurrency limit"
        }
        .to_string();
        let diagnostic = finding(walker, call.start, call.end, message);
        walker.defer_to_loop(diagnostic, call.start);
    }
    None
}

/// `let futs: FuturesUnordered<_> = items.iter().map(..).collect();`
pub(crate) fn check_typed_collect(
    walker: &mut Walker,
    pat: &syn::Pat,
    init: &syn::Expr,
    limit_before: usize,
    calls_before: usize,
) {
    if limit_before > 0 || walker.limit_count() != limit_before {
        return;
    }
    let syn::Pat::Type(typed) = pat else { return };
    let Some(target) = type_last_ident(&typed.ty) else {
        return;
    };
    if !is_future_set(&target) {
        return;
    }
    let syn::Expr::MethodCall(call) = init else {
        return;
    };
    if call.method != "collect" || walker.is_bounded_source(&call.receiver) {
        return;
    }
    let start = crate::engine::walk::expr_start(init);
    let end = Pos::end_of(call.paren_token.span.close());
    let message = format!(
        "collecting into `{target}` starts every future of a collection of unbounded size at once"
    );
    let diagnostic = finding(walker, start, end, message);
    walker.report_gather(diagnostic, calls_before);
}

fn is_future_set(name: &str) -> bool {
    matches!(name, "FuturesUnordered" | "FuturesOrdered" | "JoinSet")
}

fn type_last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Spawning or pushing a future into a set that runs it right away.
fn is_spawn_like(walker: &Walker, call: &CallInfo) -> bool {
    if crate::rules::detached_spawn::is_untracked_spawn(walker, call) {
        return true;
    }
    let Some(ty) = &call.receiver_type else {
        return false;
    };
    (call.name == "spawn" && walker.catalog.tracked_spawn_types.contains(ty))
        || (call.name == "push" && walker.catalog.future_sets.contains(ty))
}
