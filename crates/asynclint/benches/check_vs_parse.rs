//! Compares the full check with a bare `syn::parse_file` pass (span locations on, as the
//! engine parses) over the same files, built with the same profile (`bench` inherits
//! `release`: lto, one codegen unit). By default it measures two corpora in turn: tokio's
//! sources and every crate in the local cargo registry; a directory given as argument (or in
//! `ASYNCLINT_BENCH_CORPUS`) replaces them. Files are read and grouped into crates once, as
//! `asynclint check` discovers them, before anything is timed. For each corpus it prints:
//!
//! - **parse only**: `syn::parse_file` on every file;
//! - **full check**: the engine on every file with test code included, each crate treated as
//!   loose files, so it parses and analyses exactly the files the parse pass parses;
//! - **default check**: what `asynclint check` analyses: the module tree from each crate's
//!   roots, test code left out (it parses fewer files, so it is not a like-for-like figure);
//!
//! and the ratio of each check to the parse. `--end-to-end` also times `asynclint::check` on the
//! directory itself (discovery, reading, analysis, suppressions), which shows any cost outside
//! the analysis.
//!
//! Wall-clock time on a shared machine is noisy, so the passes alternate and each keeps its
//! best of `--runs N` (default 5). For a figure that does not depend on the machine's load,
//! `benches/instructions.sh` runs one pass at a time (`--only parse|parse-plain|check|load`, `--runs 1`)
//! under cachegrind and prints the ratio of instruction counts.
//!
//! `ASYNCLINT_BENCH_FINDINGS=1` also prints every finding of the default check.
//!
//! Run: `cargo bench -p asynclint --bench check_vs_parse [-- <dir>] [--runs N]
//! [--only parse|parse-plain|check|load] [--end-to-end]`

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use asynclint::CheckOptions;
use asynclint::config::Exclude;
use asynclint::engine::{self, AnalysisOptions, CrateInput};
use rayon::prelude::*;

/// Which passes to run: all (the default), or one of them alone for an instruction count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Only {
    All,
    Parse,
    /// A bare parse of the text as the check parses it (doc comments as plain comments).
    ParsePlain,
    Check,
    /// Neither: only load the corpus (the baseline to subtract from instruction counts).
    Load,
}

struct Args {
    corpora: Vec<PathBuf>,
    runs: usize,
    only: Only,
    end_to_end: bool,
}

fn parse_args() -> Args {
    let mut corpus = None;
    let mut runs = 5;
    let mut only = Only::All;
    let mut end_to_end = false;
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
                    Some("parse-plain") => Only::ParsePlain,
                    Some("check") => Only::Check,
                    Some("load") => Only::Load,
                    _ => usage("--only takes parse, parse-plain, check or load"),
                };
            }
            "--end-to-end" => end_to_end = true,
            // `cargo bench` passes `--bench` to every bench binary.
            flag if flag.starts_with('-') => {}
            path => corpus = Some(PathBuf::from(path)),
        }
    }
    let corpora =
        match corpus.or_else(|| std::env::var_os("ASYNCLINT_BENCH_CORPUS").map(PathBuf::from)) {
            Some(corpus) => vec![corpus],
            None => default_corpora(),
        };
    Args {
        corpora,
        runs,
        only,
        end_to_end,
    }
}

fn usage(message: &str) -> ! {
    eprintln!("check_vs_parse: {message}");
    eprintln!(
        "usage: check_vs_parse [DIR] [--runs N] [--only parse|parse-plain|check|load] [--end-to-end]"
    );
    std::process::exit(2);
}

fn main() {
    let args = parse_args();
    if args.only != Only::All && args.corpora.len() != 1 {
        usage("--only measures one corpus: give its directory");
    }
    for corpus in &args.corpora {
        bench_corpus(corpus, &args);
    }
}

/// The crates of one corpus, as discovery reads them, in the two shapes the checks take.
struct Corpus {
    /// As `asynclint check` sees them: each crate with its package layout.
    discovered: Vec<CrateInput>,
    /// The same files as loose crates: every file is analysed.
    every_file: Vec<CrateInput>,
}

fn load(dir: &Path) -> Corpus {
    let discovery = asynclint::discover::discover(&[dir.to_path_buf()], &Exclude::default())
        .unwrap_or_else(|err| usage(&format!("cannot read the corpus: {err}")));
    let every_file = discovery
        .crates
        .iter()
        .map(|input| CrateInput {
            package: None,
            ..input.clone()
        })
        .collect();
    Corpus {
        discovered: discovery.crates,
        every_file,
    }
}

fn bench_corpus(dir: &Path, args: &Args) {
    let started = Instant::now();
    let corpus = load(dir);
    let loading = started.elapsed();
    let files: usize = corpus.discovered.iter().map(|c| c.files.len()).sum();
    let text = corpus
        .discovered
        .iter()
        .flat_map(|c| &c.files)
        .map(|f| &f.text);
    let (bytes, lines) = text.fold((0, 0), |(bytes, lines), text| {
        (bytes + text.len(), lines + text.lines().count())
    });
    println!(
        "corpus: {} ({} crates, {files} files, {:.2} M lines, {:.1} MB; discovered and read in \
         {:.0} ms)",
        dir.display(),
        corpus.discovered.len(),
        lines as f64 / 1e6,
        bytes as f64 / 1e6,
        loading.as_secs_f64() * 1e3
    );

    let pool = engine::analysis_pool().expect("the analysis thread pool starts");
    let every_target = AnalysisOptions {
        all_targets: true,
        ..AnalysisOptions::default()
    };
    let default_options = AnalysisOptions::default();
    let parse_with = |parse: fn(&str) -> bool| {
        pool.install(|| {
            corpus
                .every_file
                .par_iter()
                .flat_map(|c| &c.files)
                .filter(|f| parse(&f.text))
                .count()
        })
    };
    let parse_pass = || parse_with(engine::parse_only);
    let check_pass = |crates: &[CrateInput], options: &AnalysisOptions| {
        pool.install(|| {
            crates
                .par_iter()
                .flat_map(|c| engine::check_crate(c, options))
                .collect::<Vec<_>>()
        })
    };
    if args.only != Only::All {
        // One pass, `runs` times, no warm-up: what cachegrind counts.
        for _ in 0..args.runs {
            match args.only {
                Only::Parse => {
                    parse_pass();
                }
                Only::ParsePlain => {
                    parse_with(engine::parse_plain_only);
                }
                Only::Check => {
                    check_pass(&corpus.every_file, &every_target);
                }
                Only::Load | Only::All => {}
            }
        }
        return;
    }
    // One warm-up of each, then the passes alternate, so a burst of load elsewhere on the
    // machine hits all of them; each keeps its best time.
    parse_pass();
    check_pass(&corpus.every_file, &every_target);
    let mut findings = check_pass(&corpus.discovered, &default_options);
    let mut best = [Duration::MAX; 4];
    for _ in 0..args.runs {
        let start = Instant::now();
        parse_pass();
        best[0] = best[0].min(start.elapsed());
        let start = Instant::now();
        check_pass(&corpus.every_file, &every_target);
        best[1] = best[1].min(start.elapsed());
        let start = Instant::now();
        findings = check_pass(&corpus.discovered, &default_options);
        best[2] = best[2].min(start.elapsed());
        if args.end_to_end {
            let start = Instant::now();
            let report = asynclint::check(&CheckOptions {
                paths: vec![dir.to_path_buf()],
                ..CheckOptions::default()
            });
            best[3] = best[3].min(start.elapsed());
            assert!(report.is_ok(), "the end-to-end check failed");
        }
    }

    let [parse, full, default, end_to_end] = best;
    let ratio = |time: Duration| time.as_secs_f64() / parse.as_secs_f64();
    println!("parse only:    {:>8.1} ms", parse.as_secs_f64() * 1e3);
    println!(
        "full check:    {:>8.1} ms  {:>5.2}x parse (every file, test code included; target <= 1.3x)",
        full.as_secs_f64() * 1e3,
        ratio(full)
    );
    println!(
        "default check: {:>8.1} ms  {:>5.2}x parse (module tree, no test code)",
        default.as_secs_f64() * 1e3,
        ratio(default)
    );
    if args.end_to_end {
        println!(
            "end to end:    {:>8.1} ms  {:>5.2}x parse (asynclint::check on the directory: \
             discovery, reading, default check, suppressions)",
            end_to_end.as_secs_f64() * 1e3,
            ratio(end_to_end)
        );
    }
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for finding in &findings {
        *by_rule.entry(finding.rule.as_str()).or_default() += 1;
    }
    println!("findings (default check): {by_rule:?}\n");
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

fn registry_sources() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("."));
    home.join("registry").join("src")
}

/// tokio's sources (the newest `tokio-1.*` in the registry), then the whole registry.
fn default_corpora() -> Vec<PathBuf> {
    let registry = registry_sources();
    let mut tokio: Vec<PathBuf> = std::fs::read_dir(&registry)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|index| {
            std::fs::read_dir(index.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("tokio-1."))
        })
        .collect();
    tokio.sort_by_key(|path| version_key(path));
    let mut corpora: Vec<PathBuf> = tokio.pop().into_iter().collect();
    corpora.push(registry);
    corpora
}

/// `tokio-1.54.1` -> [1, 54, 1], so that 1.100 sorts after 1.54.
fn version_key(path: &Path) -> Vec<u64> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.trim_start_matches("tokio-")
        .split('.')
        .map(|part| part.parse().unwrap_or(0))
        .collect()
}
