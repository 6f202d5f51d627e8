//! Compares the full check with a parse-only pass over the same large real corpus: every
//! `.rs` file under the cargo registry sources (or the directory given as argument or in
//! `ASYNCLINT_BENCH_CORPUS`), grouped into crates by their nearest Cargo.toml. Both passes
//! run on the analysis thread pool. Prints files, MB, both times and their ratio.
//!
//! `ASYNCLINT_BENCH_FINDINGS=1` also prints every finding (to review false alarms).
//!
//! Wall-clock time on a shared machine is noisy, so the two passes alternate and each keeps
//! its best of `--runs N` (default 5). For a figure that does not depend on the machine's
//! load, `benches/instructions.sh` runs one pass at a time (`--only parse|check|load`,
//! `--runs 1`) under callgrind and prints the ratio of instruction counts.
//!
//! Run: `cargo bench -p asynclint --bench check_vs_parse [-- <dir>] [--runs N] [--only parse|check|load]`

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use asynclint::engine::{self, AnalysisOptions, CrateInput, Edition, SourceFile};
use rayon::prelude::*;

/// Which passes to run: both (the default), or one of them alone for an instruction count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Only {
    Both,
    Parse,
    Check,
    /// Neither: only load the corpus (the baseline to subtract from instruction counts).
    Load,
}

struct Args {
    corpus: PathBuf,
    runs: usize,
    only: Only,
}

fn parse_args() -> Args {
    let mut corpus = None;
    let mut runs = 5;
    let mut only = Only::Both;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .unwrap_or_else(|| usage("--runs takes a positive number"));
            }
            "--only" => {
                only = match args.next().as_deref() {
                    Some("parse") => Only::Parse,
                    Some("check") => Only::Check,
                    Some("load") => Only::Load,
                    _ => usage("--only takes parse, check or load"),
                };
            }
            // `cargo bench` passes `--bench` to every bench binary.
            flag if flag.starts_with('-') => {}
            path => corpus = Some(PathBuf::from(path)),
        }
    }
    let corpus = corpus
        .or_else(|| std::env::var_os("ASYNCLINT_BENCH_CORPUS").map(PathBuf::from))
        .unwrap_or_else(default_corpus);
    Args { corpus, runs, only }
}

fn usage(message: &str) -> ! {
    eprintln!("check_vs_parse: {message}");
    eprintln!("usage: check_vs_parse [DIR] [--runs N] [--only parse|check|load]");
    std::process::exit(2);
}

fn main() {
    let Args { corpus, runs, only } = parse_args();
    let crates = load_corpus(&corpus);
    let files: usize = crates.iter().map(|c| c.files.len()).sum();
    let bytes: usize = crates
        .iter()
        .flat_map(|c| &c.files)
        .map(|f| f.text.len())
        .sum();
    println!(
        "corpus: {} ({} crates, {files} files, {:.1} MB)",
        corpus.display(),
        crates.len(),
        bytes as f64 / 1e6
    );

    let pool = engine::analysis_pool().expect("the analysis thread pool starts");
    let options = AnalysisOptions::default();
    let parse_pass = || {
        pool.install(|| {
            crates
                .par_iter()
                .flat_map(|c| &c.files)
                .filter(|f| engine::parse_only(&f.text))
                .count()
        })
    };
    let check_pass = || {
        pool.install(|| {
            crates
                .par_iter()
                .flat_map(|c| engine::check_crate(c, &options))
                .collect::<Vec<_>>()
        })
    };
    if only != Only::Both {
        // One pass, `runs` times, no warm-up: what callgrind counts.
        for _ in 0..runs {
            match only {
                Only::Parse => {
                    parse_pass();
                }
                Only::Check => {
                    check_pass();
                }
                Only::Load | Only::Both => {}
            }
        }
        return;
    }
    // One warm-up of each, then the passes alternate, so a burst of load elsewhere on the
    // machine hits both; each keeps its best time.
    parse_pass();
    let mut findings = check_pass();
    let mut parse = Duration::MAX;
    let mut check = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        parse_pass();
        parse = parse.min(start.elapsed());
        let start = Instant::now();
        findings = check_pass();
        check = check.min(start.elapsed());
    }

    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for finding in &findings {
        *by_rule.entry(finding.rule.as_str()).or_default() += 1;
    }
    println!("parse only: {:>8.1} ms", parse.as_secs_f64() * 1e3);
    println!("full check: {:>8.1} ms", check.as_secs_f64() * 1e3);
    println!(
        "ratio:      {:>8.2}x (target <= 1.5x)",
        check.as_secs_f64() / parse.as_secs_f64()
    );
    println!("findings:   {by_rule:?}");
    if std::env::var_os("ASYNCLINT_BENCH_FINDINGS").is_some() {
        for d in &findings {
            println!(
                "{}:{}:{} [{}] {}",
                d.path.display(),
                d.span.start.line,
                d.span.start.column,
                d.rule,
                d.message
            );
        }
    }
}

fn default_corpus() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("."));
    home.join("registry").join("src")
}

/// Every `.rs` file under `dir` (skipping `target/` and hidden directories), grouped by
/// the nearest Cargo.toml.
fn load_corpus(dir: &Path) -> Vec<CrateInput> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() && !name.starts_with('.') && name != "target" {
                stack.push(path);
            } else if kind.is_file() && name.ends_with(".rs") {
                files.push(path);
            }
        }
    }
    let mut crates: BTreeMap<PathBuf, CrateInput> = BTreeMap::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let root = path
            .ancestors()
            .skip(1)
            .find(|a| a.join("Cargo.toml").is_file())
            .unwrap_or(dir)
            .to_path_buf();
        let input = crates.entry(root.clone()).or_insert_with(|| CrateInput {
            edition: read_edition(&root),
            root,
            files: Vec::new(),
            package: None,
        });
        input.files.push(SourceFile {
            path,
            text: Arc::from(text),
            report: true,
            explicit: false,
        });
    }
    crates.into_values().collect()
}

fn read_edition(root: &Path) -> Edition {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    match manifest
        .lines()
        .find(|l| l.trim_start().starts_with("edition"))
    {
        Some(line) if line.contains("2024") => Edition::E2024,
        Some(line) if line.contains("2021") => Edition::E2021,
        Some(line) if line.contains("2018") => Edition::E2018,
        _ => Edition::E2015,
    }
}
