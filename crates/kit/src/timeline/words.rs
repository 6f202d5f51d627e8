//! Every word a timeline shows, in one place: the renderer gets a [`Words`] and never writes
//! English itself, so a translation (Project Fluent messages with named arguments) is one more
//! implementation of this trait. Each method is one message; its arguments are the message's
//! named arguments, and plural forms are the implementation's business.

use std::time::Duration;

use super::Outcome;

/// The words of a timeline in one language.
pub trait Words {
    /// Title of the learner's timing panel: "your run: fetching 10 users took 5.0 s".
    fn your_run_took(&self, what: &str, took: &str) -> String;
    /// Title of the learner's bound panel: "your run: 10 calls to the user API".
    fn your_run_calls(&self, calls: usize, service: &str) -> String;
    /// Title of the learner's calls to several services: "your run: 12 calls".
    fn your_run_calls_to_services(&self, calls: usize) -> String;
    /// A timing check's limit: "the check expects 0.5 s to 0.6 s".
    fn expected_time(&self, at_least: &str, at_most: &str) -> String;
    /// An in-flight limit: "at most 10 may be in flight at once; 12 were".
    fn in_flight_limit(&self, limit: usize, peak: usize) -> String;
    /// An overlap check: "at least 10 completed calls should be in flight at once; 1 was".
    fn overlap_expected(&self, at_least: usize, peak: usize) -> String;
    /// A rate limit: "at most 30 may start within any 60.0 s; 90 did".
    fn rate_limit(&self, calls: usize, window: &str, busiest: usize) -> String;
    /// Title of the reference shape: "what concurrent looks like: 0.5 s, all 10 calls at once".
    fn reference_title(&self, took: &str, shape: &str) -> String;
    /// The reference shape without a limit: "all 10 calls at once".
    fn shape_all_at_once(&self, calls: usize) -> String;
    /// The reference shape under an in-flight limit.
    fn shape_at_most(&self, in_flight: usize) -> String;
    /// The reference shape under a rate limit.
    fn shape_rate(&self, calls: usize, window: &str) -> String;
    /// Label of the in-flight row.
    fn in_flight(&self) -> String;
    /// Label of the row marking columns over an in-flight limit: "over 10".
    fn over_limit(&self, limit: usize) -> String;
    /// Label of the row marking a rate limit's busiest window: "busiest 60.0 s".
    fn busiest_window(&self, window: &str) -> String;
    /// Label of the time axis.
    fn time_axis(&self) -> String;
    /// The line standing for the rows left out: "984 more calls".
    fn more_calls(&self, count: usize) -> String;
    /// Calls the check's record had no room for.
    fn not_recorded(&self, count: usize) -> String;
    /// Label of a call's row: "user API 7".
    fn call_label(&self, service: &str, key: u64) -> String;
    /// A bar in the legend.
    fn outcome(&self, outcome: Outcome) -> String;
    /// The limit mark in the legend.
    fn limit_mark(&self) -> String;
    /// A duration on the simulated clock: "0.5 s".
    fn duration(&self, duration: Duration) -> String;
}

/// The English words, the fallback of every translation.
#[derive(Debug, Clone, Copy, Default)]
pub struct English;

fn calls(count: usize) -> String {
    if count == 1 {
        "1 call".to_string()
    } else {
        format!("{count} calls")
    }
}

fn were(count: usize) -> &'static str {
    if count == 1 { "was" } else { "were" }
}

impl Words for English {
    fn your_run_took(&self, what: &str, took: &str) -> String {
        format!("your run: {what} took {took}")
    }

    fn your_run_calls(&self, count: usize, service: &str) -> String {
        format!("your run: {} to the {service}", calls(count))
    }

    fn your_run_calls_to_services(&self, count: usize) -> String {
        format!("your run: {}", calls(count))
    }

    fn expected_time(&self, at_least: &str, at_most: &str) -> String {
        if at_least == at_most {
            format!("the check expects {at_most}")
        } else {
            format!("the check expects {at_least} to {at_most}")
        }
    }

    fn in_flight_limit(&self, limit: usize, peak: usize) -> String {
        format!(
            "at most {limit} may be in flight at once; {peak} {}",
            were(peak)
        )
    }

    fn overlap_expected(&self, at_least: usize, peak: usize) -> String {
        format!(
            "at least {at_least} completed calls should be in flight at once; {peak} {}",
            were(peak)
        )
    }

    fn rate_limit(&self, count: usize, window: &str, busiest: usize) -> String {
        format!("at most {count} may start within any {window}; {busiest} did")
    }

    fn reference_title(&self, took: &str, shape: &str) -> String {
        format!("what concurrent looks like: {took}, {shape}")
    }

    fn shape_all_at_once(&self, count: usize) -> String {
        match count {
            1 => "the call at once".to_string(),
            _ => format!("all {count} calls at once"),
        }
    }

    fn shape_at_most(&self, in_flight: usize) -> String {
        format!("{in_flight} in flight, the next starting as one finishes")
    }

    fn shape_rate(&self, count: usize, window: &str) -> String {
        format!("each call as soon as {} per {window} allows", calls(count))
    }

    fn in_flight(&self) -> String {
        "in flight".to_string()
    }

    fn over_limit(&self, limit: usize) -> String {
        format!("over {limit}")
    }

    fn busiest_window(&self, window: &str) -> String {
        format!("busiest {window}")
    }

    fn time_axis(&self) -> String {
        "time".to_string()
    }

    fn more_calls(&self, count: usize) -> String {
        match count {
            1 => "1 more call".to_string(),
            _ => format!("{count} more calls"),
        }
    }

    fn not_recorded(&self, count: usize) -> String {
        format!("{} {} not recorded", self.more_calls(count), were(count))
    }

    fn call_label(&self, service: &str, key: u64) -> String {
        format!("{service} {key}")
    }

    fn outcome(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::Succeeded => "completed",
            Outcome::Failed => "failed",
            Outcome::Rejected => "refused",
            Outcome::Dropped => "dropped",
            Outcome::InFlight => "still running",
        }
        .to_string()
    }

    fn limit_mark(&self) -> String {
        "limit".to_string()
    }

    fn duration(&self, duration: Duration) -> String {
        // The harness's format, so the timeline and the check's message read the same.
        let rounded = (duration.as_secs_f64() * 1000.0).round() / 1000.0;
        let text = rounded.to_string();
        if text.contains('.') {
            format!("{text} s")
        } else {
            format!("{text}.0 s")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_durations_read_like_the_harness_messages() {
        let english = English;
        assert_eq!(english.duration(Duration::from_millis(500)), "0.5 s");
        assert_eq!(english.duration(Duration::from_secs(60)), "60.0 s");
        assert_eq!(english.duration(Duration::from_millis(20_080)), "20.08 s");
    }

    #[test]
    fn english_counts_agree_with_their_nouns() {
        let english = English;
        assert_eq!(
            english.your_run_calls(1, "user API"),
            "your run: 1 call to the user API"
        );
        assert_eq!(
            english.overlap_expected(10, 1),
            "at least 10 completed calls should be in flight at once; 1 was"
        );
        assert_eq!(english.not_recorded(2), "2 more calls were not recorded");
        assert_eq!(english.not_recorded(1), "1 more call was not recorded");
    }
}
