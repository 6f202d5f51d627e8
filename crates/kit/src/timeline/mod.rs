//! Timelines of the calls a check recorded, drawn from the check's signed record only (its
//! `timeline` field, written by `kit_harness::timeline`): one panel per timing or bound
//! assertion, with the calls the simulated services saw on one time axis and the assertion's
//! limit. This module reads panels; [`reference`] computes the shape correct code has from
//! the calls' latencies and the panel's [`Concurrency`], [`scale`] maps time to columns,
//! [`render`] draws a panel with the [`glyphs`] and the [`words`] it is given, [`terminal`]
//! says how the terminal can show it, and [`json`] hands the data to a classroom dashboard.
//!
//! The words a learner reads come from the record as message references (what a timing check
//! measured, each service's name) and from `locales/<lang>/timeline.ftl`, through [`Words`]:
//! the drawing speaks the learner's language.
//!
//! A panel that does not parse is left out, never an error: the verdict does not depend on
//! it, and a record from another harness version must still grade.

pub mod glyphs;
pub mod json;
pub mod reference;
pub mod render;
pub mod scale;
pub mod terminal;
pub mod words;

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;

use crate::i18n::RecordText;
use render::{Look, render_panel};
use words::Words;

/// How the human report shows timelines.
pub struct Timelines {
    pub look: Look,
    pub words: Words,
    /// Draw the panels of assertions that held too (`kit grade --timeline`), not only the
    /// failed ones.
    pub passed_too: bool,
}

impl Timelines {
    /// The lines to show under a check whose record's timeline is `timeline`: every panel
    /// that failed, or every panel with [`passed_too`](Self::passed_too), set apart by blank
    /// lines. A plain `calls` panel is shown only for a check that `measures_calls` (a timing
    /// or bound check).
    pub fn lines(&self, timeline: &[serde_json::Value], measures_calls: bool) -> Vec<String> {
        let mut lines: Vec<String> = Panel::shown_for(timeline, measures_calls)
            .iter()
            .filter(|panel| self.passed_too || !panel.passed)
            .flat_map(|panel| {
                std::iter::once(String::new()).chain(render_panel(panel, &self.look, &self.words))
            })
            .collect();
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

/// One timing or bound assertion of a check, with the calls it saw.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// What was checked, with its limit.
    pub check: PanelCheck,
    /// What a timing check measured ("fetching 10 users"), or the service a bound check
    /// counted ("user API").
    pub what: RecordText,
    /// The name of each service of the calls, keyed by the name the calls carry.
    pub services: BTreeMap<String, RecordText>,
    /// Whether the assertion held.
    pub passed: bool,
    /// The calls, in the order they started; time zero is the measured run's start (timing)
    /// or the service's creation (bounds).
    pub calls: Vec<Call>,
    /// Calls the record had no room for.
    pub calls_omitted: usize,
    /// How correct code schedules these calls, when the check says.
    pub reference: Option<Concurrency>,
}

/// The kind of assertion a panel shows, with its limit and what was measured against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelCheck {
    /// The run took `measured`, and must take between `at_least` and `at_most`.
    Elapsed {
        measured: Duration,
        at_least: Duration,
        at_most: Duration,
    },
    /// At most `limit` calls in flight at once; `peak` were.
    InFlightAtMost { limit: usize, peak: usize },
    /// At least `at_least` completed calls in flight at once; `peak` were.
    Overlapped { at_least: usize, peak: usize },
    /// At most `calls` starts within any `window`; `busiest` is the densest window found.
    RateLimit {
        calls: usize,
        window: Duration,
        busiest: Option<Busiest>,
    },
    /// Every call of a check that made no timing or bound assertion: no limit to show.
    Calls,
}

/// The densest window of a rate-limit panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Busiest {
    pub calls: usize,
    #[serde(rename = "first_start_us", deserialize_with = "micros")]
    pub first_start: Duration,
    #[serde(rename = "last_start_us", deserialize_with = "micros")]
    pub last_start: Duration,
}

/// One call as its service saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub service: String,
    /// The call's argument: a user id, a row key, a sequence number.
    pub key: u64,
    pub start: Duration,
    /// `None` while it was still running when the panel was taken.
    pub end: Option<Duration>,
    pub outcome: Outcome,
    /// What the service was configured to take for it.
    pub latency: Option<Duration>,
}

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    InFlight,
    Succeeded,
    Failed,
    Rejected,
    Dropped,
}

impl Outcome {
    /// Whether the call returned to its caller.
    pub fn completed(self) -> bool {
        matches!(self, Self::Succeeded | Self::Failed | Self::Rejected)
    }
}

/// How correct code schedules a panel's calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concurrency {
    /// Every call at once.
    Unbounded,
    /// At most this many in flight, the next starting the moment one finishes.
    AtMost(usize),
    /// Each call as soon as `calls` per `window` allows.
    RateLimited { calls: usize, window: Duration },
}

impl Panel {
    /// The panel a record's `timeline` entry describes, or `None` when it does not parse.
    pub fn from_record(value: &serde_json::Value) -> Option<Panel> {
        let raw = RawPanel::deserialize(value).ok()?;
        let limit = &raw.limit;
        let check = match raw.check.as_str() {
            "elapsed" => PanelCheck::Elapsed {
                measured: Duration::from_micros(raw.measured_us?),
                at_least: Duration::from_micros(limit.at_least_us?),
                at_most: Duration::from_micros(limit.at_most_us?),
            },
            "in_flight_at_most" => PanelCheck::InFlightAtMost {
                limit: limit.in_flight?,
                peak: raw.peak_in_flight?,
            },
            "overlapped" => PanelCheck::Overlapped {
                at_least: limit.in_flight?,
                peak: raw.peak_in_flight?,
            },
            "rate_limit" => PanelCheck::RateLimit {
                calls: limit.calls?,
                window: Duration::from_micros(limit.window_us?),
                busiest: limit.busiest,
            },
            "calls" => PanelCheck::Calls,
            _ => return None,
        };
        Some(Panel {
            check,
            what: raw.what,
            services: raw.services,
            passed: raw.passed,
            calls: raw.calls.into_iter().map(RawCall::into_call).collect(),
            calls_omitted: raw.calls_omitted,
            reference: raw.reference.map(RawConcurrency::into_concurrency),
        })
    }

    /// Every panel of a record's `timeline` that parses.
    pub fn all_from(timeline: &[serde_json::Value]) -> Vec<Panel> {
        timeline.iter().filter_map(Panel::from_record).collect()
    }

    /// The panels of `timeline` worth showing for a check: all of them for a check that
    /// `measures_calls` (timing, bound); for any other, only its timing and bound assertions,
    /// not the plain list of every call it made.
    pub fn shown_for(timeline: &[serde_json::Value], measures_calls: bool) -> Vec<Panel> {
        Panel::all_from(timeline)
            .into_iter()
            .filter(|panel| measures_calls || panel.check != PanelCheck::Calls)
            .collect()
    }

    /// The name of `service` (as a call carries it) in the language of `words`: the
    /// service's message where the record names one, else the name itself.
    pub fn service_name(&self, service: &str, words: &Words) -> String {
        self.services
            .get(service)
            .map_or_else(|| service.to_owned(), |name| words.text(name))
    }

    /// When the panel's last call ended, or the measured time if it is later: the end of
    /// the learner's run on the panel's axis.
    pub fn run_end(&self) -> Duration {
        let calls_end = self
            .calls
            .iter()
            .map(|call| call.end.unwrap_or(call.start))
            .max()
            .unwrap_or_default();
        match self.check {
            PanelCheck::Elapsed { measured, .. } => calls_end.max(measured),
            _ => calls_end,
        }
    }
}

#[derive(Deserialize)]
struct RawPanel {
    check: String,
    what: RecordText,
    #[serde(default)]
    services: BTreeMap<String, RecordText>,
    passed: bool,
    #[serde(default)]
    measured_us: Option<u64>,
    #[serde(default)]
    peak_in_flight: Option<usize>,
    limit: RawLimit,
    #[serde(default)]
    reference: Option<RawConcurrency>,
    calls: Vec<RawCall>,
    #[serde(default)]
    calls_omitted: usize,
}

#[derive(Deserialize)]
struct RawLimit {
    #[serde(default)]
    at_least_us: Option<u64>,
    #[serde(default)]
    at_most_us: Option<u64>,
    #[serde(default)]
    in_flight: Option<usize>,
    #[serde(default)]
    calls: Option<usize>,
    #[serde(default)]
    window_us: Option<u64>,
    #[serde(default)]
    busiest: Option<Busiest>,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum RawConcurrency {
    Unbounded,
    AtMost { in_flight: usize },
    Rate { calls: usize, window_us: u64 },
}

impl RawConcurrency {
    fn into_concurrency(self) -> Concurrency {
        match self {
            Self::Unbounded => Concurrency::Unbounded,
            Self::AtMost { in_flight } => Concurrency::AtMost(in_flight),
            Self::Rate { calls, window_us } => Concurrency::RateLimited {
                calls,
                window: Duration::from_micros(window_us),
            },
        }
    }
}

#[derive(Deserialize)]
struct RawCall {
    service: String,
    key: u64,
    start_us: u64,
    end_us: Option<u64>,
    outcome: Outcome,
    #[serde(default)]
    latency_us: Option<u64>,
}

impl RawCall {
    fn into_call(self) -> Call {
        Call {
            service: self.service,
            key: self.key,
            start: Duration::from_micros(self.start_us),
            end: self.end_us.map(Duration::from_micros),
            outcome: self.outcome,
            latency: self.latency_us.map(Duration::from_micros),
        }
    }
}

fn micros<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
    u64::deserialize(deserializer).map(Duration::from_micros)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    pub(crate) fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    /// A completed call of `service` for `key` over `[start, end)` milliseconds.
    pub(crate) fn call(service: &str, key: u64, start: u64, end: u64) -> Call {
        Call {
            service: service.into(),
            key,
            start: ms(start),
            end: Some(ms(end)),
            outcome: Outcome::Succeeded,
            latency: Some(ms(end - start)),
        }
    }

    /// Exercise 01's ten 500 ms requests, one after another or all at once.
    pub(crate) fn ten_users(concurrent: bool) -> Panel {
        let calls = (0..10)
            .map(|n| {
                let start = if concurrent { 0 } else { 500 * n };
                call("user API", n + 1, start, start + 500)
            })
            .collect();
        Panel {
            check: PanelCheck::Elapsed {
                measured: ms(if concurrent { 500 } else { 5000 }),
                at_least: ms(500),
                at_most: ms(600),
            },
            what: "fetching 10 users".into(),
            services: BTreeMap::new(),
            passed: concurrent,
            calls,
            calls_omitted: 0,
            reference: Some(Concurrency::Unbounded),
        }
    }

    #[test]
    fn a_timing_panel_parses_from_the_harness_record() {
        let record = json!({
            "check": "elapsed", "passed": false,
            "what": {"id": "exercise-01-ten-users-take-half-a-second-what", "args": {},
                     "text": "fetching 10 users"},
            "services": {"user API": {"id": "service-user-api", "args": {}, "text": "user API"},
                         "unnamed": "the unnamed service"},
            "measured_us": 5_000_000,
            "limit": {"at_least_us": 500_000, "at_most_us": 600_000},
            "reference": {"kind": "unbounded"},
            "calls": [{"service": "user API", "key": 1, "start_us": 0, "end_us": 500_000,
                       "outcome": "succeeded", "latency_us": 500_000},
                      {"service": "user API", "key": 2, "start_us": 500_000, "end_us": null,
                       "outcome": "in_flight", "latency_us": null}],
            "calls_omitted": 3,
        });
        let panel = Panel::from_record(&record).unwrap();
        assert_eq!(
            panel.check,
            PanelCheck::Elapsed {
                measured: ms(5000),
                at_least: ms(500),
                at_most: ms(600)
            }
        );
        assert_eq!(panel.reference, Some(Concurrency::Unbounded));
        assert_eq!(panel.calls[0], call("user API", 1, 0, 500));
        assert_eq!(panel.calls[1].end, None);
        assert_eq!(panel.calls[1].outcome, Outcome::InFlight);
        assert_eq!(panel.calls_omitted, 3);
        assert_eq!(panel.run_end(), ms(5000));
        let english = Words::new(crate::i18n::Language::English);
        assert_eq!(english.text(&panel.what), "fetching 10 users");
        assert_eq!(panel.service_name("user API", &english), "user API");
        assert_eq!(
            panel.service_name("unnamed", &english),
            "the unnamed service"
        );
        assert_eq!(
            panel.service_name("a service the record does not name", &english),
            "a service the record does not name"
        );
    }

    #[test]
    fn bound_panels_parse_with_their_limits() {
        let rate = json!({
            "check": "rate_limit", "what": "LLM endpoint", "passed": false, "peak_in_flight": 90,
            "limit": {"calls": 30, "window_us": 60_000_000,
                      "busiest": {"calls": 90, "first_start_us": 0, "last_start_us": 0}},
            "reference": {"kind": "rate", "calls": 30, "window_us": 60_000_000},
            "calls": [], "calls_omitted": 0,
        });
        let panel = Panel::from_record(&rate).unwrap();
        assert_eq!(
            panel.reference,
            Some(Concurrency::RateLimited {
                calls: 30,
                window: ms(60_000)
            })
        );
        let PanelCheck::RateLimit { busiest, .. } = panel.check else {
            panic!("{panel:?}")
        };
        assert_eq!(busiest.unwrap().calls, 90);

        let overlap = json!({
            "check": "overlapped", "what": "user API", "passed": true, "peak_in_flight": 10,
            "limit": {"in_flight": 10}, "reference": {"kind": "at_most", "in_flight": 10},
            "calls": [],
        });
        assert_eq!(
            Panel::from_record(&overlap).unwrap().check,
            PanelCheck::Overlapped {
                at_least: 10,
                peak: 10
            }
        );
    }

    #[test]
    fn a_plain_calls_panel_shows_only_for_timing_and_bound_checks() {
        let timeline = [json!({
            "check": "calls", "what": "", "passed": false, "limit": {}, "reference": null,
            "calls": [{"service": "LLM endpoint", "key": 1, "start_us": 0, "end_us": 10_000,
                       "outcome": "rejected", "latency_us": 500_000}],
        })];
        let shown = Panel::shown_for(&timeline, true);
        assert_eq!(shown[0].check, PanelCheck::Calls);
        assert_eq!(shown[0].calls[0].outcome, Outcome::Rejected);
        assert!(Panel::shown_for(&timeline, false).is_empty());
    }

    #[test]
    fn a_panel_that_does_not_parse_is_left_out() {
        let timeline = [
            json!({"check": "something new", "what": "x", "passed": true, "limit": {}, "calls": []}),
            json!({"check": "elapsed", "what": "x", "passed": true, "limit": {}, "calls": []}),
            json!("not a panel"),
        ];
        assert!(Panel::all_from(&timeline).is_empty());
    }
}
