//! The command line: one clap definition from which the help text, the shell completions and
//! the man page are all generated, and the code that runs each subcommand on top of the library
//! (`check`, `rules`, `explain`, `completions`, `man`, `install-hook`). `cargo-asynclint`
//! reuses [`CheckArgs`] and [`run_check`]. Exit codes: 0 clean (notes, such as a file skipped
//! because it does not parse, do not count), 1 findings, 2 usage, config or I/O error.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::output::{self, Format};
use crate::{CheckOptions, Report, fix, hook, pseudo_rules};

/// Exit code: nothing at warning or error level.
pub const EXIT_CLEAN: i32 = 0;
/// Exit code: findings at warning or error level (or, with `--diff`, changes to make).
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code: bad usage, bad config, or a path that cannot be checked.
pub const EXIT_ERROR: i32 = 2;

/// Finds async pitfalls in tokio code: blocking calls in async fns, unawaited futures, detached
/// spawns and unbounded gathers. No compile needed.
#[derive(Debug, Parser)]
#[command(name = "asynclint", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check Rust files and directories for async pitfalls
    Check(CheckArgs),
    /// List every rule with its default level and summary
    Rules,
    /// Print the documentation of a rule
    Explain {
        /// The rule name, as printed in brackets in a finding (e.g. blocking-in-async)
        rule: String,
    },
    /// Print a shell completion script to stdout
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout
    Man,
    /// Install a git pre-commit hook that checks the staged Rust files
    InstallHook {
        /// Replace an existing pre-commit hook
        #[arg(long)]
        force: bool,
    },
}

/// The options of `asynclint check`, shared with `cargo asynclint`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files (checked as given) and directories (walked, honouring .gitignore) [default: .]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the findings to this file instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Use this config file instead of discovering asynclint.toml or Cargo.toml metadata
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Apply the certain fixes in place, then report what remains
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Show the certain fixes as a unified diff without writing them (exit 1 if there are any)
    #[arg(long)]
    pub diff: bool,
    /// Report suppression comments that silence nothing
    #[arg(long)]
    pub report_unused_suppressions: bool,
    /// Also check test code: #[cfg(test)] modules, #[test] fns, tests/, benches/, examples/
    #[arg(long)]
    pub all_targets: bool,
    /// When to colour the human output (auto: only on a terminal, and never with NO_COLOR set)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Parse the process arguments and run; returns the exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => run_check(&args),
        Command::Rules => print_rules(),
        Command::Explain { rule } => explain(&rule),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "asynclint", &mut io::stdout());
            EXIT_CLEAN
        }
        Command::Man => man_page(),
        Command::InstallHook { force } => install_hook(force),
    }
}

/// Run `asynclint check` (or `cargo asynclint`) with parsed arguments; returns the exit code.
pub fn run_check(args: &CheckArgs) -> i32 {
    let options = CheckOptions {
        paths: args.paths.clone(),
        config_file: args.config.clone(),
        report_unused_suppressions: args.report_unused_suppressions.then_some(true),
        all_targets: args.all_targets.then_some(true),
    };
    let report = match crate::check(&options) {
        Ok(report) => report,
        Err(err) => return fail(&err.message),
    };
    if args.diff {
        return show_diff(args, &report);
    }
    if args.fix {
        return fix_then_report(args, &options, report);
    }
    emit(args, &report)
}

fn show_diff(args: &CheckArgs, report: &Report) -> i32 {
    let plan = fix::plan(report);
    let mut text = String::new();
    for file in &plan.files {
        text.push_str(&file.unified_diff());
    }
    if let Err(code) = write_output(args, text.as_bytes()) {
        return code;
    }
    report_rejected(&plan);
    eprintln!(
        "{} would be fixed in {}; run with `--fix` to apply",
        count(plan.fixes_applied(), "finding"),
        count(plan.files.len(), "file")
    );
    if plan.files.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    }
}

fn fix_then_report(args: &CheckArgs, options: &CheckOptions, report: Report) -> i32 {
    let plan = fix::plan(&report);
    let mut written = 0;
    let mut fixed = 0;
    for file in &plan.files {
        match file.write() {
            Ok(()) => {
                written += 1;
                fixed += file.fixes_applied;
            }
            Err(err) => eprintln!("error: cannot write `{}`: {err}", file.path.display()),
        }
    }
    report_rejected(&plan);
    // Fixes move code, so the remaining findings come from a fresh check of the new text.
    let remaining = if written > 0 {
        match crate::check(options) {
            Ok(report) => report,
            Err(err) => return fail(&err.message),
        }
    } else {
        report
    };
    eprintln!(
        "fixed {} in {}; {} remain{}",
        count(fixed, "finding"),
        count(written, "file"),
        count(remaining.diagnostics.len(), "finding"),
        if remaining.diagnostics.len() == 1 {
            "s"
        } else {
            ""
        }
    );
    emit(args, &remaining)
}

fn report_rejected(plan: &fix::FixPlan) {
    for (path, reason) in &plan.rejected {
        eprintln!("warning: not fixing `{}`: {reason}", path.display());
    }
}

/// Render the report where the user asked and compute the exit code.
fn emit(args: &CheckArgs, report: &Report) -> i32 {
    let color = args.output.is_none() && use_color(args.color);
    let mut buffer = Vec::new();
    if let Err(err) = output::render(report, args.format, &mut buffer, color) {
        return fail(&format!("cannot render the findings: {err}"));
    }
    if let Err(code) = write_output(args, &buffer) {
        return code;
    }
    if report.has_findings() {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

fn write_output(args: &CheckArgs, bytes: &[u8]) -> Result<(), i32> {
    match &args.output {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|err| fail(&format!("cannot write `{}`: {err}", path.display()))),
        None => {
            let mut stdout = io::stdout().lock();
            // A closed pipe (`asynclint check | head`) is not an error worth reporting.
            let _ = stdout.write_all(bytes).and_then(|()| stdout.flush());
            Ok(())
        }
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
            !no_color && io::stdout().is_terminal()
        }
    }
}

fn print_rules() -> i32 {
    let rules: Vec<_> = pseudo_rules::everything().collect();
    let width = rules.iter().map(|rule| rule.name.len()).max().unwrap_or(4);
    let mut text = format!("{:width$}  {:7}  SUMMARY\n", "RULE", "DEFAULT");
    for rule in rules {
        text.push_str(&format!(
            "{:width$}  {:7}  {}\n",
            rule.name,
            crate::rules::default_level(rule),
            rule.summary
        ));
    }
    text.push_str("\n`asynclint explain <rule>` prints a rule's documentation.\n");
    let _ = io::stdout().write_all(text.as_bytes());
    EXIT_CLEAN
}

fn explain(name: &str) -> i32 {
    match pseudo_rules::find_any(name) {
        Some(rule) => {
            let text = format!("# {}\n\n{}\n", rule.name, rule.docs.trim_end());
            let _ = io::stdout().write_all(text.as_bytes());
            EXIT_CLEAN
        }
        None => {
            let names: Vec<&str> = pseudo_rules::everything().map(|rule| rule.name).collect();
            fail(&format!(
                "unknown rule `{name}`\n  = help: known rules: {}",
                names.join(", ")
            ))
        }
    }
}

fn man_page() -> i32 {
    let mut page = Vec::new();
    if let Err(err) = clap_mangen::Man::new(Cli::command()).render(&mut page) {
        return fail(&format!("cannot render the man page: {err}"));
    }
    let _ = io::stdout().write_all(&page);
    EXIT_CLEAN
}

fn install_hook(force: bool) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("asynclint"));
    match hook::install(&cwd, &exe, force) {
        Ok(hook::Installed::Created(path)) => {
            println!(
                "installed the asynclint pre-commit hook at {}",
                path.display()
            );
            EXIT_CLEAN
        }
        Ok(hook::Installed::Replaced(path)) => {
            println!(
                "replaced the pre-commit hook at {} with asynclint's",
                path.display()
            );
            EXIT_CLEAN
        }
        Err(err) => fail(&err.message),
    }
}

fn fail(message: &str) -> i32 {
    eprintln!("error: {message}");
    EXIT_ERROR
}

fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
