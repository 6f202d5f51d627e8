//! Protects the recursive parser and walker from pathological input. Before parsing, one
//! linear pass over the bytes (skipping comments, strings and char literals) measures how
//! deeply brackets nest and how long the longest stretch of code without a `;`, `,` or
//! brace is (a 100k-term `a + a + ...` chain nests as deeply in the AST as 100k
//! parentheses); files beyond fixed limits are refused instead of parsed. The same pass
//! notes where doc comments start, for [`super::doc_comments`].

/// Deeper bracket nesting than this is refused (real code stays far below 100).
pub(crate) const MAX_GROUP_DEPTH: usize = 256;
/// More code bytes than this between two `;`, `,` or braces is refused.
pub(crate) const MAX_SEGMENT_BYTES: usize = 100_000;

/// Why a file is too complex to analyze, with the byte offset where the limit was hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TooComplex {
    pub offset: usize,
    pub reason: String,
}

/// Scans the source once and checks the limits. Never recurses. On success, returns the
/// offset of the byte that makes each comment a doc comment (the third of `///`, `//!`,
/// `/**` or `/*!`).
pub(crate) fn check_complexity(text: &str) -> Result<Vec<usize>, TooComplex> {
    let bytes = text.as_bytes();
    let mut doc_markers = Vec::new();
    let mut depth = 0usize;
    let mut segment = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Most bytes are plain code or whitespace: skip a stretch of them in a tight loop and
        // count its code bytes at once.
        if BYTE_CLASSES[usize::from(b)] <= WHITESPACE || follows_ident_char(bytes, i) {
            let start = i;
            let mut code = usize::from(!b.is_ascii_whitespace());
            i += 1;
            while let Some(&b) = bytes.get(i) {
                let class = BYTE_CLASSES[usize::from(b)];
                if class > WHITESPACE {
                    break;
                }
                // CODE is 0 and WHITESPACE is 1.
                code += usize::from(class ^ 1);
                i += 1;
            }
            if segment + code > MAX_SEGMENT_BYTES {
                return Err(segment_too_long(nth_code_byte(
                    bytes,
                    start,
                    MAX_SEGMENT_BYTES - segment,
                )));
            }
            segment += code;
            continue;
        }
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                // `///` (not `////`) or `//!`.
                let doc = match bytes.get(i + 2) {
                    Some(b'!') => true,
                    Some(b'/') => bytes.get(i + 3) != Some(&b'/'),
                    _ => false,
                };
                if doc {
                    doc_markers.push(i + 2);
                }
                i = memchr_newline(bytes, i);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                // `/**` (not `/***` or `/**/`) or `/*!`.
                let outer = bytes.get(i + 2) == Some(&b'*')
                    && !matches!(bytes.get(i + 3), Some(b'*' | b'/'));
                if outer || bytes.get(i + 2) == Some(&b'!') {
                    doc_markers.push(i + 2);
                }
                i = skip_block_comment(bytes, i);
                continue;
            }
            b'"' => {
                i = skip_string(bytes, i + 1);
                continue;
            }
            b'r' | b'b' | b'c' if starts_raw_string(bytes, i) => {
                i = skip_raw_string(bytes, i);
                continue;
            }
            b'\'' => {
                i = skip_char_or_lifetime(bytes, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_GROUP_DEPTH {
                    return Err(TooComplex {
                        offset: i,
                        reason: format!("brackets nested deeper than {MAX_GROUP_DEPTH} levels"),
                    });
                }
                if b == b'{' {
                    segment = 0;
                }
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if b == b'}' {
                    segment = 0;
                }
            }
            b';' | b',' => segment = 0,
            _ => {}
        }
        if !b.is_ascii_whitespace() {
            segment += 1;
            if segment > MAX_SEGMENT_BYTES {
                return Err(segment_too_long(i));
            }
        }
        i += 1;
    }
    Ok(doc_markers)
}

/// An `r`, `b` or `c` right after an identifier character: plain code, not the start of a
/// raw string literal.
fn follows_ident_char(bytes: &[u8], i: usize) -> bool {
    BYTE_CLASSES[usize::from(bytes[i])] == RAW_PREFIX
        && i > 0
        && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}

/// The offset of the code byte after `skip` code bytes from `start`.
fn nth_code_byte(bytes: &[u8], start: usize, skip: usize) -> usize {
    bytes[start..]
        .iter()
        .enumerate()
        .filter(|&(_, &b)| !b.is_ascii_whitespace())
        .nth(skip)
        .map_or(bytes.len(), |(at, _)| start + at)
}

fn segment_too_long(offset: usize) -> TooComplex {
    TooComplex {
        offset,
        reason: format!("an expression longer than {MAX_SEGMENT_BYTES} bytes"),
    }
}

/// A byte that only counts toward the current segment.
const CODE: u8 = 0;
/// A byte that counts toward nothing.
const WHITESPACE: u8 = 1;
/// A byte that may open a comment or literal, or changes the depth or the segment.
const SPECIAL: u8 = 2;
/// `r`, `b` or `c`: may start a raw string literal.
const RAW_PREFIX: u8 = 3;

/// The class of every byte value, so that the scan handles plain code in a tight loop.
static BYTE_CLASSES: [u8; 256] = {
    let mut classes = [CODE; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_whitespace() {
            classes[b] = WHITESPACE;
        }
        b += 1;
    }
    let special = b"/\"'([{)]};,";
    let mut k = 0;
    while k < special.len() {
        classes[special[k] as usize] = SPECIAL;
        k += 1;
    }
    classes[b'r' as usize] = RAW_PREFIX;
    classes[b'b' as usize] = RAW_PREFIX;
    classes[b'c' as usize] = RAW_PREFIX;
    classes
};

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

fn skip_block_comment(bytes: &[u8], start: usize) -> usize {
    let mut nesting = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        // Only a `/` or a `*` can start `/*` or `*/`: jump to the next one.
        match memchr::memchr2(b'/', b'*', &bytes[i..bytes.len() - 1]) {
            Some(skip) => i += skip,
            None => break,
        }
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                nesting += 1;
                i += 2;
            }
            (b'*', b'/') => {
                nesting -= 1;
                i += 2;
                if nesting == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// From just after an opening `"`, past the closing one (escapes honoured).
pub(crate) fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match memchr::memchr2(b'\\', b'"', &bytes[i..]) {
            Some(skip) => i += skip,
            None => break,
        }
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// `r"`, `r#"`, `br"`, `cr#"` not preceded by an identifier character.
pub(crate) fn starts_raw_string(bytes: &[u8], i: usize) -> bool {
    if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
        return false;
    }
    let mut j = i;
    if matches!(bytes[j], b'b' | b'c') {
        j += 1;
    }
    if bytes.get(j) != Some(&b'r') {
        return false;
    }
    j += 1;
    while bytes.get(j) == Some(&b'#') {
        j += 1;
    }
    bytes.get(j) == Some(&b'"')
}

pub(crate) fn skip_raw_string(bytes: &[u8], i: usize) -> usize {
    let mut j = i;
    while bytes[j] != b'r' {
        j += 1;
    }
    j += 1;
    let hashes = bytes[j..].iter().take_while(|&&b| b == b'#').count();
    j += hashes + 1;
    while j < bytes.len() {
        if bytes[j] == b'"'
            && bytes[j + 1..]
                .iter()
                .take(hashes)
                .filter(|&&b| b == b'#')
                .count()
                == hashes
        {
            return j + 1 + hashes;
        }
        j += 1;
    }
    bytes.len()
}

/// `'a'`, `'\n'`, `'\u{1F600}'`, `'é'` are chars; `'a` and `'static` are lifetimes.
pub(crate) fn skip_char_or_lifetime(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i + 1) {
        Some(b'\\') => {
            let mut j = i + 3;
            while j < bytes.len() && bytes[j] != b'\'' && bytes[j] != b'\n' {
                j += 1;
            }
            j + 1
        }
        Some(_) => {
            let rest = &bytes[i + 1..];
            let char_len = std::str::from_utf8(&rest[..rest.len().min(4)])
                .map_or_else(|e| e.valid_up_to(), |s| s.len())
                .max(1);
            let char_len = std::str::from_utf8(&rest[..char_len.min(rest.len())])
                .ok()
                .and_then(|s| s.chars().next())
                .map_or(1, char::len_utf8);
            if rest.get(char_len) == Some(&b'\'') {
                i + 2 + char_len
            } else {
                i + 1
            }
        }
        None => i + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_code_passes() {
        let source = r##"fn main() { let x = (1 + 2) * [3, 4][0]; let s = "(((("; let r = r#"[[["#; let c = '('; }
            // ((((
            /* [[[ /* nested {{{ */ */
            fn f<'a>(x: &'a str) -> char { '\'' }"##;
        assert!(check_complexity(source).is_ok());
    }

    #[test]
    fn brackets_inside_literals_and_comments_do_not_count() {
        let source = format!(
            "fn f() {{ let s = \"{}\"; }} // {}",
            "(".repeat(1000),
            "[".repeat(1000)
        );
        assert!(check_complexity(&source).is_ok());
    }

    #[test]
    fn doc_comment_markers_are_noted_outside_literals() {
        let source = "/// a\n//// b\n//! c\n/** d */ /*** e */ /**/ /*! f */ // g\n\"/// h\" '/'";
        let markers = check_complexity(source).unwrap();
        let marked: Vec<&str> = markers.iter().map(|&at| &source[at - 2..at + 1]).collect();
        assert_eq!(marked, ["///", "//!", "/**", "/*!"]);
        assert_eq!(markers[0], 2);
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        let depth = 100_000;
        let source = format!(
            "fn f() {{ let x = {}1{}; }}",
            "(".repeat(depth),
            ")".repeat(depth)
        );
        let err = check_complexity(&source).unwrap_err();
        assert!(err.reason.contains("nested deeper"));
    }

    #[test]
    fn endless_operator_chains_are_refused() {
        let source = format!("fn f() {{ let x = 1{}; }}", " + 1".repeat(60_000));
        let err = check_complexity(&source).unwrap_err();
        assert!(err.reason.contains("longer than"));
    }
}
