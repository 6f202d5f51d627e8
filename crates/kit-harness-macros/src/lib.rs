//! The `#[check]` attribute that every grading test wears (re-exported as
//! `kit_harness::check`). It replaces `#[tokio::test]` / `#[test]`: the function stays a
//! libtest test, and its body runs inside `kit_harness::verdict::run_check`, which takes kit's
//! per-run key before any learner code runs and reports a signed verdict after the body
//! returns. The macro only rewrites the function's shape; it needs no parser crate because a
//! grading test is always `[attributes] [async] fn name() { body }`.

use proc_macro::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// Marks a grading check. `#[check(start_paused = true)]` on an `async fn` runs it on a
/// current_thread runtime with tokio's paused clock; `#[check]` on an `async fn` uses the real
/// clock (the stall watchdog needs it); `#[check]` on a plain `fn` runs it as it is.
#[proc_macro_attribute]
pub fn check(attr: TokenStream, item: TokenStream) -> TokenStream {
    match expand(attr, item) {
        Ok(tokens) => tokens,
        Err((span, message)) => compile_error(span, &message),
    }
}

type Expansion = Result<TokenStream, (Span, String)>;

fn expand(attr: TokenStream, item: TokenStream) -> Expansion {
    let start_paused = parse_start_paused(attr)?;
    let tokens: Vec<TokenTree> = item.into_iter().collect();
    let fn_at = tokens
        .iter()
        .position(|t| matches!(t, TokenTree::Ident(i) if i.to_string() == "fn"))
        .ok_or_else(|| {
            (
                Span::call_site(),
                "#[check] goes on a test function".to_string(),
            )
        })?;
    let is_async = tokens[..fn_at]
        .iter()
        .any(|t| matches!(t, TokenTree::Ident(i) if i.to_string() == "async"));
    let Some(TokenTree::Ident(name)) = tokens.get(fn_at + 1) else {
        return Err((tokens[fn_at].span(), "expected the test's name".to_string()));
    };
    match tokens.get(fn_at + 2) {
        Some(TokenTree::Group(args))
            if args.delimiter() == Delimiter::Parenthesis && args.stream().is_empty() => {}
        other => {
            let span = other.map_or(name.span(), TokenTree::span);
            return Err((span, "a check takes no arguments".to_string()));
        }
    }
    let body = match &tokens[fn_at + 3..] {
        [TokenTree::Group(body)] if body.delimiter() == Delimiter::Brace => body.clone(),
        [first, ..] => {
            return Err((
                first.span(),
                "a check returns nothing: it fails by panicking (the harness's checks do)"
                    .to_string(),
            ));
        }
        [] => return Err((name.span(), "expected the test's body".to_string())),
    };
    if start_paused && !is_async {
        return Err((
            name.span(),
            "`start_paused` needs an `async fn`: only a tokio runtime has a paused clock"
                .to_string(),
        ));
    }

    // Everything before `fn` except `async`: doc comments, other attributes, visibility.
    let prefix: TokenStream = tokens[..fn_at]
        .iter()
        .filter(|t| !matches!(t, TokenTree::Ident(i) if i.to_string() == "async"))
        .cloned()
        .collect();
    // The body becomes a closure that captures nothing (a check takes no arguments), so it
    // is a plain `fn` the harness may call on a thread of its own.
    let (variant, make) = if !is_async {
        ("Blocking", None)
    } else if start_paused {
        ("PausedClock", Some("::std::boxed::Box::pin"))
    } else {
        ("RealClock", Some("::std::boxed::Box::pin"))
    };
    let mut closure = tokens_of("||");
    match make {
        None => closure.extend([TokenTree::Group(body)]),
        Some(make) => {
            let mut future = tokens_of("async move");
            future.extend([TokenTree::Group(body)]);
            closure.extend(tokens_of(make));
            closure.extend([parenthesized(future)]);
        }
    }
    let mut args = TokenStream::from(TokenTree::Literal(proc_macro::Literal::string(
        &name.to_string(),
    )));
    args.extend(tokens_of(&format!(
        ", ::kit_harness::verdict::Body::{variant}"
    )));
    args.extend([parenthesized(closure)]);
    let mut wrapped = tokens_of("::kit_harness::verdict::run_check");
    wrapped.extend([parenthesized(args)]);
    wrapped.extend(tokens_of(";"));

    let mut out = tokens_of("#[::core::prelude::v1::test]");
    out.extend(prefix);
    out.extend([
        TokenTree::Ident(Ident::new("fn", Span::call_site())),
        TokenTree::Ident(name.clone()),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, TokenStream::new())),
        TokenTree::Group(Group::new(Delimiter::Brace, wrapped)),
    ]);
    Ok(out)
}

fn tokens_of(code: &str) -> TokenStream {
    code.parse()
        .expect("the macro's own code is valid Rust tokens")
}

fn parenthesized(tokens: TokenStream) -> TokenTree {
    TokenTree::Group(Group::new(Delimiter::Parenthesis, tokens))
}

/// `` (nothing), `start_paused = true` or `start_paused = false`.
fn parse_start_paused(attr: TokenStream) -> Result<bool, (Span, String)> {
    let tokens: Vec<TokenTree> = attr.into_iter().collect();
    match tokens.as_slice() {
        [] => Ok(false),
        [
            TokenTree::Ident(key),
            TokenTree::Punct(eq),
            TokenTree::Ident(value),
        ] if key.to_string() == "start_paused" && eq.as_char() == '=' => {
            match value.to_string().as_str() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err((value.span(), "expected `true` or `false`".to_string())),
            }
        }
        [first, ..] => Err((
            first.span(),
            "the only option is `start_paused = true`".to_string(),
        )),
    }
}

fn compile_error(span: Span, message: &str) -> TokenStream {
    let mut path = tokens_of("::core::compile_error");
    let mut bang = Punct::new('!', Spacing::Alone);
    bang.set_span(span);
    let mut literal = proc_macro::Literal::string(message);
    literal.set_span(span);
    let mut args = Group::new(
        Delimiter::Parenthesis,
        TokenStream::from(TokenTree::Literal(literal)),
    );
    args.set_span(span);
    let mut semi = Punct::new(';', Spacing::Alone);
    semi.set_span(span);
    path.extend([
        TokenTree::Punct(bang),
        TokenTree::Group(args),
        TokenTree::Punct(semi),
    ]);
    path
}
