//! The source policy: what a learner's `src/` may not use to get around a grading check,
//! found by parsing every `src/**/*.rs` with syn. The rules and their teaching texts live in
//! `src_policy.toml`: the paused clock's controls (`tokio::time::pause` / `advance` /
//! `resume`), ending the process (`std::process::exit` / `abort`), `unsafe` code, linker
//! attributes (`#[no_mangle]`, `#[export_name]`, `#[link_section]`, ...), `#[track_caller]`
//! (it would hand a test's location to the services' instruments), code brought in
//! from outside `src/` (`#[path]`, `include!`), and whole modules that reach outside the
//! code (`std::fs`, `std::process`, `std::env`, ...: files, the process's own memory and
//! command line among them, other programs).
//!
//! A forbidden function is found by what a path RESOLVES to, not by its spelling: through
//! `use` (renamed or not, in a module or a block), `use tokio::time::{self}` followed by
//! `time::advance`, `extern crate` aliases, re-exports from another module of the crate,
//! globs, and inside macro invocations and `macro_rules!` bodies, whose tokens syn does not
//! parse. Comments, strings, methods and the learner's own items of the same name are not
//! flagged. [`check_sources`] is a pure function of the files; the grade decides what a
//! violation costs.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use serde::Deserialize;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};

/// One use of something `src/` may not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyViolation {
    /// The file, relative to the folder that holds `src/` (`src/lib.rs`).
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The rule's name (`clock-control`, `process-exit`, `unsafe`, ...).
    pub rule: String,
    /// What is wrong, naming what was found.
    pub problem: String,
    /// Why it matters at run time.
    pub why: String,
    /// What to write instead.
    pub help: String,
}

impl fmt::Display for PolicyViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {} [{}]\n  why: {}\n  help: {}",
            self.file.display(),
            self.line,
            self.column,
            self.problem,
            self.rule,
            self.why,
            self.help
        )
    }
}

/// Every violation in the Rust files under `src_dir`, in file and position order. A file that
/// cannot be read or parsed is itself a violation: what kit cannot check does not count.
pub fn check_sources(src_dir: &Path) -> Vec<PolicyViolation> {
    let shown_from = src_dir.parent().unwrap_or(src_dir);
    let mut parsed = Vec::new();
    let mut violations = Vec::new();
    for path in rust_files(src_dir) {
        let shown = path.strip_prefix(shown_from).unwrap_or(&path).to_path_buf();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                violations.push(
                    policy()
                        .unreadable
                        .violation(&shown, 1, 1, &error.to_string()),
                );
                continue;
            }
        };
        match syn::parse_file(&text) {
            Ok(file) => parsed.push((shown, module_of(src_dir, &path), file)),
            Err(error) => {
                let start = error.span().start();
                violations.push(policy().unreadable.violation(
                    &shown,
                    start.line,
                    start.column + 1,
                    &error.to_string(),
                ));
            }
        }
    }
    let mut index = CrateIndex::default();
    for (_, module, file) in &parsed {
        index.add_items(module, &file.items);
    }
    for (shown, module, file) in &parsed {
        let mut checker = Checker {
            index: &index,
            file: shown,
            modules: vec![module.clone()],
            blocks: Vec::new(),
            violations: &mut violations,
        };
        checker.visit_file(file);
    }
    violations.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    violations.dedup();
    violations
}

// ---- the rules, from src_policy.toml ----

#[derive(Debug, Deserialize)]
struct Teaching {
    rule: String,
    problem: String,
    why: String,
    help: String,
}

impl Teaching {
    fn violation(&self, file: &Path, line: usize, column: usize, name: &str) -> PolicyViolation {
        PolicyViolation {
            file: file.to_path_buf(),
            line,
            column,
            rule: self.rule.clone(),
            problem: self.text("problem", &self.problem, name),
            why: self.text("why", &self.why, name),
            help: self.text("help", &self.help, name),
        }
    }

    /// One of the rule's texts in the learner's language: the message
    /// `policy-<rule>-<part>` of the catalogue, whose English is this file's.
    fn text(&self, part: &str, english: &str, name: &str) -> String {
        crate::i18n::data_text(
            &format!("policy-{}-{part}", self.rule),
            &english.replace("{name}", name),
            &[("name", name)],
        )
    }
}

/// Every rule's texts as `(message ID, English with its `{name}` placeholder)`, for the
/// catalogues of the other languages.
pub fn teaching_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for teaching in policy().teachings() {
        for (part, english) in [
            ("problem", &teaching.problem),
            ("why", &teaching.why),
            ("help", &teaching.help),
        ] {
            texts.push((format!("policy-{}-{part}", teaching.rule), english.clone()));
        }
    }
    for construct in &policy().constructs {
        texts.push((construct.message_id(), construct.text.clone()));
    }
    texts
}

/// A construct a rule names in its `{name}` (`an `unsafe` block`), with its English phrase.
#[derive(Debug, Deserialize)]
struct Construct {
    id: String,
    text: String,
}

impl Construct {
    fn message_id(&self) -> String {
        format!("policy-construct-{}", self.id)
    }
}

#[derive(Debug, Deserialize)]
struct PathRule {
    paths: Vec<String>,
    #[serde(flatten)]
    teaching: Teaching,
}

#[derive(Debug, Deserialize)]
struct ModuleRule {
    modules: Vec<String>,
    #[serde(flatten)]
    teaching: Teaching,
}

#[derive(Debug, Deserialize)]
struct AttributeRule {
    names: Vec<String>,
    #[serde(flatten)]
    teaching: Teaching,
}

#[derive(Debug, Deserialize)]
struct Policy {
    paths: Vec<PathRule>,
    modules: Vec<ModuleRule>,
    macro_built_path: ModuleRule,
    attributes: Vec<AttributeRule>,
    constructs: Vec<Construct>,
    unsafe_code: Teaching,
    hidden_source: Teaching,
    unreadable: Teaching,
}

impl Policy {
    /// Every rule's teaching, in the order of the rules file (locales/placeholders.py lists
    /// them in the same order).
    fn teachings(&self) -> impl Iterator<Item = &Teaching> {
        self.paths
            .iter()
            .map(|rule| &rule.teaching)
            .chain(self.modules.iter().map(|rule| &rule.teaching))
            .chain([&self.macro_built_path.teaching])
            .chain(self.attributes.iter().map(|rule| &rule.teaching))
            .chain([&self.unsafe_code, &self.hidden_source, &self.unreadable])
    }

    /// The phrase for construct `id` of the rules file, in the learner's language.
    fn construct(&self, id: &str) -> String {
        let construct = self
            .constructs
            .iter()
            .find(|construct| construct.id == id)
            .unwrap_or_else(|| panic!("src_policy.toml has no construct `{id}`"));
        crate::i18n::data_text(&construct.message_id(), &construct.text, &[])
    }

    /// The rule `path` breaks: a forbidden function by its full path, else a forbidden
    /// module it is in (or is).
    fn path_rule(&self, path: &[String]) -> Option<&Teaching> {
        let joined = path.join("::");
        self.paths
            .iter()
            .find(|rule| rule.paths.contains(&joined))
            .map(|rule| &rule.teaching)
            .or_else(|| {
                self.modules
                    .iter()
                    .find(|rule| rule.modules.iter().any(|module| is_within(&joined, module)))
                    .map(|rule| &rule.teaching)
            })
    }

    /// Whether a macro that completes `prefix` with a macro variable may build a path to
    /// something forbidden: `prefix` is one of the listed modules, or leads to or lies inside a
    /// forbidden module (`std::$m` may be `std::fs`).
    fn macro_may_reach(&self, prefix: &str) -> bool {
        self.macro_built_path.modules.iter().any(|m| m == prefix)
            || self
                .modules
                .iter()
                .flat_map(|rule| &rule.modules)
                .any(|module| is_within(prefix, module) || is_within(module, prefix))
    }
}

/// `path` is `module` or a path inside it (`std::fs::read` is within `std::fs`, `std::fsx` is
/// not).
fn is_within(path: &str, module: &str) -> bool {
    path.strip_prefix(module)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
}

fn policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| {
        toml::from_str(include_str!("src_policy.toml"))
            .expect("src_policy.toml is part of kit and parses (a unit test proves it)")
    })
}

// ---- files and modules ----

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The module a file under `src_dir` defines: `lib.rs`, `main.rs` and `bin/*.rs` are crate
/// roots, `a/mod.rs` and `a.rs` are `crate::a`.
fn module_of(src_dir: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src_dir).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    let file_name = parts.pop().unwrap_or_default();
    let stem = file_name.trim_end_matches(".rs");
    let mut module = vec!["crate".to_owned()];
    let is_root = parts.is_empty() && (stem == "lib" || stem == "main");
    if parts.first().is_some_and(|first| first == "bin") {
        return module;
    }
    module.extend(parts);
    if !is_root && stem != "mod" {
        module.push(stem.to_owned());
    }
    module
}

// ---- name resolution ----

/// What a name in a scope stands for.
#[derive(Debug, Clone)]
enum Binding {
    /// An item declared in that scope: its path is the scope's module plus its name.
    Item,
    /// A `use` or `extern crate` alias, as written (resolved when it is looked up).
    Alias { target: Vec<String>, absolute: bool },
}

#[derive(Debug, Default, Clone)]
struct Scope {
    bindings: HashMap<String, Binding>,
    globs: Vec<(Vec<String>, bool)>,
    locals: HashSet<String>,
}

impl Scope {
    fn add_items(&mut self, items: &[syn::Item]) {
        for item in items {
            if let syn::Item::Use(item_use) = item {
                self.add_use_tree(&item_use.tree, Vec::new(), item_use.leading_colon.is_some());
            } else if let syn::Item::ExternCrate(extern_crate) = item {
                let name = extern_crate
                    .rename
                    .as_ref()
                    .map_or(&extern_crate.ident, |(_, rename)| rename);
                self.bindings.insert(
                    name.to_string(),
                    Binding::Alias {
                        target: vec![extern_crate.ident.to_string()],
                        absolute: true,
                    },
                );
            } else if let Some(name) = item_name(item) {
                self.bindings.insert(name, Binding::Item);
            }
        }
    }

    fn add_use_tree(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>, absolute: bool) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.add_use_tree(&path.tree, prefix, absolute);
            }
            syn::UseTree::Name(name) => {
                let ident = name.ident.to_string();
                // `use a::b::{self}` binds `b`.
                let bound = if ident == "self" {
                    prefix.last().cloned().unwrap_or_default()
                } else {
                    prefix.push(ident.clone());
                    ident
                };
                self.bindings.insert(
                    bound,
                    Binding::Alias {
                        target: prefix,
                        absolute,
                    },
                );
            }
            syn::UseTree::Rename(rename) => {
                let ident = rename.ident.to_string();
                if ident != "self" {
                    prefix.push(ident);
                }
                self.bindings.insert(
                    rename.rename.to_string(),
                    Binding::Alias {
                        target: prefix,
                        absolute,
                    },
                );
            }
            syn::UseTree::Glob(_) => self.globs.push((prefix, absolute)),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.add_use_tree(tree, prefix.clone(), absolute);
                }
            }
        }
    }
}

fn item_name(item: &syn::Item) -> Option<String> {
    let ident = match item {
        syn::Item::Const(item) => &item.ident,
        syn::Item::Enum(item) => &item.ident,
        syn::Item::Fn(item) => &item.sig.ident,
        syn::Item::Mod(item) => &item.ident,
        syn::Item::Static(item) => &item.ident,
        syn::Item::Struct(item) => &item.ident,
        syn::Item::Trait(item) => &item.ident,
        syn::Item::Type(item) => &item.ident,
        syn::Item::Union(item) => &item.ident,
        syn::Item::Macro(item) => item.ident.as_ref()?,
        _ => return None,
    };
    Some(ident.to_string())
}

/// Every module of the crate with its bindings, so that a path through another module's
/// re-export (`crate::clock::go`) resolves.
#[derive(Debug, Default)]
struct CrateIndex {
    modules: HashMap<Vec<String>, Scope>,
}

/// How many alias hops one resolution follows (a cycle of `use` would otherwise never end).
const MAX_HOPS: usize = 16;

impl CrateIndex {
    fn add_items(&mut self, module: &[String], items: &[syn::Item]) {
        self.modules
            .entry(module.to_vec())
            .or_default()
            .add_items(items);
        for item in items {
            if let syn::Item::Mod(item_mod) = item
                && let Some((_, items)) = &item_mod.content
            {
                let mut inner = module.to_vec();
                inner.push(item_mod.ident.to_string());
                self.add_items(&inner, items);
            }
        }
    }

    /// The full paths `segments` may stand for in `module` (several when globs are involved),
    /// with `blocks` the enclosing fn-body scopes, innermost last.
    fn resolve(
        &self,
        module: &[String],
        blocks: &[Scope],
        segments: &[String],
        absolute: bool,
    ) -> Vec<Vec<String>> {
        let mut found = Vec::new();
        let mut lookup = Lookup {
            index: self,
            hops: 0,
            found: &mut found,
        };
        lookup.resolve(module, blocks, segments, absolute, true);
        found
    }
}

/// One resolution in progress: every full path found so far, and how many alias hops it took.
struct Lookup<'a> {
    index: &'a CrateIndex,
    hops: usize,
    found: &'a mut Vec<Vec<String>>,
}

impl Lookup<'_> {
    /// Resolve `segments` as written in `module` (inside `blocks`). `use_globs` is off while
    /// a glob's own prefix is resolved, so globs never chain into each other.
    fn resolve(
        &mut self,
        module: &[String],
        blocks: &[Scope],
        segments: &[String],
        absolute: bool,
        use_globs: bool,
    ) {
        let Some(first) = segments.first() else {
            return;
        };
        self.hops += 1;
        if self.hops > MAX_HOPS {
            return;
        }
        if absolute {
            return self.expand(segments.to_vec());
        }
        let rest = &segments[1..];
        match first.as_str() {
            "crate" | "$crate" => return self.expand(prefixed("crate", rest)),
            "self" => return self.expand([module, rest].concat()),
            "super" => {
                let parent = &module[..module.len().saturating_sub(1).max(1)];
                return self.resolve(parent, &[], &prefixed("self", rest), false, use_globs);
            }
            _ => {}
        }
        for (depth, block) in blocks.iter().enumerate().rev() {
            if rest.is_empty() && block.locals.contains(first) {
                return; // a local variable: never a forbidden function
            }
            if let Some(binding) = block.bindings.get(first) {
                return self.follow(module, &blocks[..=depth], binding, first, rest);
            }
        }
        let scope = self.index.modules.get(module);
        if let Some(binding) = scope.and_then(|scope| scope.bindings.get(first)) {
            return self.follow(module, &[], binding, first, rest);
        }
        // Not declared here: a glob may bring it in; else it names an external crate.
        if use_globs {
            let globs: Vec<(Vec<String>, bool)> = blocks
                .iter()
                .flat_map(|block| block.globs.iter())
                .chain(scope.into_iter().flat_map(|scope| scope.globs.iter()))
                .cloned()
                .collect();
            for (prefix, absolute) in globs {
                self.through_glob(module, blocks, &prefix, absolute, segments);
            }
        }
        self.expand(segments.to_vec());
    }

    /// `segments` as brought in by the glob `prefix::*` of `module`.
    fn through_glob(
        &mut self,
        module: &[String],
        blocks: &[Scope],
        prefix: &[String],
        absolute: bool,
        segments: &[String],
    ) {
        let mut bases = Vec::new();
        let mut prefix_lookup = Lookup {
            index: self.index,
            hops: self.hops,
            found: &mut bases,
        };
        prefix_lookup.resolve(module, blocks, prefix, absolute, false);
        for base in bases {
            self.expand([base.as_slice(), segments].concat());
        }
    }

    fn follow(
        &mut self,
        module: &[String],
        blocks: &[Scope],
        binding: &Binding,
        name: &str,
        rest: &[String],
    ) {
        match binding {
            Binding::Item => {
                let mut path = module.to_vec();
                path.push(name.to_owned());
                path.extend_from_slice(rest);
                self.expand(path);
            }
            Binding::Alias { target, absolute } => {
                let path = [target.as_slice(), rest].concat();
                self.resolve(module, blocks, &path, *absolute, true);
            }
        }
    }

    /// Record `path`, following re-exports inside the crate first: `crate::a::b::c` where
    /// `crate::a` has `use x as b` (or a glob that brings `b` in).
    fn expand(&mut self, path: Vec<String>) {
        if path.first().is_some_and(|first| first == "crate") {
            for split in 1..path.len() {
                let (module, name) = (&path[..split], &path[split]);
                let Some(scope) = self.index.modules.get(module) else {
                    break;
                };
                match scope.bindings.get(name) {
                    Some(Binding::Item) => continue,
                    Some(binding @ Binding::Alias { .. }) => {
                        let binding = binding.clone();
                        return self.follow(module, &[], &binding, name, &path[split + 1..]);
                    }
                    None => {
                        for (prefix, absolute) in scope.globs.clone() {
                            self.through_glob(module, &[], &prefix, absolute, &path[split..]);
                        }
                        break;
                    }
                }
            }
        }
        self.found.push(path);
    }
}

fn prefixed(first: &str, rest: &[String]) -> Vec<String> {
    let mut path = vec![first.to_owned()];
    path.extend_from_slice(rest);
    path
}

// ---- the walk ----

struct Checker<'a> {
    index: &'a CrateIndex,
    file: &'a Path,
    /// The module being walked: the file's, then inline `mod` blocks.
    modules: Vec<Vec<String>>,
    /// fn bodies, blocks, closures and arms being walked: their uses, items and locals.
    blocks: Vec<Scope>,
    violations: &'a mut Vec<PolicyViolation>,
}

impl Checker<'_> {
    fn module(&self) -> &[String] {
        self.modules.last().map_or(&[], Vec::as_slice)
    }

    fn report(&mut self, teaching: &Teaching, span: Span, name: &str) {
        let start = span.start();
        self.violations
            .push(teaching.violation(self.file, start.line, start.column + 1, name));
    }

    /// Flag `segments` if what it resolves to is a forbidden function.
    fn check_path(&mut self, segments: &[String], absolute: bool, span: Span) {
        let resolved = self
            .index
            .resolve(self.module(), &self.blocks, segments, absolute);
        if let Some((rule, path)) = resolved
            .iter()
            .find_map(|path| policy().path_rule(path).map(|rule| (rule, path)))
        {
            self.report(rule, span, &path.join("::"));
        }
    }

    fn with_scope(&mut self, scope: Scope, walk: impl FnOnce(&mut Self)) {
        self.blocks.push(scope);
        walk(self);
        self.blocks.pop();
    }

    fn declare_locals(&mut self, pat: &syn::Pat) {
        let mut idents = PatIdents::default();
        idents.visit_pat(pat);
        if let Some(scope) = self.blocks.last_mut() {
            scope.locals.extend(idents.0);
        }
    }

    /// Check an attribute's tokens (`name(args)`): the name, and the names nested in it at the
    /// head of a list (`cfg_attr(unix, no_mangle)`, `unsafe(no_mangle)`).
    fn check_attribute_tokens(&mut self, tokens: TokenStream) {
        let mut at_head = true;
        for tree in tokens {
            match tree {
                TokenTree::Ident(ident) => {
                    let name = ident.to_string();
                    if at_head {
                        if let Some(rule) = policy()
                            .attributes
                            .iter()
                            .find(|rule| rule.names.contains(&name))
                        {
                            self.report(&rule.teaching, ident.span(), &name);
                        } else if name == "unsafe" {
                            self.report(
                                &policy().unsafe_code,
                                ident.span(),
                                &policy().construct("unsafe-attribute"),
                            );
                        } else if name == "path" {
                            self.report(
                                &policy().hidden_source,
                                ident.span(),
                                &policy().construct("path-attribute"),
                            );
                        }
                    }
                    at_head = false;
                }
                TokenTree::Group(group) => {
                    self.check_attribute_tokens(group.stream());
                    at_head = false;
                }
                TokenTree::Punct(punct) => at_head = punct.as_char() == ',',
                TokenTree::Literal(_) => at_head = false,
            }
        }
    }

    /// Macro bodies are tokens to syn: find the paths, `unsafe` and attributes in them.
    fn check_tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut at = 0;
        while at < trees.len() {
            match &trees[at] {
                TokenTree::Group(group) => self.check_tokens(group.stream()),
                TokenTree::Ident(ident) if ident == "unsafe" => {
                    self.report(
                        &policy().unsafe_code,
                        ident.span(),
                        "`unsafe` inside a macro",
                    );
                }
                TokenTree::Punct(punct) if punct.as_char() == '#' => {
                    if let Some(TokenTree::Group(group)) = trees.get(at + 1)
                        && group.delimiter() == Delimiter::Bracket
                    {
                        self.check_attribute_tokens(group.stream());
                        at += 2;
                        continue;
                    }
                }
                _ => {
                    if let Some((path, next)) = path_at(&trees, at) {
                        self.check_token_path(&path, trees.get(next));
                        at = next.max(at + 1);
                        continue;
                    }
                }
            }
            at += 1;
        }
    }

    fn check_token_path(&mut self, path: &TokenPath, next: Option<&TokenTree>) {
        let names: Vec<String> = path.segments.iter().map(|(name, _)| name.clone()).collect();
        let span = path.segments[0].1;
        let is_macro_call = matches!(next, Some(TokenTree::Punct(p)) if p.as_char() == '!');
        if is_macro_call && names.last().is_some_and(|last| last == "include") {
            self.report(&policy().hidden_source, span, "`include!`");
            return;
        }
        if let Some(variable) = names
            .iter()
            .position(|name| name.starts_with('$') && name != "$crate")
        {
            let prefix = &names[..variable];
            let resolved = self
                .index
                .resolve(self.module(), &self.blocks, prefix, path.absolute);
            if let Some(module) = resolved
                .iter()
                .map(|path| path.join("::"))
                .find(|module| policy().macro_may_reach(module))
            {
                self.report(&policy().macro_built_path.teaching, span, &module);
            }
            return;
        }
        let is_call =
            matches!(next, Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis);
        // A lone identifier is only a path when it is called: in a macro it may as well be a
        // binding, a field or a keyword-like token of the macro's own syntax.
        if names.len() > 1 || path.absolute || is_call {
            self.check_path(&names, path.absolute, span);
        }
    }
}

/// A path written in a token stream: `a::b::c`, `::a::b`, `$crate::a`, `a::$f`.
struct TokenPath {
    segments: Vec<(String, Span)>,
    absolute: bool,
}

fn is_path_separator(trees: &[TokenTree], at: usize) -> bool {
    matches!(
        (trees.get(at), trees.get(at + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && b.as_char() == ':'
    )
}

/// The segment at `at`: an identifier, or `$` and an identifier (a macro variable).
fn segment_at(trees: &[TokenTree], at: usize) -> Option<((String, Span), usize)> {
    match (trees.get(at), trees.get(at + 1)) {
        (Some(TokenTree::Ident(ident)), _) => Some(((ident.to_string(), ident.span()), at + 1)),
        (Some(TokenTree::Punct(dollar)), Some(TokenTree::Ident(ident)))
            if dollar.as_char() == '$' =>
        {
            Some(((format!("${ident}"), dollar.span()), at + 2))
        }
        _ => None,
    }
}

/// The path starting at `at`, with the index of the token after it.
fn path_at(trees: &[TokenTree], at: usize) -> Option<(TokenPath, usize)> {
    let absolute = is_path_separator(trees, at);
    let mut next = if absolute { at + 2 } else { at };
    let (first, after) = segment_at(trees, next)?;
    let mut segments = vec![first];
    next = after;
    while is_path_separator(trees, next) {
        let Some((segment, after)) = segment_at(trees, next + 2) else {
            break;
        };
        segments.push(segment);
        next = after;
    }
    Some((TokenPath { segments, absolute }, next))
}

#[derive(Default)]
struct PatIdents(Vec<String>);

impl<'ast> Visit<'ast> for PatIdents {
    fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
        self.0.push(pat.ident.to_string());
        visit::visit_pat_ident(self, pat);
    }
}

fn path_segments(path: &syn::Path) -> Vec<String> {
    path.segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect()
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if let Some(unsafety) = item.unsafety {
            self.report(
                &policy().unsafe_code,
                unsafety.span,
                &policy().construct("unsafe-mod"),
            );
        }
        for attr in &item.attrs {
            self.visit_attribute(attr);
        }
        if let Some((_, items)) = &item.content {
            let mut module = self.module().to_vec();
            module.push(item.ident.to_string());
            self.modules.push(module);
            let blocks = std::mem::take(&mut self.blocks);
            for item in items {
                self.visit_item(item);
            }
            self.blocks = blocks;
            self.modules.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        // Importing a forbidden function is already using it: report the import itself, so
        // that a re-export used from another module is caught where it is made.
        let mut leaves = Vec::new();
        use_leaves(&item.tree, Vec::new(), &mut leaves);
        for (path, span) in leaves {
            self.check_path(&path, item.leading_colon.is_some(), span);
        }
    }

    fn visit_block(&mut self, block: &'ast syn::Block) {
        let mut scope = Scope::default();
        let items: Vec<syn::Item> = block
            .stmts
            .iter()
            .filter_map(|stmt| match stmt {
                syn::Stmt::Item(item) => Some(item.clone()),
                _ => None,
            })
            .collect();
        scope.add_items(&items);
        self.with_scope(scope, |this| visit::visit_block(this, block));
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.with_scope(Scope::default(), |this| {
            for input in &item.sig.inputs {
                if let syn::FnArg::Typed(typed) = input {
                    this.declare_locals(&typed.pat);
                }
            }
            visit::visit_item_fn(this, item);
        });
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.with_scope(Scope::default(), |this| {
            for input in &item.sig.inputs {
                if let syn::FnArg::Typed(typed) = input {
                    this.declare_locals(&typed.pat);
                }
            }
            visit::visit_impl_item_fn(this, item);
        });
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        self.with_scope(Scope::default(), |this| {
            for input in &closure.inputs {
                this.declare_locals(input);
            }
            visit::visit_expr_closure(this, closure);
        });
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        for attr in &local.attrs {
            self.visit_attribute(attr);
        }
        // The initialiser is checked before the binding exists: `let advance = advance(d);`
        // still calls the function.
        if let Some(init) = &local.init {
            self.visit_local_init(init);
        }
        self.declare_locals(&local.pat);
        self.visit_pat(&local.pat);
    }

    fn visit_expr_for_loop(&mut self, for_loop: &'ast syn::ExprForLoop) {
        self.visit_expr(&for_loop.expr);
        self.with_scope(Scope::default(), |this| {
            this.declare_locals(&for_loop.pat);
            this.visit_pat(&for_loop.pat);
            this.visit_block(&for_loop.body);
        });
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.with_scope(Scope::default(), |this| {
            this.declare_locals(&arm.pat);
            visit::visit_arm(this, arm);
        });
    }

    fn visit_expr_let(&mut self, expr: &'ast syn::ExprLet) {
        self.visit_expr(&expr.expr);
        self.declare_locals(&expr.pat);
        self.visit_pat(&expr.pat);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.check_path(
            &path_segments(path),
            path.leading_colon.is_some(),
            path.span(),
        );
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let names = path_segments(&mac.path);
        if names.last().is_some_and(|last| last == "include") {
            self.report(&policy().hidden_source, mac.path.span(), "`include!`");
        }
        self.visit_path(&mac.path);
        self.check_tokens(mac.tokens.clone());
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        let tokens = match &attr.meta {
            syn::Meta::Path(path) => quote_path(path),
            syn::Meta::List(list) => {
                let mut tokens = quote_path(&list.path);
                tokens.extend(std::iter::once(TokenTree::Group(proc_macro2::Group::new(
                    Delimiter::Parenthesis,
                    list.tokens.clone(),
                ))));
                tokens
            }
            syn::Meta::NameValue(name_value) => quote_path(&name_value.path),
        };
        self.check_attribute_tokens(tokens);
        if let syn::Meta::NameValue(name_value) = &attr.meta {
            self.visit_expr(&name_value.value);
        }
    }

    fn visit_expr_unsafe(&mut self, expr: &'ast syn::ExprUnsafe) {
        self.report(
            &policy().unsafe_code,
            expr.unsafe_token.span,
            &policy().construct("unsafe-block"),
        );
        visit::visit_expr_unsafe(self, expr);
    }

    fn visit_signature(&mut self, sig: &'ast syn::Signature) {
        if let syn::Safety::Unsafe(token) = &sig.safety {
            self.report(
                &policy().unsafe_code,
                token.span,
                &policy().construct("unsafe-fn"),
            );
        }
        visit::visit_signature(self, sig);
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        if let Some(token) = item.unsafety {
            self.report(
                &policy().unsafe_code,
                token.span,
                &policy().construct("unsafe-impl"),
            );
        }
        visit::visit_item_impl(self, item);
    }

    fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
        if let Some(token) = item.unsafety {
            self.report(
                &policy().unsafe_code,
                token.span,
                &policy().construct("unsafe-trait"),
            );
        }
        visit::visit_item_trait(self, item);
    }

    fn visit_item_foreign_mod(&mut self, item: &'ast syn::ItemForeignMod) {
        // Foreign functions are declared in an `extern` block; calling them is unsafe, or made
        // to look safe with `safe fn` inside an `unsafe extern` block. Either way: not here.
        self.report(
            &policy().unsafe_code,
            item.abi.extern_token.span,
            &policy().construct("extern-block"),
        );
        visit::visit_item_foreign_mod(self, item);
    }
}

/// An attribute's path as tokens: its last segment only, which is its name (`tokio::main`
/// is named `main`).
fn quote_path(path: &syn::Path) -> TokenStream {
    path.segments
        .last()
        .map(|segment| TokenTree::Ident(segment.ident.clone()))
        .into_iter()
        .collect()
}

/// Every name a `use` tree imports, as (full path as written, span of the name).
fn use_leaves(tree: &syn::UseTree, mut prefix: Vec<String>, leaves: &mut Vec<(Vec<String>, Span)>) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            use_leaves(&path.tree, prefix, leaves);
        }
        syn::UseTree::Name(name) => {
            if name.ident != "self" {
                prefix.push(name.ident.to_string());
            }
            leaves.push((prefix, name.ident.span()));
        }
        syn::UseTree::Rename(rename) => {
            if rename.ident != "self" {
                prefix.push(rename.ident.to_string());
            }
            leaves.push((prefix, rename.ident.span()));
        }
        syn::UseTree::Glob(_) => {}
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                use_leaves(tree, prefix.clone(), leaves);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The violations of a crate whose files are `files` (path under src/, text), as
    /// `(rule, "file:line")`.
    fn violations_of(files: &[(&str, &str)]) -> Vec<(String, String)> {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        for (path, text) in files {
            let path = src.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        check_sources(&src)
            .into_iter()
            .map(|v| (v.rule, format!("{}:{}", v.file.display(), v.line)))
            .collect()
    }

    fn lib(text: &str) -> Vec<(String, String)> {
        violations_of(&[("lib.rs", text)])
    }

    fn at(rule: &str, line: usize) -> (String, String) {
        (rule.to_owned(), format!("src/lib.rs:{line}"))
    }

    #[test]
    fn the_rules_file_parses_and_its_texts_teach() {
        let policy = policy();
        for teaching in policy.teachings() {
            for text in [&teaching.problem, &teaching.why, &teaching.help] {
                assert!(
                    text.starts_with(|c: char| !c.is_uppercase()),
                    "{}: {text}",
                    teaching.rule
                );
                assert!(!text.ends_with('.'), "{}: {text}", teaching.rule);
            }
        }
    }

    #[test]
    fn a_full_path_to_a_clock_control_is_found_with_its_line_and_message() {
        let found = check_sources_of(
            "async fn pace() {\n    tokio::time::advance(std::time::Duration::from_secs(2)).await;\n}\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let violation = &found[0];
        assert_eq!((violation.line, violation.column), (2, 5));
        assert_eq!(violation.rule, "clock-control");
        assert_eq!(
            violation.problem,
            "`tokio::time::advance` controls tokio's clock from src/"
        );
        let shown = violation.to_string();
        assert!(
            shown.starts_with("src/lib.rs:2:5: `tokio::time::advance`"),
            "{shown}"
        );
        assert!(shown.contains("\n  why: "), "{shown}");
        assert!(shown.contains("\n  help: wait for time to pass"), "{shown}");
    }

    fn check_sources_of(text: &str) -> Vec<PolicyViolation> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src")).unwrap();
        std::fs::write(dir.path().join("src/lib.rs"), text).unwrap();
        check_sources(&dir.path().join("src"))
    }

    #[test]
    fn every_clock_control_and_process_exit_is_found() {
        let found = lib("fn f() {
    tokio::time::pause();
    tokio::time::resume();
    ::tokio::time::advance(d);
    std::process::exit(0);
    std::process::abort();
}
");
        assert_eq!(
            found,
            [
                at("clock-control", 2),
                at("clock-control", 3),
                at("clock-control", 4),
                at("process-exit", 5),
                at("process-exit", 6),
            ]
        );
    }

    #[test]
    fn a_renamed_import_is_found_where_it_is_made_and_where_it_is_called() {
        let found = lib("use tokio::time::advance as go;

async fn pace() {
    go(std::time::Duration::from_secs(2)).await;
}
");
        assert_eq!(found, [at("clock-control", 1), at("clock-control", 4)]);
    }

    #[test]
    fn a_module_alias_then_a_short_path_is_found() {
        let found = lib("use tokio::time::{self};
use std::process as p;
use tokio as tk;

async fn f() {
    time::advance(d).await;
    p::exit(1);
    tk::time::pause();
    time::sleep(d).await;
}
");
        assert_eq!(
            found,
            [
                at("outside-world", 2),
                at("clock-control", 6),
                at("process-exit", 7),
                at("clock-control", 8),
            ]
        );
    }

    #[test]
    fn imports_inside_a_fn_body_and_extern_crate_aliases_are_followed() {
        let found = lib("extern crate tokio as rt;

fn f() {
    use tokio::time;
    use time::resume as go_on;
    go_on();
    rt::time::pause();
}
");
        assert_eq!(
            found,
            [
                at("clock-control", 5),
                at("clock-control", 6),
                at("clock-control", 7),
            ]
        );
    }

    #[test]
    fn a_re_export_from_another_module_or_file_is_followed() {
        let found = violations_of(&[
            (
                "lib.rs",
                "mod clock;\nmod inline { pub use tokio::time as t; }\n\nfn f() {\n    clock::go(d);\n    inline::t::advance(d);\n    crate::clock::go(d);\n}\n",
            ),
            ("clock.rs", "pub use tokio::time::advance as go;\n"),
        ]);
        assert_eq!(
            found,
            [
                ("clock-control".to_owned(), "src/clock.rs:1".to_owned()),
                at("clock-control", 5),
                at("clock-control", 6),
                at("clock-control", 7),
            ]
        );
    }

    #[test]
    fn a_glob_import_is_followed_but_not_past_the_learners_own_items() {
        let found = lib("use tokio::time::*;

fn advance(by: u32) -> u32 { by }

async fn f() {
    advance(3);
    pause();
    sleep(d).await;
}
");
        assert_eq!(found, [at("clock-control", 7)]);
    }

    #[test]
    fn a_glob_through_a_module_of_the_crate_is_followed() {
        let found = lib("mod prelude { pub use tokio::time::advance; }
use prelude::*;

fn f() {
    advance(d);
}
");
        assert_eq!(found, [at("clock-control", 1), at("clock-control", 5)]);
    }

    #[test]
    fn paths_inside_macros_and_macro_rules_are_found() {
        let found = lib("use tokio::time::advance as go;

macro_rules! pace {
    ($d:expr) => { tokio::time::advance($d) };
}

async fn f() {
    tokio::join!(async { std::process::exit(0) }, async { go(d).await });
    println!(\"{}\", 1);
    tokio::select! { _ = tokio::time::sleep(d) => {} }
}
");
        assert_eq!(
            found,
            [
                at("clock-control", 1),
                at("clock-control", 4),
                at("process-exit", 8),
                at("clock-control", 8),
            ]
        );
    }

    #[test]
    fn a_macro_that_completes_a_path_into_tokio_time_is_refused() {
        let found = lib("macro_rules! call {
    ($f:ident) => { tokio::time::$f() };
}
macro_rules! harmless {
    ($f:ident) => { crate::helpers::$f() };
}
");
        assert_eq!(found, [at("macro-built-path", 2)]);
    }

    #[test]
    fn every_path_into_a_forbidden_module_is_found() {
        let found = lib("use std::fs;
use std::{env as e, io};
use std::*;

async fn f() {
    let _ = fs::read(\"/proc/self/mem\");
    let _ = e::args();
    let _ = ::std::os::unix::fs::MetadataExt::ino;
    let _ = tokio::fs::read_to_string(\"x\").await;
    let _: Option<std::fs::File> = None;
    let _ = backtrace::Backtrace::force_capture();
    let _ = std::process::Command::new(\"cat\");
    let _ = io::stdin();
    let _ = std::path::Path::new(\"a\");
    let _ = std::fsx::nothing();
}
");
        assert_eq!(
            found,
            [
                at("outside-world", 1),
                at("outside-world", 2),
                at("outside-world", 6),
                at("outside-world", 7),
                at("outside-world", 8),
                at("outside-world", 9),
                at("outside-world", 10),
                at("outside-world", 11),
                at("outside-world", 12),
            ]
        );
        let shown = check_sources_of("fn f() { let _ = std::env::args(); }\n")[0].to_string();
        assert!(
            shown.starts_with(
                "src/lib.rs:1:18: `std::env::args` reaches outside your code from src/ \
                 [outside-world]"
            ),
            "{shown}"
        );
    }

    #[test]
    fn a_macro_that_completes_a_path_towards_a_forbidden_module_is_refused() {
        let found = lib("macro_rules! read {
    ($m:ident) => { std::$m::read(\"x\") };
}
macro_rules! also {
    ($f:ident) => { std::fs::$f(\"x\") };
}
macro_rules! harmless {
    ($t:ident) => { std::collections::$t::new() };
}
");
        assert_eq!(
            found,
            [at("macro-built-path", 2), at("macro-built-path", 5)]
        );
    }

    #[test]
    fn unsafe_code_in_every_form_is_found() {
        let found = lib("unsafe fn raw() {}
struct S;
unsafe impl Send for S {}
unsafe trait Marker {}
fn f() {
    unsafe { raw() }
}
unsafe extern \"C\" {
    safe fn exit(code: i32) -> !;
}
macro_rules! hidden { () => { unsafe { raw() } }; }
");
        assert_eq!(
            found,
            [
                at("unsafe", 1),
                at("unsafe", 3),
                at("unsafe", 4),
                at("unsafe", 6),
                at("unsafe", 8),
                at("unsafe", 11),
            ]
        );
    }

    #[test]
    fn every_construct_is_named_by_its_own_phrase() {
        let found = check_sources_of(
            "unsafe fn raw() {}
struct S;
unsafe impl Send for S {}
unsafe trait Marker {}
fn f() {
    unsafe { raw() }
}
unsafe extern \"C\" {}
unsafe mod inner {}
#[unsafe(no_mangle)]
pub fn g() {}
#[path = \"elsewhere.rs\"]
mod elsewhere;
",
        );
        let problems: Vec<&str> = found.iter().map(|v| v.problem.as_str()).collect();
        for expected in [
            "an `unsafe fn` in src/",
            "an `unsafe impl` in src/",
            "an `unsafe trait` in src/",
            "an `unsafe` block in src/",
            "an `extern` block in src/",
            "an `unsafe mod` in src/",
            "an `unsafe(..)` attribute in src/",
            "a `#[path]` attribute brings in code kit cannot check",
        ] {
            assert!(problems.contains(&expected), "{expected}: {problems:#?}");
        }
        // Every phrase of the rules file is reported by some form above.
        assert_eq!(policy().constructs.len(), 8);
    }

    #[test]
    fn linker_attributes_are_found_also_when_wrapped() {
        let found = lib("#[no_mangle]
pub extern \"C\" fn a() {}
#[unsafe(export_name = \"main\")]
pub fn b() {}
#[cfg_attr(all(), link_section = \".init_array\")]
static C: u8 = 0;
#[derive(Debug)]
#[allow(unsafe_code)]
struct Fine;
#[track_caller]
pub fn record() {}
");
        assert_eq!(
            found,
            [
                at("linker-attribute", 1),
                at("unsafe", 3),
                at("linker-attribute", 3),
                at("linker-attribute", 5),
                at("caller-attribute", 10),
            ]
        );
    }

    #[test]
    fn code_from_outside_src_is_refused() {
        let found = lib("#[path = \"/tmp/elsewhere.rs\"]
mod elsewhere;
include!(\"../../generated.rs\");
const TEXT: &str = include_str!(\"data.txt\");
");
        assert_eq!(found, [at("hidden-source", 1), at("hidden-source", 3)]);
    }

    #[test]
    fn comments_strings_methods_locals_and_the_learners_own_names_are_not_flagged() {
        let found = lib("//! We never call tokio::time::advance here.
use std::time::Duration;

/// `tokio::time::pause()` would fake the clock; std::process::exit would end the test.
struct Clock;

impl Clock {
    fn advance(&mut self, _by: Duration) {}
}

fn exit(code: i32) -> i32 { code }

mod time {
    pub fn advance() {}
}

async fn f(mut clock: Clock) {
    let message = \"tokio::time::advance is off limits\";
    clock.advance(Duration::from_secs(1));
    let pause = 3;
    let _ = pause + exit(0);
    time::advance();
    self::time::advance();
    tokio::time::sleep(Duration::from_millis(10)).await;
    let _ = tokio::time::Instant::now();
    println!(\"{message}: advance, pause, resume, exit\");
}
");
        assert_eq!(found, Vec::<(String, String)>::new());
    }

    #[test]
    fn a_file_that_does_not_parse_is_a_violation() {
        let found = violations_of(&[("lib.rs", "pub fn fine() {}\n"), ("broken.rs", "fn (\n")]);
        assert_eq!(
            found,
            [("unreadable".to_owned(), "src/broken.rs:1".to_owned())]
        );
    }

    #[test]
    fn every_starter_and_solution_of_the_kit_follows_the_policy() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let info = crate::embedded::info_file().unwrap();
        let mut checked = 0;
        for side in ["exercises", "solutions"] {
            for entry in std::fs::read_dir(root.join(side)).unwrap() {
                let entry = entry.unwrap();
                let src = entry.path().join("src");
                if src.is_dir() {
                    // The kit's support files are not the learner's: grading lets them be.
                    let support = info
                        .exercises
                        .iter()
                        .find(|exercise| *exercise.dir == *entry.file_name())
                        .map(|exercise| exercise.support.clone())
                        .unwrap_or_default();
                    let found = crate::policy::violations(&src, &support);
                    assert!(found.is_empty(), "{}: {found:#?}", src.display());
                    checked += 1;
                }
            }
        }
        assert!(checked >= 36, "only {checked} src folders found");
    }

    #[test]
    fn modules_are_named_after_their_files() {
        let src = Path::new("/k/src");
        let module = |file: &str| module_of(src, &src.join(file)).join("::");
        assert_eq!(module("lib.rs"), "crate");
        assert_eq!(module("main.rs"), "crate");
        assert_eq!(module("clock.rs"), "crate::clock");
        assert_eq!(module("clock/mod.rs"), "crate::clock");
        assert_eq!(module("clock/paced.rs"), "crate::clock::paced");
        assert_eq!(module("bin/tool.rs"), "crate");
    }
}
