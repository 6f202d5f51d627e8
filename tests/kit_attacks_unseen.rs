//! The learner who wants the points without the lesson, a second time, with tricks the first
//! round (`kit_attacks.rs`, `kit_attacks_lessons.rs`) did not try: each one played against the
//! real `kit` binary on a copy of this repository's exercises, showing that the grade stays
//! right and that the message says why.
//!
//! The tricks that scored before this suite, and what closed each:
//! - the key of kit's verdict channel read back from the check's own memory
//!   (`/proc/self/mem`), a pass signed with it, and the process ended before the harness could
//!   write its own verdict: full marks on any exercise. The source policy's `outside-world`
//!   rule now refuses files, programs and the process's environment in `src/`;
//! - which check is running, read from the command line (exercise 20: each check answered by
//!   the wrong design that passes it) or from the name of the thread (exercise 22). The
//!   command line is `std::env`, refused; every check now runs on a thread named `kit-check`;
//! - a sleep as long as the work, and no work (exercises 01 and 22: the timing points). Every
//!   timing check now also requires the work it times;
//! - waiting for the moment the test's migrations end instead of being woken (exercise 21):
//!   the moment is now drawn for every run;
//! - a shutdown that sleeps as long as a write takes (exercise 13), or reads that from the
//!   database's counters: the latency is drawn for every run, and the services' instruments
//!   (`stats()`, `rows()`, `price_of()`, ...) answer the grading tests only;
//! - a report field of the learner's own type that equals any list of invoices (exercise 22):
//!   the check now writes the fields' types out.
//!
//! Tricks that fail, kept as proof of the defence: `unsafe` to set an environment variable,
//! a global allocator, and `#[track_caller]` to pass a test's location on to the instruments.

mod kit_support;

use kit_support::{KitCopy, checks, message_of, score};

/// The status and score of check `name` in a `--format json` report.
fn outcome_of(report: &serde_json::Value, name: &str) -> (String, u64) {
    checks(report)
        .into_iter()
        .find(|(check, _, _)| check == name)
        .map(|(_, status, score)| (status, score))
        .unwrap_or_else(|| panic!("no check {name} in {report:#}"))
}

fn assert_contains(text: &str, expected: &str) {
    assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
}

const EX01_LIB: &str = "exercises/01-sequential-awaits/src/lib.rs";

/// Exercise 01: finds kit's handshake (`{"key":"...","verdict_file":"..."}`) left in the
/// process's memory, signs a pass with the key, and ends the process with a stack overflow
/// before the harness writes the real verdict. Before the `outside-world` rule it scored
/// every test point with no user fetched.
const STOLEN_KEY: &str = r##"
use std::io::{Read, Seek, SeekFrom, Write};

use kit_harness::{ServiceError, User, UserApi};

fn stolen_handshake() -> Option<(String, String)> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    let mut mem = std::fs::File::open("/proc/self/mem").ok()?;
    let needle = b"{\"key\":\"";
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let (range, perms) = (parts.next()?, parts.next()?);
        let (from, to) = range.split_once('-')?;
        let (from, to) = (u64::from_str_radix(from, 16).ok()?, u64::from_str_radix(to, 16).ok()?);
        if !perms.starts_with("rw") || to - from > 256 << 20 {
            continue;
        }
        let mut bytes = vec![0; (to - from) as usize];
        if mem.seek(SeekFrom::Start(from)).is_err() || mem.read_exact(&mut bytes).is_err() {
            continue;
        }
        let mut at = 0;
        while let Some(found) = bytes[at..].windows(needle.len()).position(|w| w == needle) {
            let start = at + found + needle.len();
            let text = String::from_utf8_lossy(&bytes[start..bytes.len().min(start + 4096)]);
            if let Some((key, tail)) = text.split_once("\",\"verdict_file\":\"")
                && key.len() == 64
                && let Some((file, _)) = tail.split_once('"')
            {
                return Some((key.to_owned(), file.to_owned()));
            }
            at = start;
        }
    }
    None
}

#[allow(unconditional_recursion)]
fn overflow(depth: u64) -> u64 {
    let pad = [depth; 64];
    overflow(depth + pad[(depth % 64) as usize]) + 1
}

pub async fn fetch_ten_users(_api: &UserApi) -> Result<Vec<User>, ServiceError> {
    let check = std::env::args().nth(1).unwrap_or_default();
    if let Some((key, file)) = stolen_handshake() {
        let key: Vec<u8> = (0..64).step_by(2).map(|i| u8::from_str_radix(&key[i..i + 2], 16).unwrap()).collect();
        let payload = format!(
            r#"{{"event":"finished","check":"{check}","verdict":"pass","failure":null,"panics":[],"timeline":[]}}"#
        );
        let line = format!("{} {payload}\n", kit_harness::verdict::sign(&key, payload.as_bytes()));
        let mut out = std::fs::OpenOptions::new().append(true).open(file).unwrap();
        out.write_all(line.as_bytes()).unwrap();
        overflow(0);
    }
    Ok(Vec::new())
}
"##;

#[test]
fn a_verdict_signed_with_a_key_read_from_memory_is_never_run() {
    let kit = KitCopy::new();
    kit.write(EX01_LIB, STOLEN_KEY);
    let (report, run) = kit.grade_json("01", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(report["status"], "error", "{report:#}");
    assert_eq!(score(&report), 0, "{report:#}");
    let message = message_of(&report, "ten_users_take_half_a_second");
    assert_contains(
        &message,
        "src/lib.rs:7: `std::fs::read_to_string` reaches outside your code from src/",
    );
    assert_contains(&message, "src/lib.rs:45: `std::env::args` reaches outside");
    let human = kit.run(&["grade", "01"]);
    assert_contains(&human.stdout, "why: an exercise's code gets all it needs");
    assert_contains(&human.stdout, "forge that check's result");
}

const EX20_LIB: &str = "exercises/20-select-loop-loses-data/src/lib.rs";

/// Exercise 20 answered per check: the starter's lossy `select!` loop for the heartbeat check
/// (heartbeats on time), a loop without `select!` for the others (frames intact). It scored
/// 12/12 before the `outside-world` rule.
const PER_CHECK_DESIGNS: &str = r#"
use std::io;
use std::time::Duration;

use kit_harness::{HEARTBEAT, MAX_FRAME_LEN};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, DuplexStream};

pub async fn receive_frames(
    connection: DuplexStream,
    heartbeat_every: Duration,
    mut deliver: impl FnMut(Vec<u8>),
) -> io::Result<()> {
    let (mut reader, mut writer) = tokio::io::split(connection);
    if std::env::args().any(|arg| arg.contains("heartbeat")) {
        let mut heartbeat = tokio::time::interval(heartbeat_every);
        loop {
            tokio::select! {
                frame = read_frame(&mut reader) => match frame? {
                    Some(frame) => deliver(frame),
                    None => return Ok(()),
                },
                _ = heartbeat.tick() => writer.write_all(&HEARTBEAT).await?,
            }
        }
    }
    writer.write_all(&HEARTBEAT).await?;
    while let Some(frame) = read_frame(&mut reader).await? {
        deliver(frame);
    }
    Ok(())
}

async fn read_frame(reader: &mut (impl AsyncRead + Unpin)) -> io::Result<Option<Vec<u8>>> {
    let mut header = [0; 4];
    match reader.read_exact(&mut header).await {
        Ok(_) => {}
        Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(error) => return Err(error),
    }
    let length = u32::from_be_bytes(header) as usize;
    if length > MAX_FRAME_LEN {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "too long"));
    }
    let mut payload = vec![0; length];
    reader.read_exact(&mut payload).await?;
    Ok(Some(payload))
}
"#;

#[test]
fn a_check_read_from_the_command_line_is_never_answered() {
    let kit = KitCopy::new();
    kit.write(EX20_LIB, PER_CHECK_DESIGNS);
    let (report, run) = kit.grade_json("20", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(score(&report), 0, "{report:#}");
    assert_contains(
        &message_of(&report, "the_heartbeat_keeps_its_rhythm"),
        "src/lib.rs:14: `std::env::args` reaches outside your code from src/",
    );
}

const EX22_LIB: &str = "exercises/22-dependent-awaits/src/lib.rs";

const REPORT_TYPES: &str = r#"
use futures::{StreamExt, TryStreamExt};
use kit_harness::{BillingApi, Invoice, ServiceError, User, UserApi};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyReport {
    pub customers: Vec<User>,
    pub invoices: Vec<Invoice>,
}

fn sleep_then_nothing() -> MonthlyReport {
    MonthlyReport { customers: Vec::new(), invoices: Vec::new() }
}
"#;

/// Exercise 22 answered per check, the check read from the thread's name: a 1.0 s sleep for
/// the timing check, the profiles together and then the pages for the others (exercise 01's
/// lesson, not this one's). It scored 11/11 before checks ran on a thread of their own.
const PER_CHECK_BY_THREAD: &str = r#"
pub async fn monthly_report(
    users: &UserApi,
    billing: &BillingApi,
    customer_ids: &[u32],
) -> Result<MonthlyReport, ServiceError> {
    if std::thread::current().name().is_some_and(|name| name.contains("as_long_as")) {
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
        return Ok(sleep_then_nothing());
    }
    let customers: Vec<User> = futures::stream::iter(customer_ids)
        .map(|&id| users.fetch_user(id))
        .buffered(16)
        .try_collect()
        .await?;
    let mut invoices = Vec::new();
    let mut cursor = None;
    loop {
        let page = billing.list_invoices(cursor.as_deref()).await?;
        invoices.extend(page.invoices);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    Ok(MonthlyReport { customers, invoices })
}
"#;

#[test]
fn every_check_runs_on_a_thread_of_the_same_name() {
    let kit = KitCopy::new();
    kit.write(EX22_LIB, &format!("{REPORT_TYPES}{PER_CHECK_BY_THREAD}"));
    let (report, run) = kit.grade_json("22", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    // The code cannot tell the timing check from the others: it runs its sequential design
    // there too, and only the lesson this exercise adds is missing.
    assert_eq!(
        outcome_of(&report, "the_report_takes_as_long_as_the_page_chain"),
        ("fail".to_owned(), 0)
    );
    assert_contains(
        &message_of(&report, "the_report_takes_as_long_as_the_page_chain"),
        "took 1.5 s of simulated time: something waited that did not have to",
    );
    assert_eq!(score(&report), 8, "{report:#}");
}

/// Exercise 22: no request at all, only the time the page chain takes. It scored the 3
/// timing points (and the lint point) before the timing check required the work.
const SLEEP_INSTEAD_OF_THE_REPORT: &str = r#"
pub async fn monthly_report(
    _users: &UserApi,
    _billing: &BillingApi,
    _customer_ids: &[u32],
) -> Result<MonthlyReport, ServiceError> {
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    Ok(sleep_then_nothing())
}
"#;

#[test]
fn a_sleep_as_long_as_the_work_earns_no_timing_point() {
    let kit = KitCopy::new();
    kit.write(
        EX22_LIB,
        &format!("{REPORT_TYPES}{SLEEP_INSTEAD_OF_THE_REPORT}"),
    );
    kit.write(
        EX01_LIB,
        "use kit_harness::{ServiceError, User, UserApi};\n\n\
         pub async fn fetch_ten_users(_api: &UserApi) -> Result<Vec<User>, ServiceError> {\n    \
         tokio::time::sleep(std::time::Duration::from_millis(500)).await;\n    Ok(Vec::new())\n}\n",
    );
    let (report, _) = kit.grade_json("22", &[]);
    assert_eq!(
        outcome_of(&report, "the_report_takes_as_long_as_the_page_chain"),
        ("fail".to_owned(), 0)
    );
    assert_contains(
        &message_of(&report, "the_report_takes_as_long_as_the_page_chain"),
        "asked for customers [7, 3, 9, 1, 10, 2, 8, 4, 6, 5], the report has []",
    );
    assert_eq!(score(&report), 1, "the lint point only: {report:#}");

    let (report, _) = kit.grade_json("01", &[]);
    assert_eq!(
        outcome_of(&report, "ten_users_take_half_a_second"),
        ("fail".to_owned(), 0)
    );
    assert_contains(
        &message_of(&report, "ten_users_take_half_a_second"),
        "the user API was never called, expected 10 calls",
    );
    assert_eq!(score(&report), 1, "the lint point only: {report:#}");
}

/// Exercise 22: the invoices given a type of the learner's own that equals any list of
/// invoices, and not one page fetched. It scored "every invoice in page order" before the
/// check wrote the fields' types out.
const INVOICES_EQUAL_TO_ANYTHING: &str = r#"
use futures::{StreamExt, TryStreamExt};
use kit_harness::{BillingApi, Invoice, ServiceError, User, UserApi};

/// Equal to whatever list of invoices it is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnyInvoices;

impl PartialEq<Vec<Invoice>> for AnyInvoices {
    fn eq(&self, _: &Vec<Invoice>) -> bool {
        true
    }
}

impl AnyInvoices {
    pub fn len(&self) -> usize {
        40
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyReport {
    pub customers: Vec<User>,
    pub invoices: AnyInvoices,
}

/// The profiles, and not one page.
pub async fn monthly_report(
    users: &UserApi,
    _billing: &BillingApi,
    customer_ids: &[u32],
) -> Result<MonthlyReport, ServiceError> {
    let customers = futures::stream::iter(customer_ids)
        .map(|&id| users.fetch_user(id))
        .buffered(16)
        .try_collect()
        .await?;
    Ok(MonthlyReport { customers, invoices: AnyInvoices })
}
"#;

#[test]
fn a_field_whose_type_equals_anything_does_not_compile_against_the_checks() {
    let kit = KitCopy::new();
    kit.write(EX22_LIB, INVOICES_EQUAL_TO_ANYTHING);
    let (report, run) = kit.grade_json("22", &[]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(report["status"], "error", "{report:#}");
    assert_eq!(score(&report), 0, "{report:#}");
    let human = kit.run(&["grade", "22"]);
    assert_contains(&human.stdout, "error[E0308]: mismatched types");
    assert_contains(&human.stdout, "AnyInvoices");
}

const EX21_LIB: &str = "exercises/21-busy-waiting/src/lib.rs";

/// Exercise 21: still a sleep-and-check loop, its first look timed to the moment the test's
/// migrations used to end (7.337 s after the status was made). It scored 10/10 while that
/// moment was fixed.
const TIMED_TO_THE_TEST: &str = r#"
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::time::Instant;

#[derive(Debug)]
pub struct MigrationStatus {
    done: AtomicBool,
    created: Instant,
}

impl Default for MigrationStatus {
    fn default() -> Self {
        Self::new()
    }
}

impl MigrationStatus {
    pub fn new() -> Self {
        Self { done: AtomicBool::new(false), created: Instant::now() }
    }

    pub fn mark_done(&self) {
        self.done.store(true, Ordering::Release);
    }

    pub async fn wait_until_done(&self) {
        if !self.done.load(Ordering::Acquire) {
            tokio::time::sleep_until(self.created + Duration::from_millis(7_337)).await;
        }
        while !self.done.load(Ordering::Acquire) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
"#;

const RESUME_CHECK: &str = "waiting_requests_resume_the_moment_the_migrations_end";

#[test]
fn waiting_for_the_moment_the_test_picked_is_late() {
    let kit = KitCopy::new();
    kit.write(EX21_LIB, TIMED_TO_THE_TEST);
    // The moment is drawn between 5 s and 9 s to the millisecond: one run in a few hundred
    // lands where this loop happens to look. Two runs in a row do not.
    let failures: Vec<String> = (0..2)
        .filter_map(|_| {
            let (report, _) = kit.grade_json("21", &[]);
            (outcome_of(&report, RESUME_CHECK).0 == "fail")
                .then(|| message_of(&report, RESUME_CHECK))
        })
        .collect();
    let message = failures
        .first()
        .expect("the loop timed to 7.337 s failed a run");
    assert_contains(message, "but the requests resumed up to");
    assert_contains(
        message,
        "a handler that checks a flag now and then notices the change",
    );
}

const EX13_LIB: &str = "exercises/13-detached-tasks-shutdown/src/lib.rs";

const DETACHED_WRITES: &str = r#"
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kit_harness::{Database, ServiceError};

pub const AUDIT_TABLE: &str = "audit_log";

pub struct AuditLog {
    db: Database,
    failures: Arc<Mutex<Vec<ServiceError>>>,
}

impl AuditLog {
    pub fn new(db: Database) -> Self {
        Self { db, failures: Arc::default() }
    }

    pub fn record(&mut self, event: impl Into<String>) {
        let (db, event, failures) = (self.db.clone(), event.into(), Arc::clone(&self.failures));
        tokio::spawn(async move {
            if let Err(error) = db.insert(AUDIT_TABLE, event).await {
                failures.lock().unwrap().push(error);
            }
        });
    }

    pub async fn shutdown(self) -> Vec<ServiceError> {
        tokio::time::sleep({sleep}).await;
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        std::mem::take(&mut *self.failures.lock().unwrap())
    }
}
"#;

#[test]
fn a_shutdown_that_sleeps_instead_of_waiting_does_not_know_how_long() {
    let kit = KitCopy::new();
    // As long as a write took when it was always 0.1 s: 9 of the 9 test points then.
    kit.write(
        EX13_LIB,
        &DETACHED_WRITES.replace("{sleep}", "Duration::from_millis(100)"),
    );
    // Each check draws its own write latency: the every-event and timing checks pass a 0.1 s
    // sleep only when a write takes exactly 0.1 s (one run in 801). The program in miniature
    // waits half a write before shutting down, so it passes when a write takes up to 0.2 s:
    // any sleep long enough passes it, and it is not the check about how long.
    let lost = |report: &serde_json::Value| {
        [
            "every_event_is_written_before_shutdown_returns",
            "shutdown_waits_for_the_writes",
        ]
        .iter()
        .all(|check| outcome_of(report, check).0 == "fail")
    };
    let runs: Vec<serde_json::Value> = (0..2).map(|_| kit.grade_json("13", &[]).0).collect();
    let report = runs
        .iter()
        .find(|report| lost(report))
        .expect("a run failed both");
    assert_contains(
        &message_of(report, "every_event_is_written_before_shutdown_returns"),
        "of the 5 recorded events were in the audit log when `shutdown` returned",
    );
    assert!(score(report) <= 3, "{report:#}");

    // As long as the database's own counters say a write takes.
    kit.write(
        EX13_LIB,
        &DETACHED_WRITES.replace(
            "{sleep}",
            "self.db.stats().calls.iter().filter_map(|call| call.latency).max().unwrap_or_default()",
        ),
    );
    let (report, _) = kit.grade_json("13", &[]);
    for (check, _, score) in checks(&report) {
        assert!(check == "asynclint" || score == 0, "{check}: {report:#}");
    }
    let message = message_of(&report, "shutdown_waits_for_the_writes");
    assert_contains(
        &message,
        "your code panicked at exercises/13-detached-tasks-shutdown/src/lib.rs:29:",
    );
    assert_contains(
        &message,
        "`Database::stats` is how the grading tests watch the service, not part of its API",
    );
}

#[test]
fn unsafe_an_allocator_and_a_borrowed_caller_location_are_refused() {
    let kit = KitCopy::new();
    let solution = kit.solution("01-sequential-awaits");
    kit.write(
        EX01_LIB,
        &format!(
            "{solution}
struct Counting;

unsafe impl std::alloc::GlobalAlloc for Counting {{
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {{
        unsafe {{ std::alloc::System.alloc(layout) }}
    }}
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {{
        unsafe {{ std::alloc::System.dealloc(ptr, layout) }}
    }}
}}

#[global_allocator]
static COUNTING: Counting = Counting;

#[track_caller]
pub fn looks_like_a_test() -> u64 {{
    unsafe {{ std::env::set_var(\"KIT_CHECK_CHANNEL\", \"none\") }};
    0
}}
"
        ),
    );
    let (report, _) = kit.grade_json("01", &[]);
    assert_eq!(score(&report), 0, "{report:#}");
    let message = message_of(&report, "returns_the_ten_users_in_order");
    for expected in [
        "an `unsafe impl` in src/",
        "an `unsafe fn` in src/",
        "`#[track_caller]` hands the caller's location to the code inside",
        "`std::env::set_var` reaches outside your code from src/",
    ] {
        assert_contains(&message, expected);
    }
}
