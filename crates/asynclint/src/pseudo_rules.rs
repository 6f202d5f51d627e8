//! The findings that are not analysis rules but problems with the input or with suppression
//! comments (`syntax-error`, `io-error`, `unused-suppression`). They are described here in the
//! same shape as the rule registry, so `asynclint rules`, `asynclint explain`, the config and the
//! SARIF metadata treat them like rules.

use crate::Severity;
use crate::rules::RuleInfo;

const SYNTAX_ERROR_DOCS: &str = "\
## What it does
Reports a file that asynclint skipped because it does not parse (or nests deeper than the
analyzer follows), with the parser's message at the line and column where parsing stopped. It
is a note by default: it does not change the exit code, and the other files are still checked.
Only files that are compiled count: one that no `mod` reaches, or test code without
`--all-targets`, is not reported.

## Why is this bad?
A file that cannot be parsed cannot be checked: any pitfall in it goes unseen. Often the file is
fine and rustc compiles it: an attribute macro may take input that is not Rust syntax, and
the parser cannot follow it. Failing the run on such a file would fail CI on code that builds,
so the default only tells you what was left unchecked. A broken edit is caught by the compiler.

## Example
```rust
async fn load( {
```

## Use instead
Fix the syntax if the file is broken. A file that rustc accepts but the parser rejects can stay
as it is, or be left out with `exclude` in asynclint.toml. To fail the check on every skipped
file, as a gate that everything was analysed, set `syntax-error = \"deny\"` under `[rules]`.
";

const IO_ERROR_DOCS: &str = "\
## What it does
Reports a file that could not be read: missing or unreadable, not valid UTF-8, or larger than
10 MiB. The other files are still checked.

## Why is this bad?
A file that cannot be read cannot be checked, so the run would otherwise pass without having
looked at it.

## Example
A file saved in Latin-1 with an accented letter in a comment.

## Use instead
Re-encode the file as UTF-8, fix its permissions, or list generated files under `exclude` in
asynclint.toml.
";

const UNUSED_SUPPRESSION_DOCS: &str = "\
## What it does
Reports an `// asynclint: allow(rule)` comment that silences nothing, or that names a rule
that does not exist. Only when enabled: `report-unused-suppressions = true` in asynclint.toml or
`--report-unused-suppressions`.

## Why is this bad?
A suppression outlives the code it was written for. Left in place it hides the next real finding
on that line, and a misspelt rule name silences nothing at all.

## Example
```rust
let handle = tokio::spawn(work()); // asynclint: allow(detached-spawn) -- handle is kept now
```

## Use instead
```rust
let handle = tokio::spawn(work());
```
";

const PSEUDO_RULES: &[RuleInfo] = &[
    RuleInfo {
        name: "syntax-error",
        default_severity: Severity::Note,
        summary: "a file skipped because it does not parse as Rust",
        docs: SYNTAX_ERROR_DOCS,
    },
    RuleInfo {
        name: "io-error",
        default_severity: Severity::Error,
        summary: "a file that cannot be read, is not UTF-8, or is too large",
        docs: IO_ERROR_DOCS,
    },
    RuleInfo {
        name: "unused-suppression",
        default_severity: Severity::Warning,
        summary: "a suppression comment that silences nothing",
        docs: UNUSED_SUPPRESSION_DOCS,
    },
];

/// Every input check, in a stable order.
pub fn all() -> &'static [RuleInfo] {
    PSEUDO_RULES
}

/// Look an input check up by name.
pub fn find(name: &str) -> Option<&'static RuleInfo> {
    PSEUDO_RULES.iter().find(|rule| rule.name == name)
}

/// Analysis rules followed by input checks: everything a finding's `rule` can name.
pub fn everything() -> impl Iterator<Item = &'static RuleInfo> {
    crate::rules::all().iter().chain(PSEUDO_RULES)
}

/// Look up any rule or input check by name.
pub fn find_any(name: &str) -> Option<&'static RuleInfo> {
    crate::rules::find(name).or_else(|| find(name))
}
