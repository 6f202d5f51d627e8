//! Every word a timeline shows, in one place: the renderer gets a [`Words`] and never writes
//! a word itself. Each method renders one message of `locales/<lang>/timeline.ftl` in the
//! language the `Words` speaks (English where that catalogue lacks it), with the message's
//! named arguments; plural forms come from Fluent.

use std::time::Duration;

use super::Outcome;
use crate::i18n::{Language, RecordText, decimal, language, tr_in};

/// The words of a timeline in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    language: Language,
}

impl Words {
    /// The words of `language`.
    pub const fn new(language: Language) -> Self {
        Self { language }
    }

    /// The words of the language this run speaks.
    pub fn current() -> Self {
        Self::new(language())
    }

    /// A text of the check's record (what was measured, a service's name), in this language.
    pub fn text(&self, text: &RecordText) -> String {
        text.render_in(self.language)
    }

    /// Title of the learner's timing panel: "your run: fetching 10 users took 5.0 s".
    pub fn your_run_took(&self, what: &str, took: Duration) -> String {
        tr_in!(
            self.language,
            "timeline-your-run-took",
            what = what,
            took = self.duration(took)
        )
    }

    /// Title of the learner's bound panel: "your run: 10 calls to the user API".
    pub fn your_run_calls(&self, calls: usize, service: &str) -> String {
        tr_in!(
            self.language,
            "timeline-your-run-calls",
            calls = calls,
            service = service
        )
    }

    /// Title of the learner's calls to several services: "your run: 12 calls".
    pub fn your_run_calls_to_services(&self, calls: usize) -> String {
        tr_in!(
            self.language,
            "timeline-your-run-calls-to-services",
            calls = calls
        )
    }

    /// A timing check's limit: "the check expects 0.5 s to 0.6 s".
    pub fn expected_time(&self, at_least: Duration, at_most: Duration) -> String {
        let (at_least, at_most) = (self.duration(at_least), self.duration(at_most));
        if at_least == at_most {
            tr_in!(
                self.language,
                "timeline-expected-time-exactly",
                time = at_most
            )
        } else {
            tr_in!(
                self.language,
                "timeline-expected-time",
                at_least = at_least,
                at_most = at_most
            )
        }
    }

    /// An in-flight limit: "at most 10 may be in flight at once; 12 were".
    pub fn in_flight_limit(&self, limit: usize, peak: usize) -> String {
        tr_in!(
            self.language,
            "timeline-in-flight-limit",
            limit = limit,
            peak = peak
        )
    }

    /// An overlap check: "at least 10 completed calls should be in flight at once; 1 was".
    pub fn overlap_expected(&self, at_least: usize, peak: usize) -> String {
        tr_in!(
            self.language,
            "timeline-overlap-expected",
            at_least = at_least,
            peak = peak
        )
    }

    /// A rate limit: "at most 30 may start within any 60.0 s; 90 did".
    pub fn rate_limit(&self, calls: usize, window: Duration, busiest: usize) -> String {
        tr_in!(
            self.language,
            "timeline-rate-limit",
            calls = calls,
            window = self.duration(window),
            busiest = busiest
        )
    }

    /// Title of the reference shape: "how correct code runs: 0.5 s, all 10 calls at once".
    pub fn reference_title(&self, took: Duration, shape: &str) -> String {
        tr_in!(
            self.language,
            "timeline-reference-title",
            took = self.duration(took),
            shape = shape
        )
    }

    /// The reference shape without a limit: "all 10 calls at once".
    pub fn shape_all_at_once(&self, calls: usize) -> String {
        tr_in!(self.language, "timeline-shape-all-at-once", calls = calls)
    }

    /// The reference shape under an in-flight limit.
    pub fn shape_at_most(&self, in_flight: usize) -> String {
        tr_in!(
            self.language,
            "timeline-shape-at-most",
            in_flight = in_flight
        )
    }

    /// The reference shape under a rate limit.
    pub fn shape_rate(&self, calls: usize, window: Duration) -> String {
        tr_in!(
            self.language,
            "timeline-shape-rate",
            calls = calls,
            window = self.duration(window)
        )
    }

    /// Label of the in-flight row.
    pub fn in_flight(&self) -> String {
        tr_in!(self.language, "timeline-in-flight")
    }

    /// Label of the row marking columns over an in-flight limit: "over 10".
    pub fn over_limit(&self, limit: usize) -> String {
        tr_in!(self.language, "timeline-over-limit", limit = limit)
    }

    /// Label of the row marking a rate limit's busiest window: "busiest 60.0 s".
    pub fn busiest_window(&self, window: Duration) -> String {
        tr_in!(
            self.language,
            "timeline-busiest-window",
            window = self.duration(window)
        )
    }

    /// Label of the time axis.
    pub fn time_axis(&self) -> String {
        tr_in!(self.language, "timeline-time-axis")
    }

    /// The line standing for the rows left out: "984 more calls".
    pub fn more_calls(&self, calls: usize) -> String {
        tr_in!(self.language, "timeline-more-calls", calls = calls)
    }

    /// Calls the check's record had no room for: "3 more calls were not recorded".
    pub fn not_recorded(&self, calls: usize) -> String {
        tr_in!(self.language, "timeline-not-recorded", calls = calls)
    }

    /// Label of a call's row: "user API 7".
    pub fn call_label(&self, service: &str, key: u64) -> String {
        // The key as text: an argument, not a quantity to format.
        tr_in!(
            self.language,
            "timeline-call-label",
            service = service,
            key = key.to_string()
        )
    }

    /// A bar in the legend.
    pub fn outcome(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::Succeeded => tr_in!(self.language, "timeline-outcome-completed"),
            Outcome::Failed => tr_in!(self.language, "timeline-outcome-failed"),
            Outcome::Rejected => tr_in!(self.language, "timeline-outcome-refused"),
            Outcome::Dropped => tr_in!(self.language, "timeline-outcome-dropped"),
            Outcome::InFlight => tr_in!(self.language, "timeline-outcome-still-running"),
        }
    }

    /// The limit mark in the legend.
    pub fn limit_mark(&self) -> String {
        tr_in!(self.language, "timeline-limit-mark")
    }

    /// A duration on the simulated clock, as the harness's messages show it (the `seconds`
    /// message, rounded to the millisecond, one to three decimals): "0.5 s", "20.08 s".
    pub fn duration(&self, duration: Duration) -> String {
        let rounded = (duration.as_secs_f64() * 1000.0).round() / 1000.0;
        tr_in!(self.language, "seconds", seconds = decimal(rounded, 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: Words = Words {
        language: Language::English,
    };

    #[test]
    fn english_durations_read_like_the_harness_messages() {
        assert_eq!(ENGLISH.duration(Duration::from_millis(500)), "0.5 s");
        assert_eq!(ENGLISH.duration(Duration::from_secs(60)), "60.0 s");
        assert_eq!(ENGLISH.duration(Duration::from_millis(20_080)), "20.08 s");
    }

    #[test]
    fn english_counts_agree_with_their_nouns() {
        assert_eq!(
            ENGLISH.your_run_calls(1, "user API"),
            "your run: 1 call to the user API"
        );
        assert_eq!(
            ENGLISH.overlap_expected(10, 1),
            "at least 10 completed calls should be in flight at once; 1 was"
        );
        assert_eq!(
            ENGLISH.in_flight_limit(10, 12),
            "at most 10 may be in flight at once; 12 were"
        );
        assert_eq!(ENGLISH.not_recorded(2), "2 more calls were not recorded");
        assert_eq!(ENGLISH.not_recorded(1), "1 more call was not recorded");
        assert_eq!(ENGLISH.shape_all_at_once(1), "the call at once");
        assert_eq!(ENGLISH.shape_all_at_once(10), "all 10 calls at once");
        assert_eq!(
            ENGLISH.shape_rate(30, Duration::from_secs(60)),
            "each call as soon as 30 calls per 60.0 s allows"
        );
    }

    #[test]
    fn a_limit_of_one_time_is_not_a_range() {
        let second = Duration::from_secs(1);
        assert_eq!(
            ENGLISH.expected_time(second, second),
            "the check expects 1.0 s"
        );
        assert_eq!(
            ENGLISH.expected_time(second / 2, second),
            "the check expects 0.5 s to 1.0 s"
        );
    }

    #[test]
    fn large_keys_are_shown_whole() {
        assert_eq!(
            ENGLISH.call_label("user API", 12_345_678_901),
            "user API 12345678901"
        );
    }
}
