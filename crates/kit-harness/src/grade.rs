//! Assertions whose failure messages teach. A grading test names its exercise once
//! (`const EXERCISE: Exercise = Exercise::new("exercise-01");`) and checks through it; a failed
//! check panics with a message in the shape `kit grade` shows the learner:
//!
//! ```text
//! fetching 10 users took 5.0 s of simulated time: they ran one after another
//!   why: each `.await` waits for one call to finish before the next call starts
//!   help: start every call first and await them together; concurrent code finishes in about 0.5 s
//!   see hint: `kit hint exercise-01`
//! ```
//!
//! The first line says what was measured and what is wrong (lowercase, no trailing period);
//! `why` says why it matters at runtime; `help` says what correct code does.
//!
//! The id is passed explicitly, not taken from `CARGO_PKG_NAME`, because the same test file is
//! compiled against the starter (`exercise-01`) and the solution (`solution-01`).

use std::fmt::Write as _;
use std::time::Duration;

use serde_json::{Value, json};

use crate::message::Message;
use crate::msg;
use crate::timeline::{Concurrency, ElapsedPanel};
use crate::watchdog::StallReport;

/// A failed check: what is wrong, optionally why it matters and what to do instead. Each part
/// is a [`Message`] of kit's catalogue, so kit can show it in the learner's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    problem: Message,
    why: Option<Message>,
    help: Option<Message>,
    measured: Vec<(String, String)>,
}

impl Failure {
    /// A failure whose first line is `problem` (lowercase, no trailing period).
    pub fn new(problem: Message) -> Self {
        Self {
            problem,
            why: None,
            help: None,
            measured: Vec::new(),
        }
    }

    /// Why the problem matters at runtime.
    pub fn why(mut self, why: Message) -> Self {
        self.why = Some(why);
        self
    }

    /// What correct code does instead.
    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// A value the check measured (`"elapsed"`, `"5.0 s"`), carried in kit's verdict record
    /// apart from the sentence, so other renderers can show it their way.
    pub fn measured(mut self, name: impl Into<String>, value: impl ToString) -> Self {
        self.measured.push((name.into(), value.to_string()));
        self
    }

    /// The failure as the fields of kit's verdict record: each text a message reference.
    fn to_record(&self, hint: Option<&str>, location: &std::panic::Location<'_>) -> Value {
        json!({
            "problem": self.problem.to_record(),
            "why": self.why.as_ref().map(Message::to_record),
            "help": self.help.as_ref().map(Message::to_record),
            "hint": hint,
            "measured": self
                .measured
                .iter()
                .map(|(name, value)| json!({"name": name, "value": value}))
                .collect::<Vec<_>>(),
            "location": location.to_string(),
        })
    }

    /// The failure in English, without the hint line.
    pub fn english(&self) -> String {
        let mut message = self.problem.english();
        if let Some(why) = &self.why {
            let _ = write!(message, "\n  why: {}", why.english());
        }
        if let Some(help) = &self.help {
            let _ = write!(message, "\n  help: {}", help.english());
        }
        message
    }

    /// Fail with this failure as a plain panic would: no hint line follows it. For failures
    /// that are not the lesson's (the code under test returned an error where the check
    /// needs a value to look at).
    #[track_caller]
    pub fn raise(self) -> ! {
        let rendered = self.english();
        self.fail_unattributed(rendered, std::panic::Location::caller())
    }

    /// Fail with this failure, which belongs to no exercise (the harness's own checks, such
    /// as the clock witness); `rendered` is the panic message, `location` the test's line.
    pub(crate) fn fail_unattributed(
        self,
        rendered: String,
        location: &std::panic::Location<'_>,
    ) -> ! {
        crate::verdict::note_structured_failure(&rendered, self.to_record(None, location));
        panic!("{rendered}")
    }
}

/// The exercise a grading test belongs to; every failure message ends with its hint command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exercise {
    id: &'static str,
}

impl Exercise {
    /// The exercise with id `id` (`"exercise-01"`), as `kit hint` accepts it.
    pub const fn new(id: &'static str) -> Self {
        Self { id }
    }

    /// The exercise id.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The full message for `failure` in English, ending with the hint command.
    pub fn render(&self, failure: &Failure) -> String {
        let mut message = failure.english();
        let _ = write!(message, "\n  see hint: `kit hint {}`", self.id);
        message
    }

    /// Fail the check with `failure`.
    #[track_caller]
    pub fn fail(&self, failure: Failure) -> ! {
        let rendered = self.render(&failure);
        crate::verdict::note_structured_failure(
            &rendered,
            failure.to_record(Some(self.id), std::panic::Location::caller()),
        );
        panic!("{rendered}")
    }

    /// Fail with `failure()` unless `holds`: the building block for checks this module does
    /// not provide. The message is only built when the check fails.
    #[track_caller]
    pub fn ensure(&self, holds: bool, failure: impl FnOnce() -> Failure) {
        if !holds {
            self.fail(failure());
        }
    }

    /// Start a timing check on `measured` simulated time spent on `what` ("fetching 10
    /// users"). Give it bounds with [`ElapsedCheck::between`], then call
    /// [`ElapsedCheck::check`].
    pub fn elapsed(&self, what: Message, measured: Duration) -> ElapsedCheck {
        ElapsedCheck {
            exercise: *self,
            what,
            measured,
            bounds: None,
            too_slow: None,
            too_fast: None,
            too_fast_help: None,
            too_fast_failure: None,
            help: None,
            reference: None,
        }
    }

    /// The runtime must never have stalled for `threshold` or longer.
    #[track_caller]
    pub fn assert_no_stall(&self, report: &StallReport, threshold: Duration, help: Message) {
        self.ensure(!report.stalled_for(threshold), || {
            Failure::new(msg!(
                "harness-stall-problem",
                stalled = report.longest_stall,
                threshold = threshold,
            ))
            .why(msg!("harness-stall-why"))
            .help(help)
            .measured(
                "longest_stall",
                crate::time::format_duration(report.longest_stall),
            )
        });
    }
}

/// A timing check on simulated time, built by [`Exercise::elapsed`]. It always has a lower
/// bound as well as an upper one: blocking code and skipped work look instantly fast on a
/// paused clock.
#[derive(Debug, Clone)]
#[must_use = "a timing check does nothing until `.check()` is called"]
pub struct ElapsedCheck {
    exercise: Exercise,
    what: Message,
    measured: Duration,
    bounds: Option<(Duration, Duration)>,
    too_slow: Option<Message>,
    too_fast: Option<Message>,
    too_fast_help: Option<Message>,
    too_fast_failure: Option<Failure>,
    help: Option<Message>,
    reference: Option<Concurrency>,
}

impl ElapsedCheck {
    /// The run must take at least `at_least` (what the simulated work needs even when
    /// everything overlaps) and at most `at_most`.
    pub fn between(mut self, at_least: Duration, at_most: Duration) -> Self {
        self.bounds = Some((at_least, at_most));
        self
    }

    /// What a run over the upper bound means ("they ran one after another").
    pub fn too_slow_means(mut self, diagnosis: Message) -> Self {
        self.too_slow = Some(diagnosis);
        self
    }

    /// Why a run under the lower bound is wrong, replacing the default explanation (a blocking
    /// call or skipped work).
    pub fn too_fast_means(mut self, explanation: Message) -> Self {
        self.too_fast = Some(explanation);
        self
    }

    /// What to do about a run under the lower bound, replacing the default advice (await every
    /// call, do not block, do not skip work). Use it when too fast has another cause, such as
    /// more concurrency than a limit allows or work that stopped early.
    pub fn too_fast_help(mut self, help: Message) -> Self {
        self.too_fast_help = Some(help);
        self
    }

    /// What correct code does ("concurrent code finishes in about 0.5 s").
    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    /// The whole failure for a run under the lower bound, when neither the default message
    /// nor [`too_fast_means`](Self::too_fast_means) says what such a run means here (a job
    /// whose calls started too close together, a shutdown that did not wait).
    pub fn too_fast_failure(mut self, failure: Failure) -> Self {
        self.too_fast_failure = Some(failure);
        self
    }

    /// How correct code schedules the measured calls: kit draws that shape, computed from the
    /// calls' configured latencies, beside the learner's timeline ("how correct code
    /// runs"). Without it, the timeline shows the learner's calls alone.
    pub fn reference(mut self, concurrency: Concurrency) -> Self {
        self.reference = Some(concurrency);
        self
    }

    /// Run the check.
    ///
    /// # Panics
    /// With the teaching message when the time is out of bounds, or with an authoring error
    /// when [`between`](Self::between) was never called.
    #[track_caller]
    pub fn check(self) {
        let Some((at_least, at_most)) = self.bounds else {
            panic!(
                "authoring error: the timing check on {} has no bounds\nhelp: call \
                 `.between(at_least, at_most)`: every timing check needs a lower bound",
                self.what.english()
            );
        };
        crate::timeline::note_elapsed(&ElapsedPanel {
            what: &self.what,
            measured: self.measured,
            at_least,
            at_most,
            reference: self.reference,
            passed: (at_least..=at_most).contains(&self.measured),
        });
        let measured = crate::time::format_duration(self.measured);
        if self.measured > at_most {
            let diagnosis = self
                .too_slow
                .unwrap_or_else(|| msg!("harness-elapsed-more-than-needed", at_most = at_most));
            let mut failure = Failure::new(msg!(
                "harness-elapsed-too-slow",
                what = self.what,
                measured = self.measured,
                diagnosis = diagnosis,
            ));
            if let Some(help) = self.help {
                failure = failure.help(help);
            }
            failure = failure.measured("elapsed", &measured);
            self.exercise.fail(failure);
        }
        if self.measured < at_least {
            if let Some(failure) = self.too_fast_failure {
                self.exercise.fail(failure.measured("elapsed", &measured));
            }
            let why = self
                .too_fast
                .unwrap_or_else(|| msg!("harness-elapsed-too-fast-why"));
            self.exercise.fail(
                Failure::new(msg!(
                    "harness-elapsed-too-fast",
                    what = self.what,
                    measured = self.measured,
                    at_least = at_least,
                ))
                .why(why)
                .help(
                    self.too_fast_help
                        .unwrap_or_else(|| msg!("harness-elapsed-too-fast-help")),
                )
                .measured("elapsed", &measured),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXERCISE: Exercise = Exercise::new("exercise-01");

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    /// The panic message of `check`, or `None` when it passed.
    fn failure_of(check: impl FnOnce() + std::panic::UnwindSafe) -> Option<String> {
        let result = std::panic::catch_unwind(check);
        result.err().map(|payload| {
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default()
        })
    }

    fn timing(measured: u64) -> Option<String> {
        failure_of(move || {
            EXERCISE
                .elapsed(
                    msg!("exercise-01-ten-users-take-half-a-second-what"),
                    ms(measured),
                )
                .between(ms(500), ms(600))
                .too_slow_means(msg!("exercise-01-ten-users-take-half-a-second-too-slow"))
                .help(msg!("exercise-01-ten-users-take-half-a-second-help"))
                .check()
        })
    }

    #[test]
    fn a_slow_run_explains_itself() {
        assert_eq!(
            timing(5000).unwrap(),
            "fetching 10 users took 5.0 s of simulated time: the requests ran one after \
             another\n  help: create all ten request futures first, then await them together \
             (`futures::future::try_join_all`); concurrent code finishes in about 0.5 s\n  \
             see hint: `kit hint exercise-01`"
        );
    }

    #[test]
    fn a_run_faster_than_the_work_is_caught() {
        let message = timing(0).unwrap();
        assert!(
            message.starts_with(
                "fetching 10 users took only 0.0 s of simulated time, less than the 0.5 s"
            ),
            "{message}"
        );
        assert!(message.contains("std::thread::sleep"), "{message}");
        assert!(
            message.ends_with("see hint: `kit hint exercise-01`"),
            "{message}"
        );
    }

    #[test]
    fn a_too_fast_run_can_carry_its_own_diagnosis_and_advice() {
        let message = failure_of(|| {
            EXERCISE
                .elapsed(
                    msg!("exercise-22-the-report-takes-as-long-as-the-page-chain-what"),
                    ms(100),
                )
                .between(ms(10_000), ms(10_100))
                .too_fast_means(msg!(
                    "exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast"
                ))
                .too_fast_help(msg!(
                    "exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast-help"
                ))
                .check()
        })
        .unwrap();
        assert!(
            message.contains("each page needs the cursor of the page before it"),
            "{message}"
        );
        assert!(
            message.contains("request each page with the cursor the previous page returned"),
            "{message}"
        );
        assert!(!message.contains("do not skip calls"), "{message}");
        assert!(!message.contains("std::thread::sleep"), "{message}");
    }

    #[test]
    fn a_too_fast_run_can_carry_a_failure_of_its_own() {
        let check = |measured| {
            failure_of(move || {
                EXERCISE
                    .elapsed(
                        msg!("exercise-11-the-job-takes-as-long-as-the-limit-requires-what"),
                        ms(measured),
                    )
                    .between(ms(120_500), ms(180_000))
                    .too_fast_failure(
                        Failure::new(msg!(
                            "exercise-11-the-job-takes-as-long-as-the-limit-requires-problem",
                            elapsed = ms(measured),
                        ))
                        .help(msg!("exercise-11-pace-help")),
                    )
                    .too_slow_means(msg!(
                        "exercise-11-the-job-takes-as-long-as-the-limit-requires-too-slow"
                    ))
                    .check()
            })
        };
        assert_eq!(
            check(500).unwrap(),
            "the nightly job took only 0.5 s of simulated time: its calls started too close \
             together\n  help: start one call every 2 s (`tokio::time::interval`), measuring \
             from one call's start to the next, not from its end\n  see hint: \
             `kit hint exercise-01`"
        );
        assert!(check(200_000).unwrap().contains("spaced more than"));
        assert_eq!(check(150_000), None);
    }

    #[test]
    fn runs_within_bounds_pass_including_the_edges() {
        for measured in [500, 550, 600] {
            assert_eq!(timing(measured), None, "{measured} ms");
        }
        assert!(timing(601).is_some());
        assert!(timing(499).is_some());
    }

    #[test]
    fn a_check_without_bounds_is_an_authoring_error() {
        let message = failure_of(|| {
            EXERCISE
                .elapsed(msg!("exercise-01-ten-users-take-half-a-second-what"), ms(1))
                .check()
        })
        .unwrap();
        assert!(message.starts_with("authoring error"), "{message}");
        assert!(message.contains(".between(at_least, at_most)"), "{message}");
    }

    #[test]
    fn messages_start_lowercase_and_have_no_trailing_period() {
        let message = EXERCISE.render(
            &Failure::new(msg!(
                "harness-no-calls-never-called",
                service = Message::service("user API")
            ))
            .why(msg!("harness-overlap-why"))
            .help(msg!("exercise-01-ten-users-take-half-a-second-help")),
        );
        assert_eq!(
            message,
            "the user API was never called\n  why: a call that waits for the previous one to \
             finish adds its whole latency to the total\n  help: create all ten request \
             futures first, then await them together (`futures::future::try_join_all`); \
             concurrent code finishes in about 0.5 s\n  see hint: `kit hint exercise-01`"
        );
        for line in timing(5000).into_iter().chain(timing(0)) {
            let first = line.lines().next().unwrap();
            assert!(first.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
            assert!(!first.ends_with('.'), "{first}");
        }
    }

    #[test]
    fn stall_check() {
        let report = StallReport {
            longest_stall: ms(300),
            ticks: 4,
            tick: ms(10),
        };
        let message = failure_of(|| {
            EXERCISE.assert_no_stall(
                &report,
                ms(100),
                msg!("exercise-08-building-a-report-never-blocks-the-runtime-help"),
            )
        })
        .unwrap();
        assert!(
            message.starts_with("the runtime was blocked for 0.3 s (the watchdog allows 0.1 s)"),
            "{message}"
        );
        let calm = StallReport {
            longest_stall: ms(2),
            ..report
        };
        assert_eq!(
            failure_of(|| EXERCISE.assert_no_stall(
                &calm,
                ms(100),
                msg!("exercise-08-building-a-report-never-blocks-the-runtime-help")
            )),
            None
        );
    }
}
