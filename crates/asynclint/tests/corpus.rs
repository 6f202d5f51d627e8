//! The labelled corpus under `lints/corpus/`: crates written like real tokio services, each
//! finding site marked `// EXPECT: rule` and each look-alike that must stay quiet marked
//! `// OK: rule`. This test scores the engine per rule (TP/FP/FN, precision, recall), prints the
//! table, and requires at least 25 positives and 25 negatives per rule and precision and recall
//! of at least 0.95 each, listing every miss and false alarm when it fails.
//!
//! Each crate is scored at the rule levels its own config sets, as `asynclint check` on it
//! would report: a rule that is off by default (`untracked-spawn`) is scored in the crates
//! whose `asynclint.toml` enables it, and its labels anywhere else are a labelling mistake.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use asynclint::config::{CONFIG_FILE_NAME, Config};

use common::{
    FixtureCrate, Marker, MarkerKind, Site, crate_markers, describe, discover_crates, display_path,
    lints_dir, site_of, source_line, unparseable_files,
};

const MIN_LABELS: usize = 25;
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.95;

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

fn corpus_crates() -> Vec<FixtureCrate> {
    let crates = discover_crates(&lints_dir().join("corpus"));
    assert!(
        crates.len() >= 6,
        "lints/corpus/ should hold several crates"
    );
    crates
}

fn score_corpus() -> BTreeMap<String, Score> {
    let mut scores: BTreeMap<String, Score> = asynclint::rules::all()
        .iter()
        .map(|rule| (rule.name.to_string(), Score::default()))
        .collect();
    for krate in corpus_crates() {
        let markers = crate_markers(&krate).unwrap_or_else(|problem| panic!("{problem}"));
        let config = crate_config(&krate);
        let findings: Vec<asynclint::Diagnostic> = krate
            .check_all_rules()
            .into_iter()
            .filter(|finding| rule_enabled(&config, &finding.rule))
            .collect();
        score_crate(&krate, &markers, &findings, &mut scores);
    }
    scores
}

/// The crate's own `asynclint.toml`, or the defaults when it has none.
fn crate_config(krate: &FixtureCrate) -> Config {
    let file = krate.input.root.join(CONFIG_FILE_NAME);
    if !file.is_file() {
        return Config::default();
    }
    Config::from_config_file(&file).unwrap_or_else(|err| panic!("{}: {err}", file.display()))
}

/// Whether the config reports this rule (names that are not rules, like `syntax-error`, are
/// always reported).
fn rule_enabled(config: &Config, name: &str) -> bool {
    asynclint::rules::find(name).is_none_or(|rule| {
        config
            .severity_for(rule.name, rule.default_severity)
            .is_some()
    })
}

/// A label for a rule its crate's config leaves off could never be scored fairly: an EXPECT
/// would count as a miss, an OK as a look-alike nothing checks.
#[test]
fn labels_name_rules_their_crate_enables() {
    let mut problems = Vec::new();
    for krate in corpus_crates() {
        let config = crate_config(&krate);
        for marker in crate_markers(&krate).unwrap_or_else(|problem| panic!("{problem}")) {
            if !rule_enabled(&config, &marker.rule) {
                problems.push(format!(
                    "  {}:{}: {} is off in this crate (enable it in its {CONFIG_FILE_NAME})",
                    display_path(&marker.path),
                    marker.line,
                    marker.rule
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "labels for rules their crate does not enable:\n{}",
        problems.join("\n")
    );
}

fn score_crate(
    krate: &FixtureCrate,
    markers: &[Marker],
    findings: &[asynclint::Diagnostic],
    scores: &mut BTreeMap<String, Score>,
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
    let mut found: BTreeMap<Site, Vec<&asynclint::Diagnostic>> = BTreeMap::new();
    for finding in findings {
        found.entry(site_of(finding)).or_default().push(finding);
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

fn table(scores: &BTreeMap<String, Score>) -> String {
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

/// The labels alone, independent of the engine: enough positives and negatives per rule.
#[test]
fn corpus_has_enough_labels_per_rule() {
    let mut counts: BTreeMap<String, (usize, usize)> = asynclint::rules::all()
        .iter()
        .map(|rule| (rule.name.to_string(), (0, 0)))
        .collect();
    for krate in corpus_crates() {
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
        "every rule needs at least {MIN_LABELS} positives and {MIN_LABELS} negatives:\n{}",
        short.join("\n")
    );
}

/// Every corpus file must be valid Rust as far as syn is concerned, so that the corpus measures
/// the rules and not the parser.
#[test]
fn corpus_files_parse() {
    let broken = unparseable_files(&corpus_crates(), |_| false);
    assert!(
        broken.is_empty(),
        "corpus files that do not parse:\n{}",
        broken.join("\n")
    );
}

#[test]
fn precision_and_recall_per_rule() {
    let scores = score_corpus();
    let rendered = table(&scores);
    println!("{rendered}");
    let mut failures = String::new();
    for (rule, score) in &scores {
        let precision_ok = score.precision() >= MIN_PRECISION;
        let recall_ok = score.recall() >= MIN_RECALL;
        if precision_ok && recall_ok {
            continue;
        }
        let _ = writeln!(
            failures,
            "\n{rule}: precision {:.3} (min {MIN_PRECISION}), recall {:.3} (min {MIN_RECALL})",
            score.precision(),
            score.recall()
        );
        for miss in &score.misses {
            let _ = writeln!(failures, "  MISSED {miss}");
        }
        for alarm in &score.false_alarms {
            let _ = writeln!(failures, "  FALSE ALARM {alarm}");
        }
    }
    let unexpected_rules: Vec<&String> = scores
        .keys()
        .filter(|rule| asynclint::rules::find(rule).is_none())
        .collect();
    assert!(
        unexpected_rules.is_empty() || asynclint::rules::all().is_empty(),
        "the corpus produced or labels unknown rules: {unexpected_rules:?}"
    );
    assert!(
        failures.is_empty(),
        "per-rule scores on lints/corpus/:\n{rendered}{failures}"
    );
}
