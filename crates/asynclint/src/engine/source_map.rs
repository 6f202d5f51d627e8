//! Positions in one file: the walk keeps proc-macro2's line and column ([`Pos`]), which it
//! reads without any byte-offset lookup, and [`SourceMap`] turns them into rustc-style
//! positions (1-based line, 1-based column in characters, byte offset) only for the few
//! places that end up in a diagnostic.

use std::cell::OnceCell;

use crate::{Position, Span};

/// A place in the parsed text: 1-based line and 0-based column in characters, as
/// `proc_macro2::Span::start` gives them, packed so that comparing two `Pos` compares their
/// places in the text. Cheap to get: `Span::byte_range` would count characters through a
/// per-file cache on every call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct Pos(u64);

impl Pos {
    pub fn start_of(span: proc_macro2::Span) -> Pos {
        Pos::from(span.start())
    }

    pub fn end_of(span: proc_macro2::Span) -> Pos {
        Pos::from(span.end())
    }

    fn from(at: proc_macro2::LineColumn) -> Pos {
        let line = u32::try_from(at.line).unwrap_or(u32::MAX);
        let column = u32::try_from(at.column).unwrap_or(u32::MAX);
        Pos((u64::from(line) << 32) | u64::from(column))
    }

    fn line(self) -> usize {
        (self.0 >> 32) as usize
    }

    fn column(self) -> usize {
        (self.0 & u64::from(u32::MAX)) as usize
    }
}

/// Line starts of one file's text, computed on first use (most files have no finding).
pub(crate) struct SourceMap<'a> {
    text: &'a str,
    line_starts: OnceCell<Vec<usize>>,
    /// Bytes removed before parsing (a byte-order mark), added back to every offset.
    base: usize,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str, base: usize) -> Self {
        SourceMap {
            text,
            line_starts: OnceCell::new(),
            base,
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let bytes = self.text.as_bytes();
            // Counting the lines first is one fast pass; growing the vector line by line
            // copied it over and over on long files.
            let mut starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
            starts.push(0);
            starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
            starts
        })
    }

    /// The position of a byte offset of the parsed text.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&start| start <= offset).max(1);
        let line_start = line_starts[line - 1];
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

    /// The byte offset of a [`Pos`] in the parsed text (clamped to the text).
    pub fn offset(&self, pos: Pos) -> usize {
        let line_starts = self.line_starts();
        let Some(&line_start) = line_starts.get(pos.line().saturating_sub(1)) else {
            return self.text.len();
        };
        let line_end = line_starts
            .get(pos.line())
            .map_or(self.text.len(), |&next| next);
        let line = &self.text[line_start..line_end];
        let column = pos.column();
        let within = if line.is_ascii() {
            column.min(line.len())
        } else {
            line.char_indices()
                .nth(column)
                .map_or(line.len(), |(i, _)| i)
        };
        line_start + within
    }

    /// The span between two byte offsets of the parsed text.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.position(start),
            end: self.position(end.max(start)),
        }
    }

    /// The span between two [`Pos`].
    pub fn span_of(&self, start: Pos, end: Pos) -> Span {
        let start = self.offset(start);
        self.span(start, self.offset(end))
    }

    /// The parsed text between two positions, when it is not empty.
    pub fn text_between(&self, start: Pos, end: Pos) -> Option<&'a str> {
        let (start, end) = (self.offset(start), self.offset(end));
        self.text.get(start..end).filter(|text| !text.is_empty())
    }

    /// The text inside a group's delimiters (a macro's body as written).
    pub fn text_inside(&self, delimiters: &proc_macro2::extra::DelimSpan) -> Option<&'a str> {
        self.text_between(
            Pos::end_of(delimiters.open()),
            Pos::start_of(delimiters.close()),
        )
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

    #[test]
    fn token_positions_become_byte_offsets() {
        let text = "fn a() {}\nfn é() { call(); }\n";
        let file = syn::parse_file(text).unwrap();
        let syn::Item::Fn(second) = &file.items[1] else {
            panic!("two fns");
        };
        let syn::Stmt::Expr(call, _) = &second.block.stmts[0] else {
            panic!("one call");
        };
        let start = Pos::start_of(syn::spanned::Spanned::span(call));
        let map = SourceMap::new(text, 0);
        assert_eq!(map.offset(start), text.find("call").unwrap());
        let span = map.span_of(start, Pos::end_of(second.sig.ident.span()));
        // `é` is one character but two bytes: columns count characters.
        assert_eq!(span.start.line, 2);
        assert_eq!(span.start.column, 10);
        assert!(Pos::start_of(second.sig.ident.span()) < start);
        proc_macro2::extra::invalidate_current_thread_spans();
    }
}
