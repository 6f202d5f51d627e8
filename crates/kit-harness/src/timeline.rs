//! The timeline of a check: what the `timeline` field of its signed `finished` record holds,
//! so that kit can draw the calls the simulated services recorded beside the check's verdict.
//!
//! Every timing or bound assertion a check makes adds one panel: the calls on one time axis
//! (each call's service, key, start, end, outcome and configured latency), the assertion's
//! limit, whether it held, and the [`Concurrency`] correct code would have, from which kit
//! computes the reference shape ("how correct code runs"). A timing panel
//! ([`ElapsedCheck`](crate::grade::ElapsedCheck)) shows the calls of every service that ran
//! during the [`measure`](crate::time::measure)d run, time zero being the measurement's start;
//! a bound panel shows the calls of the [`CallStats`] it checked, time zero being the
//! service's creation.
//!
//! Words a learner reads are message references (see [`crate::message`]), so kit shows them in
//! the learner's language: what a timing check measured, and the name of each service a panel
//! shows calls of (its `services`, keyed by the name each call carries).
//!
//! A check that made calls but no timing or bound assertion (it asserted with
//! [`ensure`](crate::Exercise::ensure), or failed before its assertion) gets one plain
//! `calls` panel of every call, without a limit.
//!
//! Panels are kept only while kit's verdict channel is open, where one check runs per
//! process; an author's `cargo test` records nothing. Services are then kept alive until the
//! record is written, so their calls outlive the check's body. The record is bounded (a byte budget for
//! calls, a number of panels), so a run of a million calls still yields a record kit reads;
//! calls past the budget are counted, not listed. Nothing here decides a verdict.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::time::Instant;

use crate::calls::{CallLog, CallRecord, CallStats, Outcome, WindowPeak};
use crate::message::Message;
use crate::services::RateLimit;

/// How correct code schedules a check's calls: the parameter kit computes the reference shape
/// from, with each call's configured latency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concurrency {
    /// Every call starts at once.
    Unbounded,
    /// At most this many calls in flight; the next one starts the moment one finishes.
    AtMost(usize),
    /// Each call starts as soon as the rate limit allows, however many are in flight.
    RateLimited(RateLimit),
}

impl Concurrency {
    fn to_record(self) -> Value {
        match self {
            Self::Unbounded => json!({"kind": "unbounded"}),
            Self::AtMost(in_flight) => json!({"kind": "at_most", "in_flight": in_flight}),
            Self::RateLimited(limit) => json!({
                "kind": "rate",
                "calls": limit.calls,
                "window_us": micros(limit.window),
            }),
        }
    }
}

/// The limit a bound assertion checked, as its panel shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    /// No more than this many calls in flight at once (dropped calls count while they ran).
    InFlightAtMost(usize),
    /// At least this many calls that went on to complete in flight at once.
    Overlapped(usize),
    /// No more than `limit.calls` starts within any `limit.window`.
    Rate(RateLimit, Option<WindowPeak>),
}

/// How many serialized bytes of calls one record may carry: far under what kit reads of a
/// verdict file (1 MiB), with room for the failure and panics beside them.
const CALL_BYTES: usize = 512 * 1024;
/// The most panels one record carries: a check asserting in a loop repeats itself.
const MAX_PANELS: usize = 16;
/// The most measurements remembered for timing panels to find their run in.
const MAX_MEASUREMENTS: usize = 32;
/// Service names are the harness's own; a longer one is cut, whoever made it.
const MAX_SERVICE_NAME: usize = 48;
/// The most services one panel names: the harness has about ten.
const MAX_SERVICES: usize = 16;

static RECORDING: AtomicBool = AtomicBool::new(false);
static LOGS: Mutex<Vec<CallLog>> = Mutex::new(Vec::new());
static MEASUREMENTS: Mutex<Vec<Measurement>> = Mutex::new(Vec::new());
static PANELS: Mutex<Panels> = Mutex::new(Panels::new());

/// Called once kit's channel is open: from now on, logs, measurements and panels are kept.
pub(crate) fn start_recording() {
    RECORDING.store(true, Ordering::SeqCst);
}

fn recording() -> bool {
    RECORDING.load(Ordering::SeqCst)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Remembers `log` so timing panels, and the record, can find its calls.
pub(crate) fn register_log(log: &CallLog) {
    if recording() {
        lock(&LOGS).push(log.clone());
    }
}

/// One run measured by [`measure`](crate::time::measure), on tokio's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Measurement {
    pub(crate) start: Instant,
    pub(crate) elapsed: Duration,
}

/// Remembers a measured run, for the timing check that will judge it.
pub(crate) fn note_measurement(measurement: Measurement) {
    if recording() {
        let mut measurements = lock(&MEASUREMENTS);
        if measurements.len() == MAX_MEASUREMENTS {
            measurements.remove(0);
        }
        measurements.push(measurement);
    }
}

/// What a timing check judged, for its panel.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ElapsedPanel<'a> {
    pub(crate) what: &'a Message,
    pub(crate) measured: Duration,
    pub(crate) at_least: Duration,
    pub(crate) at_most: Duration,
    pub(crate) reference: Option<Concurrency>,
    pub(crate) passed: bool,
}

/// Adds the panel of a timing check: the calls of every live service during the measured run
/// whose elapsed time is `panel.measured` (the latest such run), time zero at its start.
pub(crate) fn note_elapsed(panel: &ElapsedPanel<'_>) {
    if !recording() {
        return;
    }
    let measurement = lock(&MEASUREMENTS)
        .iter()
        .rev()
        .find(|m| m.elapsed == panel.measured)
        .copied();
    let logs = lock(&LOGS).clone();
    let calls = calls_during(&logs, measurement);
    lock(&PANELS).add(elapsed_record(panel), calls);
}

/// Adds the panel of a bound check on `stats`.
pub(crate) fn note_bound(stats: &CallStats, bound: Bound, passed: bool) {
    if !recording() {
        return;
    }
    let calls = stats
        .calls
        .iter()
        .map(|record| TimedCall::from_service_start(stats.service, record))
        .collect();
    lock(&PANELS).add(bound_record(stats, bound, passed), calls);
}

/// Every panel noted so far, for the `finished` record of a check that `passed` or not; a
/// plain `calls` panel when the check noted none but made calls.
pub(crate) fn take_panels(passed: bool) -> Value {
    let mut panels = lock(&PANELS);
    if panels.panels.is_empty() {
        let calls = calls_during(&lock(&LOGS), None);
        if !calls.is_empty() {
            panels.add(calls_record(passed), calls);
        }
    }
    Value::Array(std::mem::take(&mut panels.panels))
}

/// A call placed on a panel's axis.
#[derive(Debug, Clone, PartialEq, Eq)]
struct TimedCall {
    service: &'static str,
    key: u64,
    start: Duration,
    end: Option<Duration>,
    outcome: Outcome,
    latency: Option<Duration>,
}

impl TimedCall {
    /// `record` with time zero at its service's creation.
    fn from_service_start(service: &'static str, record: &CallRecord) -> Self {
        Self {
            service,
            key: record.key,
            start: record.started_at,
            end: record.ended_at,
            outcome: record.outcome,
            latency: record.latency,
        }
    }

    fn to_record(&self) -> Value {
        json!({
            "service": cut_service_name(self.service),
            "key": self.key,
            "start_us": micros(self.start),
            "end_us": self.end.map(micros),
            "outcome": outcome_name(self.outcome),
            "latency_us": self.latency.map(micros),
        })
    }
}

/// The calls of `logs` that ran during `measurement`, time zero at its start, in the order they
/// started; a call already running when it began starts at zero. Without a measurement (a
/// timing check on a duration it computed itself), every call, time zero at the first
/// service's creation.
fn calls_during(logs: &[CallLog], measurement: Option<Measurement>) -> Vec<TimedCall> {
    let logged: Vec<_> = logs.iter().map(CallLog::timed_calls).collect();
    let Some(origin) = measurement
        .map(|m| m.start)
        .or_else(|| logged.iter().map(|(_, origin, _)| *origin).min())
    else {
        return Vec::new();
    };
    let window_end = measurement.map(|m| m.start + m.elapsed);
    let mut calls = Vec::new();
    for (service, log_origin, records) in &logged {
        for record in records {
            let start = *log_origin + record.started_at;
            let end = record.ended_at.map(|ended| *log_origin + ended);
            let started_in_time = window_end.is_none_or(|window_end| start <= window_end);
            let still_running_at_origin =
                end.is_none_or(|end| end > origin) || (start >= origin && end == Some(start));
            if !(started_in_time && still_running_at_origin) {
                continue;
            }
            calls.push(TimedCall {
                service,
                key: record.key,
                start: start.saturating_duration_since(origin),
                end: end.map(|end| end.saturating_duration_since(origin)),
                outcome: record.outcome,
                latency: record.latency,
            });
        }
    }
    // Stable: calls that started together keep their services' and their own order.
    calls.sort_by_key(|call| call.start);
    calls
}

fn elapsed_record(panel: &ElapsedPanel<'_>) -> Value {
    json!({
        "check": "elapsed",
        "what": panel.what.to_record(),
        "passed": panel.passed,
        "measured_us": micros(panel.measured),
        "limit": {
            "at_least_us": micros(panel.at_least),
            "at_most_us": micros(panel.at_most),
        },
        "reference": panel.reference.map(Concurrency::to_record),
    })
}

fn calls_record(passed: bool) -> Value {
    json!({
        "check": "calls",
        "what": "",
        "passed": passed,
        "limit": {},
        "reference": null,
    })
}

fn bound_record(stats: &CallStats, bound: Bound, passed: bool) -> Value {
    let (check, limit, peak, reference) = match bound {
        Bound::InFlightAtMost(limit) => (
            "in_flight_at_most",
            json!({"in_flight": limit}),
            stats.max_in_flight,
            Concurrency::AtMost(limit),
        ),
        Bound::Overlapped(at_least) => (
            "overlapped",
            json!({"in_flight": at_least}),
            stats.max_completed_in_flight,
            Concurrency::AtMost(at_least),
        ),
        Bound::Rate(limit, busiest) => (
            "rate_limit",
            json!({
                "calls": limit.calls,
                "window_us": micros(limit.window),
                "busiest": busiest.map(|peak| json!({
                    "calls": peak.calls,
                    "first_start_us": micros(peak.first_start),
                    "last_start_us": micros(peak.last_start),
                })),
            }),
            stats.max_in_flight,
            Concurrency::RateLimited(limit),
        ),
    };
    json!({
        "check": check,
        "what": service_name(stats.service).to_record(),
        "passed": passed,
        "peak_in_flight": peak,
        "limit": limit,
        "reference": reference.to_record(),
    })
}

/// The panels of one record and what is left of its byte budget for calls.
#[derive(Debug)]
struct Panels {
    panels: Vec<Value>,
    call_bytes_left: usize,
}

impl Panels {
    const fn new() -> Self {
        Self {
            panels: Vec::new(),
            call_bytes_left: CALL_BYTES,
        }
    }

    /// Adds `panel` with as many of `calls` as the budget allows, in order; the rest are
    /// counted in `calls_omitted`.
    fn add(&mut self, mut panel: Value, calls: Vec<TimedCall>) {
        if self.panels.len() == MAX_PANELS {
            return;
        }
        let total = calls.len();
        let mut kept = Vec::new();
        for call in calls {
            let record = call.to_record();
            // The serialized call and the comma before it.
            let size = record.to_string().len() + 1;
            if size > self.call_bytes_left {
                break;
            }
            self.call_bytes_left -= size;
            kept.push(record);
        }
        panel["calls_omitted"] = json!(total - kept.len());
        panel["services"] = services_record(&kept);
        panel["calls"] = Value::Array(kept);
        self.panels.push(panel);
    }
}

/// The names of the services of `calls` (records), each as its message, keyed by the name
/// the calls carry: `{"user API": {"id": "service-user-api", ...}}`.
fn services_record(calls: &[Value]) -> Value {
    let mut services = serde_json::Map::new();
    for name in calls.iter().filter_map(|call| call["service"].as_str()) {
        if services.len() == MAX_SERVICES {
            break;
        }
        if !services.contains_key(name) {
            services.insert(name.to_owned(), Message::service(name).to_record());
        }
    }
    Value::Object(services)
}

/// A service's name as its message (`service-user-api`), cut like the name its calls carry.
fn service_name(service: &str) -> Message {
    Message::service(&cut_service_name(service))
}

fn cut_service_name(service: &str) -> String {
    service.chars().take(MAX_SERVICE_NAME).collect()
}

fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::InFlight => "in_flight",
        Outcome::Succeeded => "succeeded",
        Outcome::Failed => "failed",
        Outcome::Rejected => "rejected",
        Outcome::Dropped => "dropped",
    }
}

fn micros(duration: Duration) -> u64 {
    u64::try_from(duration.as_micros()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    fn starts_and_ends(calls: &[TimedCall]) -> Vec<(u64, u128, Option<u128>)> {
        calls
            .iter()
            .map(|c| (c.key, c.start.as_millis(), c.end.map(|e| e.as_millis())))
            .collect()
    }

    #[tokio::test(start_paused = true)]
    async fn a_timing_panel_puts_every_service_on_the_measurements_axis() {
        let users = CallLog::new("user API");
        tokio::time::sleep(ms(100)).await;
        let db = CallLog::new("database");
        // Before the measurement: ended, so not part of it.
        users.begin(1).finish(Outcome::Succeeded);
        tokio::time::sleep(ms(50)).await;
        // Already running when the measurement starts.
        let early = users.begin_expecting(2, ms(300));
        tokio::time::sleep(ms(50)).await;
        let start = Instant::now();
        let query = db.begin_expecting(7, ms(100));
        tokio::time::sleep(ms(100)).await;
        query.finish(Outcome::Succeeded);
        drop(early);
        let elapsed = start.elapsed();
        // After the measurement: not part of it.
        tokio::time::sleep(ms(10)).await;
        users.begin(3).finish(Outcome::Succeeded);

        let calls = calls_during(&[users, db], Some(Measurement { start, elapsed }));
        assert_eq!(
            starts_and_ends(&calls),
            [(2, 0, Some(100)), (7, 0, Some(100))]
        );
        assert_eq!(calls[0].outcome, Outcome::Dropped);
        assert_eq!(calls[0].service, "user API");
        assert_eq!(calls[1].latency, Some(ms(100)));
    }

    #[tokio::test(start_paused = true)]
    async fn without_a_measurement_every_call_counts_from_the_first_service() {
        let first = CallLog::new("first");
        tokio::time::sleep(ms(200)).await;
        let second = CallLog::new("second");
        let call = second.begin(4);
        tokio::time::sleep(ms(30)).await;
        call.finish(Outcome::Failed);
        let calls = calls_during(&[first, second], None);
        assert_eq!(starts_and_ends(&calls), [(4, 200, Some(230))]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_dropped_at_the_instant_the_run_started_belongs_to_it() {
        let log = CallLog::new("svc");
        let start = Instant::now();
        drop(log.begin(1));
        let calls = calls_during(
            &[log],
            Some(Measurement {
                start,
                elapsed: Duration::ZERO,
            }),
        );
        assert_eq!(starts_and_ends(&calls), [(1, 0, Some(0))]);
    }

    fn call(key: u64) -> TimedCall {
        TimedCall {
            service: "user API",
            key,
            start: ms(key),
            end: None,
            outcome: Outcome::InFlight,
            latency: Some(ms(500)),
        }
    }

    #[test]
    fn a_call_record_names_everything_a_dashboard_draws() {
        assert_eq!(
            call(3).to_record(),
            json!({"service": "user API", "key": 3, "start_us": 3000, "end_us": null,
                   "outcome": "in_flight", "latency_us": 500_000})
        );
    }

    #[test]
    fn the_budget_keeps_the_first_calls_and_counts_the_rest() {
        let mut panels = Panels::new();
        let one_call = call(1).to_record().to_string().len() + 1;
        panels.call_bytes_left = 3 * one_call;
        panels.add(json!({"check": "elapsed"}), (1..=5).map(call).collect());
        panels.add(json!({"check": "overlapped"}), (6..=7).map(call).collect());
        let panels = panels.panels;
        assert_eq!(panels[0]["calls"].as_array().unwrap().len(), 3);
        assert_eq!(panels[0]["calls_omitted"], 2);
        assert_eq!(panels[1]["calls"], json!([]));
        assert_eq!(panels[1]["calls_omitted"], 2);
        assert_eq!(
            panels[0]["services"],
            json!({"user API": {"id": "service-user-api", "args": {}, "text": "user API"}})
        );
        assert_eq!(panels[1]["services"], json!({}));
    }

    #[test]
    fn a_record_holds_a_bounded_number_of_panels() {
        let mut panels = Panels::new();
        for _ in 0..MAX_PANELS + 3 {
            panels.add(json!({}), vec![call(1)]);
        }
        assert_eq!(panels.panels.len(), MAX_PANELS);
    }

    #[test]
    fn the_worst_record_stays_under_what_kit_reads() {
        // The longest calls a record can hold: the longest names, more services than a panel
        // names, the largest numbers.
        let worst: Vec<TimedCall> = (0..10_000)
            .map(|call| TimedCall {
                service: format!("{:n>500}", call % (2 * MAX_SERVICES)).leak(),
                key: u64::MAX,
                start: Duration::MAX,
                end: Some(Duration::MAX),
                outcome: Outcome::InFlight,
                latency: Some(Duration::MAX),
            })
            .collect();
        let what = crate::msg!(
            "exercise-12-resizing-keeps-three-workers-busy-too-slow",
            batches_of_three = Duration::MAX
        );
        let mut panels = Panels::new();
        for _ in 0..MAX_PANELS {
            panels.add(
                elapsed_record(&ElapsedPanel {
                    what: &what,
                    measured: Duration::MAX,
                    at_least: Duration::MAX,
                    at_most: Duration::MAX,
                    reference: Some(Concurrency::RateLimited(RateLimit::per(
                        usize::MAX,
                        Duration::MAX,
                    ))),
                    passed: false,
                }),
                worst.clone(),
            );
        }
        let record = Value::Array(panels.panels).to_string();
        assert!(record.len() < 640 * 1024, "{} bytes", record.len());
    }

    #[tokio::test(start_paused = true)]
    async fn a_bound_panel_carries_its_limit_peak_and_reference() {
        let log = CallLog::new("LLM endpoint");
        for key in 1..=3 {
            log.begin_expecting(key, ms(500)).finish(Outcome::Rejected);
        }
        let stats = log.stats();
        let limit = RateLimit::per(2, ms(1000));
        let busiest = stats.busiest_window(limit.window);
        let record = bound_record(&stats, Bound::Rate(limit, busiest), false);
        assert_eq!(record["check"], "rate_limit");
        assert_eq!(record["what"]["id"], "service-llm-endpoint");
        assert_eq!(record["what"]["text"], "LLM endpoint");
        assert_eq!(record["limit"]["busiest"]["calls"], 3);
        assert_eq!(
            record["reference"],
            json!({"kind": "rate", "calls": 2, "window_us": 1_000_000})
        );
        let record = bound_record(&stats, Bound::Overlapped(3), true);
        assert_eq!(
            record["reference"],
            json!({"kind": "at_most", "in_flight": 3})
        );
        assert_eq!(record["peak_in_flight"], 0);
    }
}
