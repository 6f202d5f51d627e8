//! Name resolution for one file: module scopes (the file and its inline `mod` blocks) and
//! block scopes (fn bodies), each with its `use` bindings, its items and its globs, plus
//! local variables with their (light) types. Paths resolve to full paths: external ones
//! (`std::fs::read`) or crate-local ones starting with `crate` (`crate::store::load`).

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use super::Edition;
use super::catalog::Catalog;
pub(crate) use super::model::LocalInfo;

/// How many glob hops (`use super::*` of a module that itself has `use crate::prelude::*`)
/// are followed inside one file.
const MAX_GLOB_DEPTH: usize = 4;

#[derive(Debug, Default)]
struct Scope {
    /// Names brought in by `use` and items declared here, to their full paths.
    names: FxHashMap<String, Vec<String>>,
    globs: Vec<Vec<String>>,
    locals: FxHashMap<String, LocalInfo>,
    /// `Some` for module scopes: the module's full path.
    module: Option<Vec<String>>,
}

/// How a path expression resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// A local variable (a closure, a fn pointer...): never a known API.
    Local,
    /// A full path (`std::fs::read`); crate-local paths start with `crate`.
    Path(String),
    /// Nothing known: a prelude item, a macro-generated item, a glob from elsewhere.
    Unknown,
}

/// The stack of scopes of the walk, innermost last.
pub(crate) struct Resolver {
    scopes: Vec<Scope>,
    edition: Edition,
    /// The package's library name: in its bins and tests, `my_app::store::load` is
    /// `crate::store::load` of the library.
    own_crate: Option<String>,
    /// The self type of the impl or trait being walked, as a full path.
    pub self_types: Vec<Vec<String>>,
}

impl Resolver {
    pub fn new(module_path: Vec<String>, edition: Edition) -> Self {
        let root = Scope {
            module: Some(module_path),
            ..Scope::default()
        };
        Resolver {
            scopes: vec![root],
            edition,
            own_crate: None,
            self_types: Vec::new(),
        }
    }

    pub fn edition(&self) -> Edition {
        self.edition
    }

    pub fn set_own_crate(&mut self, name: &str) {
        self.own_crate = Some(name.to_string());
    }

    /// An external path, unless it names the package's own library (then a crate path).
    fn external(&self, catalog: &Catalog, segments: &[String]) -> Vec<String> {
        match (&self.own_crate, segments.first()) {
            (Some(own), Some(first)) if own == first => {
                let mut full = vec!["crate".to_string()];
                full.extend(segments[1..].iter().cloned());
                full
            }
            _ => split_normalized(catalog, segments),
        }
    }

    /// [`Resolver::external`], joined.
    fn external_joined(&self, catalog: &Catalog, segments: &[String]) -> String {
        match (&self.own_crate, segments.first()) {
            (Some(own), Some(first)) if own == first => join(&["crate"], &segments[1..]),
            _ => join_normalized(catalog, segments, &[]),
        }
    }

    pub fn module_path(&self) -> &[String] {
        self.scopes
            .iter()
            .rev()
            .find_map(|s| s.module.as_deref())
            .unwrap_or(&[])
    }

    pub fn push_module(&mut self, name: &str) {
        let mut path = self.module_path().to_vec();
        path.push(name.to_string());
        self.scopes.push(Scope {
            module: Some(path),
            ..Scope::default()
        });
    }

    pub fn push_block(&mut self) {
        self.scopes.push(Scope::default());
    }

    pub fn pop(&mut self) {
        if self.scopes.len() > 1 {
            self.scopes.pop();
        }
    }

    /// Declares an item (fn, mod, struct...) of the current scope.
    pub fn declare_item(&mut self, name: &str) {
        let mut path = self.module_path().to_vec();
        path.push(name.to_string());
        self.innermost().names.insert(name.to_string(), path);
    }

    pub fn declare_local(&mut self, name: &str, info: LocalInfo) {
        self.innermost().locals.insert(name.to_string(), info);
    }

    pub fn local(&self, name: &str) -> Option<&LocalInfo> {
        for scope in self.scopes.iter().rev() {
            if let Some(info) = scope.locals.get(name) {
                return Some(info);
            }
            if scope.module.is_some() {
                break;
            }
        }
        None
    }

    pub fn local_mut(&mut self, name: &str) -> Option<&mut LocalInfo> {
        for scope in self.scopes.iter_mut().rev() {
            if scope.locals.contains_key(name) {
                return scope.locals.get_mut(name);
            }
            if scope.module.is_some() {
                break;
            }
        }
        None
    }

    fn innermost(&mut self) -> &mut Scope {
        self.scopes
            .last_mut()
            .expect("the root scope is never popped")
    }

    /// Registers a `use` tree; returns the bindings it made (for the crate's alias map).
    pub fn add_use(
        &mut self,
        tree: &syn::UseTree,
        leading_colon: bool,
        catalog: &Catalog,
    ) -> Vec<(String, Vec<String>)> {
        let mut bindings = Vec::new();
        let mut globs = Vec::new();
        self.collect_use(
            tree,
            &mut Vec::new(),
            leading_colon,
            &mut bindings,
            &mut globs,
            catalog,
        );
        let scope = self.innermost();
        for (name, path) in &bindings {
            scope.names.insert(name.clone(), path.clone());
        }
        scope.globs.extend(globs);
        bindings
    }

    /// `prefix` holds the segments of the enclosing tree; it is the same vector all the way
    /// down (pushed and popped around each level), so a large `use` group copies no prefix.
    fn collect_use(
        &self,
        tree: &syn::UseTree,
        prefix: &mut Vec<String>,
        leading_colon: bool,
        bindings: &mut Vec<(String, Vec<String>)>,
        globs: &mut Vec<Vec<String>>,
        catalog: &Catalog,
    ) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.collect_use(&p.tree, prefix, leading_colon, bindings, globs, catalog);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name == "self" {
                    if let Some(full) = self.absolutize(prefix, leading_colon, catalog) {
                        if let Some(last) = prefix.last() {
                            bindings.push((last.clone(), full));
                        }
                    }
                } else {
                    prefix.push(name);
                    let full = self.absolutize(prefix, leading_colon, catalog);
                    let name = prefix.pop().unwrap_or_default();
                    if let Some(full) = full {
                        bindings.push((name, full));
                    }
                }
            }
            syn::UseTree::Rename(r) => {
                let rename = r.rename.to_string();
                if rename == "_" {
                    return;
                }
                let full = if r.ident == "self" {
                    self.absolutize(prefix, leading_colon, catalog)
                } else {
                    prefix.push(r.ident.to_string());
                    let full = self.absolutize(prefix, leading_colon, catalog);
                    prefix.pop();
                    full
                };
                if let Some(full) = full {
                    bindings.push((rename, full));
                }
            }
            syn::UseTree::Glob(_) => {
                if let Some(full) = self.absolutize(prefix, leading_colon, catalog) {
                    globs.push(full);
                }
            }
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.collect_use(item, prefix, leading_colon, bindings, globs, catalog);
                }
            }
        }
    }

    /// Turns the path of a `use` into a full path.
    fn absolutize(
        &self,
        segments: &[String],
        leading_colon: bool,
        catalog: &Catalog,
    ) -> Option<Vec<String>> {
        let first = segments.first()?;
        if leading_colon {
            return Some(self.external(catalog, segments));
        }
        if let Some(full) = self.relative_to_module(segments) {
            return Some(full);
        }
        if let Some(bound) = self.lookup_name(first) {
            let mut full = bound.to_vec();
            full.extend(segments[1..].iter().cloned());
            return Some(full);
        }
        if self.edition == Edition::E2015 && !is_external_root(first) {
            let mut full = vec!["crate".to_string()];
            full.extend(segments.iter().cloned());
            return Some(full);
        }
        Some(self.external(catalog, segments))
    }

    /// [`Resolver::relative_to_module`], joined (without copying the module path).
    fn relative_to_module_joined(&self, segments: &[String]) -> Option<String> {
        let first = segments.first()?;
        let mut rest = &segments[1..];
        match first.as_str() {
            "crate" => {
                let root = self.module_path().first().map_or("crate", String::as_str);
                Some(join(&[root], rest))
            }
            "self" => Some(join(self.module_path(), rest)),
            "super" => {
                let mut base = self.module_path();
                base = base.split_last().map_or(base, |(_, parent)| parent);
                while rest.first().map(String::as_str) == Some("super") {
                    base = base.split_last().map_or(base, |(_, parent)| parent);
                    rest = &rest[1..];
                }
                Some(join(base, rest))
            }
            "Self" => Some(join(self.self_types.last()?, rest)),
            _ => None,
        }
    }

    /// `crate::`, `self::`, `super::` and `Self::` prefixes.
    fn relative_to_module(&self, segments: &[String]) -> Option<Vec<String>> {
        let first = segments.first()?;
        let mut rest = &segments[1..];
        let mut base = match first.as_str() {
            "crate" => {
                let root = self
                    .module_path()
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "crate".to_string());
                vec![root]
            }
            "self" => self.module_path().to_vec(),
            "super" => {
                let mut p = self.module_path().to_vec();
                p.pop();
                while rest.first().map(String::as_str) == Some("super") {
                    p.pop();
                    rest = &rest[1..];
                }
                p
            }
            "Self" => self.self_types.last()?.clone(),
            _ => return None,
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn lookup_name(&self, name: &str) -> Option<&[String]> {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.names.get(name).map(Vec::as_slice))
    }

    /// Resolves the path of an expression (`fs::read`, `sleep`, `Self::load`).
    pub fn resolve(&self, segments: &[String], leading_colon: bool, catalog: &Catalog) -> Resolved {
        let Some(first) = segments.first() else {
            return Resolved::Unknown;
        };
        if leading_colon {
            return Resolved::Path(self.external_joined(catalog, segments));
        }
        if segments.len() == 1 && self.local(first).is_some() {
            return Resolved::Local;
        }
        if let Some(full) = self.relative_to_module_joined(segments) {
            return Resolved::Path(full);
        }
        if let Some(bound) = self.lookup_name(first) {
            return Resolved::Path(join_normalized(catalog, bound, &segments[1..]));
        }
        for scope in self.scopes.iter().rev() {
            for glob in &scope.globs {
                if let Some(found) = self.resolve_through_glob(glob, segments, catalog, 0) {
                    return found;
                }
            }
        }
        if segments.len() > 1 || is_external_root(first) {
            if self.edition == Edition::E2015 && !is_external_root(first) {
                return Resolved::Path(join(&["crate"], segments));
            }
            return Resolved::Path(self.external_joined(catalog, segments));
        }
        Resolved::Unknown
    }

    /// Resolves a path through glob imports. A glob of a module of this file (`use super::*`
    /// in a test module) is answered from that module's own names and globs. A glob of a
    /// crate module defined elsewhere may define any name, except an extern crate root
    /// (`std`, `tokio`, a catalogued crate): `std::fs::metadata` stays `std::fs::metadata`.
    /// `None` when the glob does not bring the path's first segment in.
    fn resolve_through_glob(
        &self,
        glob: &[String],
        segments: &[String],
        catalog: &Catalog,
        depth: usize,
    ) -> Option<Resolved> {
        let first = &segments[0];
        if !glob.first()?.starts_with("crate") {
            let full = join_normalized(catalog, glob, segments);
            return catalog.knows(&full).then_some(Resolved::Path(full));
        }
        if let Some(module) = self.module_scope(glob) {
            if let Some(bound) = module.names.get(first) {
                return Some(Resolved::Path(join_normalized(
                    catalog,
                    bound,
                    &segments[1..],
                )));
            }
            if depth >= MAX_GLOB_DEPTH {
                return None;
            }
            // The module is fully known here: only its own globs may define the name.
            return module
                .globs
                .iter()
                .find_map(|inner| self.resolve_through_glob(inner, segments, catalog, depth + 1));
        }
        if is_external_root(first) || catalog.knows(first) {
            return None;
        }
        Some(Resolved::Path(join(glob, segments)))
    }

    /// The scope of a module of this file that is being walked (an ancestor of the current one).
    fn module_scope(&self, path: &[String]) -> Option<&Scope> {
        self.scopes
            .iter()
            .find(|s| s.module.as_deref() == Some(path))
    }

    /// Resolves a type path (`File`, `mpsc::Receiver<T>`) to a full path string.
    pub fn resolve_type(&self, ty: &syn::Type, catalog: &Catalog) -> Option<String> {
        match ty {
            syn::Type::Reference(r) => self.resolve_type(&r.elem, catalog),
            syn::Type::Paren(p) => self.resolve_type(&p.elem, catalog),
            syn::Type::Group(g) => self.resolve_type(&g.elem, catalog),
            syn::Type::Path(p) if p.qself.is_none() => {
                // `Arc<Mutex<T>>`, `Box<File>`: look through smart pointers.
                if let Some(last) = p.path.segments.last() {
                    let ident = &last.ident;
                    if ident == "Arc" || ident == "Rc" || ident == "Box" {
                        if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                            if let Some(syn::GenericArgument::Type(inner)) = args.args.first() {
                                return self.resolve_type(inner, catalog);
                            }
                        }
                    }
                }
                let segments = segment_names(&p.path);
                match self.resolve(&segments, p.path.leading_colon.is_some(), catalog) {
                    Resolved::Path(full) => Some(full),
                    _ => None,
                }
            }
            // `dyn Store`, `impl Store + Send`: a value of some type implementing the crate
            // trait, whose methods are the trait's. External traits stay unknown.
            syn::Type::TraitObject(t) => self.crate_trait_of(t.bounds.iter(), catalog),
            syn::Type::ImplTrait(t) => self.crate_trait_of(t.bounds.iter(), catalog),
            _ => None,
        }
    }

    /// The first of these bounds that names a trait of this crate, as a full path.
    fn crate_trait_of<'b>(
        &self,
        mut bounds: impl Iterator<Item = &'b syn::TypeParamBound>,
        catalog: &Catalog,
    ) -> Option<String> {
        bounds.find_map(|bound| {
            let syn::TypeParamBound::Trait(t) = bound else {
                return None;
            };
            match self.resolve(
                &segment_names(&t.path),
                t.path.leading_colon.is_some(),
                catalog,
            ) {
                Resolved::Path(full) if full.starts_with("crate") => Some(full),
                _ => None,
            }
        })
    }

    /// Binds, in the current scope, each generic type parameter bounded by a crate trait
    /// (`S: Store`, `where S: Store`) to that trait: a value of type `S` has its methods.
    pub fn bind_generic_bounds(&mut self, generics: &syn::Generics, catalog: &Catalog) {
        let mut bound = Vec::new();
        for param in generics.type_params() {
            if let Some(full) = self.crate_trait_of(param.bounds.iter(), catalog) {
                bound.push((param.ident.to_string(), full));
            }
        }
        for predicate in generics.where_clause.iter().flat_map(|w| &w.predicates) {
            let syn::WherePredicate::Type(p) = predicate else {
                continue;
            };
            let syn::Type::Path(ty) = &p.bounded_ty else {
                continue;
            };
            let Some(ident) = ty.path.get_ident() else {
                continue;
            };
            if let Some(full) = self.crate_trait_of(p.bounds.iter(), catalog) {
                bound.push((ident.to_string(), full));
            }
        }
        let scope = self.innermost();
        for (name, full) in bound {
            scope
                .names
                .entry(name)
                .or_insert_with(|| full.split("::").map(str::to_string).collect());
        }
    }
}

/// Where the last `::` of a full path starts (`rfind("::")` without a substring searcher:
/// this runs on every call's path).
fn last_separator(path: &str) -> Option<usize> {
    path.as_bytes().windows(2).rposition(|pair| pair == b"::")
}

/// The last segment of a full path (`read` in `std::fs::read`); the path itself when it has
/// one segment.
pub(crate) fn last_segment(path: &str) -> &str {
    last_separator(path).map_or(path, |at| &path[at + 2..])
}

/// A full path split before its last segment (`("std::fs", "read")`).
pub(crate) fn split_last_segment(path: &str) -> Option<(&str, &str)> {
    last_separator(path).map(|at| (&path[..at], &path[at + 2..]))
}

/// The first segment of a full path (`std` in `std::fs::read`).
pub(crate) fn first_segment(path: &str) -> &str {
    path.as_bytes()
        .windows(2)
        .position(|pair| pair == b"::")
        .map_or(path, |at| &path[..at])
}

/// Runs `f` on an identifier's text without making a `String` of it: the walk looks names
/// up (a local, a catalogued method) for most expressions, and `Ident::to_string` would
/// allocate each time. The text is formatted into a stack buffer; an identifier longer than
/// the buffer falls back to a `String`.
pub(crate) fn with_ident_text<T>(ident: &proc_macro2::Ident, f: impl FnOnce(&str) -> T) -> T {
    use std::fmt::Write;
    struct StackText {
        bytes: [u8; 64],
        len: usize,
    }
    impl Write for StackText {
        fn write_str(&mut self, piece: &str) -> std::fmt::Result {
            let end = self.len + piece.len();
            let slot = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
            slot.copy_from_slice(piece.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    let mut text = StackText {
        bytes: [0; 64],
        len: 0,
    };
    // Whole `&str` pieces were copied in, so the bytes are UTF-8.
    match write!(text, "{ident}")
        .ok()
        .and_then(|()| std::str::from_utf8(&text.bytes[..text.len]).ok())
    {
        Some(name) => f(name),
        None => f(&ident.to_string()),
    }
}

/// The names of a path's segments, as [`segment_names`] gives them: most paths the walk
/// resolves (a call's callee, a type) have one or two segments, kept without a heap vector.
pub(crate) type SegmentNames = SmallVec<[String; 2]>;

/// The identifiers of a path's segments, without generics (`std::fs::read`).
pub(crate) fn segment_names(path: &syn::Path) -> SegmentNames {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

fn is_external_root(name: &str) -> bool {
    matches!(
        name,
        "std" | "core" | "alloc" | "tokio" | "futures" | "futures_util"
    )
}

fn split_normalized(catalog: &Catalog, segments: &[String]) -> Vec<String> {
    normalize_vec(catalog, segments.to_vec())
}

/// `head` then `tail`, joined with `::` (one allocation for the whole path).
fn join(head: &[impl AsRef<str>], tail: &[String]) -> String {
    let segments = || {
        head.iter()
            .map(AsRef::as_ref)
            .chain(tail.iter().map(String::as_str))
    };
    let len = segments().map(|s| s.len() + 2).sum();
    let mut full = String::with_capacity(len);
    for (i, segment) in segments().enumerate() {
        if i > 0 {
            full.push_str("::");
        }
        full.push_str(segment);
    }
    full
}

/// [`join`], with the first segment normalized as [`normalize_vec`] does.
fn join_normalized(catalog: &Catalog, head: &[String], tail: &[String]) -> String {
    let mut segments = head.iter().chain(tail);
    let Some(first) = segments.next() else {
        return String::new();
    };
    let first = catalog.canonical_root(first).unwrap_or(first);
    let len = head.iter().chain(tail).map(|s| s.len() + 2).sum::<usize>() + first.len();
    let mut full = String::with_capacity(len);
    full.push_str(first);
    for segment in segments {
        full.push_str("::");
        full.push_str(segment);
    }
    full
}

fn normalize_vec(catalog: &Catalog, mut segments: Vec<String>) -> Vec<String> {
    if let Some(first) = segments.first_mut() {
        if let Some(canonical) = catalog.canonical_root(first) {
            if canonical != first {
                *first = canonical.to_string();
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(s: &str) -> Vec<String> {
        s.split("::").map(str::to_string).collect()
    }

    fn joined(s: &str) -> String {
        s.to_string()
    }

    fn resolver_with(uses: &str) -> Resolver {
        let catalog = Catalog::builtin();
        let file: syn::File = syn::parse_str(uses).unwrap();
        let mut resolver = Resolver::new(path("crate::svc"), Edition::E2021);
        for item in &file.items {
            match item {
                syn::Item::Use(u) => {
                    resolver.add_use(&u.tree, u.leading_colon.is_some(), &catalog);
                }
                syn::Item::Mod(m) => resolver.declare_item(&m.ident.to_string()),
                syn::Item::Fn(f) => resolver.declare_item(&f.sig.ident.to_string()),
                _ => {}
            }
        }
        resolver
    }

    fn resolve(resolver: &Resolver, p: &str) -> Resolved {
        resolver.resolve(&path(p), false, &Catalog::builtin())
    }

    #[test]
    fn groups_aliases_and_globs() {
        let r = resolver_with(
            "use std::{thread::{self, sleep as nap}, fs::*}; use tokio::{fs as tfs, time};",
        );
        assert_eq!(
            resolve(&r, "nap"),
            Resolved::Path(joined("std::thread::sleep"))
        );
        assert_eq!(
            resolve(&r, "thread::sleep"),
            Resolved::Path(joined("std::thread::sleep"))
        );
        assert_eq!(
            resolve(&r, "read_to_string"),
            Resolved::Path(joined("std::fs::read_to_string"))
        );
        assert_eq!(
            resolve(&r, "tfs::read"),
            Resolved::Path(joined("tokio::fs::read"))
        );
        assert_eq!(
            resolve(&r, "time::sleep"),
            Resolved::Path(joined("tokio::time::sleep"))
        );
        assert_eq!(resolve(&r, "HashMap"), Resolved::Unknown);
    }

    #[test]
    fn crate_items_shadow_known_names() {
        let r = resolver_with("mod fs; async fn sleep() {} use fs_err as stdfs;");
        assert_eq!(
            resolve(&r, "fs::read"),
            Resolved::Path(joined("crate::svc::fs::read"))
        );
        assert_eq!(
            resolve(&r, "sleep"),
            Resolved::Path(joined("crate::svc::sleep"))
        );
        assert_eq!(
            resolve(&r, "stdfs::read"),
            Resolved::Path(joined("fs_err::read"))
        );
    }

    #[test]
    fn crate_globs_do_not_capture_extern_roots() {
        let catalog = Catalog::builtin();
        let file: syn::File =
            syn::parse_str("use std::thread; use crate::prelude::*; mod fs {}").unwrap();
        let mut r = Resolver::new(path("crate::svc"), Edition::E2021);
        r.declare_item("fs");
        for item in &file.items {
            if let syn::Item::Use(u) = item {
                r.add_use(&u.tree, false, &catalog);
            }
        }
        // A glob of a module in another file may define a crate name, never `std` or `tokio`.
        assert_eq!(
            resolve(&r, "std::fs::metadata"),
            Resolved::Path(joined("std::fs::metadata"))
        );
        assert_eq!(
            resolve(&r, "tokio::spawn"),
            Resolved::Path(joined("tokio::spawn"))
        );
        assert_eq!(
            resolve(&r, "helper"),
            Resolved::Path(joined("crate::prelude::helper"))
        );
        // `use super::*` in an inline test module answers from the parent's own names.
        r.push_module("tests");
        let glob: syn::File = syn::parse_str("use super::*;").unwrap();
        if let syn::Item::Use(u) = &glob.items[0] {
            r.add_use(&u.tree, false, &catalog);
        }
        assert_eq!(
            resolve(&r, "std::fs::write"),
            Resolved::Path(joined("std::fs::write"))
        );
        assert_eq!(
            resolve(&r, "thread::sleep"),
            Resolved::Path(joined("std::thread::sleep"))
        );
        assert_eq!(
            resolve(&r, "fs::read"),
            Resolved::Path(joined("crate::svc::fs::read"))
        );
        // Through the parent's own glob of the prelude.
        assert_eq!(
            resolve(&r, "helper"),
            Resolved::Path(joined("crate::prelude::helper"))
        );
    }

    #[test]
    fn relative_paths_and_locals() {
        let mut r = resolver_with("use super::store::load; use crate::util;");
        assert_eq!(
            resolve(&r, "load"),
            Resolved::Path(joined("crate::store::load"))
        );
        assert_eq!(
            resolve(&r, "util::x"),
            Resolved::Path(joined("crate::util::x"))
        );
        assert_eq!(
            resolve(&r, "self::helper"),
            Resolved::Path(joined("crate::svc::helper"))
        );
        r.push_block();
        r.declare_local("load", LocalInfo::default());
        assert_eq!(resolve(&r, "load"), Resolved::Local);
        r.pop();
        assert_eq!(
            resolve(&r, "load"),
            Resolved::Path(joined("crate::store::load"))
        );
    }
}
