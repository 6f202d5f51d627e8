//! The labelled corpus under `lints/corpus/`, scored by provenance (see its README): crates
//! written like real tokio code, each finding site marked `// EXPECT: rule` and each look-alike
//! that must stay quiet marked `// OK: rule`. Each set is scored per rule (TP/FP/FN, precision,
//! recall) and prints its own table; the sets are never pooled.
//!
//! - `in-sample/`: at least 25 positives and 25 negatives per rule, precision and recall of at
//!   least 0.95 each, listing every miss and false alarm when it fails.
//! - `blind/<round>/`: each round scored as a user's `asynclint check` sees it, against its own
//!   first score (`first-score.toml`): no rule may score worse, and the crates may not have
//!   changed since. `ASYNCLINT_BLIND_ROUND=<round>` scores one round; the blind tests alone run
//!   with `cargo test -p asynclint --test corpus -- --nocapture blind`.
//!   `ASYNCLINT_SCORE_WITH=<path to an asynclint binary>` scores the rounds with that binary
//!   instead of this engine (built from an older commit, it reproduces a first score) and prints
//!   each score in `first-score.toml` form.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use asynclint::{CheckOptions, Diagnostic, Position, Severity, Span};
use common::{
    FixtureCrate, Marker, MarkerKind, Site, crate_markers, describe, discover_crates, display_path,
    lints_dir, site_of, source_line, unparseable_files,
};
use serde::Deserialize;

const MIN_LABELS: usize = 25;
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.95;
/// Room for rounding when a score is compared with a recorded one.
const EPSILON: f64 = 1e-9;

#[derive(Default)]
struct Score {
    positives: usize,
    negatives: usize,
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
    /// False positives on lines explicitly marked OK for the rule (a subset of false_positives).
    false_alarms_on_ok_lines: usize,
    misses: Vec<String>,
    false_alarms: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
}

/// A ratio where nothing to measure counts as perfect (no findings: no false alarms).
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// A score per rule, every rule of the engine listed even when the set has no label for it.
type Scores = BTreeMap<String, Score>;

fn empty_scores() -> Scores {
    asynclint::rules::all()
        .iter()
        .map(|rule| (rule.name.to_string(), Score::default()))
        .collect()
}

/// Add one crate's labels and findings to `scores`. Findings of input problems
/// (`syntax-error`...) are not rules and are left out.
fn score_crate(
    krate: &FixtureCrate,
    markers: &[Marker],
    findings: &[Diagnostic],
    scores: &mut Scores,
) {
    let mut expected: BTreeMap<Site, usize> = BTreeMap::new();
    let mut ok_sites: BTreeSet<Site> = BTreeSet::new();
    for marker in markers {
        let site = (marker.path.clone(), marker.line, marker.rule.clone());
        let score = scores.entry(marker.rule.clone()).or_default();
        match marker.kind {
            MarkerKind::Expect => {
                score.positives += 1;
                *expected.entry(site).or_default() += 1;
            }
            MarkerKind::Ok => {
                score.negatives += 1;
                ok_sites.insert(site);
            }
        }
    }
    let mut found: BTreeMap<Site, Vec<&Diagnostic>> = BTreeMap::new();
    for finding in findings {
        if asynclint::rules::find(&finding.rule).is_some()
            || expected.contains_key(&site_of(finding))
        {
            found.entry(site_of(finding)).or_default().push(finding);
        }
    }
    let sites: BTreeSet<&Site> = expected.keys().chain(found.keys()).collect();
    for site in sites {
        let (path, line, rule) = site;
        let wanted = expected.get(site).copied().unwrap_or(0);
        let got = found.get(site).map_or(&[][..], Vec::as_slice);
        let hits = wanted.min(got.len());
        let code = source_line(krate, path, *line);
        let score = scores.entry(rule.clone()).or_default();
        score.true_positives += hits;
        score.false_negatives += wanted - hits;
        for _ in hits..wanted {
            score
                .misses
                .push(format!("{}:{line}\n      | {code}", display_path(path)));
        }
        for finding in &got[hits..] {
            score.false_positives += 1;
            if ok_sites.contains(site) {
                score.false_alarms_on_ok_lines += 1;
            }
            score
                .false_alarms
                .push(format!("{}\n      | {code}", describe(finding)));
        }
    }
}

fn table(scores: &Scores) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<20} {:>9} {:>9} {:>5} {:>5} {:>5} {:>8} {:>9} {:>7}",
        "rule", "positives", "negatives", "TP", "FP", "FN", "FP on OK", "precision", "recall"
    );
    for (rule, score) in scores {
        let _ = writeln!(
            out,
            "{:<20} {:>9} {:>9} {:>5} {:>5} {:>5} {:>8} {:>9.3} {:>7.3}",
            rule,
            score.positives,
            score.negatives,
            score.true_positives,
            score.false_positives,
            score.false_negatives,
            score.false_alarms_on_ok_lines,
            score.precision(),
            score.recall()
        );
    }
    out
}

/// Every miss and false alarm of the rules in `rules`, for a failure report.
fn details(scores: &Scores, rules: &BTreeSet<&String>) -> String {
    let mut out = String::new();
    for (rule, score) in scores.iter().filter(|(rule, _)| rules.contains(rule)) {
        let _ = writeln!(out, "\n{rule}:");
        for miss in &score.misses {
            let _ = writeln!(out, "  MISSED {miss}");
        }
        for alarm in &score.false_alarms {
            let _ = writeln!(out, "  FALSE ALARM {alarm}");
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// In-sample crates

fn in_sample_crates() -> Vec<FixtureCrate> {
    let crates = discover_crates(&lints_dir().join("corpus/in-sample"));
    assert!(
        crates.len() >= 6,
        "lints/corpus/in-sample/ should hold several crates"
    );
    crates
}

fn score_in_sample() -> Scores {
    let mut scores = empty_scores();
    for krate in in_sample_crates() {
        let markers = crate_markers(&krate).unwrap_or_else(|problem| panic!("{problem}"));
        let findings = krate.check();
        score_crate(&krate, &markers, &findings, &mut scores);
    }
    scores
}

/// The labels alone, independent of the engine: enough positives and negatives per rule.
#[test]
fn in_sample_has_enough_labels_per_rule() {
    let mut counts: BTreeMap<String, (usize, usize)> = asynclint::rules::all()
        .iter()
        .map(|rule| (rule.name.to_string(), (0, 0)))
        .collect();
    for krate in in_sample_crates() {
        for marker in crate_markers(&krate).unwrap_or_else(|problem| panic!("{problem}")) {
            let entry = counts.entry(marker.rule).or_default();
            match marker.kind {
                MarkerKind::Expect => entry.0 += 1,
                MarkerKind::Ok => entry.1 += 1,
            }
        }
    }
    let short: Vec<String> = counts
        .iter()
        .filter(|(_, (pos, neg))| *pos < MIN_LABELS || *neg < MIN_LABELS)
        .map(|(rule, (pos, neg))| format!("  {rule}: {pos} positives, {neg} negatives"))
        .collect();
    println!("{counts:#?}");
    assert!(
        short.is_empty(),
        "every rule needs at least {MIN_LABELS} positives and {MIN_LABELS} negatives in \
         lints/corpus/in-sample/:\n{}",
        short.join("\n")
    );
}

/// Every in-sample file must be valid Rust as far as syn is concerned, so that the corpus
/// measures the rules and not the parser.
#[test]
fn in_sample_files_parse() {
    let broken = unparseable_files(&in_sample_crates(), |_| false);
    assert!(
        broken.is_empty(),
        "corpus files that do not parse:\n{}",
        broken.join("\n")
    );
}

#[test]
fn in_sample_precision_and_recall_per_rule() {
    let scores = score_in_sample();
    let rendered = table(&scores);
    println!("in-sample (lints/corpus/in-sample):\n{rendered}");
    let failing: BTreeSet<&String> = scores
        .iter()
        .filter(|(_, score)| score.precision() < MIN_PRECISION || score.recall() < MIN_RECALL)
        .map(|(rule, _)| rule)
        .collect();
    let unexpected_rules: Vec<&String> = scores
        .keys()
        .filter(|rule| asynclint::rules::find(rule).is_none())
        .collect();
    assert!(
        unexpected_rules.is_empty() || asynclint::rules::all().is_empty(),
        "the corpus produced or labels unknown rules: {unexpected_rules:?}"
    );
    assert!(
        failing.is_empty(),
        "per-rule scores on lints/corpus/in-sample/ (min precision {MIN_PRECISION}, min recall \
         {MIN_RECALL}):\n{rendered}{}",
        details(&scores, &failing)
    );
}

// ---------------------------------------------------------------------------------------------
// Blind rounds

/// `first-score.toml` of a blind round: what it scored the first time, and on what.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FirstScore {
    commit: String,
    engine: String,
    command: String,
    digest: String,
    #[serde(default)]
    rules: BTreeMap<String, FirstRuleScore>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct FirstRuleScore {
    positives: usize,
    negatives: usize,
    tp: usize,
    fp: usize,
    #[serde(rename = "fn")]
    false_negatives: usize,
}

impl FirstRuleScore {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.false_negatives)
    }
}

/// One blind round as it is now.
struct RoundScore {
    scores: Scores,
    digest: String,
    crates: usize,
}

/// Every round folder under `blind_dir`, or only the one `ASYNCLINT_BLIND_ROUND` names.
fn blind_rounds(blind_dir: &Path) -> Vec<PathBuf> {
    let only = std::env::var("ASYNCLINT_BLIND_ROUND").ok();
    let Ok(entries) = std::fs::read_dir(blind_dir) else {
        return Vec::new();
    };
    let mut rounds: Vec<PathBuf> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.is_dir())
        .filter(|path| {
            only.as_deref()
                .is_none_or(|name| path.file_name().is_some_and(|n| n == name))
        })
        .collect();
    rounds.sort();
    rounds
}

/// A config that turns every rule on at `warn`, as the rounds were first scored (rules that
/// are off by default are scored too).
fn every_rule_at_warn(dir: &Path, rules: &[String]) -> PathBuf {
    let mut text = String::from("[rules]\n");
    for rule in rules {
        let _ = writeln!(text, "{rule} = \"warn\"");
    }
    let path = dir.join("asynclint.toml");
    std::fs::write(&path, text).expect("write the scoring config");
    path
}

/// What checks a round: this engine in process, or another build's binary.
enum Checker {
    ThisEngine,
    Binary(PathBuf),
}

impl Checker {
    fn from_env() -> Checker {
        match std::env::var_os("ASYNCLINT_SCORE_WITH") {
            Some(binary) => Checker::Binary(PathBuf::from(binary)),
            None => Checker::ThisEngine,
        }
    }

    /// The rules this checker knows.
    fn rules(&self) -> Vec<String> {
        match self {
            Checker::ThisEngine => asynclint::rules::all()
                .iter()
                .map(|rule| rule.name.to_string())
                .collect(),
            // `asynclint rules` prints a header, one rule per line, then a blank line.
            Checker::Binary(binary) => run_binary(binary, &["rules"], Path::new("."))
                .lines()
                .skip(1)
                .take_while(|line| !line.trim().is_empty())
                .filter_map(|line| line.split_whitespace().next())
                .filter(|name| asynclint::rules::find(name).is_some() || !is_input_check(name))
                .map(str::to_string)
                .collect(),
        }
    }

    /// `asynclint check <crate> --config <config>`, with absolute paths.
    fn check(&self, crate_dir: &Path, config: &Path) -> Vec<Diagnostic> {
        match self {
            Checker::ThisEngine => asynclint::check(&CheckOptions {
                paths: vec![crate_dir.to_path_buf()],
                config_file: Some(config.to_path_buf()),
                ..CheckOptions::default()
            })
            .unwrap_or_else(|err| panic!("{}: {err}", display_path(crate_dir)))
            .diagnostics
            .into_iter()
            .map(|mut finding| {
                finding.path = asynclint::paths::absolute(&finding.path);
                finding
            })
            .collect(),
            Checker::Binary(binary) => {
                let config = config.to_string_lossy();
                let json = run_binary(
                    binary,
                    &["check", "--format", "json", "--config", &config, "."],
                    crate_dir,
                );
                let findings: Vec<serde_json::Value> = serde_json::from_str(&json)
                    .unwrap_or_else(|err| panic!("{}: not JSON: {err}", binary.display()));
                findings
                    .iter()
                    .map(|finding| diagnostic_from_json(finding, crate_dir))
                    .collect()
            }
        }
    }
}

/// `syntax-error`, `io-error`, `unused-suppression`: not rules, never scored.
fn is_input_check(name: &str) -> bool {
    asynclint::pseudo_rules::find(name).is_some()
}

/// The stdout of a binary that exits 0 or 1 (findings).
fn run_binary(binary: &Path, args: &[&str], dir: &Path) -> String {
    let output = Command::new(binary)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|err| panic!("cannot run {}: {err}", binary.display()));
    let code = output.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "{} {args:?} in {} exited {code:?}:\n{}",
        binary.display(),
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A finding of `--format json` (paths relative to `dir`), with what scoring reads.
fn diagnostic_from_json(finding: &serde_json::Value, dir: &Path) -> Diagnostic {
    let text = |key: &str| finding[key].as_str().unwrap_or_default().to_string();
    let number = |key: &str| finding[key].as_u64().unwrap_or(0) as usize;
    let at = |line: usize, column: usize| Position {
        line,
        column,
        offset: 0,
    };
    Diagnostic {
        rule: text("rule"),
        severity: match text("severity").as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            _ => Severity::Note,
        },
        path: asynclint::paths::normalize(&dir.join(text("path"))),
        span: Span {
            start: at(number("line"), number("column")),
            end: at(number("end_line"), number("end_column")),
        },
        message: text("message"),
        help: finding["help"].as_str().map(str::to_string),
        labels: Vec::new(),
        notes: Vec::new(),
        fix: None,
    }
}

/// Score a round as a user's `asynclint check <crate> --config <every rule at warn>` sees it.
fn score_round(round: &Path) -> RoundScore {
    score_round_with(round, &Checker::ThisEngine)
}

fn score_round_with(round: &Path, checker: &Checker) -> RoundScore {
    let config_dir = tempfile::tempdir().expect("temp dir");
    let config = every_rule_at_warn(config_dir.path(), &checker.rules());
    let mut scores = empty_scores();
    let crates = discover_crates(round);
    for krate in &crates {
        let markers = crate_markers(krate).unwrap_or_else(|problem| panic!("{problem}"));
        let findings = checker.check(&krate.input.root, &config);
        score_crate(krate, &markers, &findings, &mut scores);
    }
    RoundScore {
        scores,
        digest: digest(round),
        crates: crates.len(),
    }
}

/// FNV-1a (64 bits) over the relative path and bytes of every `.rs` and `Cargo.toml` file of a
/// round, in path order: changes when any crate file changes.
fn digest(round: &Path) -> String {
    let mut files = Vec::new();
    collect_scored_files(round, &mut files);
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for file in files {
        let relative = file.strip_prefix(round).unwrap_or(&file);
        feed(relative.to_string_lossy().replace('\\', "/").as_bytes());
        feed(&[0]);
        feed(&std::fs::read(&file).expect("read a round file"));
        feed(&[0]);
    }
    format!("fnv1a64:{hash:016x}")
}

fn collect_scored_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if name != "target" && !name.starts_with('.') {
                collect_scored_files(&path, files);
            }
        } else if name.ends_with(".rs") || name == "Cargo.toml" {
            files.push(path);
        }
    }
}

/// The current score in `first-score.toml` form, to record when a round has none yet.
fn as_first_score(round: &RoundScore) -> String {
    let mut out = String::from(
        "commit = \"<the commit that added the crates>\"\n\
         engine = \"<the commit whose engine scored them>\"\n\
         command = \"<the command that reproduces the score from that commit>\"\n",
    );
    let _ = writeln!(out, "digest = \"{}\"", round.digest);
    for (rule, score) in &round.scores {
        if score.positives + score.negatives + score.false_positives == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "\n[rules.{rule}]\npositives = {}\nnegatives = {}\ntp = {}\nfp = {}\nfn = {}",
            score.positives,
            score.negatives,
            score.true_positives,
            score.false_positives,
            score.false_negatives
        );
    }
    out
}

/// The current score beside the first one, rule by rule.
fn comparison_table(round: &RoundScore, first: &FirstScore) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<20} {:>9} {:>9} {:>5} {:>5} {:>5} {:>9} {:>7}   {:>15} {:>12}",
        "rule",
        "positives",
        "negatives",
        "TP",
        "FP",
        "FN",
        "precision",
        "recall",
        "first precision",
        "first recall"
    );
    for (rule, score) in &round.scores {
        let (first_precision, first_recall) = match first.rules.get(rule) {
            Some(first) => (
                format!("{:.3}", first.precision()),
                format!("{:.3}", first.recall()),
            ),
            None => ("-".to_string(), "-".to_string()),
        };
        let _ = writeln!(
            out,
            "{:<20} {:>9} {:>9} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}   {:>15} {:>12}",
            rule,
            score.positives,
            score.negatives,
            score.true_positives,
            score.false_positives,
            score.false_negatives,
            score.precision(),
            score.recall(),
            first_precision,
            first_recall
        );
    }
    out
}

/// Everything wrong with a round against its first score; empty when it holds its floor.
fn judge_round(round: &RoundScore, first: &FirstScore) -> Vec<String> {
    let mut problems = Vec::new();
    if round.crates == 0 {
        problems.push(
            "it has a record but no crate: merge the branches that wrote the round".to_string(),
        );
        return problems;
    }
    if round.digest != first.digest {
        problems.push(format!(
            "the crates changed since their first score (digest {} now, {} recorded): a blind \
             round is never edited; record a wrong label in its README instead",
            round.digest, first.digest
        ));
    }
    for (rule, recorded) in &first.rules {
        let Some(now) = round.scores.get(rule) else {
            problems.push(format!(
                "{rule}: scored first, but the engine has no such rule now"
            ));
            continue;
        };
        if (now.positives, now.negatives) != (recorded.positives, recorded.negatives) {
            problems.push(format!(
                "{rule}: {} positives and {} negatives now, {} and {} when first scored",
                now.positives, now.negatives, recorded.positives, recorded.negatives
            ));
        }
        // A rule that reported nothing when first scored (it did not exist yet) has no
        // precision to keep.
        let first_reported = recorded.tp + recorded.fp > 0;
        if first_reported && now.precision() + EPSILON < recorded.precision() {
            problems.push(format!(
                "{rule}: precision {:.3}, below its first score {:.3}",
                now.precision(),
                recorded.precision()
            ));
        }
        if now.recall() + EPSILON < recorded.recall() {
            problems.push(format!(
                "{rule}: recall {:.3}, below its first score {:.3}",
                now.recall(),
                recorded.recall()
            ));
        }
    }
    for (rule, now) in &round.scores {
        if now.positives + now.negatives > 0 && !first.rules.contains_key(rule) {
            problems.push(format!(
                "{rule}: {} labels but no first score in first-score.toml",
                now.positives + now.negatives
            ));
        }
    }
    problems
}

/// Read a round's record; a problem when it is missing or malformed.
fn read_first_score(round: &Path) -> Result<FirstScore, String> {
    for record in ["README.md", "first-score.toml"] {
        if !round.join(record).is_file() {
            return Err(format!("it has no {record}"));
        }
    }
    let path = round.join("first-score.toml");
    let text =
        std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    let first: FirstScore =
        toml::from_str(&text).map_err(|err| format!("{}: {err}", display_path(&path)))?;
    for (field, value) in [
        ("commit", &first.commit),
        ("engine", &first.engine),
        ("command", &first.command),
    ] {
        if value.trim().is_empty() || value.starts_with('<') {
            return Err(format!(
                "{}: `{field}` is not filled in",
                display_path(&path)
            ));
        }
    }
    Ok(first)
}

#[test]
fn blind_rounds_keep_their_first_score() {
    let blind_dir = lints_dir().join("corpus/blind");
    let rounds = blind_rounds(&blind_dir);
    assert!(
        !rounds.is_empty(),
        "lints/corpus/blind/ holds no round{}: every round of engine changes is measured on a \
         blind round (see lints/corpus/README.md)",
        std::env::var("ASYNCLINT_BLIND_ROUND")
            .map(|name| format!(" named {name}"))
            .unwrap_or_default()
    );
    let checker = Checker::from_env();
    let mut failures = String::new();
    for round in rounds {
        let name = display_path(&round);
        let score = score_round_with(&round, &checker);
        if let Checker::Binary(binary) = &checker {
            println!(
                "blind round {name}, scored with {}:\n{}\nin first-score.toml form:\n{}",
                binary.display(),
                table(&score.scores),
                as_first_score(&score)
            );
        }
        match read_first_score(&round) {
            Ok(first) => {
                println!(
                    "blind round {name} (first scored at {} with the engine of {}):\n{}",
                    first.commit,
                    first.engine,
                    comparison_table(&score, &first)
                );
                let problems = judge_round(&score, &first);
                if !problems.is_empty() {
                    let judged: BTreeSet<&String> = first.rules.keys().collect();
                    let _ = writeln!(
                        failures,
                        "\n{name}:\n  {}\n{}",
                        problems.join("\n  "),
                        details(&score.scores, &judged)
                    );
                }
            }
            Err(problem) => {
                println!("blind round {name}:\n{}", table(&score.scores));
                let _ = writeln!(
                    failures,
                    "\n{name}: {problem}. Its score now, in first-score.toml form (record it only \
                     if this engine is the one the round was first scored with):\n{}",
                    as_first_score(&score)
                );
            }
        }
    }
    assert!(failures.is_empty(), "blind rounds:{failures}");
}

/// The floor machinery itself, on a round made here: a worse score, an edited crate and a
/// relabelled line are each caught.
#[test]
fn blind_floor_catches_a_worse_score_and_an_edited_round() {
    let dir = tempfile::tempdir().expect("temp dir");
    let round = dir.path().join("round");
    let write = |relative: &str, text: &str| {
        let path = round.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "svc/Cargo.toml",
        "[package]\nname = \"svc\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[workspace]\n",
    );
    write(
        "svc/src/lib.rs",
        "pub async fn a() {\n    std::thread::sleep(std::time::Duration::from_secs(1)); // EXPECT: blocking-in-async\n}\n\
         pub fn b() {\n    std::thread::sleep(std::time::Duration::from_secs(1)); // OK: blocking-in-async\n}\n",
    );
    let score = score_round(&round);
    let now = &score.scores["blocking-in-async"];
    assert_eq!(
        (
            now.positives,
            now.negatives,
            now.true_positives,
            now.false_positives
        ),
        (1, 1, 1, 0)
    );
    // Another build's binary (here this one's) scores the same way, as a first score is
    // reproduced from an older commit.
    let binary = Checker::Binary(PathBuf::from(env!("CARGO_BIN_EXE_asynclint")));
    assert_eq!(
        as_first_score(&score_round_with(&round, &binary)),
        as_first_score(&score)
    );
    let recorded = |tp, fp, false_negatives, digest: &str| FirstScore {
        commit: "c".into(),
        engine: "e".into(),
        command: "cmd".into(),
        digest: digest.into(),
        rules: [(
            "blocking-in-async".to_string(),
            FirstRuleScore {
                positives: 1,
                negatives: 1,
                tp,
                fp,
                false_negatives,
            },
        )]
        .into(),
    };
    assert_eq!(
        judge_round(&score, &recorded(1, 0, 0, &score.digest)),
        [] as [String; 0]
    );
    assert_eq!(
        judge_round(&score, &recorded(0, 1, 1, &score.digest)),
        [] as [String; 0]
    );

    // Scoring worse than first: the recorded score was better than what the engine does now.
    let mut worse = RoundScore {
        scores: empty_scores(),
        digest: score.digest.clone(),
        crates: 1,
    };
    let entry = worse.scores.get_mut("blocking-in-async").unwrap();
    (
        entry.positives,
        entry.negatives,
        entry.false_negatives,
        entry.false_positives,
    ) = (1, 1, 1, 1);
    let problems = judge_round(&worse, &recorded(1, 0, 0, &score.digest));
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("precision 0.000, below its first score 1.000"));
    assert!(problems[1].contains("recall 0.000, below its first score 1.000"));

    // An edited crate and a new label.
    write(
        "svc/src/extra.rs",
        "pub fn c() {} // OK: blocking-in-async\n",
    );
    let edited = score_round(&round);
    let problems = judge_round(&edited, &recorded(1, 0, 0, &score.digest));
    assert!(problems[0].contains("the crates changed"), "{problems:#?}");
    assert!(
        problems[1].contains("1 positives and 2 negatives now, 1 and 1 when first scored"),
        "{problems:#?}"
    );

    // A round without its record fails, naming what is missing.
    assert_eq!(read_first_score(&round).unwrap_err(), "it has no README.md");
}
