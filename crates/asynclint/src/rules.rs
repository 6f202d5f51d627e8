//! The rule registry: every rule's name, default severity, one-line summary and its docs in
//! four sections (What it does / Why is this bad? / Example / Use instead). The same text feeds
//! `asynclint rules`, `asynclint explain <rule>` and the SARIF rule metadata.
//!
//! CONTRACT: `all()` lists every rule in a stable order; `find(name)` looks one up by name.

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

/// Every rule, in a stable order.
pub fn all() -> &'static [RuleInfo] {
    &[]
}

/// Look a rule up by its name.
pub fn find(name: &str) -> Option<&'static RuleInfo> {
    all().iter().find(|rule| rule.name == name)
}
