//! What each mark of a timeline looks like: Unicode block characters for a UTF-8 terminal,
//! plain ASCII otherwise, and the colour each mark takes when colour is on. Two tables of
//! data; the drawing code only names marks.

use anstyle::{AnsiColor, Style};

use super::Outcome;

/// The characters of one character set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub succeeded: char,
    pub failed: char,
    pub refused: char,
    pub dropped: char,
    pub running: char,
    /// The bars of the reference shape.
    pub reference: char,
    /// A check's time limit, drawn across the call rows.
    pub limit: char,
    /// Under a column where more calls were in flight than the limit allows.
    pub over_limit: char,
    /// The busiest window of a rate limit: its edges and its inside.
    pub window_edge: (char, char),
    pub window_inside: char,
    /// The axis line and its ticks.
    pub axis: char,
    pub tick: char,
    /// Before the line that stands for the rows left out.
    pub more: char,
    /// Ends a label cut to fit its column.
    pub cut: char,
    /// In-flight levels, lowest first.
    pub levels: &'static [char],
    /// Whether counts up to nine are written as digits instead of levels.
    pub digits_up_to_nine: bool,
}

pub const UNICODE: Glyphs = Glyphs {
    succeeded: '█',
    failed: '▓',
    refused: '▒',
    dropped: '░',
    running: '▸',
    reference: '█',
    limit: '┊',
    over_limit: '▲',
    window_edge: ('├', '┤'),
    window_inside: '─',
    axis: '─',
    tick: '┼',
    more: '⋮',
    cut: '…',
    levels: &['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'],
    digits_up_to_nine: false,
};

pub const ASCII: Glyphs = Glyphs {
    succeeded: '#',
    failed: '%',
    refused: '=',
    dropped: '-',
    running: '>',
    reference: '#',
    limit: ':',
    over_limit: '^',
    window_edge: ('[', ']'),
    window_inside: '-',
    axis: '-',
    tick: '+',
    more: ':',
    cut: '~',
    levels: &['.', ':', '-', '=', '+', '*', '#', '@'],
    digits_up_to_nine: true,
};

impl Glyphs {
    /// The bar of a call that ended with `outcome`.
    pub fn bar(&self, outcome: Outcome) -> char {
        match outcome {
            Outcome::Succeeded => self.succeeded,
            Outcome::Failed => self.failed,
            Outcome::Rejected => self.refused,
            Outcome::Dropped => self.dropped,
            Outcome::InFlight => self.running,
        }
    }

    /// The in-flight mark for `count` calls when `scale` calls fill a cell.
    pub fn level(&self, count: usize, scale: usize) -> char {
        if count == 0 {
            return ' ';
        }
        if self.digits_up_to_nine && scale <= 9 {
            return char::from_digit(count as u32, 10).unwrap_or('9');
        }
        let steps = self.levels.len();
        let step = (count * steps).div_ceil(scale.max(1)).clamp(1, steps);
        self.levels[step - 1]
    }
}

/// Every kind of mark a timeline draws, for its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    Bar(Outcome),
    Reference,
    Limit,
    OverLimit,
    Window,
    InFlight,
    Dim,
}

impl Mark {
    /// The colour of this mark when colour is on.
    pub fn style(self) -> Style {
        let colour = |c: AnsiColor| Style::new().fg_color(Some(c.into()));
        match self {
            Mark::Plain => Style::new(),
            Mark::Bar(Outcome::Succeeded) => colour(AnsiColor::Cyan),
            Mark::Bar(Outcome::Failed) | Mark::OverLimit => colour(AnsiColor::Red).bold(),
            Mark::Bar(Outcome::Rejected) => colour(AnsiColor::Yellow),
            Mark::Bar(Outcome::Dropped) | Mark::Dim => Style::new().dimmed(),
            Mark::Bar(Outcome::InFlight) => colour(AnsiColor::Blue),
            Mark::Reference => colour(AnsiColor::Green),
            Mark::Limit | Mark::Window => colour(AnsiColor::Magenta),
            Mark::InFlight => colour(AnsiColor::Cyan),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_are_told_apart_in_both_sets() {
        for glyphs in [UNICODE, ASCII] {
            let bars = [
                Outcome::Succeeded,
                Outcome::Failed,
                Outcome::Rejected,
                Outcome::Dropped,
                Outcome::InFlight,
            ]
            .map(|outcome| glyphs.bar(outcome));
            let mut distinct = bars.to_vec();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), bars.len(), "{bars:?}");
        }
        assert!(ASCII.bar(Outcome::Succeeded).is_ascii());
    }

    #[test]
    fn levels_never_hide_a_call_and_fill_at_the_scale() {
        assert_eq!(UNICODE.level(0, 10), ' ');
        assert_eq!(UNICODE.level(1, 1000), '▁');
        assert_eq!(UNICODE.level(10, 10), '█');
        assert_eq!(UNICODE.level(5, 10), '▄');
        assert_eq!(ASCII.level(3, 9), '3');
        assert_eq!(ASCII.level(10, 10), '@');
        assert_eq!(ASCII.level(1, 10), '.');
    }

    #[test]
    fn the_ascii_set_is_ascii() {
        let ascii = ASCII;
        let mut all = vec![
            ascii.succeeded,
            ascii.failed,
            ascii.refused,
            ascii.dropped,
            ascii.running,
            ascii.reference,
            ascii.limit,
            ascii.over_limit,
            ascii.window_edge.0,
            ascii.window_edge.1,
            ascii.window_inside,
            ascii.axis,
            ascii.tick,
            ascii.more,
            ascii.cut,
        ];
        all.extend(ascii.levels);
        assert!(all.iter().all(char::is_ascii), "{all:?}");
    }
}
