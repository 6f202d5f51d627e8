//! Byte offsets to rustc-style positions (1-based line, 1-based column in characters).

use crate::{Position, Span};

/// Line starts of one file's text, for position conversion.
pub(crate) struct SourceMap<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// Bytes removed before parsing (a byte-order mark), added back to every offset.
    base: usize,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str, base: usize) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceMap {
            text,
            line_starts,
            base,
        }
    }

    /// The position of a byte offset of the parsed text.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .max(1);
        let line_start = self.line_starts[line - 1];
        let column = self
            .text
            .get(line_start..offset)
            .map_or(offset - line_start, |prefix| prefix.chars().count())
            + 1;
        Position {
            line,
            column,
            offset: offset + self.base,
        }
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.position(start),
            end: self.position(end.max(start)),
        }
    }

    pub fn base(&self) -> usize {
        self.base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let map = SourceMap::new("fn a() {}\n// é\nlet x;", 0);
        assert_eq!(
            map.position(0),
            Position {
                line: 1,
                column: 1,
                offset: 0
            }
        );
        let x = "fn a() {}\n// é\nlet ".len();
        assert_eq!(map.position(x).line, 3);
        assert_eq!(map.position(x).column, 5);
        let after_accent = "fn a() {}\n// é".len();
        assert_eq!(map.position(after_accent).column, 5);
    }
}
