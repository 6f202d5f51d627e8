//! Macro bodies as code: `tokio::select!` branches, and any macro whose tokens parse as
//! comma-separated expressions (`join!`, `vec!`, `println!` arguments, `assert!`s), as
//! statements, or (at item level) as items (`cfg_if!`, tokio's `cfg_rt! { .. }`). The
//! parsed nodes keep their real source spans.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Item, Pat, Stmt, Token};

use super::guard;

/// Macros whose bodies are not Rust code (or are templates for code elsewhere).
const OPAQUE_MACROS: &[&str] = &[
    "macro_rules",
    "quote",
    "quote_spanned",
    "parse_quote",
    "parse_quote_spanned",
    "stringify",
    "concat",
    "include_str",
    "include_bytes",
    "include",
    "env",
    "option_env",
    "cfg",
    "compile_error",
    "concat_idents",
    "format_ident",
    "html",
    "sql",
    "query",
    "query_as",
];

/// A `tokio::select!` branch: `pat = future => body` (or `else => body`).
pub(crate) struct SelectBranch {
    pub pat: Option<Pat>,
    pub future: Option<Expr>,
    pub body: Expr,
}

/// What a macro body parsed as.
pub(crate) enum MacroBody {
    Exprs(Vec<Expr>),
    /// `[value; count]`
    Repeat(Box<(Expr, Expr)>),
    Stmts(Vec<Stmt>),
    Items(Vec<Item>),
    Select(Vec<SelectBranch>),
}

/// The last segment of a macro's path (`select` for `tokio::select!`), borrowed: most
/// macros are only compared by name, so the name is not copied.
pub(crate) fn macro_name(mac: &syn::Macro) -> Option<&proc_macro2::Ident> {
    mac.path.segments.last().map(|s| &s.ident)
}

/// Whether a macro body, as written in the source, holds nothing the walk acts on: only
/// identifiers, literals and punctuation, with no group (so no call, block, closure body,
/// macro, struct literal or index), no `;` (so no item or statement), no `|` (no closure),
/// no comment (doc comments are attributes) and no `let` or `await`. Walking such a body
/// reports nothing and changes no state, so it need not be parsed: format arguments,
/// `assert!(done)`, `debug!("..")`, `vec![a, b]`.
pub(crate) fn is_inert(body: &str) -> bool {
    let bytes = body.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || !b.is_ascii();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' | b'{' | b')' | b']' | b'}' | b';' | b'|' => return false,
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => return false,
            b'"' => i = guard::skip_string(bytes, i + 1),
            b'r' | b'b' | b'c' if guard::starts_raw_string(bytes, i) => {
                i = guard::skip_raw_string(bytes, i);
            }
            b'\'' => i = guard::skip_char_or_lifetime(bytes, i),
            b if is_word(b) => {
                let start = i;
                while i < bytes.len() && is_word(bytes[i]) {
                    i += 1;
                }
                if matches!(&bytes[start..i], b"let" | b"await") {
                    return false;
                }
            }
            _ => i += 1,
        }
    }
    true
}

/// Parses a macro body, or `None` when it is not recognisable code.
///
/// The body's tokens are buffered once and each shape is tried on a fork of that buffer:
/// statements first for a braced body (`cfg_rt! { .. }`, `pin! { .. }`), comma-separated
/// expressions first otherwise (`println!(..)`, `vec![..]`).
pub(crate) fn parse_body(mac: &syn::Macro) -> Option<MacroBody> {
    let named = |names: &[&str]| macro_name(mac).is_some_and(|n| names.iter().any(|&m| n == m));
    if named(OPAQUE_MACROS) || mac.tokens.is_empty() {
        return None;
    }
    if named(&["cfg_if"]) {
        return Some(MacroBody::Items(brace_group_items(&mac.tokens)));
    }
    let select = named(&["select", "select_biased"]);
    let braced = matches!(mac.delimiter, syn::MacroDelimiter::Brace(_));
    (|input: ParseStream| parse_any(input, select, braced))
        .parse2(mac.tokens.clone())
        .ok()
}

fn parse_any(input: ParseStream, select: bool, braced: bool) -> syn::Result<MacroBody> {
    if select {
        if let Some(branches) = attempt(input, parse_select) {
            return Ok(MacroBody::Select(branches));
        }
    }
    if braced {
        if let Some(body) = attempt(input, parse_stmts) {
            return Ok(body);
        }
    }
    if let Some(exprs) = attempt(input, Punctuated::<Expr, Token![,]>::parse_terminated) {
        return Ok(MacroBody::Exprs(exprs.into_iter().collect()));
    }
    if let Some((value, count)) = attempt(input, parse_repeat) {
        return Ok(MacroBody::Repeat(Box::new((value, count))));
    }
    if !braced {
        if let Some(body) = attempt(input, parse_stmts) {
            return Ok(body);
        }
    }
    Err(input.error("not a body of expressions, statements or items"))
}

/// Runs `parser` on a fork of `input`; on a parse of the whole input, moves `input` to its
/// end and returns the value.
fn attempt<T>(input: ParseStream, parser: impl FnOnce(ParseStream) -> syn::Result<T>) -> Option<T> {
    let fork = input.fork();
    let value = parser(&fork).ok()?;
    if !fork.is_empty() {
        return None;
    }
    input.advance_to(&fork);
    Some(value)
}

/// Statements, or items when every statement is one.
fn parse_stmts(input: ParseStream) -> syn::Result<MacroBody> {
    let stmts = syn::Block::parse_within(input)?;
    let all_items = stmts.iter().all(|s| matches!(s, Stmt::Item(_)));
    if all_items && !stmts.is_empty() {
        let items = stmts
            .into_iter()
            .filter_map(|s| if let Stmt::Item(i) = s { Some(i) } else { None })
            .collect();
        return Ok(MacroBody::Items(items));
    }
    Ok(MacroBody::Stmts(stmts))
}

fn parse_repeat(input: ParseStream) -> syn::Result<(Expr, Expr)> {
    let value: Expr = input.parse()?;
    input.parse::<Token![;]>()?;
    let count: Expr = input.parse()?;
    Ok((value, count))
}

fn parse_select(input: ParseStream) -> syn::Result<Vec<SelectBranch>> {
    let mut branches = Vec::new();
    if input.peek(syn::Ident)
        && input
            .fork()
            .parse::<syn::Ident>()
            .is_ok_and(|i| i == "biased")
    {
        input.parse::<syn::Ident>()?;
        input.parse::<Token![;]>()?;
    }
    while !input.is_empty() {
        let (pat, future) = if input.peek(Token![else]) {
            input.parse::<Token![else]>()?;
            (None, None)
        } else {
            let pat = Pat::parse_multi(input)?;
            input.parse::<Token![=]>()?;
            let future = Expr::parse_without_eager_brace(input)?;
            if input.peek(Token![,]) && input.peek2(Token![if]) {
                input.parse::<Token![,]>()?;
                input.parse::<Token![if]>()?;
                let _condition = Expr::parse_without_eager_brace(input)?;
            }
            (Some(pat), Some(future))
        };
        input.parse::<Token![=>]>()?;
        let body: Expr = input.parse()?;
        if !input.is_empty() {
            if matches!(body, Expr::Block(_)) {
                let _ = input.parse::<Option<Token![,]>>()?;
            } else {
                input.parse::<Token![,]>()?;
            }
        }
        branches.push(SelectBranch { pat, future, body });
    }
    Ok(branches)
}

/// Items inside the brace groups of `cfg_if! { if #[cfg(..)] { items } else { items } }`.
fn brace_group_items(tokens: &TokenStream) -> Vec<Item> {
    let mut items = Vec::new();
    for tree in tokens.clone() {
        if let TokenTree::Group(group) = tree {
            if group.delimiter() == Delimiter::Brace {
                let parsed = (|input: ParseStream| {
                    let mut out = Vec::new();
                    while !input.is_empty() {
                        out.push(input.parse::<Item>()?);
                    }
                    Ok(out)
                })
                .parse2(group.stream());
                if let Ok(parsed) = parsed {
                    items.extend(parsed);
                }
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(source: &str) -> Option<MacroBody> {
        let mac: syn::Macro = syn::parse_str(source).unwrap();
        parse_body(&mac)
    }

    #[test]
    fn select_branches_are_split() {
        let Some(MacroBody::Select(branches)) = body(
            "tokio::select! { biased; v = rx.recv() => { handle(v) } _ = sleep(d), if armed => stop(), else => {} }",
        ) else {
            panic!("select not parsed");
        };
        assert_eq!(branches.len(), 3);
        assert!(branches[0].future.is_some());
        assert!(branches[2].future.is_none());
    }

    #[test]
    fn bodies_without_code_to_walk_are_inert() {
        for inert in [
            r#""{} of {}", done, total"#,
            r#""a; b (c) {d} |e|", x"#,
            r##"r#"raw ( string"#, 'c', '\'', b"bytes {""##,
            "x == y, \"message\"",
            "letter, awaited, a.len",
            "a.b",
            "  ",
        ] {
            assert!(is_inert(inert), "{inert}");
        }
        for code in [
            r#""{}", load()"#,
            "v[0]",
            "fut.await",
            "|x| x",
            "a || b",
            "let x = 1",
            "struct A;",
            "// note\n x",
            "Point { x }",
        ] {
            assert!(!is_inert(code), "{code}");
        }
    }

    #[test]
    fn argument_lists_statements_and_opaque_bodies() {
        assert!(
            matches!(body("println!(\"{}\", load())"), Some(MacroBody::Exprs(e)) if e.len() == 2)
        );
        assert!(
            matches!(body("m! { let x = 1; run(x); }"), Some(MacroBody::Stmts(s)) if s.len() == 2)
        );
        assert!(
            matches!(body("cfg_rt! { pub fn a() {} }"), Some(MacroBody::Items(i)) if i.len() == 1)
        );
        assert!(body("quote! { fn #name() {} }").is_none());
    }
}
