//! Macro bodies as code: `tokio::select!` branches, and any macro whose tokens parse as
//! comma-separated expressions (`join!`, `vec!`, `println!` arguments, `assert!`s), as
//! statements, or (at item level) as items (`cfg_if!`, tokio's `cfg_rt! { .. }`). The
//! parsed nodes keep their real source spans.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Item, Pat, Stmt, Token};

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
    Stmts(Vec<Stmt>),
    Items(Vec<Item>),
    Select(Vec<SelectBranch>),
}

fn macro_name(mac: &syn::Macro) -> String {
    mac.path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// Parses a macro body, or `None` when it is not recognisable code.
pub(crate) fn parse_body(mac: &syn::Macro) -> Option<MacroBody> {
    let name = macro_name(mac);
    if OPAQUE_MACROS.contains(&name.as_str()) || mac.tokens.is_empty() {
        return None;
    }
    if name == "select" || name == "select_biased" {
        if let Ok(branches) = parse_select.parse2(mac.tokens.clone()) {
            return Some(MacroBody::Select(branches));
        }
    }
    if name == "cfg_if" {
        return Some(MacroBody::Items(brace_group_items(&mac.tokens)));
    }
    if let Ok(exprs) = Punctuated::<Expr, Token![,]>::parse_terminated.parse2(mac.tokens.clone()) {
        return Some(MacroBody::Exprs(exprs.into_iter().collect()));
    }
    if let Ok((value, count)) = parse_repeat.parse2(mac.tokens.clone()) {
        return Some(MacroBody::Exprs(vec![value, count]));
    }
    if let Ok(stmts) = syn::Block::parse_within.parse2(mac.tokens.clone()) {
        let all_items = stmts.iter().all(|s| matches!(s, Stmt::Item(_)));
        if all_items && !stmts.is_empty() {
            let items = stmts
                .into_iter()
                .filter_map(|s| if let Stmt::Item(i) = s { Some(i) } else { None })
                .collect();
            return Some(MacroBody::Items(items));
        }
        return Some(MacroBody::Stmts(stmts));
    }
    None
}

/// The number of elements of `vec![a, b, c]`, or `N` of `vec![x; N]`.
pub(crate) fn literal_vec_len(mac: &syn::Macro) -> Option<usize> {
    if macro_name(mac) != "vec" {
        return None;
    }
    if let Ok(exprs) = Punctuated::<Expr, Token![,]>::parse_terminated.parse2(mac.tokens.clone()) {
        return Some(exprs.len());
    }
    let (_, count) = parse_repeat.parse2(mac.tokens.clone()).ok()?;
    crate::engine::walk::literal_int(&count).and_then(|n| usize::try_from(n).ok())
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
        let mac: syn::Macro = syn::parse_str("vec![1, 2, 3]").unwrap();
        assert_eq!(literal_vec_len(&mac), Some(3));
        let mac: syn::Macro = syn::parse_str("vec![0; 4]").unwrap();
        assert_eq!(literal_vec_len(&mac), Some(4));
    }
}
