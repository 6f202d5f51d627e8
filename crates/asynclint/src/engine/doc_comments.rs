//! Doc comments as plain comments, for the parser. The engine reads no documentation, yet
//! each `///` line costs the lexer a `#[doc = ".."]` attribute with an escaped string literal
//! and syn an attribute to parse, once in the file and again in every macro body the walk
//! parses (`cfg_rt! { .. }` around documented items). Turning the doc marker into a space
//! keeps every byte offset, so spans, lines and columns are unchanged.

use std::borrow::Cow;

use super::guard::{self, TooComplex};

/// The text the parser gets: `text` checked for nesting it cannot parse safely, then with its
/// doc comments made plain.
pub(crate) fn parser_text(text: &str) -> Result<Cow<'_, str>, TooComplex> {
    let doc_markers = guard::check_complexity(text)?;
    Ok(as_plain_comments(text, &doc_markers))
}

/// `text` with the byte at each of `doc_markers` (the `/`, `!` or `*` that makes a comment a
/// doc comment, as noted by the complexity scan) replaced by a space.
pub(crate) fn as_plain_comments<'a>(text: &'a str, doc_markers: &[usize]) -> Cow<'a, str> {
    if doc_markers.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut plain = String::with_capacity(text.len());
    let mut copied = 0;
    for &at in doc_markers {
        // Each marker is an ASCII byte, so both slices end on character boundaries.
        plain.push_str(&text[copied..at]);
        plain.push(' ');
        copied = at + 1;
    }
    plain.push_str(&text[copied..]);
    Cow::Owned(plain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::guard::check_complexity;

    #[test]
    fn doc_comments_become_plain_comments_of_the_same_length() {
        let source = "//! crate\n/// an item\nfn f() { /** block */ let s = \"/// kept\"; }\n";
        let plain = as_plain_comments(source, &check_complexity(source).unwrap());
        assert_eq!(
            plain,
            "//  crate\n//  an item\nfn f() { /*  block */ let s = \"/// kept\"; }\n"
        );
        let file = syn::parse_file(&plain).unwrap();
        assert!(file.attrs.is_empty());
        let syn::Item::Fn(function) = &file.items[0] else {
            panic!("not a fn");
        };
        assert!(function.attrs.is_empty());
    }

    #[test]
    fn text_without_doc_comments_is_not_copied() {
        let source = "// plain\nfn f() {}\n";
        assert!(matches!(
            as_plain_comments(source, &check_complexity(source).unwrap()),
            Cow::Borrowed(_)
        ));
    }
}
