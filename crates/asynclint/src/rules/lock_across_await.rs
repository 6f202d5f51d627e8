//! `lock-across-await`: the guard of a blocking lock (`std::sync::Mutex`, `RwLock`,
//! parking_lot's locks) still alive at an `.await` in async code, either bound to a local
//! that lives past the `.await` or as a temporary of a statement that awaits.
//!
//! The rule counts zero-argument `lock()`, `read()`, `write()`, `borrow()` and
//! `borrow_mut()` calls as the walk meets them; after a statement of an async body that held
//! one, it looks at that statement and, for a guard bound by a `let`, at the statements after
//! it in the same block.

use syn::visit::{self, Visit};
use syn::{Expr, Stmt};

use crate::engine::Edition;
use crate::engine::catalog::Catalog;
use crate::engine::cx::Cx;
use crate::engine::model::SemanticModel;
use crate::engine::source_map::Pos;
use crate::rules::Call;
use crate::{Label, RuleInfo, Severity};

pub(crate) const NAME: &str = "lock-across-await";

pub(crate) const INFO: RuleInfo = RuleInfo {
    name: NAME,
    default_severity: Severity::Warning,
    summary: "a blocking lock's guard is still held when the task suspends at an `.await`",
    docs: r#"## What it does
Finds the guard of a blocking lock (`std::sync::Mutex::lock`, `std::sync::RwLock::read` /
`write`, and parking_lot's `Mutex` and `RwLock`), or of a `RefCell` borrow (`borrow()` /
`borrow_mut()`, like clippy's `await_holding_refcell_ref`), that is still alive when async code
reaches an `.await`:
- a guard bound to a variable (`let mut sessions = self.sessions.lock().unwrap();`) with an
  `.await` later in the same block, before the guard is dropped;
- a temporary guard in a statement that awaits after taking it:
  `tx.send(state.lock().unwrap().clone()).await`, a `match` on a locked value whose arms
  await, an `if let` whose body awaits, a `for` loop over a locked collection that awaits.

A `lock()` counts with evidence that it is a blocking lock: its `LockResult` is unwrapped
(`.lock().unwrap()`, `.expect(..)`, `?`), or the receiver's type is known to be a std or
parking_lot lock; a getter that happens to be called `lock()` is not one. Temporaries follow
Rust's rules: each operand of `&&` / `||` and each `match` arm's expression is a scope of its
own, and in an `if let .. else` the scrutinee's guard is still held in the `else` branch in
edition 2021, and already dropped in edition 2024.
`tokio::sync::Mutex` / `RwLock` (locked with `.lock().await`) are made to be held across
an `.await` and are not reported; neither is a guard dropped before the `.await` (a scoped
block, `drop(guard)`, or a value copied out with `let n = m.lock().unwrap().len();`).

## Why is this bad?
While the task is suspended at the `.await`, the lock stays held. Every other task that
wants it blocks its worker thread inside `lock()`: with a few of them, all worker threads
are stuck, and if the suspended task needs one of those threads to resume, nothing ever
runs again. That is a deadlock that shows up only under load. (A `std::sync::MutexGuard` also
makes the future `!Send`, so `tokio::spawn` refuses it; code that is not spawned compiles and
deadlocks instead.)

## Example
```rust
async fn touch(&self, id: SessionId) -> anyhow::Result<()> {
    let mut sessions = self.sessions.lock().unwrap();
    sessions.entry(id).or_default().touch();
    self.store.save(id).await?;
    Ok(())
}
```

## Use instead
```rust
async fn touch(&self, id: SessionId) -> anyhow::Result<()> {
    {
        let mut sessions = self.sessions.lock().unwrap();
        sessions.entry(id).or_default().touch();
    } // the guard is dropped here, before the task can suspend
    self.store.save(id).await?;
    Ok(())
}
```
If the lock really must stay held while awaiting, use `tokio::sync::Mutex`, whose `lock()`
is itself awaited and which suspends the waiting tasks instead of blocking their threads.

Seed: "Невірне використання примітивів синхронізації" and "Взаємне блокування (Deadlocks)" in
"Типові помилки при роботі з `asyncio`" of the asyncio notes.
"#,
};

const HELP_REFCELL: &str = "end the borrow before the `.await`: copy what you need out in a block (`let value = { cell.borrow().get(..).cloned() };`), or use a lock made to be held across awaits (`tokio::sync::Mutex`)";

const HELP: &str = "drop the guard before the `.await`: do the locked work in a block (`let value = { let guard = m.lock().unwrap(); guard.get(..).cloned() };`) or call `drop(guard)`; if the lock must stay held while awaiting, use `tokio::sync::Mutex`";

/// Is this method call a zero-argument call that may hand out a guard?
pub(crate) fn is_lock_name(catalog: &Catalog, name: &str, args: usize) -> bool {
    args == 0
        && (catalog.lock_guard_methods.iter().any(|m| m == name)
            || matches!(name, "borrow" | "borrow_mut"))
}

/// How many lock-like calls the walk has met, and how many there were when each enclosing
/// statement started.
#[derive(Default)]
pub(crate) struct State {
    lock_calls: usize,
    starts: Vec<usize>,
}

pub(crate) fn on_call(cx: &mut Cx, state: &mut State, call: &Call) {
    if call.info.is_method && is_lock_name(cx.model.catalog, &call.info.name, call.args.len()) {
        state.lock_calls += 1;
    }
}

pub(crate) fn on_statement_start(_cx: &mut Cx, state: &mut State) {
    state.starts.push(state.lock_calls);
}

/// After `stmts[index]`: when it held a lock-like call and runs on an async task, look for a
/// guard alive at an `.await`.
pub(crate) fn on_statement(cx: &mut Cx, state: &mut State, stmts: &[Stmt], index: usize) {
    let started = state.starts.pop().unwrap_or(state.lock_calls);
    if state.lock_calls != started && cx.model.in_async() {
        check_statement(cx, stmts, index);
    }
}

/// A blocking lock call that hands out a guard.
struct LockSite {
    start: Pos,
    end: Pos,
    method: String,
}

enum Event {
    Lock(LockSite),
    /// An `.await`, from its dot to its keyword.
    Await(Pos, Pos),
    /// The temporaries collected since this event index are dropped (a temporary scope ends).
    Release(usize),
    /// The guard being followed is moved away: `drop(guard)`, or any call that takes it by
    /// value (`prune(guard)`).
    Drop,
}

/// Checks `stmts[index]`, a statement of an async body that contains a lock call.
fn check_statement(cx: &mut Cx, stmts: &[Stmt], index: usize) {
    let model = cx.model;
    let stmt = &stmts[index];
    let mut found = Vec::new();
    // Temporaries of the statement itself.
    let mut scan = Scan::new(model, true, None);
    match stmt {
        Stmt::Expr(expr, _) => scan.visit_expr(expr),
        Stmt::Local(local) => {
            if let Some(init) = &local.init {
                scan.visit_expr(&init.expr);
                if let Some((_, diverge)) = &init.diverge {
                    scan.visit_expr(diverge);
                }
            }
        }
        _ => {}
    }
    found.extend(temporaries_held(scan.events));
    // Guards bound by `let`, followed through the rest of the block.
    for (name, site) in bound_guards(model, stmt) {
        for later in &stmts[index + 1..] {
            let mut scan = Scan::new(model, false, Some(&name));
            scan.visit_stmt(later);
            let first = scan
                .events
                .into_iter()
                .find(|e| matches!(e, Event::Await(..) | Event::Drop));
            match first {
                Some(Event::Await(start, end)) => {
                    found.push((site, start, end));
                    break;
                }
                Some(_) => break,
                None => {}
            }
        }
    }
    for (site, await_start, await_end) in found {
        report(cx, site, await_start, await_end);
    }
}

fn report(cx: &mut Cx, site: LockSite, await_start: Pos, await_end: Pos) {
    let model = cx.model;
    let refcell = site.method.starts_with("borrow");
    let mut diagnostic = model.diagnostic(
        NAME,
        site.start,
        site.end,
        if refcell {
            format!(
                "the `RefCell` borrow of this `{}()` is still held at an `.await`",
                site.method
            )
        } else {
            format!(
                "the guard of this blocking `{}()` is still held at an `.await`",
                site.method
            )
        },
        Some(if refcell { HELP_REFCELL } else { HELP }.to_string()),
    );
    diagnostic.labels.push(Label {
        span: model.span(await_start, await_end),
        message: if refcell {
            "the task can suspend here with the `RefCell` borrowed"
        } else {
            "the task can suspend here with the lock held"
        }
        .to_string(),
    });
    diagnostic.notes.push(if refcell {
        "any other code that borrows this `RefCell` while the task is suspended panics with `already borrowed`".to_string()
    } else {
        "other tasks that want this lock block their worker threads until it is released, which can deadlock the runtime".to_string()
    });
    cx.report(diagnostic);
}

/// Lock temporaries of one statement that are alive at a later `.await` of it.
fn temporaries_held(events: Vec<Event>) -> Vec<(LockSite, Pos, Pos)> {
    let mut held: Vec<(usize, LockSite)> = Vec::new();
    let mut found = Vec::new();
    for (at, event) in events.into_iter().enumerate() {
        match event {
            Event::Lock(site) => held.push((at, site)),
            Event::Release(mark) => held.retain(|(at, _)| *at < mark),
            Event::Await(start, end) => {
                found.extend(held.drain(..).map(|(_, site)| (site, start, end)));
            }
            Event::Drop => {}
        }
    }
    found
}

/// `let guard = m.lock().unwrap();` (or `.expect(..)`, `?`, parking_lot's bare `m.lock()`),
/// and each guard of `let (a, b) = (m.lock(), n.lock());`: the bound names and lock calls.
fn bound_guards(model: &SemanticModel, stmt: &Stmt) -> Vec<(String, LockSite)> {
    let Stmt::Local(local) = stmt else {
        return Vec::new();
    };
    let Some(init) = &local.init else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut pairs = vec![(&local.pat, &*init.expr)];
    while let Some((pat, expr)) = pairs.pop() {
        match (pat, expr) {
            (syn::Pat::Type(typed), _) => pairs.push((&typed.pat, expr)),
            (syn::Pat::Tuple(pats), Expr::Tuple(exprs))
                if pats.elems.len() == exprs.elems.len() =>
            {
                pairs.extend(pats.elems.iter().zip(&exprs.elems));
            }
            (syn::Pat::Ident(ident), _) if ident.subpat.is_none() => {
                if let Some(site) = guard_expr(model, expr) {
                    found.push((ident.ident.to_string(), site));
                }
            }
            _ => {}
        }
    }
    found
}

/// The lock call of an expression that evaluates to a guard: `m.lock()`, possibly unwrapped.
fn guard_expr(model: &SemanticModel, mut expr: &Expr) -> Option<LockSite> {
    let mut unwrapped = false;
    loop {
        match expr {
            Expr::Try(t) => {
                unwrapped = true;
                expr = &t.expr;
            }
            Expr::Paren(p) => expr = &p.expr,
            Expr::MethodCall(m) if passes_guard_on(model.catalog, &m.method) => {
                unwrapped = true;
                expr = &m.receiver;
            }
            _ => break,
        }
    }
    let Expr::MethodCall(call) = expr else {
        return None;
    };
    lock_site(model, call, unwrapped)
}

/// Methods of std's `LockResult` that hand on the guard (`.map_err(..)?`, `.ok()?`).
fn passes_guard_on(catalog: &Catalog, method: &syn::Ident) -> bool {
    catalog
        .lock_result_methods
        .iter()
        .any(|name| method == name)
}

/// The lock site of a call that takes a blocking lock or borrows a `RefCell`, with
/// evidence: a `lock()` / `read()` / `write()` whose `LockResult` is unwrapped, or whose
/// receiver is known to be a std or parking_lot lock; a `borrow()` / `borrow_mut()` on a
/// receiver known to be a `RefCell`. A known async lock (tokio's) never is.
fn lock_site(
    model: &SemanticModel,
    call: &syn::ExprMethodCall,
    unwrapped: bool,
) -> Option<LockSite> {
    let method = call.method.to_string();
    let catalog = model.catalog;
    if !is_lock_name(catalog, &method, call.args.len()) {
        return None;
    }
    let receiver_type = model.infer_type(&call.receiver).map(|t| t.path);
    let known = receiver_type.as_deref();
    let site = || LockSite {
        start: crate::engine::constructs::expr_start(&call.receiver),
        end: Pos::end_of(call.paren_token.span.close()),
        method: method.clone(),
    };
    if method.starts_with("borrow") {
        return (known == Some("std::cell::RefCell")).then(site);
    }
    if let Some(ty) = known {
        if catalog
            .async_lock_roots
            .iter()
            .any(|root| ty.starts_with(root.as_str()))
        {
            return None;
        }
        let blocking_lock = catalog.blocking_lock_types.contains(ty);
        return (blocking_lock || unwrapped).then(site);
    }
    unwrapped.then(site)
}

/// Collects, in evaluation order, the lock temporaries (when `collect` is on), the `.await`s
/// and the `drop(guard)` calls of an expression, within one task: closures, async blocks and
/// items are other code.
struct Scan<'w, 'a, 'n> {
    model: &'w SemanticModel<'a>,
    edition: Edition,
    collect: bool,
    /// A lock call that is awaited right away (`m.lock().await`): an async lock.
    awaited: Option<*const syn::ExprMethodCall>,
    /// A lock call wrapped in `.unwrap()` / `.expect(..)` / `?`.
    unwrapped: Option<*const syn::ExprMethodCall>,
    guard: Option<&'n str>,
    events: Vec<Event>,
}

impl<'w, 'a, 'n> Scan<'w, 'a, 'n> {
    fn new(model: &'w SemanticModel<'a>, collect: bool, guard: Option<&'n str>) -> Self {
        Scan {
            model,
            edition: model.resolver.edition(),
            collect,
            awaited: None,
            unwrapped: None,
            guard,
            events: Vec::new(),
        }
    }

    /// A call argument that is the followed guard itself moves it away (`drop(guard)`).
    fn note_moves(&mut self, args: &syn::punctuated::Punctuated<Expr, syn::Token![,]>) {
        let Some(guard) = self.guard else { return };
        if args
            .iter()
            .any(|arg| matches!(arg, Expr::Path(p) if p.path.is_ident(guard)))
        {
            self.events.push(Event::Drop);
        }
    }

    /// Visits a block: its statements end their own temporaries.
    fn visit_scoped(&mut self, block: &syn::Block) {
        let collect = std::mem::replace(&mut self.collect, false);
        visit::visit_block(self, block);
        self.collect = collect;
    }
}

fn method_call_of(expr: &Expr) -> Option<&syn::ExprMethodCall> {
    match expr {
        Expr::MethodCall(m) => Some(m),
        Expr::Paren(p) => method_call_of(&p.expr),
        Expr::Try(t) => method_call_of(&t.expr),
        _ => None,
    }
}

impl<'ast> Visit<'ast> for Scan<'_, '_, '_> {
    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}

    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}

    fn visit_item(&mut self, _: &'ast syn::Item) {}

    fn visit_macro(&mut self, _: &'ast syn::Macro) {}

    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.visit_scoped(block);
    }

    fn visit_expr_await(&mut self, awaited: &'ast syn::ExprAwait) {
        if let Some(call) = method_call_of(&awaited.base) {
            self.awaited = Some(call as *const _);
        }
        self.visit_expr(&awaited.base);
        self.events.push(Event::Await(
            Pos::start_of(awaited.dot_token.span),
            Pos::end_of(awaited.await_token.span),
        ));
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if passes_guard_on(self.model.catalog, &call.method) {
            if let Some(inner) = method_call_of(&call.receiver) {
                self.unwrapped = Some(inner as *const _);
            }
        }
        self.visit_expr(&call.receiver);
        let this = call as *const _;
        if self.collect && self.awaited != Some(this) {
            let unwrapped = self.unwrapped == Some(this);
            if let Some(site) = lock_site(self.model, call, unwrapped) {
                self.events.push(Event::Lock(site));
            }
        }
        for arg in &call.args {
            self.visit_expr(arg);
        }
        self.note_moves(&call.args);
    }

    fn visit_expr_try(&mut self, expr: &'ast syn::ExprTry) {
        if let Some(inner) = method_call_of(&expr.expr) {
            self.unwrapped = Some(inner as *const _);
        }
        self.visit_expr(&expr.expr);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        visit::visit_expr_call(self, call);
        self.note_moves(&call.args);
    }

    fn visit_expr_if(&mut self, expr: &'ast syn::ExprIf) {
        let mark = self.events.len();
        match &*expr.cond {
            // `if let`: the scrutinee's temporaries live through the body, and in editions
            // before 2024 through the `else` branch too.
            Expr::Let(scrutinee) => {
                self.visit_expr(&scrutinee.expr);
                self.visit_scoped(&expr.then_branch);
                if self.edition >= Edition::E2024 {
                    self.events.push(Event::Release(mark));
                }
            }
            // A plain condition drops its temporaries before either branch runs.
            cond => {
                self.visit_expr(cond);
                self.events.push(Event::Release(mark));
                self.visit_scoped(&expr.then_branch);
            }
        }
        if let Some((_, otherwise)) = &expr.else_branch {
            self.visit_expr(otherwise);
        }
    }

    /// Each operand of `&&` / `||` is a temporary scope of its own.
    fn visit_expr_binary(&mut self, expr: &'ast syn::ExprBinary) {
        if matches!(expr.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) {
            for operand in [&*expr.left, &*expr.right] {
                let mark = self.events.len();
                self.visit_expr(operand);
                self.events.push(Event::Release(mark));
            }
        } else {
            visit::visit_expr_binary(self, expr);
        }
    }

    /// A `match` arm's guard and expression are temporary scopes of their own; the
    /// scrutinee's temporaries live through the whole `match`.
    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        if let syn::Pat::Guard(guarded) = &arm.pat {
            let mark = self.events.len();
            self.visit_expr(&guarded.guard);
            self.events.push(Event::Release(mark));
        }
        let mark = self.events.len();
        self.visit_expr(&arm.body);
        self.events.push(Event::Release(mark));
    }

    fn visit_expr_while(&mut self, expr: &'ast syn::ExprWhile) {
        let mark = self.events.len();
        match &*expr.cond {
            Expr::Let(scrutinee) => self.visit_expr(&scrutinee.expr),
            cond => {
                self.visit_expr(cond);
                self.events.push(Event::Release(mark));
            }
        }
        self.visit_scoped(&expr.body);
    }
}
