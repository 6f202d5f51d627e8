//! Runs a compiled `grade` test binary: lists its tests, and runs one test alone under a
//! wall-clock time limit, killing it when the limit passes (hung code is reported as hung,
//! not waited for) and extracting the panic message that explains a failure.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::error::{KitError, KitResult};

/// How often a running test is checked for completion.
const POLL_INTERVAL: Duration = Duration::from_millis(10);

/// How one test run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TestOutcome {
    Passed,
    /// The test failed; `message` is its panic message (or what it printed instead).
    Failed {
        message: String,
    },
    /// The test was still running at the time limit and was killed.
    Hung {
        limit: Duration,
    },
}

/// The names of the tests in `binary` (`--list --format terse` prints `name: test`).
pub fn list_tests(binary: &Path) -> KitResult<Vec<String>> {
    let output = Command::new(binary)
        .args(["--list", "--format", "terse"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| KitError::io("run", binary, &e))?;
    if !output.status.success() {
        return Err(KitError::new(format!(
            "{} --list failed: {}",
            binary.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_string)
        .collect())
}

/// Runs the test `name` of `binary` alone, in `dir` (cargo runs tests in the package
/// folder), and kills it if it is still running after `limit`.
pub fn run_test(binary: &Path, name: &str, dir: &Path, limit: Duration) -> KitResult<TestOutcome> {
    let mut child = Command::new(binary)
        .args([name, "--exact", "--test-threads=1"])
        .current_dir(dir)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| KitError::io("run", binary, &e))?;
    // Read both pipes while waiting: a test that prints a lot would otherwise block on a
    // full pipe and look hung.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let status =
        wait_with_limit(&mut child, limit).map_err(|e| KitError::io("wait for", binary, &e))?;
    let Some(status) = status else {
        return Ok(TestOutcome::Hung { limit });
    };
    let output = format!(
        "{}\n{}",
        stdout.join().unwrap_or_default(),
        stderr.join().unwrap_or_default()
    );
    Ok(classify(status, name, &output))
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut text = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut text);
        }
        String::from_utf8_lossy(&text).into_owned()
    })
}

/// Waits for `child` up to `limit`; `None` means it was killed at the limit.
fn wait_with_limit(child: &mut Child, limit: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            child.kill()?;
            child.wait()?;
            return Ok(None);
        }
        thread::sleep(POLL_INTERVAL);
    }
}

fn classify(status: ExitStatus, name: &str, output: &str) -> TestOutcome {
    // libtest exits 0 also when the filter matched nothing: insist on the test's own line.
    let ran_and_passed = output
        .lines()
        .any(|line| line.trim() == format!("test {name} ... ok"));
    if status.success() && ran_and_passed {
        return TestOutcome::Passed;
    }
    let message = if status.success() {
        format!("the test `{name}` did not run: the binary has no test of that name")
    } else if let Some(panic) = panic_message(output) {
        panic
    } else {
        match status.code() {
            Some(code) => format!(
                "the test process exited with code {code} without a panic message:\n{}",
                tail(output, 20)
            ),
            None => format!(
                "the test process crashed ({status}): a stack overflow or an abort\n{}",
                tail(output, 20)
            ),
        }
    };
    TestOutcome::Failed { message }
}

/// The message of the first panic in libtest's output: the lines after
/// `thread '...' panicked at file:line:col:` up to the backtrace note.
pub fn panic_message(output: &str) -> Option<String> {
    let mut lines = output.lines();
    let header = lines.by_ref().find(|l| is_panic_header(l))?;
    // Before Rust 1.73 the message followed on the same line after a comma.
    if let Some((_, inline)) = header.split_once("', ")
        && !header.trim_end().ends_with(':')
    {
        return Some(inline.trim().to_string());
    }
    let message: Vec<&str> = lines
        .take_while(|l| {
            !l.starts_with("note: run with `RUST_BACKTRACE")
                && !l.starts_with("stack backtrace:")
                && !l.starts_with("failures:")
                && !l.starts_with("---- ")
                && !is_panic_header(l)
        })
        .collect();
    let text = message.join("\n").trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// `thread 'name' panicked at ...`, or `thread 'name' (1234) panicked at ...` since the
/// thread id was added to the message.
fn is_panic_header(line: &str) -> bool {
    line.starts_with("thread '") && line.contains(" panicked at ")
}

fn tail(output: &str, lines: usize) -> String {
    let all: Vec<&str> = output.lines().filter(|l| !l.trim().is_empty()).collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAILED_RUN: &str = "
running 1 test
test ten_users ... FAILED

failures:

---- ten_users stdout ----

thread 'ten_users' panicked at exercises/01/tests/grade.rs:12:5:
10 requests took 5.0 s of simulated time: they ran one after another.
Concurrent code finishes in about 0.5 s. See hint: `kit hint exercise-01`
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


failures:
    ten_users

test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 2 filtered out
";

    #[test]
    fn extracts_a_multi_line_panic_message() {
        assert_eq!(
            panic_message(FAILED_RUN).unwrap(),
            "10 requests took 5.0 s of simulated time: they ran one after another.\n\
             Concurrent code finishes in about 0.5 s. See hint: `kit hint exercise-01`"
        );
    }

    #[test]
    fn extracts_the_first_of_several_panics() {
        let output = "thread 'tokio-runtime-worker' panicked at src/lib.rs:3:9:\nthe real cause\n\
                      thread 'x' panicked at tests/grade.rs:1:1:\ncalled `Result::unwrap()` on an `Err` value: JoinError\n";
        assert_eq!(panic_message(output).unwrap(), "the real cause");
    }

    #[test]
    fn understands_headers_with_a_thread_id() {
        let output = "thread 'bounded' (4242) panicked at tests/grade.rs:9:5:\n11 calls were in flight at once\n";
        assert_eq!(
            panic_message(output).unwrap(),
            "11 calls were in flight at once"
        );
    }

    #[test]
    fn no_panic_line_means_no_message() {
        assert_eq!(panic_message("test x ... ok\n"), None);
    }

    #[test]
    fn tail_keeps_the_last_non_blank_lines() {
        assert_eq!(tail("a\n\nb\nc\n", 2), "b\nc");
    }
}
