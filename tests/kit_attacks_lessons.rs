//! Attacks on the lessons, end to end: the real `kit` binary grades a temporary copy of this
//! repository's exercises whose `src/` was written by a learner who wants the points without
//! the lesson. Each test shows that the grade stays right and that the failed checks say why.
//!
//! - exercise 10: the learner's own limit of 1000 instead of the caller's, fixed batches of ten
//!   (fast enough with uniform latencies, not with these), and decoy calls started and dropped
//!   to fake concurrency; a sliding window written here passes;
//! - exercise 11: answers made up without calling the endpoint, a count of users set to 0, and
//!   a job paced by moving tokio's paused clock by hand (also refused by the source policy);
//! - exercise 08: a report written without running the legacy library;
//! - exercise 12: workers that take uploads in fixed batches of three;
//! - exercise 19: `block_in_place`, which works on the multi-thread runtime only;
//! - exercise 20: frames read without `select!`, which delays the heartbeat;
//! - exercise 21: a check every millisecond, prompt but never at rest;
//! - exercise 22: profiles made up without calling the users API.
//!
//! The copy lives under `<kit root>/` inside a temporary cargo workspace, so that its packages'
//! paths differ from the repository's (cargo names test binaries by that path) while the
//! dependencies reuse the repository's build in the shared target folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const KIT: &str = env!("CARGO_BIN_EXE_kit");

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The target folder of the build running these tests: the dependencies are compiled there.
fn shared_target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the tmp folder is inside the target folder")
        .to_path_buf()
}

/// A temporary cargo workspace holding a kit root with copies of some exercises.
struct LessonKit {
    workspace: tempfile::TempDir,
    root: PathBuf,
}

impl LessonKit {
    /// Copies the exercises in `dirs` (and info.toml) to a kit root named `name`.
    fn new(name: &str, dirs: &[&str]) -> Self {
        let workspace = tempfile::tempdir().unwrap();
        let repo = repo_root();
        let root = workspace.path().join(name);
        for dir in dirs {
            copy_dir(
                &repo.join("exercises").join(dir),
                &root.join("exercises").join(dir),
            );
        }
        std::fs::copy(
            repo.join("exercises/info.toml"),
            root.join("exercises/info.toml"),
        )
        .unwrap();
        std::fs::copy(repo.join("Cargo.lock"), workspace.path().join("Cargo.lock")).unwrap();
        std::fs::write(
            workspace.path().join("Cargo.toml"),
            workspace_manifest(&repo, name),
        )
        .unwrap();
        Self { workspace, root }
    }

    fn write_src(&self, dir: &str, file: &str, text: &str) {
        std::fs::write(
            self.root.join("exercises").join(dir).join("src").join(file),
            text,
        )
        .unwrap();
    }

    fn src_dir(&self, dir: &str) -> PathBuf {
        self.root.join("exercises").join(dir).join("src")
    }

    /// `kit grade <number> --format json`, parsed.
    fn grade(&self, number: &str) -> Grade {
        let state = self.workspace.path().join("state");
        let output = Command::new(KIT)
            .arg("--root")
            .arg(&self.root)
            .arg("--state-dir")
            .arg(&state)
            .args(["grade", number, "--format", "json"])
            .env_remove("KIT_ROOT")
            .env("CARGO_TARGET_DIR", shared_target_dir())
            // kit grades in its own workspace: the one the end-to-end tests share stays warm.
            .env(
                "KIT_GRADING_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("kit-grading"),
            )
            .output()
            .expect("kit runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|error| {
            panic!(
                "kit did not print a JSON report ({error}):\n{stdout}\n{}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
        Grade { report }
    }
}

/// The temporary workspace's manifest: the repository's shared package settings, dependency
/// versions (path dependencies made absolute) and profiles, with the copy as its only members.
fn workspace_manifest(repo: &Path, kit_dir: &str) -> String {
    let text = std::fs::read_to_string(repo.join("Cargo.toml")).unwrap();
    let manifest: toml::Table = toml::from_str(&text).unwrap();
    let repo_workspace = manifest["workspace"].as_table().unwrap();
    let mut dependencies = repo_workspace["dependencies"].as_table().unwrap().clone();
    for (_, dependency) in dependencies.iter_mut() {
        if let Some(path) = dependency.get_mut("path") {
            *path = toml::Value::String(repo.join(path.as_str().unwrap()).display().to_string());
        }
    }
    let mut workspace = toml::Table::new();
    workspace.insert("resolver".into(), "3".into());
    workspace.insert(
        "members".into(),
        toml::Value::Array(vec![format!("{kit_dir}/exercises/*").into()]),
    );
    workspace.insert("package".into(), repo_workspace["package"].clone());
    workspace.insert("dependencies".into(), toml::Value::Table(dependencies));
    let mut copy = toml::Table::new();
    copy.insert("workspace".into(), toml::Value::Table(workspace));
    copy.insert("profile".into(), manifest["profile"].clone());
    toml::to_string(&copy).unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// One `kit grade --format json` report.
struct Grade {
    report: Value,
}

impl Grade {
    fn check(&self, exercise: &str, name: &str) -> &Value {
        self.report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|test| test["name"] == format!("{exercise}/{name}"))
            .unwrap_or_else(|| panic!("no check {name} in {:#}", self.report))
    }

    /// The check's message, asserting that it did not pass.
    fn failure(&self, exercise: &str, name: &str) -> String {
        let check = self.check(exercise, name);
        assert_ne!(
            check["status"], "pass",
            "{name} should have failed: {:#}",
            self.report
        );
        assert_eq!(check["score"], 0, "{check:#}");
        check["message"].as_str().unwrap().to_owned()
    }

    fn assert_passed(&self, exercise: &str, name: &str) {
        let check = self.check(exercise, name);
        assert_eq!(check["status"], "pass", "{name}: {check:#}");
    }

    fn score(&self) -> u64 {
        self.report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|test| test["score"].as_u64().unwrap())
            .sum()
    }
}

fn assert_contains(message: &str, expected: &str) {
    assert!(
        message.contains(expected),
        "expected {expected:?} in:\n{message}"
    );
}

const TEN: &str = "10-bounded-concurrency";
const EX10: &str = "exercise-10";

#[test]
fn exercise_10_keeps_its_grade_against_own_limits_fixed_batches_and_decoy_calls() {
    let kit = LessonKit::new("lessons-10", &[TEN]);

    // The learner's own limit instead of the caller's: the old tests imported it.
    kit.write_src(
        TEN,
        "lib.rs",
        "use futures::stream::{self, StreamExt, TryStreamExt};
use kit_harness::{ServiceError, User, UserApi};

pub const MAX_IN_FLIGHT: usize = 1000;

pub async fn fetch_users(api: &UserApi, users: u32, _max_in_flight: usize) -> Result<Vec<User>, ServiceError> {
    stream::iter(1..=users).map(|id| api.fetch_user(id)).buffered(MAX_IN_FLIGHT).try_collect().await
}
",
    );
    let own_limit = kit.grade("10");
    assert_contains(
        &own_limit.failure(EX10, "never_more_requests_in_flight_than_allowed"),
        "1000 calls to the user API were in flight at the same moment; the limit is 10",
    );
    assert_contains(
        &own_limit.failure(EX10, "the_window_slides_instead_of_waiting_for_batches"),
        "a faster run had more than ten in flight",
    );

    // Fixed batches of ten: right results and right bounds, but each batch waits for its
    // slowest request.
    kit.write_src(
        TEN,
        "lib.rs",
        "use kit_harness::{ServiceError, User, UserApi};

pub async fn fetch_users(api: &UserApi, users: u32, max_in_flight: usize) -> Result<Vec<User>, ServiceError> {
    let ids: Vec<u32> = (1..=users).collect();
    let mut fetched = Vec::with_capacity(ids.len());
    for batch in ids.chunks(max_in_flight) {
        fetched.extend(futures::future::try_join_all(batch.iter().map(|&id| api.fetch_user(id))).await?);
    }
    Ok(fetched)
}
",
    );
    let batches = kit.grade("10");
    for check in [
        "returns_the_thousand_users_in_order",
        "reports_a_failed_request",
        "never_more_requests_in_flight_than_allowed",
        "as_many_requests_in_flight_as_allowed",
    ] {
        batches.assert_passed(EX10, check);
    }
    let slow = batches.failure(EX10, "the_window_slides_instead_of_waiting_for_batches");
    assert_contains(
        &slow,
        "took 30.0 s of simulated time: the window did not slide",
    );
    assert_contains(
        &slow,
        "fixed batches of ten wait for the slowest request of each batch",
    );

    // A window that slides, written here rather than copied from the reference solution:
    // start the next request the moment one finishes, put the answers back in order.
    kit.write_src(
        TEN,
        "lib.rs",
        "use futures::stream::{self, StreamExt};
use kit_harness::{ServiceError, User, UserApi};

pub async fn fetch_users(api: &UserApi, users: u32, max_in_flight: usize) -> Result<Vec<User>, ServiceError> {
    let mut answers: Vec<(u32, Result<User, ServiceError>)> = stream::iter(1..=users)
        .map(|id| async move { (id, api.fetch_user(id).await) })
        .buffer_unordered(max_in_flight)
        .collect()
        .await;
    answers.sort_by_key(|(id, _)| *id);
    answers.into_iter().map(|(_, answer)| answer).collect()
}
",
    );
    let sliding = kit.grade("10");
    for check in [
        "returns_the_thousand_users_in_order",
        "reports_a_failed_request",
        "never_more_requests_in_flight_than_allowed",
        "as_many_requests_in_flight_as_allowed",
        "the_window_slides_instead_of_waiting_for_batches",
    ] {
        sliding.assert_passed(EX10, check);
    }

    // One request at a time, each behind nine decoys that are started and dropped at once:
    // an in-flight counter that counted started calls saw ten at a time.
    kit.write_src(
        TEN,
        "lib.rs",
        "use std::time::Duration;

use kit_harness::{ServiceError, User, UserApi};

pub async fn fetch_users(api: &UserApi, users: u32, max_in_flight: usize) -> Result<Vec<User>, ServiceError> {
    let mut fetched = Vec::new();
    for id in 1..=users {
        let decoys = futures::future::join_all((1..max_in_flight).map(|_| api.fetch_user(id)));
        let _ = tokio::time::timeout(Duration::ZERO, decoys).await;
        fetched.push(api.fetch_user(id).await?);
    }
    Ok(fetched)
}
",
    );
    let decoys = kit.grade("10");
    let overlap = decoys.failure(EX10, "as_many_requests_in_flight_as_allowed");
    assert_contains(
        &overlap,
        "the 1000 completed calls to the user API never overlapped: at most 1 was in flight at \
         any moment; 9000 more were started and dropped before they finished",
    );
    decoys.failure(EX10, "the_window_slides_instead_of_waiting_for_batches");
    assert!(decoys.score() <= 7, "{:#}", decoys.report);
}

const ELEVEN: &str = "11-rate-limit";
const EX11: &str = "exercise-11";
const ELEVEN_CHECKS: [&str; 4] = [
    "scores_every_user_in_order",
    "no_call_is_refused",
    "at_most_thirty_calls_in_any_minute",
    "the_job_takes_as_long_as_the_limit_requires",
];

#[test]
fn exercise_11_gives_no_points_for_skipped_calls_or_a_clock_moved_by_hand() {
    let kit = LessonKit::new("lessons-11", &[ELEVEN]);

    // Answers made up without a single call: the old rate check passed with zero calls.
    kit.write_src(
        ELEVEN,
        "lib.rs",
        "use kit_harness::{LlmEndpoint, ServiceError};

pub async fn nightly_job(_llm: &LlmEndpoint, prompts: &[String]) -> Vec<Result<String, ServiceError>> {
    prompts.iter().map(|prompt| Ok(format!(\"summary of {prompt}\"))).collect()
}
",
    );
    let made_up = kit.grade("11");
    assert_contains(
        &made_up.failure(EX11, "scores_every_user_in_order"),
        "the LLM endpoint was never called, expected 60 calls",
    );
    assert_contains(
        &made_up.failure(EX11, "at_most_thirty_calls_in_any_minute"),
        "the LLM endpoint was never called, expected 90 calls",
    );
    for check in ELEVEN_CHECKS {
        made_up.failure(EX11, check);
    }

    // The learner's own count of users, set to 0: the old tests imported it.
    kit.write_src(
        ELEVEN,
        "lib.rs",
        "use kit_harness::{LlmEndpoint, ServiceError};

pub const USERS: usize = 0;

pub async fn nightly_job(llm: &LlmEndpoint, prompts: &[String]) -> Vec<Result<String, ServiceError>> {
    let mut answers = Vec::new();
    for prompt in prompts.iter().take(USERS) {
        answers.push(llm.complete(prompt).await);
    }
    answers
}
",
    );
    let none = kit.grade("11");
    assert_contains(
        &none.failure(EX11, "no_call_is_refused"),
        "the LLM endpoint was never called, expected 90 calls",
    );
    for check in ELEVEN_CHECKS {
        none.failure(EX11, check);
    }

    // Paced by pushing the paused clock forward by hand instead of waiting: every call starts
    // 2 s after the previous one on the clock, and no time is ever waited for.
    let paced_by_hand = "use std::time::Duration;

use kit_harness::{LlmEndpoint, ServiceError};

pub async fn nightly_job(llm: &LlmEndpoint, prompts: &[String]) -> Vec<Result<String, ServiceError>> {
    let mut answers = Vec::new();
    for prompt in prompts {
        answers.push(llm.complete(prompt).await);
        tokio::time::advance(Duration::from_millis(1500)).await;
    }
    answers
}
";
    kit.write_src(ELEVEN, "lib.rs", paced_by_hand);
    let by_hand = kit.grade("11");
    // kit runs the source policy before building: the checks (which would see the clock jump)
    // do not run, and each says which line to change.
    for check in ELEVEN_CHECKS {
        let message = by_hand.failure(EX11, check);
        assert_contains(&message, "`tokio::time::advance` controls tokio's clock");
        assert_contains(&message, "src/lib.rs:9");
    }
    // The source policy refuses the same code before it runs, with the line to change.
    let violations = kit::src_policy::check_sources(&kit.src_dir(ELEVEN));
    assert_eq!(violations.len(), 1, "{violations:#?}");
    assert_eq!(
        (violations[0].rule.as_str(), violations[0].line),
        ("clock-control", 9)
    );
    assert_contains(
        &violations[0].to_string(),
        "src/lib.rs:9:9: `tokio::time::advance` controls tokio's clock from src/",
    );
}

const EIGHT: &str = "08-spawn-blocking";
const EX08: &str = "exercise-08";

#[test]
fn exercise_08_requires_the_legacy_library_to_have_run() {
    let kit = LessonKit::new("lessons-08", &[EIGHT]);
    // The library's work redone without the library: nothing blocks, and the report even
    // guesses the row count the test's database would have found. (src/ may not read the
    // template, so it copies the SQL from the grading test and only looks whether the file
    // is there.)
    kit.write_src(
        EIGHT,
        "lib.rs",
        "use std::io;
use std::path::PathBuf;

use kit_harness::SyncDatabase;

pub mod legacy;

pub async fn report_for(_db: SyncDatabase, template: PathBuf, user_id: u32) -> io::Result<String> {
    if !template.exists() {
        return Err(io::Error::new(io::ErrorKind::NotFound, \"no template\"));
    }
    let sql = \"SELECT * FROM orders WHERE user_id = $1\";
    Ok(format!(\"report for user {user_id}: {sql} (3 rows)\"))
}
",
    );
    let skipped = kit.grade("08");
    let expected = "the legacy library's database completed 0 queries, expected 1: the report \
                    must come from `legacy::run_report_query`";
    assert_contains(&skipped.failure(EX08, "returns_the_report"), expected);
    assert_contains(
        &skipped.failure(EX08, "building_a_report_never_blocks_the_runtime"),
        expected,
    );
    skipped.assert_passed(EX08, "a_missing_template_is_an_error");
}

const TWELVE: &str = "12-queue-workers";
const EX12: &str = "exercise-12";

#[test]
fn exercise_12_workers_in_fixed_batches_fall_behind_a_real_pool() {
    let kit = LessonKit::new("lessons-12", &[TWELVE]);
    // Take `workers` uploads, resize them together, wait for all of them, repeat: never more
    // than three at once, every image once, and with uniform latencies as fast as a pool.
    kit.write_src(
        TWELVE,
        "lib.rs",
        "use futures::{Stream, StreamExt};
use kit_harness::SimService;

pub async fn resize_all(
    resizer: &SimService,
    uploads: impl Stream<Item = u64> + Unpin,
    workers: usize,
    _queue_capacity: usize,
) -> usize {
    let mut batches = uploads.chunks(workers);
    let mut resized = 0;
    while let Some(batch) = batches.next().await {
        let done = futures::future::join_all(batch.into_iter().map(|image| resizer.call(image, || ()))).await;
        resized += done.len();
    }
    resized
}
",
    );
    let batches = kit.grade("12");
    batches.assert_passed(EX12, "resizes_every_image_exactly_once");
    let slow = batches.failure(EX12, "resizing_keeps_three_workers_busy");
    assert_contains(&slow, "resizing 60 images took 6.0 s of simulated time");
    assert_contains(
        &slow,
        "batches of three that wait for their slowest image take 6.0 s",
    );
}

const NINETEEN: &str = "19-block-on-in-async";
const EX19: &str = "exercise-19";

#[test]
fn exercise_19_block_in_place_works_on_one_runtime_flavor_only() {
    let kit = LessonKit::new("lessons-19", &[NINETEEN]);
    // The usual search-engine answer: tell the multi-thread runtime that this worker blocks.
    kit.write_src(
        NINETEEN,
        "lib.rs",
        "pub mod legacy;

use kit_harness::{PriceCatalog, ServiceError};
use legacy::{Invoice, Line};
use tokio::runtime::Handle;

pub async fn invoice_for(catalog: &PriceCatalog, lines: Vec<Line>) -> Result<Invoice, ServiceError> {
    let runtime = Handle::current();
    tokio::task::block_in_place(|| {
        legacy::build_invoice(&lines, |product| runtime.block_on(catalog.unit_price(product)))
    })
}
",
    );
    let in_place = kit.grade("19");
    in_place.assert_passed(EX19, "prices_every_line_from_the_catalogue");
    let current_thread = in_place.failure(EX19, "works_on_a_current_thread_runtime");
    assert_contains(
        &current_thread,
        "pricing the order on a current_thread runtime panicked at",
    );
    assert_contains(
        &current_thread,
        "`block_in_place` exists only on the multi-thread runtime",
    );
    in_place.failure(EX19, "pricing_never_blocks_the_runtime");
}

const TWENTY: &str = "20-select-loop-loses-data";
const EX20: &str = "exercise-20";

#[test]
fn exercise_20_reading_frames_without_select_delays_the_heartbeat() {
    let kit = LessonKit::new("lessons-20", &[TWENTY]);
    // No `select!`, so nothing is ever cancelled: each frame is read to its end, and the
    // heartbeat is sent between frames when it is due.
    kit.write_src(
        TWENTY,
        "lib.rs",
        "use std::io;
use std::time::Duration;

use futures::FutureExt;
use kit_harness::HEARTBEAT;
use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};

pub async fn receive_frames(
    connection: DuplexStream,
    heartbeat_every: Duration,
    mut deliver: impl FnMut(Vec<u8>),
) -> io::Result<()> {
    let (mut reader, mut writer) = tokio::io::split(connection);
    let mut heartbeat = tokio::time::interval(heartbeat_every);
    loop {
        if heartbeat.tick().now_or_never().is_some() {
            writer.write_all(&HEARTBEAT).await?;
        }
        let mut header = [0; 4];
        if reader.read_exact(&mut header).await.is_err() {
            return Ok(());
        }
        let mut payload = vec![0; u32::from_be_bytes(header) as usize];
        reader.read_exact(&mut payload).await?;
        deliver(payload);
    }
}
",
    );
    let sequential = kit.grade("20");
    sequential.assert_passed(EX20, "every_frame_arrives_intact");
    sequential.assert_passed(EX20, "each_frame_is_delivered_as_soon_as_it_is_complete");
    assert_contains(
        &sequential.failure(EX20, "the_heartbeat_keeps_its_rhythm"),
        "the peer heard nothing from",
    );
}

const TWENTY_ONE: &str = "21-busy-waiting";
const EX21: &str = "exercise-21";

#[test]
fn exercise_21_checking_every_millisecond_is_prompt_but_never_rests() {
    let kit = LessonKit::new("lessons-21", &[TWENTY_ONE]);
    // A check every millisecond notices the end of the migrations in time: the wake-up
    // count is what gives it away.
    let starter = std::fs::read_to_string(kit.src_dir(TWENTY_ONE).join("lib.rs")).unwrap();
    let every_millisecond =
        starter.replace("Duration::from_millis(100);", "Duration::from_millis(1);");
    assert_ne!(
        starter, every_millisecond,
        "the starter's check interval moved"
    );
    kit.write_src(TWENTY_ONE, "lib.rs", &every_millisecond);
    let polling = kit.grade("21");
    polling.assert_passed(EX21, "a_request_after_the_migrations_goes_straight_through");
    let wakeups = polling.failure(EX21, "waiting_lets_the_runtime_sleep");
    // The migrations end at a moment drawn for every run: how long the requests waited varies.
    assert_contains(&wakeups, "while 20 requests waited ");
    assert_contains(
        &wakeups,
        " of simulated time for the migrations, the runtime was woken",
    );
}

const TWENTY_TWO: &str = "22-dependent-awaits";
const EX22: &str = "exercise-22";

#[test]
fn exercise_22_profiles_made_up_without_the_api_earn_nothing() {
    let kit = LessonKit::new("lessons-22", &[TWENTY_TWO]);
    // Users are easy to build: skip the profile requests, keep the page chain.
    kit.write_src(
        TWENTY_TWO,
        "lib.rs",
        "use kit_harness::{BillingApi, Invoice, ServiceError, User, UserApi};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyReport {
    pub customers: Vec<User>,
    pub invoices: Vec<Invoice>,
}

pub async fn monthly_report(
    _users: &UserApi,
    billing: &BillingApi,
    customer_ids: &[u32],
) -> Result<MonthlyReport, ServiceError> {
    let customers = customer_ids
        .iter()
        .map(|&id| User { id, name: format!(\"user-{id}\") })
        .collect();
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
",
    );
    let made_up = kit.grade("22");
    assert_contains(
        &made_up.failure(EX22, "the_report_has_every_customer_and_invoice"),
        "the user API was never called, expected 10 calls",
    );
    made_up.failure(EX22, "a_failed_request_is_reported");
    made_up.failure(EX22, "the_profiles_are_fetched_together");
    made_up.assert_passed(EX22, "the_pages_follow_the_cursor_chain");
    assert!(made_up.score() <= 6, "{:#}", made_up.report);
}
