//! Runs one check: the test binary's test `name` alone, in a folder of its own, under a
//! wall-clock limit. The verdict comes only from the signed record the check's wrapper writes
//! to a file kit created for this run (see `kit_harness::verdict`); stdout, stderr and the
//! exit code are captured (bounded) to explain a failure, never believed.

use std::fs::File;
use std::io::{Read, Seek, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::capture::{HeadTail, drain};
use crate::error::{KitError, KitResult};
use crate::i18n::tr;
use crate::process_guard::{kill_group, own_process_group, sweep_orphans};
use crate::verdict::{Finished, Records, read_records};

/// How often a running check is looked at.
const POLL_INTERVAL: Duration = Duration::from_millis(5);
/// When kit first says a check is still running: later than the slowest honest check (09's,
/// about 2 s), so an honest run prints nothing.
const FIRST_PROGRESS: Duration = Duration::from_secs(3);
/// How long kit waits for the output pipes to close once the process group is gone.
const PIPE_GRACE: Duration = Duration::from_millis(500);
/// The most of a verdict file kit reads: real records are a few KiB.
const MAX_VERDICT_BYTES: u64 = 1024 * 1024;

/// How one run of a check ended.
#[derive(Debug, Clone, PartialEq)]
pub enum RunOutcome {
    /// The check's wrapper reported, with a valid signature.
    Reported(Box<Finished>),
    /// Still running at the limit: killed with its whole process group.
    Hung {
        limit: Duration,
        /// The clock the check said it runs on (`paused`, `real`, `none`), if it started.
        clock: Option<String>,
    },
    /// The process ended without a valid verdict; why, in words for the learner.
    Unreported { reason: String },
}

/// What one run produced.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckRun {
    pub outcome: RunOutcome,
    /// The head and tail of stdout and stderr, interleaved as they came.
    pub output: String,
}

/// Something that can see a check running for a while (the terminal progress line).
pub trait Progress {
    fn still_running(&self, check: &str, elapsed: Duration, limit: Duration);
}

/// No progress output (verify, tests).
pub struct Silent;

impl Progress for Silent {
    fn still_running(&self, _: &str, _: Duration, _: Duration) {}
}

/// Runs test `name` of `binary` with a fresh key and verdict file under `runs_dir`.
pub fn run_check(
    binary: &Path,
    name: &str,
    runs_dir: &Path,
    limit: Duration,
    progress: &dyn Progress,
) -> KitResult<CheckRun> {
    let run = RunDir::create(runs_dir)?;
    let key = fresh_key()?;
    let mut command = Command::new(binary);
    command
        .args([name, "--exact", "--test-threads=1", "--nocapture"])
        .current_dir(&run.work)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TMPDIR", &run.tmp)
        .env("RUST_BACKTRACE", "0")
        .env(kit_channel_env(), "stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    own_process_group(&mut command);
    let mut child = command
        .spawn()
        .map_err(|e| KitError::io("run", binary, &e))?;
    let handshake = serde_json::json!({
        "key": hex(&key),
        "verdict_file": run.verdict_path,
    });
    if let Some(mut stdin) = child.stdin.take() {
        let _ = writeln!(stdin, "{handshake}");
    }
    let capture = Arc::new(Mutex::new(HeadTail::default()));
    let readers = [
        child.stdout.take().map(|pipe| drain(pipe, capture.clone())),
        child.stderr.take().map(|pipe| drain(pipe, capture.clone())),
    ];

    let started = Instant::now();
    let mut next_progress = FIRST_PROGRESS;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(e) => return Err(KitError::io("wait-for", binary, &e)),
        }
        let elapsed = started.elapsed();
        if elapsed >= limit {
            kill_group(&mut child);
            let _ = child.wait();
            break None;
        }
        if elapsed >= next_progress {
            progress.still_running(name, elapsed, limit);
            next_progress += Duration::from_secs(3);
        }
        std::thread::sleep(POLL_INTERVAL);
    };
    // Whatever the check left behind goes with it: its group, then orphans that left it.
    kill_group(&mut child);
    sweep_orphans();
    let deadline = Instant::now() + PIPE_GRACE;
    for reader in readers.into_iter().flatten() {
        while !reader.is_finished() && Instant::now() < deadline {
            std::thread::sleep(POLL_INTERVAL);
        }
        // A reader still blocked on a pipe some escaped process holds is left behind.
    }
    let output = without_libtest_header(
        &capture
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .text(),
        name,
    );

    let records = read_records(&run.read_verdict_file()?, &key, name);
    let outcome = match status {
        None => RunOutcome::Hung {
            limit,
            clock: records.started_clock.clone(),
        },
        Some(status) => decide(records, status),
    };
    run.remove();
    Ok(CheckRun { outcome, output })
}

/// The output without the two lines libtest prints around every run (`running 1 test`,
/// `test NAME ... `), which say nothing to a learner. Display only: kit reads no verdict here.
fn without_libtest_header(output: &str, name: &str) -> String {
    output
        .replacen("\nrunning 1 test\n", "", 1)
        .replacen(&format!("test {name} ... "), "", 1)
}

fn kit_channel_env() -> &'static str {
    "KIT_CHECK_CHANNEL"
}

/// The outcome of a run that ended by itself with `status`.
fn decide(records: Records, status: ExitStatus) -> RunOutcome {
    if let Some(problem) = records.tampering {
        return RunOutcome::Unreported { reason: problem };
    }
    if let Some(finished) = records.finished {
        return RunOutcome::Reported(Box::new(finished));
    }
    let how = describe_exit(status);
    let reason = if records.started_clock.is_none() {
        tr!("exit-before-start", how = how)
    } else if status.code() == Some(0) {
        tr!("exit-zero-before-finish")
    } else {
        tr!("exit-before-finish", how = how)
    };
    RunOutcome::Unreported { reason }
}

fn describe_exit(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return tr!("exit-code", code = code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt as _;
        match status.signal() {
            Some(6) => return tr!("exit-aborted"),
            Some(9) => return tr!("exit-sigkill"),
            Some(11) => return tr!("exit-segfault"),
            Some(signal) => return tr!("exit-signal", signal = signal),
            None => {}
        }
    }
    tr!("exit-other", status = status.to_string())
}

/// The files of one run: a working folder and a temp folder for the learner's code, and the
/// verdict file, which kit keeps open so that replacing the path changes nothing kit reads.
struct RunDir {
    dir: PathBuf,
    work: PathBuf,
    tmp: PathBuf,
    verdict_path: PathBuf,
    verdict: File,
}

impl RunDir {
    fn create(runs_dir: &Path) -> KitResult<Self> {
        std::fs::create_dir_all(runs_dir).map_err(|e| KitError::io("create", runs_dir, &e))?;
        let dir = runs_dir.join(hex(&fresh_key()?[..8]));
        std::fs::create_dir(&dir).map_err(|e| KitError::io("create", &dir, &e))?;
        let work = dir.join("work");
        let tmp = dir.join("tmp");
        for folder in [&work, &tmp] {
            std::fs::create_dir(folder).map_err(|e| KitError::io("create", folder, &e))?;
        }
        let verdict_path = dir.join("verdict");
        let verdict = File::options()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&verdict_path)
            .map_err(|e| KitError::io("create", &verdict_path, &e))?;
        Ok(Self {
            dir,
            work,
            tmp,
            verdict_path,
            verdict,
        })
    }

    fn read_verdict_file(&self) -> KitResult<Vec<u8>> {
        let mut file = &self.verdict;
        file.rewind()
            .map_err(|e| KitError::io("read", &self.verdict_path, &e))?;
        let mut bytes = Vec::new();
        file.take(MAX_VERDICT_BYTES)
            .read_to_end(&mut bytes)
            .map_err(|e| KitError::io("read", &self.verdict_path, &e))?;
        Ok(bytes)
    }

    fn remove(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// 32 random bytes from the operating system.
fn fresh_key() -> KitResult<Vec<u8>> {
    let mut key = vec![0u8; 32];
    getrandom::fill(&mut key)
        .map_err(|e| KitError::new(tr!("error-no-random", error = e.to_string())))?;
    Ok(key)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The names of the tests in `binary` (`--list --format terse` prints `name: test`). Listing
/// runs no test, so no learner code.
pub fn list_tests(binary: &Path) -> KitResult<Vec<String>> {
    let output = Command::new(binary)
        .args(["--list", "--format", "terse"])
        .env_clear()
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
