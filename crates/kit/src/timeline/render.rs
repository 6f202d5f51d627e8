//! Draws one panel as lines of text: the learner's calls, a row per call (service, argument)
//! with a bar from its start to its end, the in-flight count along the bottom, the check's
//! limit marked, and the time axis; then, computed by [`reference`], the same picture for the
//! shape correct code has, on the same scale so the two compare at a glance. Many calls are
//! summarised as the first and last rows and a count of the rest; the in-flight row always
//! counts every call. The look (character set, colour, width) and the words come from the
//! caller.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::time::Duration;

use super::glyphs::{Glyphs, Mark};
use super::reference::reference_calls;
use super::scale::Scale;
use super::words::Words;
use super::{Call, Concurrency, Outcome, Panel, PanelCheck};

/// How the terminal shows a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub glyphs: Glyphs,
    pub colour: bool,
    /// Columns available for a whole line, labels included.
    pub width: usize,
}

/// More call rows than this are summarised.
const MAX_CALL_ROWS: usize = 16;
/// How many rows a summary keeps at each end.
const SUMMARY_ROWS: usize = 7;
/// The label column's bounds.
const LABEL_WIDTH: (usize, usize) = (6, 24);
/// The narrowest plot still worth drawing.
const MIN_PLOT_WIDTH: usize = 20;

/// A row of cells: a label and one mark per column.
struct Row {
    label: String,
    cells: Vec<(char, Mark)>,
}

impl Row {
    fn blank(label: String, columns: usize) -> Self {
        Self {
            label,
            cells: vec![(' ', Mark::Plain); columns],
        }
    }

    /// A line of text across the whole width, outside the label column.
    fn text(text: String) -> Self {
        Self {
            label: text,
            cells: Vec::new(),
        }
    }
}

/// Everything both charts of a panel share.
struct Frame<'a> {
    look: &'a Look,
    words: &'a dyn Words,
    scale: Scale,
    label_width: usize,
    /// How many calls in flight fill an in-flight cell.
    fill: usize,
    /// Marks drawn so far, for the legend.
    used: BTreeSet<LegendEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum LegendEntry {
    Outcome(u8),
    Limit,
    OverLimit(usize),
}

/// The lines of `panel`: the learner's run, then, when the assertion failed and the panel
/// has one, the reference shape.
pub fn render_panel(panel: &Panel, look: &Look, words: &dyn Words) -> Vec<String> {
    let reference = (!panel.passed).then(|| reference_calls(panel)).flatten();
    let reference_end = reference
        .iter()
        .flatten()
        .filter_map(|call| call.end)
        .max()
        .unwrap_or_default();
    let limit_end = match panel.check {
        PanelCheck::Elapsed { at_most, .. } => at_most,
        PanelCheck::RateLimit {
            window,
            busiest: Some(busiest),
            ..
        } => busiest.first_start + window,
        _ => Duration::ZERO,
    };
    let span = panel.run_end().max(reference_end).max(limit_end);

    let mut labels: Vec<String> = panel
        .calls
        .iter()
        .map(|call| words.call_label(&call.service, call.key))
        .collect();
    labels.extend([words.in_flight(), words.time_axis()]);
    labels.extend(over_limit_label(panel, words));
    labels.extend(busiest_label(panel, words));
    let label_width = labels
        .iter()
        .map(|label| label.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(LABEL_WIDTH.0, LABEL_WIDTH.1);
    let plot_width = look
        .width
        .saturating_sub(label_width + 1)
        .max(MIN_PLOT_WIDTH);
    let scale = Scale::new(span, plot_width);

    let learner_peak = max_of(&scale.in_flight(counted(panel, &panel.calls)));
    let reference_peak = reference
        .as_ref()
        .map_or(0, |calls| max_of(&scale.in_flight(calls.iter())));
    // A full cell: the limit when there is one to exceed (the row under it marks the
    // excess), else the most any chart reached.
    let fill = match in_flight_limit(panel) {
        Some(limit) => limit.max(reference_peak),
        None => learner_peak
            .max(reference_peak)
            .max(count_limit(panel).unwrap_or(0)),
    }
    .max(1);
    let mut frame = Frame {
        look,
        words,
        scale,
        label_width,
        fill,
        used: BTreeSet::new(),
    };

    let mut lines = vec![learner_title(panel, words)];
    lines.extend(limit_line(panel, words).map(|limit| format!("  {limit}")));
    lines.extend(frame.chart(panel, &panel.calls, false));
    if panel.calls_omitted > 0 {
        lines.push(format!(
            "{} {}",
            look.glyphs.more,
            words.not_recorded(panel.calls_omitted)
        ));
    }
    if let Some(reference) = &reference {
        lines.push(String::new());
        lines.push(words.reference_title(
            &words.duration(reference_end),
            &shape(panel.reference, reference.len(), words),
        ));
        lines.extend(frame.chart(panel, reference, true));
    }
    lines.push(frame.legend());
    lines
}

impl Frame<'_> {
    /// The rows of one chart: calls, in flight, the limit's marker row, the axis.
    fn chart(&mut self, panel: &Panel, calls: &[Call], is_reference: bool) -> Vec<String> {
        let columns = self.scale.columns;
        let glyphs = self.look.glyphs;
        let mut rows = Vec::new();
        let shown = rows_to_show(calls.len());
        for (position, index) in shown.iter().enumerate() {
            if position == SUMMARY_ROWS && calls.len() > MAX_CALL_ROWS {
                let hidden = calls.len() - 2 * SUMMARY_ROWS;
                rows.push(Row::text(format!(
                    "{} {}",
                    glyphs.more,
                    self.words.more_calls(hidden)
                )));
            }
            rows.push(self.call_row(&calls[*index], is_reference));
        }
        if let PanelCheck::Elapsed {
            at_least, at_most, ..
        } = panel.check
        {
            for at in [at_least, at_most] {
                let column = self.scale.column(at);
                for row in rows.iter_mut().filter(|row| !row.cells.is_empty()) {
                    if row.cells[column].0 == ' ' {
                        row.cells[column] = (glyphs.limit, Mark::Limit);
                    }
                }
            }
            self.used.insert(LegendEntry::Limit);
        }

        let counted_calls: Vec<&Call> = if is_reference {
            calls.iter().collect()
        } else {
            counted(panel, calls).collect()
        };
        let in_flight = self.scale.in_flight(counted_calls.into_iter());
        let mut in_flight_row = Row::blank(self.words.in_flight(), columns);
        for (cell, &count) in in_flight_row.cells.iter_mut().zip(&in_flight) {
            *cell = (glyphs.level(count, self.fill), Mark::InFlight);
        }
        rows.push(in_flight_row);
        if !is_reference {
            rows.extend(self.over_limit_row(panel, &in_flight));
            rows.extend(self.busiest_row(panel));
        }

        let mut lines: Vec<String> = rows.iter().map(|row| self.line(row)).collect();
        lines.extend(self.axis());
        lines
    }

    fn call_row(&mut self, call: &Call, is_reference: bool) -> Row {
        let glyphs = self.look.glyphs;
        let mut row = Row::blank(
            self.words.call_label(&call.service, call.key),
            self.scale.columns,
        );
        let end = call.end.unwrap_or(self.scale.span);
        let (glyph, mark) = if is_reference {
            (glyphs.reference, Mark::Reference)
        } else {
            self.used
                .insert(LegendEntry::Outcome(outcome_rank(call.outcome)));
            (glyphs.bar(call.outcome), Mark::Bar(call.outcome))
        };
        for column in self.scale.columns(call.start, end) {
            row.cells[column] = (glyph, mark);
        }
        row
    }

    /// Under the in-flight row, the columns where more calls were in flight than allowed.
    fn over_limit_row(&mut self, panel: &Panel, in_flight: &[usize]) -> Option<Row> {
        let limit = in_flight_limit(panel)?;
        if in_flight.iter().all(|&count| count <= limit) {
            return None;
        }
        self.used.insert(LegendEntry::OverLimit(limit));
        let mut row = Row::blank(self.words.over_limit(limit), self.scale.columns);
        for (cell, &count) in row.cells.iter_mut().zip(in_flight) {
            if count > limit {
                *cell = (self.look.glyphs.over_limit, Mark::OverLimit);
            }
        }
        Some(row)
    }

    /// Under the in-flight row, the busiest window of a rate limit.
    fn busiest_row(&self, panel: &Panel) -> Option<Row> {
        let PanelCheck::RateLimit {
            window,
            busiest: Some(busiest),
            ..
        } = panel.check
        else {
            return None;
        };
        let glyphs = self.look.glyphs;
        let mut row = Row::blank(
            self.words.busiest_window(&self.words.duration(window)),
            self.scale.columns,
        );
        let first = self.scale.column(busiest.first_start);
        let last = self.scale.column(busiest.first_start + window);
        for column in first..=last {
            let glyph = if column == first {
                glyphs.window_edge.0
            } else if column == last {
                glyphs.window_edge.1
            } else {
                glyphs.window_inside
            };
            row.cells[column] = (glyph, Mark::Window);
        }
        Some(row)
    }

    /// The axis line with its ticks, and the ticks' times under it.
    fn axis(&self) -> [String; 2] {
        let glyphs = self.look.glyphs;
        let columns = self.scale.columns;
        let widest = self.words.duration(self.scale.span).chars().count();
        let step = self.scale.tick_step(widest + 2);
        let mut axis = Row::blank(self.words.time_axis(), columns);
        for cell in &mut axis.cells {
            *cell = (glyphs.axis, Mark::Dim);
        }
        let mut times = vec![' '; columns];
        let mut free_from = 0;
        let mut at = Duration::ZERO;
        while at <= self.scale.span {
            let column = self.scale.column(at);
            axis.cells[column] = (glyphs.tick, Mark::Dim);
            let text: Vec<char> = self.words.duration(at).chars().collect();
            // After its tick, or ending at it when there is no room after (the last one).
            let start = if column + text.len() <= columns {
                column
            } else {
                (column + 1).saturating_sub(text.len())
            };
            if start >= free_from && start + text.len() <= columns {
                times[start..start + text.len()].copy_from_slice(&text);
                free_from = start + text.len() + 1;
            }
            at += step;
        }
        let times = Row {
            label: String::new(),
            cells: times.into_iter().map(|c| (c, Mark::Dim)).collect(),
        };
        [self.line(&axis), self.line(&times)]
    }

    /// One row as text: the label padded (or cut) to the label column, then the cells.
    fn line(&self, row: &Row) -> String {
        if row.cells.is_empty() {
            return row.label.clone();
        }
        let mut text = fit(&row.label, self.label_width, self.look.glyphs.cut);
        text.push(' ');
        let drawn = row
            .cells
            .iter()
            .rposition(|&(glyph, _)| glyph != ' ')
            .map_or(0, |last| last + 1);
        let mut run_mark = None;
        for &(glyph, mark) in &row.cells[..drawn] {
            if self.look.colour && run_mark != Some(mark) {
                if run_mark.is_some() {
                    let _ = write!(text, "{}", anstyle::Reset);
                }
                let _ = write!(text, "{}", mark.style());
                run_mark = Some(mark);
            }
            text.push(glyph);
        }
        if self.look.colour && run_mark.is_some() {
            let _ = write!(text, "{}", anstyle::Reset);
        }
        text.trim_end().to_string()
    }

    /// The marks drawn, each with its word.
    fn legend(&self) -> String {
        let glyphs = self.look.glyphs;
        let mut entries = Vec::new();
        for entry in &self.used {
            let (glyph, mark, word) = match *entry {
                LegendEntry::Outcome(rank) => {
                    let outcome = OUTCOMES[usize::from(rank)];
                    (
                        glyphs.bar(outcome),
                        Mark::Bar(outcome),
                        self.words.outcome(outcome),
                    )
                }
                LegendEntry::Limit => (glyphs.limit, Mark::Limit, self.words.limit_mark()),
                LegendEntry::OverLimit(limit) => (
                    glyphs.over_limit,
                    Mark::OverLimit,
                    self.words.over_limit(limit),
                ),
            };
            let glyph = if self.look.colour {
                format!("{}{glyph}{}", mark.style(), anstyle::Reset)
            } else {
                glyph.to_string()
            };
            entries.push(format!("{glyph} {word}"));
        }
        entries.join("  ")
    }
}

/// Outcomes in legend order.
const OUTCOMES: [Outcome; 5] = [
    Outcome::Succeeded,
    Outcome::Failed,
    Outcome::Rejected,
    Outcome::Dropped,
    Outcome::InFlight,
];

fn outcome_rank(outcome: Outcome) -> u8 {
    OUTCOMES
        .iter()
        .position(|&o| o == outcome)
        .unwrap_or_default() as u8
}

/// The calls an assertion counts in flight: completed ones for an overlap check (a call
/// dropped before it returned proves no concurrency), all of them otherwise.
fn counted<'a>(panel: &Panel, calls: &'a [Call]) -> impl Iterator<Item = &'a Call> {
    let completed_only = matches!(panel.check, PanelCheck::Overlapped { .. });
    calls
        .iter()
        .filter(move |call| !completed_only || call.outcome.completed())
}

/// The most calls the check allows in flight at once: an in-flight bound's limit, or the
/// limit a timing check's reference runs under.
fn in_flight_limit(panel: &Panel) -> Option<usize> {
    match (panel.check, panel.reference) {
        (PanelCheck::InFlightAtMost { limit, .. }, _) => Some(limit),
        (PanelCheck::Elapsed { .. }, Some(Concurrency::AtMost(limit))) => Some(limit),
        _ => None,
    }
}

/// The in-flight count an overlap check expects, which the in-flight row must be able to
/// show.
fn count_limit(panel: &Panel) -> Option<usize> {
    match panel.check {
        PanelCheck::Overlapped { at_least, .. } => Some(at_least),
        _ => None,
    }
}

fn over_limit_label(panel: &Panel, words: &dyn Words) -> Option<String> {
    in_flight_limit(panel).map(|limit| words.over_limit(limit))
}

fn busiest_label(panel: &Panel, words: &dyn Words) -> Option<String> {
    match panel.check {
        PanelCheck::RateLimit { window, .. } => Some(words.busiest_window(&words.duration(window))),
        _ => None,
    }
}

fn learner_title(panel: &Panel, words: &dyn Words) -> String {
    let calls = panel.calls.len() + panel.calls_omitted;
    match panel.check {
        PanelCheck::Elapsed { measured, .. } => {
            words.your_run_took(&panel.what, &words.duration(measured))
        }
        PanelCheck::Calls => match panel.calls.first() {
            Some(first) if panel.calls.iter().all(|c| c.service == first.service) => {
                words.your_run_calls(calls, &first.service)
            }
            _ => words.your_run_calls_to_services(calls),
        },
        _ => words.your_run_calls(calls, &panel.what),
    }
}

fn limit_line(panel: &Panel, words: &dyn Words) -> Option<String> {
    Some(match panel.check {
        PanelCheck::Elapsed {
            at_least, at_most, ..
        } => words.expected_time(&words.duration(at_least), &words.duration(at_most)),
        PanelCheck::InFlightAtMost { limit, peak } => words.in_flight_limit(limit, peak),
        PanelCheck::Overlapped { at_least, peak } => words.overlap_expected(at_least, peak),
        PanelCheck::RateLimit {
            calls,
            window,
            busiest,
        } => words.rate_limit(
            calls,
            &words.duration(window),
            busiest.map_or(0, |b| b.calls),
        ),
        PanelCheck::Calls => return None,
    })
}

fn shape(concurrency: Option<Concurrency>, calls: usize, words: &dyn Words) -> String {
    match concurrency {
        Some(Concurrency::AtMost(in_flight)) if in_flight < calls => words.shape_at_most(in_flight),
        Some(Concurrency::RateLimited { calls: per, window }) if per < calls => {
            words.shape_rate(per, &words.duration(window))
        }
        _ => words.shape_all_at_once(calls),
    }
}

/// Indices of the rows drawn for `count` calls: all of them, or the first and last
/// [`SUMMARY_ROWS`].
fn rows_to_show(count: usize) -> Vec<usize> {
    if count <= MAX_CALL_ROWS {
        (0..count).collect()
    } else {
        (0..SUMMARY_ROWS)
            .chain(count - SUMMARY_ROWS..count)
            .collect()
    }
}

fn max_of(counts: &[usize]) -> usize {
    counts.iter().copied().max().unwrap_or(0)
}

/// `text` padded with spaces, or cut and ended with `cut`, to exactly `width` characters.
fn fit(text: &str, width: usize, cut: char) -> String {
    let length = text.chars().count();
    if length <= width {
        format!("{text:<width$}")
    } else {
        let mut fitted: String = text.chars().take(width.saturating_sub(1)).collect();
        fitted.push(cut);
        fitted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::glyphs::{ASCII, UNICODE};
    use crate::timeline::tests::{call, ms, ten_users};
    use crate::timeline::words::English;

    fn look(glyphs: Glyphs) -> Look {
        Look {
            glyphs,
            colour: false,
            width: 80,
        }
    }

    fn drawn(panel: &Panel, glyphs: Glyphs) -> String {
        render_panel(panel, &look(glyphs), &English).join("\n")
    }

    /// Exercise 10's starter: 1000 requests at once against a limit of ten.
    fn thousand_at_once() -> Panel {
        let calls = (1..=1000u64)
            .map(|id| {
                let latency = if ((id - 1) / 9) % 2 == 0 { 300 } else { 100 };
                call("user API", id, 0, latency)
            })
            .collect();
        Panel {
            check: PanelCheck::InFlightAtMost {
                limit: 10,
                peak: 1000,
            },
            what: "user API".into(),
            passed: false,
            calls,
            calls_omitted: 0,
            reference: Some(Concurrency::AtMost(10)),
        }
    }

    /// Exercise 11's starter: 90 calls at once, 60 refused after 10 ms.
    fn burst_over_a_rate_limit() -> Panel {
        let calls = (1..=90u64)
            .map(|n| {
                let mut c = call("LLM endpoint", n, 0, if n <= 30 { 500 } else { 10 });
                if n > 30 {
                    c.outcome = Outcome::Rejected;
                }
                c.latency = Some(ms(500));
                c
            })
            .collect();
        Panel {
            check: PanelCheck::RateLimit {
                calls: 30,
                window: ms(60_000),
                busiest: Some(crate::timeline::Busiest {
                    calls: 90,
                    first_start: ms(0),
                    last_start: ms(0),
                }),
            },
            what: "LLM endpoint".into(),
            passed: false,
            calls,
            calls_omitted: 0,
            reference: Some(Concurrency::RateLimited {
                calls: 30,
                window: ms(60_000),
            }),
        }
    }

    /// Ten calls started together, nine of them only to be dropped after 50 ms.
    fn decoys() -> Panel {
        let calls = (1..=10u64)
            .map(|n| {
                let mut c = call("user API", n, 0, if n < 10 { 50 } else { 500 });
                if n < 10 {
                    c.outcome = Outcome::Dropped;
                    c.latency = Some(ms(500));
                }
                c
            })
            .collect();
        Panel {
            check: PanelCheck::Overlapped {
                at_least: 10,
                peak: 1,
            },
            what: "user API".into(),
            passed: false,
            calls,
            calls_omitted: 0,
            reference: Some(Concurrency::AtMost(10)),
        }
    }

    #[test]
    fn a_sequential_run_beside_what_concurrent_looks_like() {
        insta::assert_snapshot!("sequential_ascii", drawn(&ten_users(false), ASCII));
        insta::assert_snapshot!("sequential_unicode", drawn(&ten_users(false), UNICODE));
    }

    #[test]
    fn a_concurrent_run_that_passed_is_drawn_alone() {
        insta::assert_snapshot!("concurrent_ascii", drawn(&ten_users(true), ASCII));
        insta::assert_snapshot!("concurrent_unicode", drawn(&ten_users(true), UNICODE));
    }

    #[test]
    fn a_thousand_calls_are_summarised_and_the_excess_marked() {
        insta::assert_snapshot!("thousand_unicode", drawn(&thousand_at_once(), UNICODE));
    }

    #[test]
    fn a_burst_over_a_rate_limit_shows_its_busiest_window() {
        insta::assert_snapshot!("rate_limit_ascii", drawn(&burst_over_a_rate_limit(), ASCII));
    }

    #[test]
    fn dropped_calls_are_told_from_completed_ones() {
        insta::assert_snapshot!("decoys_unicode", drawn(&decoys(), UNICODE));
    }

    #[test]
    fn every_line_fits_the_width_it_was_given() {
        for width in [40, 60, 80, 132] {
            for panel in [
                ten_users(false),
                thousand_at_once(),
                burst_over_a_rate_limit(),
            ] {
                let look = Look {
                    width,
                    ..look(UNICODE)
                };
                for line in render_panel(&panel, &look, &English) {
                    // Titles and limits are sentences the terminal may wrap; every drawn row
                    // fits.
                    let sentence = line.starts_with("your run")
                        || line.starts_with("what concurrent")
                        || line.starts_with("  ");
                    if sentence {
                        continue;
                    }
                    assert!(line.chars().count() <= width, "{width}: {line:?}");
                }
            }
        }
    }

    #[test]
    fn colour_is_only_in_a_coloured_look() {
        let coloured = Look {
            colour: true,
            ..look(UNICODE)
        };
        let lines = render_panel(&ten_users(false), &coloured, &English).join("\n");
        assert!(lines.contains("\u{1b}["), "{lines}");
        assert!(!drawn(&ten_users(false), UNICODE).contains('\u{1b}'));
        assert!(!drawn(&ten_users(false), ASCII).contains('\u{1b}'));
        // Colour changes how a cell looks, never how many there are.
        let stripped: String = {
            let mut out = String::new();
            let mut in_escape = false;
            for c in lines.chars() {
                match (in_escape, c) {
                    (false, '\u{1b}') => in_escape = true,
                    (true, 'm') => in_escape = false,
                    (true, _) => {}
                    (false, c) => out.push(c),
                }
            }
            out
        };
        assert_eq!(stripped, drawn(&ten_users(false), UNICODE));
    }

    #[test]
    fn the_ascii_look_is_ascii() {
        for panel in [
            ten_users(false),
            thousand_at_once(),
            burst_over_a_rate_limit(),
            decoys(),
        ] {
            let text = drawn(&panel, ASCII);
            assert!(text.is_ascii(), "{text}");
        }
    }

    #[test]
    fn a_plain_calls_panel_names_its_services_and_no_limit() {
        let mut panel = burst_over_a_rate_limit();
        panel.check = PanelCheck::Calls;
        panel.reference = None;
        let text = drawn(&panel, ASCII);
        assert!(
            text.starts_with("your run: 90 calls to the LLM endpoint\nLLM endpoint 1 "),
            "{text}"
        );
        assert!(!text.contains("what concurrent"), "{text}");
        panel.calls[0].service = "database".into();
        assert!(drawn(&panel, ASCII).starts_with("your run: 90 calls\n"));
    }

    #[test]
    fn calls_the_record_had_no_room_for_are_counted() {
        let mut panel = ten_users(false);
        panel.calls_omitted = 3;
        assert!(drawn(&panel, ASCII).contains(": 3 more calls were not recorded"));
    }

    #[test]
    fn the_in_flight_row_counts_every_call_of_a_summary() {
        let text = drawn(&thousand_at_once(), ASCII);
        assert!(text.contains(": 986 more calls"), "{text}");
        let in_flight = text
            .lines()
            .find(|line| line.starts_with("in flight"))
            .unwrap();
        // A thousand at once against a limit of ten: full, and marked over the limit.
        assert!(in_flight.ends_with("@"), "{in_flight}");
        assert!(
            text.lines().any(|line| line.starts_with("over 10       ^")),
            "{text}"
        );
    }
}
