//! Applying certain fixes. The rules attach a [`Fix`] (byte-range edits) only where the rewrite
//! needs no judgement; this module combines the fixes of each file (skipping any that overlap
//! an earlier one), re-parses the result with syn and keeps it only if it still parses, shows it
//! as a unified diff (`--diff`) or writes it atomically (`--fix`: a temporary file in the same
//! directory, the original's permissions, then a rename), so an interrupted run never leaves a
//! half-written source file.

use std::io::Write;
use std::path::{Path, PathBuf};

use similar::TextDiff;

use crate::{Diagnostic, Edit, Fix, Report};

/// Deeper bracket nesting than this is not re-parsed (syn's recursive descent would need an
/// unbounded stack); such a file keeps its findings instead of being fixed.
const MAX_VERIFIABLE_NESTING: usize = 512;

/// The fixed text of one file.
#[derive(Debug, Clone)]
pub struct FileFix {
    pub path: PathBuf,
    pub original: String,
    pub fixed: String,
    /// How many findings the fixed text resolves.
    pub fixes_applied: usize,
}

impl FileFix {
    /// A unified diff from the original to the fixed text, with `a/` and `b/` headers.
    pub fn unified_diff(&self) -> String {
        let shown = self.path.display().to_string();
        TextDiff::from_lines(&self.original, &self.fixed)
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{shown}"), &format!("b/{shown}"))
            .to_string()
    }

    /// Replace the file on disk with the fixed text, atomically and keeping its permissions.
    pub fn write(&self) -> std::io::Result<()> {
        let permissions = std::fs::metadata(&self.path)?.permissions();
        let dir = match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let mut temp = tempfile::Builder::new()
            .prefix(".asynclint-fix-")
            .tempfile_in(dir)?;
        temp.write_all(self.fixed.as_bytes())?;
        temp.as_file().sync_all()?;
        std::fs::set_permissions(temp.path(), permissions)?;
        temp.persist(&self.path).map_err(|err| err.error)?;
        Ok(())
    }
}

/// What `--fix` / `--diff` would do for a whole report.
#[derive(Debug, Clone, Default)]
pub struct FixPlan {
    pub files: Vec<FileFix>,
    /// Files whose fixed text did not parse (or could not be verified), with the reason; they
    /// are left untouched.
    pub rejected: Vec<(PathBuf, String)>,
}

impl FixPlan {
    pub fn fixes_applied(&self) -> usize {
        self.files.iter().map(|file| file.fixes_applied).sum()
    }
}

/// Plan the fixes of every fixable finding in `report`.
pub fn plan(report: &Report) -> FixPlan {
    let mut plan = FixPlan::default();
    let mut by_file: std::collections::BTreeMap<&Path, Vec<&Fix>> = Default::default();
    for diagnostic in report.diagnostics.iter().filter(|d| d.fix.is_some()) {
        if let Some(fix) = &diagnostic.fix {
            by_file.entry(&diagnostic.path).or_default().push(fix);
        }
    }
    for (path, fixes) in by_file {
        let Some(original) = report.sources.get(path) else {
            continue;
        };
        let (fixed, fixes_applied) = apply_fixes(original, &fixes);
        if fixes_applied == 0 || fixed == **original {
            continue;
        }
        match verify(&fixed) {
            Ok(()) => plan.files.push(FileFix {
                path: path.to_path_buf(),
                original: original.to_string(),
                fixed,
                fixes_applied,
            }),
            Err(reason) => plan.rejected.push((path.to_path_buf(), reason)),
        }
    }
    plan
}

/// Apply every fix whose edits fit in `text` and do not overlap an earlier fix's edits.
/// Returns the new text and how many fixes were applied.
pub fn apply_fixes(text: &str, fixes: &[&Fix]) -> (String, usize) {
    let mut ordered: Vec<&Fix> = fixes.to_vec();
    ordered.sort_by_key(|fix| fix.edits.iter().map(|edit| edit.start).min());
    let mut accepted: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for fix in ordered {
        let valid = fix.edits.iter().all(|edit| {
            edit.start <= edit.end
                && edit.end <= text.len()
                && text.is_char_boundary(edit.start)
                && text.is_char_boundary(edit.end)
        });
        let overlaps = fix.edits.iter().enumerate().any(|(i, edit)| {
            accepted
                .iter()
                .copied()
                .chain(&fix.edits[..i])
                .any(|other| collide(edit, other))
        });
        if valid && !overlaps && !fix.edits.is_empty() {
            accepted.extend(&fix.edits);
            applied += 1;
        }
    }
    accepted.sort_by_key(|edit| std::cmp::Reverse((edit.start, edit.end)));
    let mut fixed = text.to_string();
    for edit in accepted {
        fixed.replace_range(edit.start..edit.end, &edit.replacement);
    }
    (fixed, applied)
}

/// Two edits collide when their ranges overlap, or when both insert at the same point (their
/// order would be a guess).
fn collide(a: &Edit, b: &Edit) -> bool {
    let overlap = a.start < b.end && b.start < a.end;
    let same_insertion_point = a.start == a.end && b.start == b.end && a.start == b.start;
    overlap || same_insertion_point
}

/// The fixed text must still be a Rust file.
fn verify(text: &str) -> Result<(), String> {
    if max_nesting(text) > MAX_VERIFIABLE_NESTING {
        return Err("the file nests too deeply to verify the fix".to_string());
    }
    syn::parse_file(text)
        .map(|_| ())
        .map_err(|err| format!("the fixed file would not parse: {err}"))
}

fn max_nesting(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for byte in text.bytes() {
        match byte {
            b'(' | b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// True when `diagnostic` is resolved by the fixes in `plan` (its file was fixed and it had one).
pub fn is_fixed_by(plan: &FixPlan, diagnostic: &Diagnostic) -> bool {
    diagnostic.fix.is_some() && plan.files.iter().any(|file| file.path == diagnostic.path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(start: usize, end: usize, replacement: &str) -> Fix {
        Fix {
            description: "d".into(),
            edits: vec![Edit {
                start,
                end,
                replacement: replacement.into(),
            }],
        }
    }

    #[test]
    fn applies_edits_back_to_front_and_skips_overlaps() {
        let text = "async fn f() { std::thread::sleep(d); }";
        let sleep = text.find("std::thread::sleep(d)").unwrap();
        let end = sleep + "std::thread::sleep(d)".len();
        let good = fix(sleep, end, "tokio::time::sleep(d).await");
        let overlapping = fix(sleep + 5, end, "x");
        let rename = fix(9, 10, "g");
        let (fixed, applied) = apply_fixes(text, &[&overlapping, &good, &rename]);
        assert_eq!(applied, 2);
        assert_eq!(fixed, "async fn g() { tokio::time::sleep(d).await; }");
    }

    #[test]
    fn out_of_range_edits_are_ignored() {
        let (fixed, applied) = apply_fixes("abc", &[&fix(2, 10, "x")]);
        assert_eq!((fixed.as_str(), applied), ("abc", 0));
    }

    #[test]
    fn fix_that_breaks_the_syntax_is_rejected() {
        let path = PathBuf::from("src/lib.rs");
        let text = "fn main() { let x = 1; }\n";
        let broken = fix(text.find("1").unwrap(), text.find("1").unwrap() + 1, "(");
        let report = Report {
            diagnostics: vec![Diagnostic {
                rule: "r".into(),
                severity: crate::Severity::Warning,
                path: path.clone(),
                span: Default::default(),
                message: "m".into(),
                help: None,
                labels: vec![],
                notes: vec![],
                fix: Some(broken),
            }],
            sources: [(path.clone(), std::sync::Arc::from(text))].into(),
            ..Report::default()
        };
        let plan = plan(&report);
        assert!(plan.files.is_empty());
        assert_eq!(plan.rejected.len(), 1);
        assert!(plan.rejected[0].1.contains("would not parse"));
    }

    #[test]
    fn write_is_atomic_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.rs");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let file = FileFix {
            path: path.clone(),
            original: "old".into(),
            fixed: "new\n".into(),
            fixes_applied: 1,
        };
        file.write().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
        assert!(file.unified_diff().contains("-old"));
    }
}
