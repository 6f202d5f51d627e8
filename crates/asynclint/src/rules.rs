//! The rule registry: every rule's name, default severity, one-line summary and its docs in
//! four sections (What it does / Why is this bad? / Example / Use instead). The same text feeds
//! `asynclint rules`, `asynclint explain <rule>` and the SARIF rule metadata.
//!
//! CONTRACT: `all()` lists every rule in a stable order; `find(name)` looks one up by name.
//!
//! Each rule lives in `rules/<rule_name>.rs` with its `INFO` and the checks the central walk
//! ([`crate::engine`]) calls at the nodes the rule cares about; rules never walk the tree.

pub(crate) mod block_on_in_async;
pub(crate) mod blocking_in_async;
pub(crate) mod detached_spawn;
pub(crate) mod lock_across_await;
pub(crate) mod unawaited_future;
pub(crate) mod unbounded_gather;
pub(crate) mod untracked_spawn;

use syn::Expr;
use syn::punctuated::Punctuated;

use crate::Severity;
use crate::engine::cx::Cx;
use crate::engine::model::{CallInfo, LoopScope};

/// Static description of one rule.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// kebab-case, names the pattern being flagged (`blocking-in-async`)
    pub name: &'static str,
    pub default_severity: Severity,
    /// one line, lowercase, no trailing period
    pub summary: &'static str,
    /// Markdown with the sections `## What it does`, `## Why is this bad?`, `## Example`,
    /// `## Use instead` (the last names the seed section the rule comes from)
    pub docs: &'static str,
}

static RULES: [RuleInfo; 7] = [
    blocking_in_async::INFO,
    block_on_in_async::INFO,
    unawaited_future::INFO,
    detached_spawn::INFO,
    untracked_spawn::INFO,
    unbounded_gather::INFO,
    lock_across_await::INFO,
];

/// Rules that report nothing unless a config enables them.
const ALLOW_BY_DEFAULT: &[&str] = &[untracked_spawn::NAME];

/// The rule reports nothing unless a config enables it.
pub fn allow_by_default(name: &str) -> bool {
    ALLOW_BY_DEFAULT.contains(&name)
}

/// The level a rule has when no config sets one: `allow`, or its default severity.
pub fn default_level(rule: &RuleInfo) -> &'static str {
    if allow_by_default(rule.name) {
        "allow"
    } else {
        rule.default_severity.as_str()
    }
}

/// Every rule, in a stable order.
pub fn all() -> &'static [RuleInfo] {
    &RULES
}

/// Look a rule up by its name.
pub fn find(name: &str) -> Option<&'static RuleInfo> {
    all().iter().find(|rule| rule.name == name)
}

// ---------------------------------------------------------------------- events
//
// The walk calls these at the nodes rules care about, in source order. Each rule that keeps
// state between events owns it in its own file; `RuleStates` only holds them side by side.

/// One call expression as the rules see it: resolved, with its syntax.
pub(crate) struct Call<'n> {
    pub info: CallInfo,
    pub args: &'n Punctuated<Expr, syn::Token![,]>,
    /// The receiver of a method call.
    pub receiver: Option<&'n Expr>,
    pub turbofish: Option<&'n syn::AngleBracketedGenericArguments>,
    /// The callee expression of a path call.
    pub func: Option<&'n Expr>,
}

/// How a value was discarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Discard {
    /// `expr;`
    Statement,
    /// `let _ = expr;`
    LetUnderscore,
    /// `let name = expr;` and `name` is never used again.
    UnusedBinding,
}

/// The state of the rules that keep some between events.
#[derive(Default)]
pub(crate) struct RuleStates {
    pub gather: unbounded_gather::State,
    pub lock: lock_across_await::State,
}

pub(crate) fn on_fn_start(cx: &mut Cx, states: &mut RuleStates) {
    unbounded_gather::on_fn_start(cx, &mut states.gather);
}

pub(crate) fn on_fn_end(cx: &mut Cx, states: &mut RuleStates) {
    unbounded_gather::on_fn_end(cx, &mut states.gather);
}

/// A call, before its arguments are walked.
pub(crate) fn on_call(cx: &mut Cx, states: &mut RuleStates, call: &Call) {
    lock_across_await::on_call(cx, &mut states.lock, call);
    blocking_in_async::check_call(cx, call);
    block_on_in_async::check_call(cx, call);
    unbounded_gather::on_call(cx, &mut states.gather, call);
}

/// A call, after its arguments were walked.
pub(crate) fn on_call_end(cx: &mut Cx, states: &mut RuleStates, call: &Call) {
    unbounded_gather::on_call_end(cx, &mut states.gather, call);
}

/// A value whose result nobody keeps; `call` is the call that made it, resolved.
pub(crate) fn on_discarded(
    cx: &mut Cx,
    _states: &mut RuleStates,
    expr: &Expr,
    call: Option<&CallInfo>,
    how: Discard,
) {
    unawaited_future::check_discarded(cx, expr, call, how);
    detached_spawn::check_discarded(cx, expr, call, how);
}

/// Before a statement of a block is walked.
pub(crate) fn on_statement_start(cx: &mut Cx, states: &mut RuleStates) {
    lock_across_await::on_statement_start(cx, &mut states.lock);
    unbounded_gather::on_statement_start(&mut states.gather);
}

/// After the statement `stmts[index]` was walked.
pub(crate) fn on_statement(
    cx: &mut Cx,
    states: &mut RuleStates,
    stmts: &[syn::Stmt],
    index: usize,
) {
    lock_across_await::on_statement(cx, &mut states.lock, stmts, index);
    unbounded_gather::on_statement_end(&mut states.gather);
}

/// A `let` whose initializer was walked (its names are not declared yet).
pub(crate) fn on_let(cx: &mut Cx, states: &mut RuleStates, local: &syn::Local) {
    unbounded_gather::on_let(cx, &mut states.gather, local);
}

/// A `match` arm, before it is walked (its scrutinee was).
pub(crate) fn on_match_arm(cx: &mut Cx, states: &mut RuleStates, scrutinee: &Expr, arm: &syn::Arm) {
    unbounded_gather::on_match_arm(cx, &mut states.gather, scrutinee, arm);
}

/// An `.await` of `base`, before `base` is walked.
pub(crate) fn on_await(cx: &mut Cx, states: &mut RuleStates, base: &Expr) {
    unbounded_gather::on_await(cx, &mut states.gather, base);
}

pub(crate) fn on_loop_start(cx: &mut Cx, states: &mut RuleStates, scope: &LoopScope) {
    unbounded_gather::on_loop_start(cx, &mut states.gather, scope);
}

pub(crate) fn on_loop_end(cx: &mut Cx, states: &mut RuleStates, scope: &LoopScope) {
    unbounded_gather::on_loop_end(cx, &mut states.gather, scope);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_the_four_doc_sections_and_a_seed_reference() {
        for rule in all() {
            let mut last = 0;
            for section in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## Use instead",
            ] {
                let at = rule
                    .docs
                    .find(section)
                    .unwrap_or_else(|| panic!("{} lacks {section}", rule.name));
                assert!(at >= last, "{}: sections out of order", rule.name);
                last = at;
            }
            assert!(
                rule.docs.contains("Seed:"),
                "{} does not name its seed section",
                rule.name
            );
            assert!(
                rule.summary
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase())
            );
            assert!(!rule.summary.ends_with('.'));
            assert_eq!(find(rule.name).map(|r| r.name), Some(rule.name));
        }
        assert!(find("no-such-rule").is_none());
    }
}
