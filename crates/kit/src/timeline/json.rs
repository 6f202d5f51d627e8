//! The timeline data in kit's `--format json` report, for a classroom dashboard to draw:
//! per panel, what was checked and its limit, and each call's service, key, start, end and
//! outcome in milliseconds of simulated time; beside a failed panel, the reference shape's
//! calls too. A whole report lists at most [`REPORT_CALLS`] calls, in order, and counts the
//! rest: GitHub caps a step's output (1 MB), and the Classroom step hands it the whole report,
//! so a learner's code making a million calls must not cost the class its grades.

use std::time::Duration;

use serde_json::{Value, json};

use super::reference::reference_calls;
use super::{Call, Concurrency, Outcome, Panel, PanelCheck};

/// The most calls (learner's and reference's) one JSON report lists: exercise 10's starter,
/// the largest honest report, has about 5000; 6000 compact calls are about 450 KB.
pub const REPORT_CALLS: usize = 6000;

/// How many more calls the report may list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallBudget {
    left: usize,
}

impl Default for CallBudget {
    fn default() -> Self {
        Self { left: REPORT_CALLS }
    }
}

impl CallBudget {
    /// The first of `calls` the budget admits, as JSON, and how many it left out.
    fn take<'a>(
        &mut self,
        calls: impl ExactSizeIterator<Item = &'a Call>,
        to_json: fn(&Call) -> Value,
    ) -> (Vec<Value>, usize) {
        let total = calls.len();
        let listed: Vec<Value> = calls.take(self.left).map(to_json).collect();
        self.left -= listed.len();
        let omitted = total - listed.len();
        (listed, omitted)
    }
}

/// The panels of one check (see [`Panel::shown_for`]), listing the calls `budget` admits.
pub fn panels_json(panels: &[Panel], budget: &mut CallBudget) -> Value {
    Value::Array(
        panels
            .iter()
            .map(|panel| panel_json(panel, budget))
            .collect(),
    )
}

fn panel_json(panel: &Panel, budget: &mut CallBudget) -> Value {
    let (check, limit, measured) = match panel.check {
        PanelCheck::Elapsed {
            measured,
            at_least,
            at_most,
        } => (
            "elapsed",
            json!({"at_least_ms": millis(at_least), "at_most_ms": millis(at_most)}),
            json!({"elapsed_ms": millis(measured)}),
        ),
        PanelCheck::InFlightAtMost { limit, peak } => (
            "in_flight_at_most",
            json!({"in_flight": limit}),
            json!({"peak_in_flight": peak}),
        ),
        PanelCheck::Overlapped { at_least, peak } => (
            "overlapped",
            json!({"in_flight": at_least}),
            json!({"peak_in_flight": peak}),
        ),
        PanelCheck::RateLimit {
            calls,
            window,
            busiest,
        } => (
            "rate_limit",
            json!({"calls": calls, "window_ms": millis(window)}),
            json!({"busiest_window": busiest.map(|b| json!({
                "calls": b.calls,
                "first_start_ms": millis(b.first_start),
                "last_start_ms": millis(b.last_start),
            }))}),
        ),
        PanelCheck::Calls => ("calls", json!({}), json!({})),
    };
    let (calls, omitted) = budget.take(panel.calls.iter(), call_json);
    let mut value = json!({
        "check": check,
        "what": panel.what.render(),
        "passed": panel.passed,
        "limit": limit,
        "measured": measured,
        "calls": calls,
        "calls_omitted": panel.calls_omitted + omitted,
    });
    if !panel.passed
        && let (Some(concurrency), Some(reference)) = (panel.reference, reference_calls(panel))
    {
        let (calls, omitted) = budget.take(reference.iter(), reference_call_json);
        value["reference"] = json!({
            "concurrency": concurrency_json(concurrency),
            "calls": calls,
            "calls_omitted": omitted,
        });
    }
    value
}

fn call_json(call: &Call) -> Value {
    json!({
        "service": call.service,
        "key": call.key,
        "start_ms": millis(call.start),
        "end_ms": call.end.map(millis),
        "outcome": outcome_name(call.outcome),
    })
}

fn reference_call_json(call: &Call) -> Value {
    json!({
        "service": call.service,
        "key": call.key,
        "start_ms": millis(call.start),
        "end_ms": call.end.map(millis),
    })
}

fn concurrency_json(concurrency: Concurrency) -> Value {
    match concurrency {
        Concurrency::Unbounded => json!({"kind": "unbounded"}),
        Concurrency::AtMost(in_flight) => json!({"kind": "at_most", "in_flight": in_flight}),
        Concurrency::RateLimited { calls, window } => {
            json!({"kind": "rate", "calls": calls, "window_ms": millis(window)})
        }
    }
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

/// Milliseconds, as a whole number when they are whole (they are on tokio's clock).
fn millis(duration: Duration) -> Value {
    let micros = duration.as_micros();
    if micros.is_multiple_of(1000) {
        json!(u64::try_from(micros / 1000).unwrap_or(u64::MAX))
    } else {
        json!(micros as f64 / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::ten_users;

    #[test]
    fn a_failed_panel_carries_the_calls_and_the_reference() {
        let value = panels_json(&[ten_users(false)], &mut CallBudget::default());
        let panel = &value[0];
        assert_eq!(panel["check"], "elapsed");
        assert_eq!(panel["passed"], false);
        assert_eq!(
            panel["limit"],
            json!({"at_least_ms": 500, "at_most_ms": 600})
        );
        assert_eq!(panel["measured"]["elapsed_ms"], 5000);
        assert_eq!(
            panel["calls"][1],
            json!({"service": "user API", "key": 2, "start_ms": 500, "end_ms": 1000,
                   "outcome": "succeeded"})
        );
        assert_eq!(panel["reference"]["concurrency"]["kind"], "unbounded");
        assert_eq!(panel["reference"]["calls"][9]["start_ms"], 0);
        assert_eq!(panel["reference"]["calls"][9]["end_ms"], 500);
    }

    #[test]
    fn a_passed_panel_has_no_reference_and_fractions_stay_exact() {
        let mut passed = ten_users(true);
        passed.calls[0].end = Some(Duration::from_micros(499_500));
        let value = panels_json(&[passed], &mut CallBudget::default());
        assert!(value[0].get("reference").is_none());
        assert_eq!(value[0]["calls"][0]["end_ms"], 499.5);
    }

    #[test]
    fn a_report_lists_calls_up_to_its_budget_and_counts_the_rest() {
        let mut budget = CallBudget { left: 15 };
        let value = panels_json(&[ten_users(false), ten_users(false)], &mut budget);
        assert_eq!(value[0]["calls"].as_array().unwrap().len(), 10);
        assert_eq!(value[0]["reference"]["calls"].as_array().unwrap().len(), 5);
        assert_eq!(value[0]["reference"]["calls_omitted"], 5);
        assert_eq!(value[1]["calls"], json!([]));
        assert_eq!(value[1]["calls_omitted"], 10);
        assert_eq!(budget.left, 0);
    }
}
