//! The rule registry: every rule's name, default severity, one-line summary and its docs in
//! four sections (What it does / Why is this bad? / Example / Use instead). The same text feeds
//! `asynclint rules`, `asynclint explain <rule>` and the SARIF rule metadata.
//!
//! CONTRACT: `all()` lists every rule in a stable order; `find(name)` looks one up by name.
//!
//! Each rule lives in `rules/<rule_name>.rs` with its `INFO` and the checks the central walk
//! ([`crate::engine`]) calls at the nodes the rule cares about; rules never walk the tree.

pub(crate) mod blocking_in_async;
pub(crate) mod detached_spawn;
pub(crate) mod lock_across_await;
pub(crate) mod unawaited_future;
pub(crate) mod unbounded_gather;

use crate::Severity;

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

static RULES: [RuleInfo; 5] = [
    blocking_in_async::INFO,
    unawaited_future::INFO,
    detached_spawn::INFO,
    unbounded_gather::INFO,
    lock_across_await::INFO,
];

/// Every rule, in a stable order.
pub fn all() -> &'static [RuleInfo] {
    &RULES
}

/// Look a rule up by its name.
pub fn find(name: &str) -> Option<&'static RuleInfo> {
    all().iter().find(|rule| rule.name == name)
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
