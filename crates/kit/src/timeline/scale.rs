//! Time on a row of character cells: which columns a call covers, where the axis ticks go,
//! and how many calls were in flight in each column. A column stands for a span of time, so
//! the in-flight count of a column is the most calls in flight at any instant of it: a short
//! burst still shows, and a call that ends as the next starts is not counted twice.

use std::time::Duration;

use super::Call;

/// `columns` cells standing for `[0, span]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub span: Duration,
    pub columns: usize,
}

impl Scale {
    /// A scale of `columns` cells (at least one) over `span` (at least a millisecond).
    pub fn new(span: Duration, columns: usize) -> Self {
        Self {
            span: span.max(Duration::from_millis(1)),
            columns: columns.max(1),
        }
    }

    /// The column holding instant `at` (the last one for `span` and later).
    pub fn column(&self, at: Duration) -> usize {
        let column = at.as_nanos() * self.columns as u128 / self.span.as_nanos();
        (column as usize).min(self.columns - 1)
    }

    /// The columns a call over `[start, end)` covers: at least the one it starts in.
    pub fn columns(&self, start: Duration, end: Duration) -> std::ops::RangeInclusive<usize> {
        let first = self.column(start);
        let end_exact = end.as_nanos() * self.columns as u128;
        let last_exclusive = end_exact.div_ceil(self.span.as_nanos()) as usize;
        first
            ..=last_exclusive
                .saturating_sub(1)
                .clamp(first, self.columns - 1)
    }

    /// The instant column `column` starts at.
    pub fn time_of(&self, column: usize) -> Duration {
        let nanos = self.span.as_nanos() * column as u128 / self.columns as u128;
        Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
    }

    /// The tick step: the smallest of 1, 2, 5 times a power of ten (from a millisecond) that
    /// leaves at least `min_gap` columns between ticks.
    pub fn tick_step(&self, min_gap: usize) -> Duration {
        let mut unit = Duration::from_millis(1);
        loop {
            for factor in [1, 2, 5] {
                let step = unit * factor;
                let gap = step.as_nanos() * self.columns as u128 / self.span.as_nanos();
                if gap >= min_gap as u128 {
                    return step;
                }
            }
            unit *= 10;
        }
    }

    /// The most of `calls` in flight during each column; a call still running at the end
    /// runs until `span`, and a call that took no time is never in flight.
    pub fn in_flight<'a>(&self, calls: impl Iterator<Item = &'a Call>) -> Vec<usize> {
        // (time, change), ends before starts at equal times.
        let mut events: Vec<(Duration, i8)> = Vec::new();
        for call in calls {
            let end = call.end.unwrap_or(self.span.max(call.start));
            if end > call.start {
                events.push((call.start, 1));
                events.push((end, -1));
            }
        }
        events.sort_unstable();
        let mut events = events.into_iter().peekable();
        let mut now = 0usize;
        (0..self.columns)
            .map(|column| {
                let column_end = self.time_of(column + 1);
                // Everything up to the column's start has happened.
                while let Some(&(at, change)) = events.peek() {
                    if at > self.time_of(column) || (at == self.time_of(column) && change > 0) {
                        break;
                    }
                    now = now.saturating_add_signed(change.into());
                    events.next();
                }
                let mut peak = now;
                while let Some(&(at, change)) = events.peek() {
                    if at >= column_end && column + 1 < self.columns {
                        break;
                    }
                    now = now.saturating_add_signed(change.into());
                    peak = peak.max(now);
                    events.next();
                }
                peak
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::{call, ms};

    #[test]
    fn calls_cover_the_columns_of_their_interval() {
        let scale = Scale::new(ms(1000), 10);
        assert_eq!(scale.columns(ms(0), ms(500)), 0..=4);
        assert_eq!(scale.columns(ms(500), ms(1000)), 5..=9);
        assert_eq!(scale.columns(ms(520), ms(530)), 5..=5);
        // A call that took no time still shows in the column it happened in.
        assert_eq!(scale.columns(ms(300), ms(300)), 3..=3);
        assert_eq!(scale.column(ms(5000)), 9);
    }

    #[test]
    fn ticks_are_round_and_spaced() {
        assert_eq!(Scale::new(ms(5000), 80).tick_step(10), ms(1000));
        assert_eq!(Scale::new(ms(500), 80).tick_step(10), ms(100));
        assert_eq!(Scale::new(ms(180_000), 60).tick_step(8), ms(50_000));
        assert_eq!(Scale::new(ms(20_100), 100).tick_step(12), ms(5000));
    }

    #[test]
    fn in_flight_counts_the_peak_of_each_column_without_double_counting_handovers() {
        let scale = Scale::new(ms(1000), 4);
        let sequential = [call("s", 1, 0, 500), call("s", 2, 500, 1000)];
        assert_eq!(scale.in_flight(sequential.iter()), [1, 1, 1, 1]);
        let burst = [
            call("s", 1, 0, 1000),
            call("s", 2, 600, 610),
            call("s", 3, 600, 620),
        ];
        assert_eq!(scale.in_flight(burst.iter()), [1, 1, 3, 1]);
        let mut running = call("s", 4, 300, 300);
        running.end = None;
        assert_eq!(scale.in_flight([running].iter()), [0, 1, 1, 1]);
        assert_eq!(
            scale.in_flight([call("s", 5, 300, 300)].iter()),
            [0, 0, 0, 0]
        );
    }
}
