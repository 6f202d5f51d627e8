//! Draws one panel as lines of text: the learner's calls, a row per call (service, argument)
//! with a bar from its start to its end, the in-flight count along the bottom, the check's
//! limit marked, and the time axis; then, computed by [`reference`], the same picture for the
//! shape correct code has, on the same scale so the two compare at a glance. Many calls are
//! summarised as the first and last rows and a count of the rest; the in-flight row always
//! counts every call. The look (character set, colour, width) and the words come from the
//! caller. Widths are measured on the rendered words, in terminal columns, so a label column,
//! an axis or a legend fits in every language.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::time::Duration;

use unicode_width::UnicodeWidthStr;

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
    words: &'a Words,
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
pub fn render_panel(panel: &Panel, look: &Look, words: &Words) -> Vec<String> {
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
        .map(|call| call_label(panel, call, words))
        .collect();
    labels.extend([words.in_flight(), words.time_axis()]);
    labels.extend(over_limit_label(panel, words));
    labels.extend(busiest_label(panel, words));
    let label_width = labels
        .iter()
        .map(|label| label.width())
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
        lines.push(reference_title(panel, reference, words));
        lines.extend(frame.chart(panel, reference, true));
    }
    lines.extend(frame.legend());
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
            rows.push(self.call_row(panel, &calls[*index], is_reference));
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

    fn call_row(&mut self, panel: &Panel, call: &Call, is_reference: bool) -> Row {
        let glyphs = self.look.glyphs;
        let mut row = Row::blank(call_label(panel, call, self.words), self.scale.columns);
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
        let mut row = Row::blank(self.words.busiest_window(window), self.scale.columns);
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
        let widest = self.words.duration(self.scale.span).width();
        let step = self.scale.tick_step(widest + 2);
        let mut axis = Row::blank(self.words.time_axis(), columns);
        for cell in &mut axis.cells {
            *cell = (glyphs.axis, Mark::Dim);
        }
        // The times, placed by terminal columns: a column the text has reached, and the text.
        let mut times = String::new();
        let mut reached = 0;
        let mut at = Duration::ZERO;
        while at <= self.scale.span {
            let column = self.scale.column(at);
            axis.cells[column] = (glyphs.tick, Mark::Dim);
            let text = self.words.duration(at);
            let width = text.width();
            // After its tick, or ending at it when there is no room after (the last one).
            let start = if column + width <= columns {
                column
            } else {
                (column + 1).saturating_sub(width)
            };
            let gap = if reached == 0 { 0 } else { 1 };
            if start >= reached + gap && start + width <= columns {
                times.push_str(&" ".repeat(start - reached));
                times.push_str(&text);
                reached = start + width;
            }
            at += step;
        }
        let mut times_line = " ".repeat(self.label_width + 1);
        times_line.push_str(&self.dim(&times));
        [self.line(&axis), times_line.trim_end().to_string()]
    }

    /// `text` in the dim style of the axis, on a coloured look.
    fn dim(&self, text: &str) -> String {
        if self.look.colour && !text.trim().is_empty() {
            format!("{}{text}{}", Mark::Dim.style(), anstyle::Reset)
        } else {
            text.to_string()
        }
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

    /// The marks drawn, each with its word, on as many lines as the width needs.
    fn legend(&self) -> Vec<String> {
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
            let width = glyph.to_string().width() + 1 + word.width();
            let glyph = if self.look.colour {
                format!("{}{glyph}{}", mark.style(), anstyle::Reset)
            } else {
                glyph.to_string()
            };
            entries.push((format!("{glyph} {word}"), width));
        }
        let mut lines = Vec::new();
        let (mut line, mut line_width) = (String::new(), 0);
        for (entry, width) in entries {
            if line_width > 0 && line_width + 2 + width > self.look.width {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            if line_width > 0 {
                line.push_str("  ");
                line_width += 2;
            }
            line.push_str(&entry);
            line_width += width;
        }
        lines.push(line);
        lines
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

fn over_limit_label(panel: &Panel, words: &Words) -> Option<String> {
    in_flight_limit(panel).map(|limit| words.over_limit(limit))
}

fn busiest_label(panel: &Panel, words: &Words) -> Option<String> {
    match panel.check {
        PanelCheck::RateLimit { window, .. } => Some(words.busiest_window(window)),
        _ => None,
    }
}

/// A call's row label: its service's name and its argument.
fn call_label(panel: &Panel, call: &Call, words: &Words) -> String {
    words.call_label(&panel.service_name(&call.service, words), call.key)
}

/// The title of the reference shape drawn under a failed panel.
fn reference_title(panel: &Panel, reference: &[Call], words: &Words) -> String {
    let took = reference
        .iter()
        .filter_map(|call| call.end)
        .max()
        .unwrap_or_default();
    words.reference_title(took, &shape(panel.reference, reference.len(), words))
}

fn learner_title(panel: &Panel, words: &Words) -> String {
    let calls = panel.calls.len() + panel.calls_omitted;
    match panel.check {
        PanelCheck::Elapsed { measured, .. } => {
            words.your_run_took(&words.text(&panel.what), measured)
        }
        PanelCheck::Calls => match panel.calls.first() {
            Some(first) if panel.calls.iter().all(|c| c.service == first.service) => {
                words.your_run_calls(calls, &panel.service_name(&first.service, words))
            }
            _ => words.your_run_calls_to_services(calls),
        },
        _ => words.your_run_calls(calls, &words.text(&panel.what)),
    }
}

fn limit_line(panel: &Panel, words: &Words) -> Option<String> {
    Some(match panel.check {
        PanelCheck::Elapsed {
            at_least, at_most, ..
        } => words.expected_time(at_least, at_most),
        PanelCheck::InFlightAtMost { limit, peak } => words.in_flight_limit(limit, peak),
        PanelCheck::Overlapped { at_least, peak } => words.overlap_expected(at_least, peak),
        PanelCheck::RateLimit {
            calls,
            window,
            busiest,
        } => words.rate_limit(calls, window, busiest.map_or(0, |b| b.calls)),
        PanelCheck::Calls => return None,
    })
}

fn shape(concurrency: Option<Concurrency>, calls: usize, words: &Words) -> String {
    match concurrency {
        Some(Concurrency::AtMost(in_flight)) if in_flight < calls => words.shape_at_most(in_flight),
        Some(Concurrency::RateLimited { calls: per, window }) if per < calls => {
            words.shape_rate(per, window)
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

/// `text` padded with spaces, or cut and ended with `cut`, to exactly `width` terminal
/// columns.
fn fit(text: &str, width: usize, cut: char) -> String {
    use unicode_width::UnicodeWidthChar;
    let text_width = text.width();
    if text_width <= width {
        return format!("{text}{}", " ".repeat(width - text_width));
    }
    let room = width.saturating_sub(cut.width().unwrap_or(1));
    let mut fitted = String::new();
    let mut used = 0;
    for c in text.chars() {
        let c_width = c.width().unwrap_or(0);
        if used + c_width > room {
            break;
        }
        fitted.push(c);
        used += c_width;
    }
    fitted.push(cut);
    fitted.push_str(&" ".repeat(room - used));
    fitted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, RecordText};
    use crate::timeline::glyphs::{ASCII, UNICODE};
    use crate::timeline::tests::{call, ms, ten_users};

    const ENGLISH: Words = Words::new(Language::English);

    fn look(glyphs: Glyphs) -> Look {
        Look {
            glyphs,
            colour: false,
            width: 80,
        }
    }

    fn drawn(panel: &Panel, glyphs: Glyphs) -> String {
        render_panel(panel, &look(glyphs), &ENGLISH).join("\n")
    }

    /// The lines of `panel` that are sentences, not rows of the drawing: its title, its limit
    /// and the reference's title.
    fn sentences(panel: &Panel, words: &Words) -> Vec<String> {
        let mut sentences = vec![learner_title(panel, words)];
        sentences.extend(limit_line(panel, words).map(|limit| format!("  {limit}")));
        if !panel.passed
            && let Some(reference) = reference_calls(panel)
        {
            sentences.push(reference_title(panel, &reference, words));
        }
        sentences
    }

    /// Exercise 01's sequential run as the harness records it: what was measured and the
    /// service's name are message references.
    fn ten_users_as_recorded() -> Panel {
        let reference = |id: &str, text: &str| {
            serde_json::from_value::<RecordText>(
                serde_json::json!({"id": id, "args": {}, "text": text}),
            )
            .unwrap()
        };
        let mut panel = ten_users(false);
        panel.what = reference(
            "exercise-01-ten-users-take-half-a-second-what",
            "fetching 10 users",
        );
        panel
            .services
            .insert("user API".into(), reference("service-user-api", "user API"));
        panel
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
            services: Default::default(),
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
            services: Default::default(),
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
            services: Default::default(),
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
    fn a_timeline_speaks_the_learners_language() {
        let english = render_panel(&ten_users_as_recorded(), &look(ASCII), &ENGLISH).join("\n");
        assert_eq!(english, drawn(&ten_users(false), ASCII));
        for (language, name) in [(Language::Vietnamese, "vi"), (Language::Ukrainian, "uk")] {
            let words = Words::new(language);
            let text = render_panel(&ten_users_as_recorded(), &look(UNICODE), &words).join("\n");
            insta::assert_snapshot!(format!("sequential_unicode_{name}"), text);
        }
    }

    #[test]
    fn rows_line_up_however_wide_their_labels_are() {
        let mut panel = ten_users(true);
        let service = "dịch vụ người dùng";
        panel
            .services
            .insert("user API".into(), RecordText::from(service));
        let text = drawn(&panel, UNICODE);
        // Every bar starts at time zero: in the same terminal column as the in-flight count.
        let plot_start = |line: &str| {
            let at = line
                .find(|c| c == UNICODE.succeeded || UNICODE.levels.contains(&c))
                .unwrap_or_else(|| panic!("{line:?}"));
            line[..at].width()
        };
        let rows: Vec<&str> = text
            .lines()
            .filter(|line| line.starts_with(service) || line.starts_with("in flight"))
            .collect();
        assert_eq!(rows.len(), 11, "{text}");
        let label_column = format!("{service} 10 ").width();
        for row in rows {
            assert_eq!(plot_start(row), label_column, "{text}");
        }
        // Too long for the label column: cut to it, still lined up.
        let long = "dịch vụ người dùng của hệ thống thanh toán";
        panel
            .services
            .insert("user API".into(), RecordText::from(long));
        let text = drawn(&panel, UNICODE);
        let cut: Vec<&str> = text.lines().filter(|l| l.starts_with("dịch")).collect();
        assert_eq!(cut.len(), 10, "{text}");
        for row in cut {
            assert_eq!(plot_start(row), LABEL_WIDTH.1 + 1, "{row:?}");
            assert!(row.contains(UNICODE.cut), "{row:?}");
        }
    }

    #[test]
    fn a_legend_wider_than_the_terminal_wraps() {
        let narrow = Look {
            width: 24,
            ..look(ASCII)
        };
        let lines = render_panel(&decoys(), &narrow, &ENGLISH);
        let legend_start = lines
            .iter()
            .position(|line| line.starts_with("# completed"))
            .unwrap();
        let legend = &lines[legend_start..];
        assert_eq!(legend, ["# completed  - dropped"]);
        let narrower = Look {
            width: 16,
            ..look(ASCII)
        };
        let lines = render_panel(&decoys(), &narrower, &ENGLISH);
        assert!(
            lines.ends_with(&["# completed".into(), "- dropped".into()]),
            "{lines:#?}"
        );
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
                for line in render_panel(&panel, &look, &ENGLISH) {
                    // Titles and limits are sentences the terminal may wrap; every drawn row
                    // fits.
                    if sentences(&panel, &ENGLISH).contains(&line) {
                        continue;
                    }
                    assert!(line.width() <= width, "{width}: {line:?}");
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
        let lines = render_panel(&ten_users(false), &coloured, &ENGLISH).join("\n");
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
        assert!(!text.contains("how correct code runs"), "{text}");
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
