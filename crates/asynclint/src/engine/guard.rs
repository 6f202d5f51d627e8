//! Protects the recursive parser and walker from pathological input: measures, without
//! recursion, how deeply a token stream nests and how long its longest run of tokens
//! without a separator is (a 100k-term `a + a + ...` chain nests as deeply in the AST as
//! 100k parentheses), and refuses files beyond fixed limits.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Deeper nesting than this is refused (real code stays far below 100).
pub(crate) const MAX_GROUP_DEPTH: usize = 256;
/// More tokens than this between two `;`, `,` or group boundaries is refused.
pub(crate) const MAX_SEGMENT_TOKENS: usize = 20_000;

/// Why a file is too complex to analyze, with the byte offset where the limit was hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TooComplex {
    pub offset: usize,
    pub reason: String,
}

/// Walks the token tree iteratively and checks the limits.
pub(crate) fn check_complexity(tokens: &TokenStream) -> Result<(), TooComplex> {
    let mut stack: Vec<(proc_macro2::token_stream::IntoIter, usize)> =
        vec![(tokens.clone().into_iter(), 0)];
    while let Some((iter, run)) = stack.last_mut() {
        let Some(tree) = iter.next() else {
            stack.pop();
            continue;
        };
        *run += 1;
        if *run > MAX_SEGMENT_TOKENS {
            return Err(TooComplex {
                offset: tree.span().byte_range().start,
                reason: format!("an expression longer than {MAX_SEGMENT_TOKENS} tokens"),
            });
        }
        match tree {
            TokenTree::Punct(p) if p.as_char() == ';' || p.as_char() == ',' => *run = 0,
            TokenTree::Group(g) => {
                if g.delimiter() == Delimiter::Brace {
                    *run = 0;
                }
                if stack.len() >= MAX_GROUP_DEPTH {
                    return Err(TooComplex {
                        offset: g.span_open().byte_range().start,
                        reason: format!("brackets nested deeper than {MAX_GROUP_DEPTH} levels"),
                    });
                }
                stack.push((g.stream().into_iter(), 0));
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_code_passes() {
        let tokens: TokenStream = "fn main() { let x = (1 + 2) * [3, 4][0]; }"
            .parse()
            .unwrap();
        assert_eq!(check_complexity(&tokens), Ok(()));
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        let depth = 100_000;
        let source = format!(
            "fn f() {{ let x = {}1{}; }}",
            "(".repeat(depth),
            ")".repeat(depth)
        );
        let tokens: TokenStream = source.parse().unwrap();
        let err = check_complexity(&tokens).unwrap_err();
        assert!(err.reason.contains("nested deeper"));
    }

    #[test]
    fn endless_operator_chains_are_refused() {
        let source = format!("fn f() {{ let x = 1{}; }}", " + 1".repeat(20_000));
        let tokens: TokenStream = source.parse().unwrap();
        let err = check_complexity(&tokens).unwrap_err();
        assert!(err.reason.contains("longer than"));
    }
}
