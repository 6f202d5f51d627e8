//! The concise format: one `path:line:col: severity[rule]: message` line per finding, the shape
//! rustc's short format and editors' default problem matchers understand, then the summary.

use std::io::{self, Write};

use crate::Report;

pub(super) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            d.path.display(),
            d.span.start.line,
            d.span.start.column,
            d.severity.as_str(),
            d.rule,
            d.message
        )?;
    }
    writeln!(out, "{}", super::summary(report))
}
