//! Protects the recursive parser and walker from pathological input. Before parsing, one
//! linear pass over the bytes (skipping comments, strings and char literals) measures how
//! deeply brackets nest and how long the longest stretch of code without a `;`, `,` or
//! brace is (a 100k-term `a + a + ...` chain nests as deeply in the AST as 100k
//! parentheses); files beyond fixed limits are refused instead of parsed.

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

/// Scans the source once and checks the limits. Never recurses.
pub(crate) fn check_complexity(text: &str) -> Result<(), TooComplex> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut segment = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr_newline(bytes, i);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
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
                return Err(TooComplex {
                    offset: i,
                    reason: format!("an expression longer than {MAX_SEGMENT_BYTES} bytes"),
                });
            }
        }
        i += 1;
    }
    Ok(())
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

fn skip_block_comment(bytes: &[u8], start: usize) -> usize {
    let mut nesting = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
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
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// `r"`, `r#"`, `br"`, `cr#"` not preceded by an identifier character.
fn starts_raw_string(bytes: &[u8], i: usize) -> bool {
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

fn skip_raw_string(bytes: &[u8], i: usize) -> usize {
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
fn skip_char_or_lifetime(bytes: &[u8], i: usize) -> usize {
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
        assert_eq!(check_complexity(source), Ok(()));
    }

    #[test]
    fn brackets_inside_literals_and_comments_do_not_count() {
        let source = format!(
            "fn f() {{ let s = \"{}\"; }} // {}",
            "(".repeat(1000),
            "[".repeat(1000)
        );
        assert_eq!(check_complexity(&source), Ok(()));
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
