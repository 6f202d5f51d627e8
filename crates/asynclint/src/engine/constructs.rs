//! Whole-construct analyses that need only the syntax of a finished construct: what a task's
//! body produces and whether it ever ends, where a loop can be left, which statements of a
//! block mention a name. They run when the walk has the whole construct in hand, and never
//! look at the model: rules combine their answers with it.

use rustc_hash::FxHashMap;

use proc_macro2::{Span as TokenSpan, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, Stmt};

use super::source_map::Pos;

/// What a spawned future produces, as far as its syntax says.
#[derive(Clone, Copy)]
pub(crate) enum Output<'e> {
    /// Ends without a value.
    Unit,
    /// Ends in a value that nobody will see: `Ok(..)`, a literal, a `Result` through `?`.
    Value(ValueKind),
    /// Ends in the output of this call (`run().await`, or the spawned call itself).
    Of(&'e Expr),
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueKind {
    /// Uses `?`, so it returns a `Result` (or `Option`) whose error nobody sees.
    Fallible,
    /// Ends in a value.
    Value,
}

/// Whether a spawned future ever ends, as far as its syntax says.
#[derive(Clone, Copy)]
pub(crate) enum Ending<'e> {
    /// An unconditional `loop` with no way out.
    Never,
    /// Ends when this call's future ends.
    Of(&'e Expr),
    Ends,
}

/// The output and the ending of the future handed to a spawn.
pub(crate) fn spawned_future(expr: &Expr) -> (Output<'_>, Ending<'_>) {
    match peel(expr) {
        Expr::Async(block) => (block_output(&block.block), block_ending(&block.block)),
        call @ (Expr::Call(_) | Expr::MethodCall(_)) => (Output::Of(call), Ending::Of(call)),
        _ => (Output::Unknown, Ending::Ends),
    }
}

fn peel(mut expr: &Expr) -> &Expr {
    loop {
        match expr {
            Expr::Paren(p) => expr = &p.expr,
            Expr::Group(g) => expr = &g.expr,
            _ => return expr,
        }
    }
}

/// The output of an async block's body.
pub(crate) fn block_output(block: &syn::Block) -> Output<'_> {
    let mut own = OwnLevel::default();
    for stmt in &block.stmts {
        own.visit_stmt(stmt);
    }
    if own.tries || own.returns_value {
        return Output::Value(if own.tries {
            ValueKind::Fallible
        } else {
            ValueKind::Value
        });
    }
    match block.stmts.last() {
        Some(Stmt::Expr(tail, None)) => tail_output(tail),
        _ => Output::Unit,
    }
}

/// A call with the single argument `()`: `Ok(())`.
fn is_unit_arg(call: &syn::ExprCall) -> bool {
    call.args.len() == 1 && matches!(peel(&call.args[0]), Expr::Tuple(t) if t.elems.is_empty())
}

fn tail_output(tail: &Expr) -> Output<'_> {
    match peel(tail) {
        Expr::Tuple(t) if t.elems.is_empty() => Output::Unit,
        Expr::Lit(_) | Expr::Struct(_) | Expr::Array(_) | Expr::Tuple(_) => {
            Output::Value(ValueKind::Value)
        }
        // A local as the tail (`accepted`): nobody binds `()` to a name to return it.
        Expr::Path(p)
            if p.qself.is_none()
                && p.path.get_ident().is_some_and(|i| {
                    i.to_string()
                        .starts_with(|c: char| c.is_lowercase() || c == '_')
                }) =>
        {
            Output::Value(ValueKind::Value)
        }
        Expr::Call(call) if path_ends_with(&call.func, &["Ok"]) && is_unit_arg(call) => {
            // `Ok(())` with no `?` and no other return at the block's level: the task always
            // succeeds, and its handle has nothing to report.
            Output::Unit
        }
        Expr::Call(call) if path_ends_with(&call.func, &["Ok", "Err", "Some"]) => {
            Output::Value(ValueKind::Value)
        }
        Expr::Call(_) => Output::Unknown,
        Expr::Await(awaited) => match peel(&awaited.base) {
            call @ (Expr::Call(_) | Expr::MethodCall(_)) => Output::Of(call),
            _ => Output::Unknown,
        },
        Expr::Macro(m) => {
            let name = m
                .mac
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            if UNIT_MACROS.contains(&name.as_str()) {
                Output::Unit
            } else {
                Output::Unknown
            }
        }
        Expr::Loop(_) | Expr::While(_) | Expr::ForLoop(_) | Expr::Assign(_) => Output::Unit,
        Expr::Block(b) => block_output(&b.block),
        Expr::If(expr_if) => match &expr_if.else_branch {
            None => Output::Unit,
            Some((_, otherwise)) => {
                both_unit(block_output(&expr_if.then_branch), tail_output(otherwise))
            }
        },
        Expr::Match(m) => m.arms.iter().fold(Output::Unit, |so_far, arm| {
            both_unit(so_far, tail_output(&arm.body))
        }),
        _ => Output::Unknown,
    }
}

/// The output of two branches of which one runs: `()` only when both are.
fn both_unit<'e>(a: Output<'e>, b: Output<'e>) -> Output<'e> {
    match (a, b) {
        (Output::Unit, Output::Unit) => Output::Unit,
        (Output::Value(kind), _) | (_, Output::Value(kind)) => Output::Value(kind),
        _ => Output::Unknown,
    }
}

/// Macros whose expansion is `()`.
const UNIT_MACROS: &[&str] = &[
    "println",
    "eprintln",
    "print",
    "eprint",
    "info",
    "warn",
    "error",
    "debug",
    "trace",
    "event",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
];

/// Whether an async block's body ends: it never does when one of its statements is an
/// unconditional `loop` with no `break`, `return` or `?` out of it.
pub(crate) fn block_ending(block: &syn::Block) -> Ending<'_> {
    for stmt in &block.stmts {
        if let Stmt::Expr(expr, _) = stmt {
            if let Expr::Loop(l) = peel(expr) {
                if !loop_has_exit(&l.body) {
                    return Ending::Never;
                }
            }
        }
    }
    match block.stmts.last() {
        Some(Stmt::Expr(tail, None)) => match peel(tail) {
            Expr::Await(awaited) => match peel(&awaited.base) {
                call @ (Expr::Call(_) | Expr::MethodCall(_)) => Ending::Of(call),
                _ => Ending::Ends,
            },
            _ => Ending::Ends,
        },
        _ => Ending::Ends,
    }
}

/// A fn body that never ends (an unconditional loop with no way out).
pub(crate) fn body_runs_forever(block: &syn::Block) -> bool {
    matches!(block_ending(block), Ending::Never)
}

/// Can control leave this loop body: a `break` that targets it (or an outer loop), a
/// `return`, or a `?`? Closures and async blocks inside are other code; macro bodies are
/// searched for the tokens.
fn loop_has_exit(body: &syn::Block) -> bool {
    let mut finder = ExitFinder {
        inner_labels: Vec::new(),
        found: false,
    };
    finder.visit_block(body);
    finder.found
}

struct ExitFinder {
    /// The labels of the loops nested inside ours (`None` for unlabelled ones), innermost
    /// last: an unlabelled `break` there, or one naming them, leaves only the inner loop.
    inner_labels: Vec<Option<String>>,
    found: bool,
}

impl ExitFinder {
    fn inner_loop(&mut self, label: Option<&syn::Label>, walk: impl FnOnce(&mut Self)) {
        self.inner_labels
            .push(label.map(|l| l.name.ident.to_string()));
        walk(self);
        self.inner_labels.pop();
    }
}

impl<'ast> Visit<'ast> for ExitFinder {
    fn visit_expr_break(&mut self, expr: &'ast syn::ExprBreak) {
        let leaves_ours = match &expr.label {
            None => self.inner_labels.is_empty(),
            Some(label) => {
                let name = label.ident.to_string();
                !self
                    .inner_labels
                    .iter()
                    .any(|l| l.as_deref() == Some(&name))
            }
        };
        if leaves_ours {
            self.found = true;
        }
        visit::visit_expr_break(self, expr);
    }

    fn visit_expr_return(&mut self, _: &'ast syn::ExprReturn) {
        self.found = true;
    }

    fn visit_expr_try(&mut self, _: &'ast syn::ExprTry) {
        self.found = true;
    }

    fn visit_expr_loop(&mut self, expr: &'ast syn::ExprLoop) {
        self.inner_loop(expr.label.as_ref(), |f| f.visit_block(&expr.body));
    }

    fn visit_expr_while(&mut self, expr: &'ast syn::ExprWhile) {
        self.visit_expr(&expr.cond);
        self.inner_loop(expr.label.as_ref(), |f| f.visit_block(&expr.body));
    }

    fn visit_expr_for_loop(&mut self, expr: &'ast syn::ExprForLoop) {
        self.visit_expr(&expr.expr);
        self.inner_loop(expr.label.as_ref(), |f| f.visit_block(&expr.body));
    }

    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}

    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}

    fn visit_item(&mut self, _: &'ast syn::Item) {}

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if tokens_may_exit(&mac.tokens) {
            self.found = true;
        }
    }
}

/// `break`, `return` or a `?` operator anywhere in a macro's tokens (conservatively: it may
/// leave).
fn tokens_may_exit(tokens: &TokenStream) -> bool {
    tokens_mention(tokens.clone(), &["break", "return"]) || has_try_operator(tokens)
}

/// Whether one of `names` appears as an identifier or keyword in the tokens, groups included.
pub(crate) fn tokens_mention<S: AsRef<str>>(tokens: TokenStream, names: &[S]) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => names.iter().any(|name| ident == name.as_ref()),
        TokenTree::Group(group) => tokens_mention(group.stream(), names),
        _ => false,
    })
}

/// A `?` that follows an expression (`load()?`), not tracing's `?value` sigil.
fn has_try_operator(tokens: &TokenStream) -> bool {
    let mut previous_is_operand = false;
    for tree in tokens.clone() {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == '?' && previous_is_operand => return true,
            TokenTree::Group(g) if has_try_operator(&g.stream()) => return true,
            _ => {}
        }
        previous_is_operand = match &tree {
            TokenTree::Ident(_) | TokenTree::Literal(_) | TokenTree::Group(_) => true,
            TokenTree::Punct(p) => p.as_char() == '?',
        };
    }
    false
}

/// What one level of a body does, closures, async blocks and items excluded.
#[derive(Default)]
struct OwnLevel {
    tries: bool,
    returns_value: bool,
}

impl<'ast> Visit<'ast> for OwnLevel {
    fn visit_expr_try(&mut self, expr: &'ast syn::ExprTry) {
        self.tries = true;
        visit::visit_expr_try(self, expr);
    }

    fn visit_expr_return(&mut self, expr: &'ast syn::ExprReturn) {
        // `return Err(e)` is a value; `return tracing::error!(..)` and `return ()` are not.
        if let Some(value) = &expr.expr {
            if matches!(tail_output(value), Output::Value(_)) {
                self.returns_value = true;
            }
        }
        visit::visit_expr_return(self, expr);
    }

    fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}

    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}

    fn visit_item(&mut self, _: &'ast syn::Item) {}

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // `?` inside `select!` / `join!` branches is at this level too.
        if has_try_operator(&mac.tokens) {
            self.tries = true;
        }
    }
}

/// The declared output of a signature is `()`.
pub(crate) fn returns_unit(sig: &syn::Signature) -> bool {
    match &sig.output {
        syn::ReturnType::Default => true,
        syn::ReturnType::Type(_, ty) => matches!(&**ty, syn::Type::Tuple(t) if t.elems.is_empty()),
    }
}

/// `#[tokio::main]`, `#[async_std::main]`, `#[actix_web::main]`...: the attribute turns an
/// async fn into a sync one that runs its own runtime.
pub(crate) fn is_runtime_entry_attribute(attr: &syn::Attribute) -> bool {
    let segments = &attr.path().segments;
    segments.len() >= 2 && segments.last().is_some_and(|s| s.ident == "main")
}

/// A closure that makes a future when called: `async |x| ..` or `|x| async move { .. }`.
pub(crate) fn is_async_closure(expr: &Expr) -> bool {
    match peel(expr) {
        Expr::Closure(c) => c.asyncness.is_some() || matches!(peel(&c.body), Expr::Async(_)),
        _ => false,
    }
}

/// For each identifier, the index of the last statement that mentions it (macro bodies
/// included), to tell whether a binding is used again.
pub(crate) fn last_uses(stmts: &[Stmt]) -> FxHashMap<String, usize> {
    struct Collector {
        current: usize,
        last: FxHashMap<String, usize>,
    }
    impl<'ast> Visit<'ast> for Collector {
        fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
            self.last.insert(ident.to_string(), self.current);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            visit::visit_macro(self, mac);
            let mut stack = vec![mac.tokens.clone()];
            while let Some(tokens) = stack.pop() {
                for tree in tokens {
                    match tree {
                        TokenTree::Ident(ident) => {
                            self.last.insert(ident.to_string(), self.current);
                        }
                        TokenTree::Group(group) => stack.push(group.stream()),
                        _ => {}
                    }
                }
            }
        }
    }
    let mut collector = Collector {
        current: 0,
        last: FxHashMap::default(),
    };
    for (index, stmt) in stmts.iter().enumerate() {
        collector.current = index;
        match stmt {
            // The binding's own pattern is not a use.
            Stmt::Local(local) => {
                if let Some(init) = &local.init {
                    collector.visit_expr(&init.expr);
                    if let Some((_, diverge)) = &init.diverge {
                        collector.visit_expr(diverge);
                    }
                }
            }
            other => collector.visit_stmt(other),
        }
    }
    collector.last
}

pub(crate) fn strip_pat_type(pat: &syn::Pat) -> &syn::Pat {
    match pat {
        syn::Pat::Type(p) => strip_pat_type(&p.pat),
        other => other,
    }
}

/// `a::b::c` of a path expression, without generics.
/// A path expression whose last segment is one of `names` (`Some` in `Some(x)`, `from` in
/// `Vec::from`), compared without making strings.
pub(crate) fn path_ends_with(expr: &Expr, names: &[&str]) -> bool {
    match expr {
        Expr::Path(p) => p
            .path
            .segments
            .last()
            .is_some_and(|last| names.iter().any(|name| last.ident == name)),
        _ => false,
    }
}

/// A path expression of exactly these segments (`Arc::new`), generics aside.
pub(crate) fn path_is(expr: &Expr, segments: &[&str]) -> bool {
    match expr {
        Expr::Path(p) => {
            p.path.segments.len() == segments.len()
                && p.path
                    .segments
                    .iter()
                    .zip(segments)
                    .all(|(segment, name)| segment.ident == name)
        }
        _ => false,
    }
}

/// Where an expression starts, without converting it to tokens.
pub(crate) fn expr_start(expr: &Expr) -> Pos {
    fn first(span: TokenSpan) -> Pos {
        Pos::start_of(span)
    }
    match expr {
        Expr::Call(c) => expr_start(&c.func),
        Expr::MethodCall(m) => expr_start(&m.receiver),
        Expr::Field(f) => expr_start(&f.base),
        Expr::Await(a) => expr_start(&a.base),
        Expr::Try(t) => expr_start(&t.expr),
        Expr::Index(i) => expr_start(&i.expr),
        Expr::Paren(p) => first(p.paren_token.span.open()),
        Expr::Path(p) => match (&p.path.leading_colon, p.path.segments.first()) {
            (Some(colon), _) => first(colon.spans[0]),
            (None, Some(seg)) => first(seg.ident.span()),
            _ => first(p.span()),
        },
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .first()
            .map_or_else(Pos::default, |s| first(s.ident.span())),
        Expr::Lit(l) => first(l.lit.span()),
        _ => first(expr.span()),
    }
}

/// Whether a pattern in `block` (a `let`, a `match` arm, an `if let`, closures aside) binds a
/// name `wanted` accepts.
pub(crate) fn binds_a_name(block: &syn::Block, wanted: impl Fn(&str) -> bool) -> bool {
    struct Finder<F> {
        wanted: F,
        found: bool,
    }
    impl<'ast, F: Fn(&str) -> bool> Visit<'ast> for Finder<F> {
        fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
            self.found |= (self.wanted)(&pat.ident.to_string());
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut finder = Finder {
        wanted,
        found: false,
    };
    finder.visit_block(block);
    finder.found
}

/// The statement awaits something itself: an `.await` outside the async blocks and closures
/// it makes (those run later, or elsewhere).
pub(crate) fn awaits(stmt: &Stmt) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_expr_await(&mut self, _: &'ast syn::ExprAwait) {
            self.0 = true;
        }
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut finder = Finder(false);
    finder.visit_stmt(stmt);
    finder.0
}

/// A block's value: its last expression, when it has no `;`.
pub(crate) fn block_value(block: &syn::Block) -> Option<&Expr> {
    match block.stmts.last() {
        Some(Stmt::Expr(value, None)) => Some(value),
        _ => None,
    }
}

/// The statement awaits the local `name` itself (`job.await`, `match job.await { .. }`,
/// `job.await??`), outside the async blocks and closures it makes.
pub(crate) fn awaits_local(stmt: &Stmt, name: &str) -> bool {
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_expr_await(&mut self, awaited: &'ast syn::ExprAwait) {
            let base = super::model::strip(&awaited.base);
            if matches!(base, Expr::Path(p) if p.path.is_ident(self.name)) {
                self.found = true;
            }
            visit::visit_expr_await(self, awaited);
        }
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut finder = Finder { name, found: false };
    finder.visit_stmt(stmt);
    finder.found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn async_block(source: &str) -> syn::ExprAsync {
        syn::parse_str(source).expect("an async block")
    }

    #[test]
    fn outputs_of_task_bodies() {
        let unit = async_block("async move { if let Err(e) = run().await { error!(%e); } }");
        assert!(matches!(block_output(&unit.block), Output::Unit));
        let tries = async_block("async move { let x = load().await?; save(x).await; }");
        assert!(matches!(
            block_output(&tries.block),
            Output::Value(ValueKind::Fallible)
        ));
        // Always `Ok(())`, with no `?`: nothing to lose.
        let ok = async_block("async { work().await; Ok::<_, Error>(()) }");
        assert!(matches!(block_output(&ok.block), Output::Unit));
        let counted = async_block("async { let n = work().await; Ok::<_, Error>(n) }");
        assert!(matches!(
            block_output(&counted.block),
            Output::Value(ValueKind::Value)
        ));
        let tail = async_block("async move { server.run().await }");
        assert!(matches!(block_output(&tail.block), Output::Of(_)));
        // `?` inside a closure of the body is the closure's own.
        let closure = async_block("async { let f = |x: &str| x.parse::<u8>().ok()?; f(\"1\"); }");
        assert!(matches!(block_output(&closure.block), Output::Unit));
        let logged = async_block("async { tracing::info!(\"done\") }");
        assert!(matches!(block_output(&logged.block), Output::Unit));
        // tracing's `?value` sigil is not the `?` operator.
        let debug_field = async_block(
            "async move { if let Err(e) = sync().await { tracing::warn!(error = ?e, \"sync failed\"); } }",
        );
        assert!(matches!(block_output(&debug_field.block), Output::Unit));
        let select_try = async_block("async move { tokio::select! { r = read() => { r?; } } }");
        assert!(matches!(
            block_output(&select_try.block),
            Output::Value(ValueKind::Fallible)
        ));
    }

    #[test]
    fn loops_without_a_way_out_never_end() {
        let forever = async_block("async move { loop { tick.tick().await; flush().await; } }");
        assert!(matches!(block_ending(&forever.block), Ending::Never));
        let shutdown = async_block(
            "async move { loop { tokio::select! { _ = token.cancelled() => break, _ = tick.tick() => flush().await } } }",
        );
        assert!(matches!(block_ending(&shutdown.block), Ending::Ends));
        let fallible = async_block("async move { loop { let job = next().await?; run(job); } }");
        assert!(matches!(block_ending(&fallible.block), Ending::Ends));
        let inner_break =
            async_block("async move { loop { for x in xs { if x { break; } } tick().await; } }");
        assert!(matches!(block_ending(&inner_break.block), Ending::Never));
        let labelled =
            async_block("async move { 'outer: loop { for x in xs { if x { break 'outer; } } } }");
        assert!(matches!(block_ending(&labelled.block), Ending::Ends));
        let returns = async_block("async move { loop { if done() { return; } } }");
        assert!(matches!(block_ending(&returns.block), Ending::Ends));
        let closure_break =
            async_block("async move { loop { let f = || { return 1; }; f(); tick().await; } }");
        assert!(matches!(block_ending(&closure_break.block), Ending::Never));
        let while_let =
            async_block("async move { while let Some(j) = rx.recv().await { run(j); } }");
        assert!(matches!(block_ending(&while_let.block), Ending::Ends));
    }

    #[test]
    fn async_closures_and_unit_signatures() {
        let expr: Expr = syn::parse_str("|id: u32| async move { notify(id).await }").unwrap();
        assert!(is_async_closure(&expr));
        let expr: Expr = syn::parse_str("|id: u32| notify(id)").unwrap();
        assert!(!is_async_closure(&expr));
        let f: syn::ItemFn = syn::parse_str("async fn a() -> () {}").unwrap();
        assert!(returns_unit(&f.sig));
        let f: syn::ItemFn = syn::parse_str("async fn a() -> Result<(), E> { Ok(()) }").unwrap();
        assert!(!returns_unit(&f.sig));
    }
}
