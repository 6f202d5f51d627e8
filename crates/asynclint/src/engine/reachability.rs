//! Which files of a crate rustc compiles: the module tree, followed from the crate roots as rustc
//! follows it. A root is `src/lib.rs`, `src/main.rs`, `src/bin/*.rs`, `src/bin/*/main.rs`,
//! `build.rs` or a target path of Cargo.toml; `tests/`, `benches/` and `examples/` hold the test
//! roots. `mod x;` leads to `x.rs` or `x/mod.rs` in the declaring file's module directory (the
//! file's own directory for a root, a `mod.rs` or a `#[path]` file; `a/` beside a plain `a.rs`),
//! inline `mod a { mod b; }` adds `a/` to it, and `#[path = ".."]` names the file outright. A
//! `cfg`-gated `mod` still reaches its file (asynclint does not evaluate features); a test-only
//! one (`#[cfg(test)] mod tests;`) makes its file test code.
//!
//! The `mod` declarations come from the parse the engine does anyway ([`declared_modules`]), or,
//! for a file syn cannot parse, from its tokens ([`declared_modules_in_text`]), so that one bad
//! file does not hide the modules it declares. A crate with no library, binary or build-script
//! root among its files (a loose folder of `.rs` files) is compiled whole, as before.

use std::collections::{HashMap, VecDeque};
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::{Expr, Item, Lit, Meta};

use super::ManifestTarget;
use super::source_map::SourceMap;
use super::test_code;

/// A `mod name;` declaration of a file, where it sits and how it is gated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModDecl {
    /// The inline modules around the declaration, outermost first.
    pub inline: Vec<InlineModule>,
    /// The module name (`r#` stripped).
    pub name: String,
    /// The value of a `#[path = ".."]` attribute on the declaration.
    pub path_attr: Option<String>,
    /// The declaration, or an inline module around it, is compiled only in test builds.
    pub test_only: bool,
}

/// An inline `mod name { .. }` around a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineModule {
    pub name: String,
    pub path_attr: Option<String>,
}

/// What one file says about the module tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileModules {
    pub decls: Vec<ModDecl>,
    /// The file starts with `#![cfg(test)]`: all of it is test code.
    pub test_only: bool,
}

/// How a file takes part in a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Compiled in a normal build.
    Compiled,
    /// Compiled only for tests, benches or examples.
    Test,
    /// No `mod` reaches it from any root: not compiled at all.
    Unreached,
}

/// One file of the crate as the module tree sees it.
pub struct CrateFile<'a> {
    /// Lexically normalized.
    pub path: PathBuf,
    pub modules: &'a FileModules,
    /// Given on the command line: analysed even when no `mod` reaches it.
    pub explicit: bool,
    /// Under the package's `tests/`, `benches/` or `examples/`.
    pub in_test_dir: bool,
}

/// The crate layout the roots come from.
pub struct Layout<'a> {
    /// The package directory, lexically normalized.
    pub root: &'a Path,
    /// `None` for loose files without a Cargo.toml: every file is compiled.
    pub targets: Option<&'a [ManifestTarget]>,
}

/// How each of `files` (same order) takes part in a build.
pub fn reach(layout: &Layout<'_>, files: &[CrateFile<'_>]) -> Vec<Reach> {
    let mut tree = Tree::new(files);
    let roots = match layout.targets {
        Some(targets) => crate_roots(layout.root, targets, &tree),
        None => Vec::new(),
    };
    // A package whose Cargo.toml names its targets, all of them tests, benches or examples
    // (tokio's `benches/` package, whose `[[bench]]` paths are its files), is test code.
    let declares_targets = layout.targets.is_some_and(|targets| !targets.is_empty());
    if !declares_targets && !roots.iter().any(|&(_, test)| !test) {
        // No library, binary or build script: a loose folder, every file is compiled (test
        // code stays test code), as before the module tree.
        for (i, file) in files.iter().enumerate() {
            tree.state[i] = if file.in_test_dir || file.modules.test_only {
                Reach::Test
            } else {
                Reach::Compiled
            };
        }
        return tree.state;
    }
    for (i, test) in roots {
        tree.visit(i, test, DirOwnership::Owned);
    }
    tree.run();
    for (i, file) in files.iter().enumerate() {
        if file.explicit && tree.state[i] == Reach::Unreached {
            tree.visit(i, false, DirOwnership::ByName);
        }
    }
    tree.run();
    tree.state
}

/// Which of `files` (same order) the library target compiles: the files a `mod` reaches from
/// `src/lib.rs` or from the `[lib] path` of Cargo.toml. Their `pub` items may be called by the
/// library's users, outside anything analysed here.
pub fn library_files(
    layout: &Layout<'_>,
    files: &[CrateFile<'_>],
    lib_path: Option<&Path>,
) -> Vec<bool> {
    let mut tree = Tree::new(files);
    if layout.targets.is_none() {
        return vec![false; files.len()];
    }
    let root = normalize(
        &layout
            .root
            .join(lib_path.unwrap_or(Path::new("src/lib.rs"))),
    );
    if let Some(&i) = tree.index.get(&root) {
        tree.visit(i, false, DirOwnership::Owned);
        tree.run();
    }
    tree.state.iter().map(|&r| r == Reach::Compiled).collect()
}

/// Whether a file's submodules live in its own directory or in a directory named after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DirOwnership {
    /// A crate root, a `mod.rs` or a `#[path]` file: `mod x;` is `x.rs` beside it.
    Owned,
    /// Decided by the file name: `a.rs` declares `a/x.rs`, `mod.rs` declares `x.rs`.
    ByName,
}

struct Tree<'a> {
    files: &'a [CrateFile<'a>],
    index: HashMap<PathBuf, usize>,
    state: Vec<Reach>,
    queue: VecDeque<(usize, PathBuf)>,
}

impl<'a> Tree<'a> {
    /// Every file unreached, nothing queued.
    fn new(files: &'a [CrateFile<'a>]) -> Self {
        Tree {
            files,
            index: files
                .iter()
                .enumerate()
                .map(|(i, file)| (file.path.clone(), i))
                .collect(),
            state: vec![Reach::Unreached; files.len()],
            queue: VecDeque::new(),
        }
    }

    fn visit(&mut self, i: usize, test: bool, ownership: DirOwnership) {
        let file = &self.files[i];
        let test = test || file.in_test_dir || file.modules.test_only;
        let next = if test { Reach::Test } else { Reach::Compiled };
        match (self.state[i], next) {
            (Reach::Compiled, _) | (Reach::Test, Reach::Test) => return,
            _ => self.state[i] = next,
        }
        let module_dir = module_dir(&file.path, ownership);
        self.queue.push_back((i, module_dir));
    }

    fn run(&mut self) {
        while let Some((i, module_dir)) = self.queue.pop_front() {
            let file = &self.files[i];
            let test = self.state[i] == Reach::Test;
            let file_dir = file.path.parent().unwrap_or(Path::new("")).to_path_buf();
            for decl in &file.modules.decls {
                let (candidates, ownership) = candidates(decl, &file_dir, &module_dir);
                let found = candidates
                    .iter()
                    .find_map(|candidate| self.index.get(&normalize(candidate)).copied());
                if let Some(child) = found {
                    self.visit(child, test || decl.test_only, ownership);
                }
            }
        }
    }
}

/// The directory in which a file's `mod x;` declarations look for `x.rs`.
fn module_dir(path: &Path, ownership: DirOwnership) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let is_mod_rs = path.file_name() == Some(OsStr::new("mod.rs"));
    match (ownership, path.file_stem()) {
        (DirOwnership::ByName, Some(stem)) if !is_mod_rs => dir.join(stem),
        _ => dir,
    }
}

/// The files a declaration may name, and how the one found owns its directory.
fn candidates(decl: &ModDecl, file_dir: &Path, module_dir: &Path) -> (Vec<PathBuf>, DirOwnership) {
    let mut dir = module_dir.to_path_buf();
    for inline in &decl.inline {
        dir.push(inline.path_attr.as_deref().unwrap_or(&inline.name));
    }
    match &decl.path_attr {
        // Outside inline modules a path is relative to the declaring file's own directory.
        Some(path) if decl.inline.is_empty() => (vec![file_dir.join(path)], DirOwnership::Owned),
        Some(path) => (vec![dir.join(path)], DirOwnership::Owned),
        None => (
            vec![
                dir.join(format!("{}.rs", decl.name)),
                dir.join(&decl.name).join("mod.rs"),
            ],
            DirOwnership::ByName,
        ),
    }
}

/// The crate's root files present among its files, each with whether it is a test target.
fn crate_roots(root: &Path, targets: &[ManifestTarget], tree: &Tree<'_>) -> Vec<(usize, bool)> {
    let mut roots = Vec::new();
    for (i, file) in tree.files.iter().enumerate() {
        let Ok(relative) = file.path.strip_prefix(root) else {
            continue;
        };
        let parts: Vec<&str> = relative
            .components()
            .filter_map(|c| match c {
                Component::Normal(part) => part.to_str(),
                _ => None,
            })
            .collect();
        let is_rs = |name: &str| name.ends_with(".rs");
        let conventional = match parts.as_slice() {
            ["src", "lib.rs" | "main.rs"] | ["build.rs"] => Some(false),
            ["src", "bin", name] if is_rs(name) => Some(false),
            ["src", "bin", _, "main.rs"] => Some(false),
            ["tests" | "benches" | "examples", name] if is_rs(name) => Some(true),
            ["tests" | "benches" | "examples", _, "main.rs"] => Some(true),
            _ => None,
        };
        if let Some(test) = conventional {
            roots.push((i, test));
        }
    }
    for target in targets {
        if let Some(&i) = tree.index.get(&normalize(&root.join(&target.path))) {
            roots.push((i, target.test));
        }
    }
    roots
}

/// Resolve `.` and `..` lexically (a `#[path = "../x.rs"]` names a sibling directory).
fn normalize(path: &Path) -> PathBuf {
    crate::paths::normalize(path)
}

/// The `mod` declarations of a parsed file, through inline modules and item macros.
pub(crate) fn declared_modules(file: &syn::File, source: &SourceMap) -> FileModules {
    let mut modules = FileModules {
        decls: Vec::new(),
        test_only: test_code::is_test_only(&file.attrs),
    };
    collect_items(
        &file.items,
        source,
        &mut Vec::new(),
        false,
        &mut modules.decls,
    );
    modules
}

fn collect_items(
    items: &[Item],
    source: &SourceMap,
    inline: &mut Vec<InlineModule>,
    test: bool,
    decls: &mut Vec<ModDecl>,
) {
    for item in items {
        match item {
            Item::Mod(module) => {
                let name = ident_name(&module.ident);
                let test = test
                    || test_code::is_test_only(&module.attrs)
                    || (module.content.is_none() && test_code::is_test_support_name(&name));
                let path_attr = module.attrs.iter().find_map(|attr| path_value(&attr.meta));
                match &module.content {
                    None => decls.push(ModDecl {
                        inline: inline.clone(),
                        name,
                        path_attr,
                        test_only: test,
                    }),
                    Some((_, content)) => {
                        inline.push(InlineModule { name, path_attr });
                        collect_items(content, source, inline, test, decls);
                        inline.pop();
                    }
                }
            }
            Item::Macro(mac) if mac.ident.is_none() && may_declare_modules(&mac.mac, source) => {
                let test = test || test_code::is_test_only(&mac.attrs);
                scan_tokens(mac.mac.tokens.clone(), source, inline, test, decls);
            }
            _ => {}
        }
    }
}

/// Whether the body of an item macro, as written in the source it was parsed from, has the
/// word `mod`. Most item macros (`cfg_rt! { .. }` around items, `thread_local!`) declare no
/// module, and scanning their tokens copies every one of them.
fn may_declare_modules(mac: &syn::Macro, source: &SourceMap) -> bool {
    source
        .text_inside(mac.delimiter.span())
        .is_none_or(|body| spells_word(body.as_bytes(), b"mod"))
}

/// Whether a group's body, as written, has the word `mod` (a fn body seldom has): only then
/// can scanning its tokens find a declaration.
fn may_hold_modules(group: &proc_macro2::Group, source: &SourceMap) -> bool {
    source
        .text_inside(&group.delim_span())
        .is_none_or(|body| spells_word(body.as_bytes(), b"mod"))
}

/// `word` occurs in `text` with no identifier character right before or after it.
fn spells_word(text: &[u8], word: &[u8]) -> bool {
    let is_ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    memchr::memmem::find_iter(text, word).any(|at| {
        let before = at.checked_sub(1).and_then(|i| text.get(i));
        let after = text.get(at + word.len());
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The `mod` declarations of a file syn cannot parse, from its tokens when it lexes (a `mod`
/// in a `cfg_if!` body is found the same way), else from lines of the form `mod name;`.
pub fn declared_modules_in_text(text: &str) -> FileModules {
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return declared_modules_in_lines(text);
    };
    let mut modules = FileModules::default();
    let tokens = strip_inner_attributes(tokens, &mut modules.test_only);
    let source = SourceMap::new(text, 0);
    scan_tokens(tokens, &source, &mut Vec::new(), false, &mut modules.decls);
    modules
}

/// Drop a leading `#![..]` run, noting whether one makes the file test-only.
fn strip_inner_attributes(tokens: TokenStream, test_only: &mut bool) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut at = 0;
    while let [
        TokenTree::Punct(pound),
        TokenTree::Punct(bang),
        TokenTree::Group(group),
        ..,
    ] = &trees[at..]
    {
        if pound.as_char() != '#'
            || bang.as_char() != '!'
            || group.delimiter() != Delimiter::Bracket
        {
            break;
        }
        if let Ok(meta) = syn::parse2::<Meta>(group.stream()) {
            *test_only |= test_code::is_test_only_cfg(&meta);
        }
        at += 3;
    }
    trees[at..].iter().cloned().collect()
}

/// Find `[#[attr]..] [pub[(..)]] mod name ;` and inline `mod name { .. }` in a token stream.
fn scan_tokens(
    tokens: TokenStream,
    source: &SourceMap,
    inline: &mut Vec<InlineModule>,
    test: bool,
    decls: &mut Vec<ModDecl>,
) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    // The bodies of the attributes before the current token, parsed only when an item they
    // may gate follows (most are doc comments on items that are no `mod`).
    let mut attrs: Vec<&proc_macro2::Group> = Vec::new();
    let parsed = |attrs: &[&proc_macro2::Group]| -> Vec<Meta> {
        attrs
            .iter()
            .filter_map(|group| syn::parse2::<Meta>(group.stream()).ok())
            .collect()
    };
    let mut at = 0;
    while at < trees.len() {
        match &trees[at] {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                if let Some(TokenTree::Group(group)) = trees.get(at + 1)
                    && group.delimiter() == Delimiter::Bracket
                {
                    attrs.push(group);
                    at += 2;
                    continue;
                }
                attrs.clear();
            }
            TokenTree::Ident(ident) if ident == "pub" => {
                // Visibility keeps the attributes before it; skip `(crate)` and the like.
                if let Some(TokenTree::Group(group)) = trees.get(at + 1)
                    && group.delimiter() == Delimiter::Parenthesis
                {
                    at += 1;
                }
            }
            TokenTree::Ident(ident) if ident == "mod" => {
                if let Some(TokenTree::Ident(name)) = trees.get(at + 1) {
                    let name = ident_name(name);
                    let metas = parsed(&attrs);
                    let test = test
                        || metas.iter().any(test_code::is_test_only_cfg)
                        || test_code::is_test_support_name(&name);
                    let path_attr = metas.iter().find_map(path_value);
                    match trees.get(at + 2) {
                        Some(TokenTree::Punct(semi)) if semi.as_char() == ';' => {
                            decls.push(ModDecl {
                                inline: inline.clone(),
                                name,
                                path_attr,
                                test_only: test,
                            });
                            at += 3;
                        }
                        Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => {
                            if may_hold_modules(body, source) {
                                inline.push(InlineModule { name, path_attr });
                                scan_tokens(body.stream(), source, inline, test, decls);
                                inline.pop();
                            }
                            at += 3;
                        }
                        _ => at += 2,
                    }
                    attrs.clear();
                    continue;
                }
                attrs.clear();
            }
            TokenTree::Group(group) => {
                if may_hold_modules(group, source) {
                    // `cfg_if! { if #[cfg(test)] { mod t; } }`: the attributes gate the whole
                    // group.
                    let test = test
                        || (!attrs.is_empty()
                            && parsed(&attrs).iter().any(test_code::is_test_only_cfg));
                    scan_tokens(group.stream(), source, inline, test, decls);
                }
                attrs.clear();
            }
            _ => attrs.clear(),
        }
        at += 1;
    }
}

/// `mod name;` lines (and `#[cfg(test)]` on the line before), for a file whose tokens do not
/// even balance or nest too deeply to scan.
pub fn declared_modules_in_lines(text: &str) -> FileModules {
    let mut decls = Vec::new();
    let mut after_cfg_test = false;
    for line in text.lines() {
        let mut rest = line.trim();
        let gated = std::mem::replace(&mut after_cfg_test, rest == "#[cfg(test)]");
        if let Some(after) = rest.strip_prefix("pub") {
            rest = after.trim_start();
            if rest.starts_with('(') {
                match rest.find(')') {
                    Some(close) => rest = rest[close + 1..].trim_start(),
                    None => continue,
                }
            }
        }
        let Some(after) = rest.strip_prefix("mod ") else {
            continue;
        };
        let Some(name) = after.trim().strip_suffix(';') else {
            continue;
        };
        let name = name.trim().trim_start_matches("r#");
        if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            decls.push(ModDecl {
                inline: Vec::new(),
                name: name.to_string(),
                path_attr: None,
                test_only: gated,
            });
        }
    }
    FileModules {
        decls,
        test_only: false,
    }
}

/// The string of a `path = ".."` attribute.
fn path_value(meta: &Meta) -> Option<String> {
    let Meta::NameValue(pair) = meta else {
        return None;
    };
    if !pair.path.is_ident("path") {
        return None;
    }
    match &pair.value {
        Expr::Lit(literal) => match &literal.lit {
            Lit::Str(text) => Some(text.value()),
            _ => None,
        },
        _ => None,
    }
}

fn ident_name(ident: &proc_macro2::Ident) -> String {
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(raw) => raw.to_string(),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parse each `(path, source)`, then return the reach of every file as `path: state`.
    fn reach_of(files: &[(&str, &str)], targets: Option<&[ManifestTarget]>) -> Vec<String> {
        reach_with(files, targets, &[])
    }

    fn reach_with(
        files: &[(&str, &str)],
        targets: Option<&[ManifestTarget]>,
        explicit: &[&str],
    ) -> Vec<String> {
        let root = Path::new("/p");
        let modules: Vec<FileModules> = files
            .iter()
            .map(|(_, text)| match syn::parse_file(text) {
                Ok(file) => declared_modules(&file, &SourceMap::new(text, 0)),
                Err(_) => declared_modules_in_text(text),
            })
            .collect();
        let crate_files: Vec<CrateFile<'_>> = files
            .iter()
            .zip(&modules)
            .map(|((path, _), modules)| {
                let path = root.join(path);
                CrateFile {
                    in_test_dir: targets.is_some() && test_code::is_in_test_target_dir(root, &path),
                    explicit: explicit.iter().any(|e| root.join(e) == path),
                    path,
                    modules,
                }
            })
            .collect();
        let layout = Layout { root, targets };
        let states = reach(&layout, &crate_files);
        files
            .iter()
            .zip(states)
            .map(|((path, _), state)| format!("{path}: {state:?}"))
            .collect()
    }

    const PACKAGE: Option<&[ManifestTarget]> = Some(&[]);

    #[test]
    fn follows_mod_declarations_as_rustc_does() {
        let files = [
            (
                "src/lib.rs",
                "mod a; pub mod b; mod outer { pub(crate) mod inner; }",
            ),
            ("src/a.rs", "mod c;"),
            ("src/a/c.rs", ""),
            ("src/b/mod.rs", "mod d;"),
            ("src/b/d.rs", ""),
            ("src/outer/inner.rs", ""),
            (
                "src/c.rs",
                "// a file named like a's child, in the wrong folder",
            ),
            ("src/old/legacy.rs", ""),
        ];
        assert_eq!(
            reach_of(&files, PACKAGE),
            [
                "src/lib.rs: Compiled",
                "src/a.rs: Compiled",
                "src/a/c.rs: Compiled",
                "src/b/mod.rs: Compiled",
                "src/b/d.rs: Compiled",
                "src/outer/inner.rs: Compiled",
                "src/c.rs: Unreached",
                "src/old/legacy.rs: Unreached",
            ]
        );
    }

    #[test]
    fn path_attributes_relative_to_the_declaring_file_or_its_inline_modules() {
        let files = [
            (
                "src/main.rs",
                "#[path = \"platform/linux.rs\"] mod sys;\n\
                 #[path = \"gen\"] mod generated { mod api; #[path = \"x.rs\"] mod y; }\n\
                 mod nested;",
            ),
            ("src/platform/linux.rs", "mod helper;"),
            ("src/platform/helper.rs", ""),
            ("src/gen/api.rs", ""),
            ("src/gen/x.rs", ""),
            (
                "src/nested.rs",
                "#[path = \"../shared/common.rs\"] mod common;\n\
                 mod inline { #[path = \"deep.rs\"] mod deep; }",
            ),
            ("shared/common.rs", ""),
            ("src/nested/inline/deep.rs", ""),
        ];
        assert_eq!(
            reach_of(&files, PACKAGE),
            [
                "src/main.rs: Compiled",
                "src/platform/linux.rs: Compiled",
                "src/platform/helper.rs: Compiled",
                "src/gen/api.rs: Compiled",
                "src/gen/x.rs: Compiled",
                "src/nested.rs: Compiled",
                "shared/common.rs: Compiled",
                "src/nested/inline/deep.rs: Compiled",
            ]
        );
    }

    #[test]
    fn test_only_declarations_and_test_targets() {
        let files = [
            (
                "src/lib.rs",
                "#[cfg(test)] mod tests; #[cfg(feature = \"x\")] mod gated; #[cfg(all(test, unix))] mod unix_tests;",
            ),
            ("src/tests.rs", "mod helpers;"),
            ("src/tests/helpers.rs", ""),
            ("src/gated.rs", ""),
            ("src/unix_tests.rs", ""),
            ("tests/it.rs", "mod common;"),
            ("tests/common/mod.rs", ""),
            ("tests/common.rs", ""),
            ("examples/demo/main.rs", ""),
            ("benches/fast.rs", ""),
        ];
        assert_eq!(
            reach_of(&files, PACKAGE),
            [
                "src/lib.rs: Compiled",
                "src/tests.rs: Test",
                "src/tests/helpers.rs: Test",
                "src/gated.rs: Compiled",
                "src/unix_tests.rs: Test",
                "tests/it.rs: Test",
                "tests/common/mod.rs: Unreached",
                "tests/common.rs: Test",
                "examples/demo/main.rs: Test",
                "benches/fast.rs: Test",
            ]
        );
    }

    #[test]
    fn a_file_reached_by_a_normal_mod_is_compiled_even_when_a_test_mod_reaches_it_too() {
        let files = [
            ("src/lib.rs", "#[cfg(test)] mod tests; mod shared;"),
            ("src/tests.rs", "#[path = \"shared.rs\"] mod again;"),
            ("src/shared.rs", ""),
            ("src/only_tests.rs", "#![cfg(test)]\n"),
            ("src/main.rs", "mod only_tests;"),
        ];
        assert_eq!(
            reach_of(&files, PACKAGE),
            [
                "src/lib.rs: Compiled",
                "src/tests.rs: Test",
                "src/shared.rs: Compiled",
                "src/only_tests.rs: Test",
                "src/main.rs: Compiled",
            ]
        );
    }

    #[test]
    fn roots_from_the_manifest_binaries_and_build_script() {
        let files = [
            ("src/bin/tool.rs", "mod util;"),
            ("src/bin/util.rs", ""),
            ("src/bin/server/main.rs", "mod routes;"),
            ("src/bin/server/routes.rs", ""),
            ("build.rs", ""),
            ("cli/entry.rs", "mod args;"),
            ("cli/args.rs", ""),
            ("checks/smoke.rs", ""),
        ];
        let targets = [
            ManifestTarget {
                path: PathBuf::from("cli/entry.rs"),
                test: false,
            },
            ManifestTarget {
                path: PathBuf::from("checks/smoke.rs"),
                test: true,
            },
        ];
        assert_eq!(
            reach_of(&files, Some(&targets)),
            [
                "src/bin/tool.rs: Compiled",
                "src/bin/util.rs: Compiled",
                "src/bin/server/main.rs: Compiled",
                "src/bin/server/routes.rs: Compiled",
                "build.rs: Compiled",
                "cli/entry.rs: Compiled",
                "cli/args.rs: Compiled",
                "checks/smoke.rs: Test",
            ]
        );
    }

    #[test]
    fn mods_inside_item_macros_are_followed() {
        let files = [
            (
                "src/lib.rs",
                "cfg_if::cfg_if! {\n    if #[cfg(unix)] {\n        mod unix;\n        pub use unix::*;\n    } else if #[cfg(test)] {\n        mod mocked;\n    } else {\n        #[path = \"fallback_impl.rs\"] mod fallback;\n    }\n}",
            ),
            ("src/unix.rs", ""),
            ("src/mocked.rs", ""),
            ("src/fallback_impl.rs", ""),
        ];
        assert_eq!(
            reach_of(&files, PACKAGE),
            [
                "src/lib.rs: Compiled",
                "src/unix.rs: Compiled",
                "src/mocked.rs: Test",
                "src/fallback_impl.rs: Compiled",
            ]
        );
    }

    #[test]
    fn an_unparseable_file_still_declares_its_modules() {
        let files = [
            (
                "src/lib.rs",
                "mod ok;\n#[cfg(test)]\nmod tests;\nfn broken( {\n",
            ),
            ("src/ok.rs", ""),
            ("src/tests.rs", ""),
            ("src/main.rs", "mod cli;\nfn main() { let x = ; }\n"),
            ("src/cli.rs", ""),
        ];
        assert_eq!(
            reach_of(&files, PACKAGE),
            [
                "src/lib.rs: Compiled",
                "src/ok.rs: Compiled",
                "src/tests.rs: Test",
                "src/main.rs: Compiled",
                "src/cli.rs: Compiled",
            ]
        );
    }

    #[test]
    fn loose_files_and_crates_without_a_root_are_compiled_whole() {
        let files = [("a.rs", ""), ("b/c.rs", ""), ("tests/t.rs", "")];
        assert_eq!(
            reach_of(&files, None),
            ["a.rs: Compiled", "b/c.rs: Compiled", "tests/t.rs: Compiled"]
        );
        assert_eq!(
            reach_of(&files, PACKAGE),
            ["a.rs: Compiled", "b/c.rs: Compiled", "tests/t.rs: Test"]
        );
    }

    #[test]
    fn a_package_of_benches_only_is_test_code() {
        let files = [
            ("spawn.rs", "mod support;"),
            ("support/mod.rs", ""),
            ("echo.rs", ""),
            ("notes.rs", ""),
        ];
        let targets = [
            ManifestTarget {
                path: PathBuf::from("spawn.rs"),
                test: true,
            },
            ManifestTarget {
                path: PathBuf::from("echo.rs"),
                test: true,
            },
        ];
        assert_eq!(
            reach_of(&files, Some(&targets)),
            [
                "spawn.rs: Test",
                "support/mod.rs: Test",
                "echo.rs: Test",
                "notes.rs: Unreached"
            ]
        );
    }

    #[test]
    fn explicit_files_are_analysed_without_a_mod() {
        let files = [
            ("src/lib.rs", ""),
            ("src/old.rs", "mod part;"),
            ("src/old/part.rs", ""),
            ("src/other.rs", ""),
        ];
        assert_eq!(
            reach_with(&files, PACKAGE, &["src/old.rs"]),
            [
                "src/lib.rs: Compiled",
                "src/old.rs: Compiled",
                "src/old/part.rs: Compiled",
                "src/other.rs: Unreached",
            ]
        );
    }
}
