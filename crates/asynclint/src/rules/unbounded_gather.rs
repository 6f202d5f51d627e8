//! `unbounded-gather`: `join_all` / `try_join_all`, collecting into `FuturesUnordered`, or
//! starting a task per item in a loop, over a collection whose size is set by input (a
//! parameter the caller fills, the result of I/O, a channel), with no limit on how many run at
//! once. The model says where a collection's size comes from ([`Origin`]); this rule owns the
//! state of the gathers and loops it is watching, and settles them when they end.

use rustc_hash::FxHashSet;

use syn::Expr;

use crate::engine::cx::Cx;
use crate::engine::facts::{Condition, Target};
use crate::engine::model::{Callee, IoSource, LoopScope, Origin, SemanticModel, strip};
use crate::engine::source_map::Pos;
use crate::rules::Call;
use crate::{Diagnostic, RuleInfo, Severity};

pub(crate) const NAME: &str = "unbounded-gather";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a future per item of an input-sized collection is started at once, with no concurrency limit",
    docs: r#"## What it does
Finds `join_all` / `try_join_all`, `.collect()` into `FuturesUnordered` (or `JoinSet`), and
`tokio::spawn` / `JoinSet::spawn` / pushing into a `FuturesUnordered` in a loop, when there is
evidence that the number of futures is set by input:

- a collection the caller passes in (a parameter: `urls: Vec<String>`, `items: &[Item]`,
  a `Stream` drained with `.next().await`, or a count that numbers the items:
  `(1..=users).map(|id| fetch(id))`), when a caller in the workspace fills it from input,
  or when the fn is a library's `pub` fn that nothing in the workspace calls (its users
  decide the size); never when some caller passes a bounded one
  (`for chunk in ids.chunks(50)`),
- the result of I/O: a directory listing, the lines of a file, the rows of a query, a
  deserialized array,
- the items of a channel (`while let Some(job) = rx.recv().await { tokio::spawn(..) }`).

It stays silent for fan-out over configured topology or other domain-bounded sets (a field
such as `self.peers` or `config.shards`, a literal, a range whose numbers the futures do not
use (`for _ in 0..workers`), a configured job picked by an input's name), for a task that
does not use the item it is started for, for a collection of unknown origin, for a server's accept loop, for
a request/reply actor (each message carries the sender of its reply, `(req, reply_tx)` or
`Request::Get { key, reply }`: its callers each wait for their reply, so they bound it), and
when the futures are bounded:
`buffer_unordered(n)` / `buffered(n)`, `chunks(n)` / `take(n)`, a `Semaphore` permit acquired
inside each gathered future or in the loop that spawns them, a `JoinSet` /
`FuturesUnordered` drained inside the loop when it is full
(`while set.len() >= N { set.join_next().await; }`), or a spawn whose handle is awaited in
the same iteration.

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
Or acquire a `tokio::sync::Semaphore` permit at the start of each spawned future, or keep a
`JoinSet` under a cap by joining one task whenever it is full.

Seed: "5.1 `asyncio.Semaphore` - Giới hạn số concurrent tasks" and "7.2 Xử lý Nightly Job với
Rate Limiting"; "Для чого використовується `gather()`?" in the asyncio notes.
"#,
};

const HELP: &str = "bound the concurrency: `futures::stream::iter(..).buffer_unordered(N)`, a `tokio::sync::Semaphore` permit in each future, or a `JoinSet` joined down whenever it holds N tasks";

/// The rule's state for the fns being walked (an fn item inside an fn body nests).
#[derive(Default)]
pub(crate) struct State {
    fns: Vec<FnState>,
}

#[derive(Default)]
struct FnState {
    /// Crate fns called inside gathers and loops, in order: a gathered fn may acquire the
    /// limit itself (checked in pass 2).
    crate_calls: Vec<Target>,
    /// Gathering calls whose arguments are being walked, innermost last.
    gathers: Vec<OpenGather>,
    /// The fn's loops being walked, innermost last (parallel to the model's).
    loops: Vec<LoopState>,
    /// Locals filled, in a loop that acquires a limit, with futures that are bounded.
    bounded_locals: FxHashSet<String>,
    /// Concurrency limits seen so far in this fn, and how many there were when each statement
    /// being walked started (innermost last).
    limits: usize,
    limits_at_statements: Vec<usize>,
    /// Ends of the stream limiters (`buffer_unordered(n)`) whose receiver chain is being
    /// walked: loops and gathers made there are bounded. (A call is known by its end: the
    /// calls of a method chain all start where the chain does.)
    chain_limits: Vec<Pos>,
}

struct OpenGather {
    /// Where the gathering call ends: its identity.
    end: Pos,
    /// `None` when the gathered collection has no input-sized origin.
    candidate: Option<(Diagnostic, Origin)>,
    limited: bool,
    calls_from: usize,
}

struct LoopState {
    limited: bool,
    /// The loop joins tasks as it goes (`set.join_next().await` inside it).
    drains: bool,
    /// Spawned inside the arguments of a gather that is itself reported.
    in_reported_gather: bool,
    calls_from: usize,
    pending: Vec<LoopSpawn>,
    /// Locals pushed into in this loop.
    filled: FxHashSet<String>,
    /// Locals made from the loop's item (`let task = prepare(job);`).
    derived: FxHashSet<String>,
}

/// A task started in a loop body, held until the loop's end.
struct LoopSpawn {
    diagnostic: Diagnostic,
    at: Pos,
    /// The local its handle is bound to (`let handle = tokio::spawn(..);`): awaiting that
    /// local later in the same iteration runs the tasks one at a time.
    binding: Option<String>,
}

impl State {
    fn current(&mut self) -> Option<&mut FnState> {
        self.fns.last_mut()
    }
}

pub(crate) fn on_fn_start(_cx: &mut Cx, state: &mut State) {
    state.fns.push(FnState::default());
}

pub(crate) fn on_fn_end(_cx: &mut Cx, state: &mut State) {
    state.fns.pop();
}

pub(crate) fn on_statement_start(state: &mut State) {
    if let Some(f) = state.current() {
        f.limits_at_statements.push(f.limits);
    }
}

pub(crate) fn on_statement_end(state: &mut State) {
    if let Some(f) = state.current() {
        f.limits_at_statements.pop();
    }
}

impl FnState {
    /// A concurrency limit was taken while the current statement was walked.
    fn limited_in_statement(&self) -> bool {
        self.limits_at_statements
            .last()
            .is_some_and(|&at_start| at_start != self.limits)
    }
}

/// Called at every call, before its arguments are walked.
pub(crate) fn on_call(cx: &mut Cx, state: &mut State, call: &Call) {
    let model = cx.model;
    let Some(f) = state.current() else {
        return;
    };
    let info = &call.info;
    if model.catalog.limit_names.contains(&info.name) {
        f.limits += 1;
        for gather in &mut f.gathers {
            gather.limited = true;
        }
        for scope in &mut f.loops {
            scope.limited = true;
        }
        if let Some(facts) = cx.item_fn_facts() {
            facts.acquires_limit = true;
        }
        return;
    }
    let f = state.current().expect("checked above");
    if info.is_method && model.catalog.stream_limit_names.contains(&info.name) {
        f.chain_limits.push(info.end);
    }
    if let Callee::Crate(target) = &info.callee {
        if !f.gathers.is_empty() || !f.loops.is_empty() {
            f.crate_calls.push(target.clone());
        }
    }
    if let Some(source) = gathered_source(model, call) {
        let origin = source_origin(model, f, source);
        let candidate = origin.is_input().then(|| {
            let message = format!(
                "`{}` starts a future for every {}, all at once",
                info.name,
                describe(model, origin)
            );
            (finding(model, info.start, info.end, message), origin)
        });
        f.gathers.push(OpenGather {
            end: info.end,
            candidate,
            limited: !f.chain_limits.is_empty(),
            calls_from: f.crate_calls.len(),
        });
        return;
    }
    if !f.loops.is_empty()
        && model.starts_task(info)
        && !model.awaited_calls.contains(&info.start)
        && works_on_the_item(model, f, call)
    {
        let diagnostic = finding(model, info.start, info.end, String::new());
        if let Some(scope) = f.loops.last_mut() {
            scope.pending.push(LoopSpawn {
                diagnostic,
                at: info.start,
                binding: None,
            });
        }
    }
    if let (Some(receiver), true) = (call.receiver, is_fill(&info.name)) {
        if let Expr::Path(p) = strip(receiver) {
            if let (Some(ident), Some(scope)) = (p.path.get_ident(), f.loops.last_mut()) {
                scope.filled.insert(ident.to_string());
            }
        }
    }
}

/// A task started in a loop over input is a task per item only when it works on the item
/// (or on something made from it): a wake-up that starts work found elsewhere is not, nor a
/// configured job looked up by the name an input item gives.
fn works_on_the_item(model: &SemanticModel, f: &FnState, call: &Call) -> bool {
    let input_loops = model
        .fn_loops()
        .iter()
        .filter(|scope| scope.origin.is_input() && !scope.items.is_empty());
    if input_loops.clone().next().is_none() {
        return true;
    }
    let is_item = |name: &str| is_item_name(model, f, name);
    call.args.iter().any(|arg| mentions(arg, &is_item))
        || call.receiver.is_some_and(|r| mentions(r, &is_item))
}

/// A name bound to a loop's item, or made from one (`let task = prepare(job);`, a `match job`
/// arm's bindings).
fn is_item_name(model: &SemanticModel, f: &FnState, name: &str) -> bool {
    model
        .fn_loops()
        .iter()
        .any(|scope| scope.items.iter().any(|item| item == name))
        || f.loops.iter().any(|state| state.derived.contains(name))
}

/// A `match` arm whose scrutinee is (made from) a loop's item binds names made from it.
pub(crate) fn on_match_arm(cx: &mut Cx, state: &mut State, scrutinee: &Expr, arm: &syn::Arm) {
    let model = cx.model;
    let Some(f) = state.current() else {
        return;
    };
    if f.loops.is_empty() || !mentions(scrutinee, &|name: &str| is_item_name(model, f, name)) {
        return;
    }
    let names = crate::engine::walk::bound_names(&arm.pat);
    if let Some(innermost) = f.loops.last_mut() {
        innermost.derived.extend(names);
    }
}

/// Does the expression (macro bodies included) mention a name that `wanted` accepts?
fn mentions(expr: &Expr, wanted: &dyn Fn(&str) -> bool) -> bool {
    struct Finder<'w> {
        wanted: &'w dyn Fn(&str) -> bool,
        found: bool,
    }
    impl<'ast> syn::visit::Visit<'ast> for Finder<'_> {
        fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
            if (self.wanted)(&ident.to_string()) {
                self.found = true;
            }
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            let mut stack = vec![mac.tokens.clone()];
            while let Some(tokens) = stack.pop() {
                for tree in tokens {
                    match tree {
                        proc_macro2::TokenTree::Ident(ident) => self.visit_ident(&ident),
                        proc_macro2::TokenTree::Group(group) => stack.push(group.stream()),
                        // `format!("{host}/sitemap")` names `host` inside the string.
                        proc_macro2::TokenTree::Literal(literal) => {
                            let text = literal.to_string();
                            if inline_format_args(&text)
                                .into_iter()
                                .any(|name| (self.wanted)(name))
                            {
                                self.found = true;
                            }
                        }
                        proc_macro2::TokenTree::Punct(_) => {}
                    }
                }
            }
        }
    }
    let mut finder = Finder {
        wanted,
        found: false,
    };
    syn::visit::Visit::visit_expr(&mut finder, expr);
    finder.found
}

/// The names a format string captures inline: `host` and `port` in `"{host}:{port:>5}"`
/// (`{{` is an escaped brace, `{0}` and `{}` capture nothing).
fn inline_format_args(text: &str) -> Vec<&str> {
    let quoted = text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#");
    if !quoted {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut pieces = text.split('{').skip(1);
    while let Some(piece) = pieces.next() {
        // `{{` splits into an empty piece and the escaped text after it.
        if piece.is_empty() {
            pieces.next();
            continue;
        }
        let Some(end) = piece.find(['}', ':']) else {
            continue;
        };
        let name = &piece[..end];
        let is_ident = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if is_ident {
            names.push(name);
        }
    }
    names
}

fn is_fill(method: &str) -> bool {
    matches!(method, "push" | "push_back" | "push_front" | "extend")
}

/// The collection a gathering call starts a future for each item of: the argument of
/// `join_all(..)`, or the receiver of `.collect::<FuturesUnordered<_>>()`.
fn gathered_source<'n>(model: &SemanticModel, call: &Call<'n>) -> Option<&'n Expr> {
    let info = &call.info;
    let gathers = matches!(&info.callee, Callee::Api(path) if !info.is_method
        && (model.catalog.gather_fns.contains(path) || path.ends_with("FuturesUnordered::from_iter")));
    if gathers {
        return call.args.first();
    }
    if info.is_method && info.name == "collect" {
        let target = call
            .turbofish
            .and_then(|t| t.args.first())
            .and_then(|arg| match arg {
                syn::GenericArgument::Type(ty) => type_last_ident(ty),
                _ => None,
            })?;
        if is_future_set(&target) {
            return call.receiver;
        }
    }
    None
}

/// The origin of a gathered collection, unless its futures were filled under a limit.
fn source_origin(model: &SemanticModel, f: &FnState, source: &Expr) -> Origin {
    if let Some(root) = root_local(source) {
        if f.bounded_locals.contains(&root) {
            return Origin::Bounded;
        }
    }
    match model.origin_of(source) {
        Origin::Param(_) if crate::engine::walk::range_numbers_unused(source) => Origin::Fixed,
        origin => origin,
    }
}

/// The local a chain of adapters starts from (`futs` in `futs.into_iter().map(..)`).
fn root_local(mut expr: &Expr) -> Option<String> {
    loop {
        match strip(expr) {
            Expr::MethodCall(m) => expr = &m.receiver,
            Expr::Reference(r) => expr = &r.expr,
            Expr::Path(p) => return p.path.get_ident().map(|i| i.to_string()),
            _ => return None,
        }
    }
}

/// Called at every call, after its arguments were walked: settles a gathering call.
pub(crate) fn on_call_end(cx: &mut Cx, state: &mut State, call: &Call) {
    let Some(f) = state.current() else {
        return;
    };
    if f.chain_limits.last() == Some(&call.info.end) {
        f.chain_limits.pop();
    }
    if f.gathers.last().is_none_or(|g| g.end != call.info.end) {
        return;
    }
    let gather = f.gathers.pop().expect("checked above");
    let Some((diagnostic, origin)) = gather.candidate else {
        return;
    };
    if gather.limited {
        return;
    }
    let targets = f
        .crate_calls
        .get(gather.calls_from..)
        .unwrap_or(&[])
        .to_vec();
    report(cx, diagnostic, origin, targets);
}

/// `let futs: FuturesUnordered<_> = items.iter().map(..).collect();`, and a spawn's handle
/// bound to a local in a loop body.
pub(crate) fn on_let(cx: &mut Cx, state: &mut State, local: &syn::Local) {
    let model = cx.model;
    let Some(f) = state.current() else {
        return;
    };
    let Some(init) = &local.init else {
        return;
    };
    // `let task = prepare(job);` in a loop over items: `task` stands for the item too.
    if !f.loops.is_empty() && mentions(&init.expr, &|name: &str| is_item_name(model, f, name)) {
        let names = crate::engine::walk::bound_names(&local.pat);
        if let Some(innermost) = f.loops.last_mut() {
            innermost.derived.extend(names);
        }
    }
    if let syn::Pat::Ident(p) = strip_pat(&local.pat) {
        if let Some(scope) = f.loops.last_mut().filter(|scope| !scope.pending.is_empty()) {
            let at = crate::engine::constructs::expr_start(&init.expr);
            if let Some(spawn) = scope.pending.iter_mut().find(|s| s.at == at) {
                spawn.binding = Some(p.ident.to_string());
            }
        }
        // `let calls = ids.iter().map(|id| async { let _p = sem.acquire().await; .. });`:
        // the futures this local holds take a permit each.
        if f.limited_in_statement() {
            f.bounded_locals.insert(p.ident.to_string());
        }
    }
    let syn::Pat::Type(typed) = &local.pat else {
        return;
    };
    let Some(target) = type_last_ident(&typed.ty) else {
        return;
    };
    if !is_future_set(&target) || f.limited_in_statement() {
        return;
    }
    let Expr::MethodCall(call) = strip(&init.expr) else {
        return;
    };
    if call.method != "collect" {
        return;
    }
    let origin = source_origin(model, f, &call.receiver);
    if !origin.is_input() {
        return;
    }
    let start = crate::engine::constructs::expr_start(&init.expr);
    let end = Pos::end_of(call.paren_token.span.close());
    let message = format!(
        "collecting into `{target}` starts a future for every {}, all at once",
        describe(model, origin)
    );
    let diagnostic = finding(model, start, end, message);
    report(cx, diagnostic, origin, Vec::new());
}

fn strip_pat(pat: &syn::Pat) -> &syn::Pat {
    match pat {
        syn::Pat::Type(t) => strip_pat(&t.pat),
        other => other,
    }
}

/// `.await` of `base`: a spawned handle awaited in its own iteration, or tasks joined as the
/// loop goes.
pub(crate) fn on_await(_cx: &mut Cx, state: &mut State, base: &Expr) {
    let Some(f) = state.current() else {
        return;
    };
    match strip(base) {
        Expr::Path(p) => {
            if let (Some(ident), Some(scope)) = (p.path.get_ident(), f.loops.last_mut()) {
                scope
                    .pending
                    .retain(|spawn| spawn.binding.as_ref().is_none_or(|b| ident != b));
            }
        }
        // Joining tasks inside a loop body (`while set.len() >= N { set.join_next().await; }`)
        // caps every loop around it.
        Expr::MethodCall(m) => {
            let method = m.method.to_string();
            if method.starts_with("join_next") || method == "join_one" || method == "next" {
                for scope in &mut f.loops {
                    scope.drains = true;
                }
            }
        }
        _ => {}
    }
}

pub(crate) fn on_loop_start(_cx: &mut Cx, state: &mut State, _scope: &LoopScope) {
    let Some(f) = state.current() else {
        return;
    };
    let in_reported_gather = f.gathers.iter().any(|g| g.candidate.is_some());
    f.loops.push(LoopState {
        limited: !f.chain_limits.is_empty(),
        drains: false,
        in_reported_gather,
        calls_from: f.crate_calls.len(),
        pending: Vec::new(),
        filled: FxHashSet::default(),
        derived: FxHashSet::default(),
    });
}

/// A loop ends: its spawns are reported when it runs once per input item and nothing bounds
/// it; a loop over a fixed set hands them to the enclosing loop, which runs it again.
pub(crate) fn on_loop_end(cx: &mut Cx, state: &mut State, scope: &LoopScope) {
    let model = cx.model;
    let Some(f) = state.current() else {
        return;
    };
    let Some(ended) = f.loops.pop() else {
        return;
    };
    if ended.limited {
        f.bounded_locals.extend(ended.filled);
        return;
    }
    if ended.drains || ended.in_reported_gather || ended.pending.is_empty() {
        return;
    }
    if !scope.origin.is_input() {
        if let Some(outer) = f.loops.last_mut() {
            outer.pending.extend(ended.pending);
        }
        return;
    }
    let targets = f
        .crate_calls
        .get(ended.calls_from..)
        .unwrap_or(&[])
        .to_vec();
    let message = match scope.origin {
        Origin::Channel => "a task is started for every item received from a channel, with no limit on how many run at once".to_string(),
        origin => format!(
            "a task is started for every {}, with no limit on how many run at once",
            describe(model, origin)
        ),
    };
    for spawn in ended.pending {
        let mut diagnostic = spawn.diagnostic;
        diagnostic.message = message.clone();
        report(cx, diagnostic, scope.origin, targets.clone());
    }
}

/// Reports a finding now, or leaves it to pass 2 when the gathered futures call crate fns
/// that may acquire the limit themselves, or when callers may pass bounded collections.
fn report(cx: &mut Cx, diagnostic: Diagnostic, origin: Origin, targets: Vec<Target>) {
    let mut conditions = Vec::new();
    if !targets.is_empty() {
        conditions.push(Condition::GatheredFnsUnlimited(targets));
    }
    if let (Origin::Param(param), Some(scope)) = (origin, cx.model.current_fn()) {
        conditions.push(Condition::ParamFromInput {
            fn_path: scope.path.clone(),
            param,
        });
    }
    if conditions.is_empty() {
        cx.report(diagnostic);
    } else {
        cx.report_if(diagnostic, Condition::All(conditions));
    }
}

/// What each future is started for, in words.
fn describe(model: &SemanticModel, origin: Origin) -> String {
    match origin {
        Origin::Param(index) => {
            let scope = model.current_fn();
            let name = scope
                .and_then(|f| f.params.get(index))
                .filter(|name| name.as_str() != "_")
                .map_or_else(|| "a parameter".to_string(), |name| format!("`{name}`"));
            if scope.is_some_and(|f| f.counts.contains(&index)) {
                format!("number up to {name}, a count the caller sets")
            } else {
                format!("item of {name}, which callers fill from input")
            }
        }
        Origin::Io(IoSource::DirListing) => "entry of a directory listing".to_string(),
        Origin::Io(IoSource::Lines) => "line read from I/O".to_string(),
        Origin::Io(IoSource::QueryRows) => "row of a database query".to_string(),
        Origin::Io(IoSource::Deserialized) => "item of a deserialized array".to_string(),
        Origin::Io(IoSource::Request) => "item of a request's body".to_string(),
        Origin::Channel => "item received from a channel".to_string(),
        _ => "item".to_string(),
    }
}

fn finding(model: &SemanticModel, start: Pos, end: Pos, message: String) -> Diagnostic {
    let mut diagnostic = model.diagnostic(NAME, start, end, message, Some(HELP.to_string()));
    diagnostic
        .notes
        .push("all of them run at once: with a large input this exhausts sockets, memory or the remote side's limits".to_string());
    diagnostic
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

#[cfg(test)]
mod tests {
    use super::inline_format_args;

    #[test]
    fn format_strings_capture_the_names_in_single_braces() {
        assert_eq!(
            inline_format_args(r#""{host}:{port:>5}/{0}/{}""#),
            ["host", "port"]
        );
        assert_eq!(inline_format_args(r#""{{literal}} {{{x}""#), ["x"]);
        assert!(inline_format_args("'{'").is_empty());
    }
}
