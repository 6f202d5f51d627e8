//! The one walk over a file's AST. It tracks the execution context (async fn, async block,
//! async closure, inline sync closure, offloaded closure, sync fn), resolves names through
//! [`Resolver`], types locals lightly from the catalogue, and at each call and each
//! discarded value asks the rules in [`crate::rules`] to check it. It also records the
//! file's contributions to the crate index. Rules never walk the tree themselves.

use std::collections::{HashMap, HashSet};

use proc_macro2::Span as TokenSpan;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, Stmt};

use super::Edition;
use super::catalog::Catalog;
use super::facts::{Condition, FileFacts, FnFacts, Pending, Target};
use super::macros::{self, MacroBody};
use super::scope::{LocalInfo, Resolved, Resolver, segment_names};
use super::source_map::{Pos, SourceMap};
use crate::rules;
use crate::{Diagnostic, Label, Span};

/// Whether the code being walked runs on an async task, on a sync thread, or elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exec {
    Sync,
    Async,
    /// Inside a closure handed to another thread (`spawn_blocking`): not async context.
    Offloaded,
}

/// The execution context of the code being walked.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub exec: Exec,
    /// Inside a sync closure that runs inline on the async task (`.map(|p| ..)`).
    pub inline_closure: bool,
    /// The enclosing async fn / block / closure, for the secondary label.
    pub owner: Option<Owner>,
    /// The sync fn whose blocking facts are being collected.
    pub facts_fn: Option<usize>,
    /// The fn item being walked (offloading facts are attributed to it).
    pub item_fn: Option<usize>,
    /// Inside a closure passed to this crate fn (it may offload it).
    pub offload_guard: Option<Target>,
}

/// The async fn, block or closure that encloses the code being walked. Its label is made
/// only when a diagnostic needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Owner {
    kind: OwnerKind,
    start: Pos,
    end: Pos,
}

#[derive(Debug, Clone, Copy)]
enum OwnerKind {
    /// The fn whose facts are `facts.fns[index]`.
    Fn(usize),
    Closure,
    Block,
}

/// Who is called, after resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Callee {
    /// A full external path, catalogue-normalized (`std::fs::read`, `std::fs::File::read`).
    Api(String),
    /// A crate function or method.
    Crate(Target),
    Unknown,
}

/// One call expression, resolved.
#[derive(Debug, Clone)]
pub(crate) struct CallInfo {
    pub callee: Callee,
    /// The whole call expression (start is where the finding is reported).
    pub start: Pos,
    pub end: Pos,
    /// The callee path of a path call (`std::thread::sleep`), for fixes.
    pub path_range: Option<(Pos, Pos)>,
    pub is_method: bool,
    /// Last path segment or method name.
    pub name: String,
    /// Full type of a method call's receiver, when known.
    pub receiver_type: Option<String>,
}

/// How a value was discarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Discard {
    /// `expr;`
    Statement,
    /// `let _ = expr;`
    LetUnderscore,
    /// `let name = expr;` and `name` is never used again.
    UnusedBinding,
}

/// The per-fn state of the unbounded-gather rule: how many concurrency limits (Semaphore,
/// `acquire`, `buffer_unordered`, `chunks`...) the walk has seen so far in this fn, and
/// where the fn's loops start on the loop stack.
#[derive(Debug, Default)]
pub(crate) struct GatherState {
    pub limit_count: usize,
    pub loop_base: usize,
    /// Crate fns called so far in this fn, in order: the ones called inside a gather's
    /// futures may acquire the limit themselves (checked in pass 2).
    pub crate_calls: Vec<Target>,
}

/// A for loop or an iterator closure (`.map(|x| ..)`) being walked.
#[derive(Debug)]
pub(crate) struct LoopFrame {
    /// Iterates over a small literal collection.
    pub bounded: bool,
    calls_at_start: usize,
    /// Runs once per item of an async source (`while let Some(x) = rx.recv().await`).
    pub incoming: bool,
    limit_at_start: usize,
    /// Spawn findings that a limit later in the loop body cancels.
    pending: Vec<LoopSpawn>,
}

/// A spawn in a loop body, held until the loop ends.
#[derive(Debug)]
struct LoopSpawn {
    diagnostic: Diagnostic,
    /// Where the spawn call starts.
    at: Pos,
    /// The local its handle is bound to (`let handle = tokio::spawn(..);`): awaiting that
    /// local later in the same iteration runs the tasks one at a time.
    binding: Option<String>,
}

pub(crate) struct Walker<'a> {
    pub catalog: &'a Catalog,
    /// Names of every `async fn` of the crate (a cheap text scan before pass 1): a discarded
    /// call to a crate fn can only be an unawaited future if its name is among them.
    pub async_fn_names: &'a HashSet<String>,
    pub source: &'a SourceMap<'a>,
    pub path: &'a std::path::Path,
    pub resolver: Resolver,
    pub frames: Vec<Frame>,
    pub facts: FileFacts,
    /// Findings that need no crate knowledge, with the offload guard they run under.
    pub findings: Vec<(Diagnostic, Option<Target>)>,
    pub gather: Vec<GatherState>,
    /// Enclosing loops (for loops and iterator closures).
    pub loops: Vec<LoopFrame>,
    /// Closure variables that a later statement of the block hands to an offloading call.
    offloaded_vars: Vec<HashSet<String>>,
    /// Nesting of macro bodies being walked (macro bodies can contain macros).
    macro_depth: usize,
    /// Starts of calls whose result is awaited right away (`spawn(..).await`).
    pub awaited_calls: HashSet<Pos>,
    /// Gathering calls whose arguments are being walked.
    open_gathers: usize,
    /// Zero-argument `lock()` / `read()` / `write()` calls seen so far: a statement that
    /// contains one is checked for a guard held across an `.await`.
    lock_calls: usize,
    /// Integer constants of the file (`const WINDOW: usize = 8;`), by name.
    consts: HashMap<String, u128>,
    /// Declared types of the named fields of the file's structs: (struct, field) to the full
    /// type path, smart pointers looked through (`store: Arc<OffsetStore>`).
    field_types: HashMap<(String, String), String>,
}

/// A count fixed by the program rather than by its input.
enum FixedCount {
    Known(u128),
    /// A named constant defined elsewhere (`config::MAX_INFLIGHT`, `Self::WORKERS`).
    Named,
}

impl<'a> Walker<'a> {
    pub fn new(
        catalog: &'a Catalog,
        async_fn_names: &'a HashSet<String>,
        source: &'a SourceMap<'a>,
        path: &'a std::path::Path,
        edition: Edition,
        module_path: Vec<String>,
    ) -> Self {
        Walker {
            catalog,
            async_fn_names,
            source,
            path,
            resolver: Resolver::new(module_path, edition),
            frames: vec![Frame {
                exec: Exec::Sync,
                inline_closure: false,
                owner: None,
                facts_fn: None,
                item_fn: None,
                offload_guard: None,
            }],
            facts: FileFacts::default(),
            findings: Vec::new(),
            gather: Vec::new(),
            loops: Vec::new(),
            offloaded_vars: Vec::new(),
            macro_depth: 0,
            awaited_calls: HashSet::new(),
            open_gathers: 0,
            lock_calls: 0,
            consts: HashMap::new(),
            field_types: HashMap::new(),
        }
    }

    pub fn frame(&self) -> &Frame {
        self.frames.last().expect("the root frame is never popped")
    }

    pub fn span(&self, start: Pos, end: Pos) -> Span {
        self.source.span_of(start, end)
    }

    /// The byte offset of `pos` in the file as read (for the edits of a fix).
    pub fn file_offset(&self, pos: Pos) -> usize {
        self.source.offset(pos) + self.source.base()
    }

    /// A finding that needs no crate knowledge.
    pub fn report(&mut self, diagnostic: Diagnostic) {
        let guard = self.frame().offload_guard.clone();
        self.findings.push((diagnostic, guard));
    }

    /// A finding that the crate index confirms in pass 2.
    pub fn report_if(&mut self, diagnostic: Diagnostic, condition: Condition) {
        let offload_guard = self.frame().offload_guard.clone();
        self.facts.pending.push(Pending {
            diagnostic,
            condition,
            offload_guard,
        });
    }

    /// A new diagnostic at `start..end` with the enclosing async owner as a label.
    pub fn diagnostic(
        &self,
        rule: &str,
        start: Pos,
        end: Pos,
        message: String,
        help: Option<String>,
    ) -> Diagnostic {
        let info = rules::find(rule);
        Diagnostic {
            rule: rule.to_string(),
            severity: info.map_or(crate::Severity::Warning, |r| r.default_severity),
            path: self.path.to_path_buf(),
            span: self.span(start, end),
            message,
            help,
            labels: self
                .frame()
                .owner
                .map(|o| self.owner_label(o))
                .into_iter()
                .collect(),
            notes: Vec::new(),
            fix: None,
        }
    }

    fn owner_label(&self, owner: Owner) -> Label {
        let message = match owner.kind {
            OwnerKind::Fn(index) => format!("in this async fn `{}`", self.facts.fns[index].name),
            OwnerKind::Closure => "in this async closure".to_string(),
            OwnerKind::Block => "in this async block".to_string(),
        };
        Label {
            span: self.span(owner.start, owner.end),
            message,
        }
    }

    // ------------------------------------------------------------------ items

    fn prescan_items<'i>(
        &mut self,
        items: impl Iterator<Item = &'i syn::Item> + Clone,
        record_aliases: bool,
    ) {
        for item in items.clone() {
            if let Some(name) = item_name(item) {
                self.resolver.declare_item(&name);
            }
            if let syn::Item::Const(c) = item {
                if let Some(value) = literal_int(&c.expr) {
                    self.consts.insert(c.ident.to_string(), value);
                }
            }
        }
        for item in items.clone() {
            if let syn::Item::Use(u) = item {
                let bindings =
                    self.resolver
                        .add_use(&u.tree, u.leading_colon.is_some(), self.catalog);
                if record_aliases {
                    let module = self.resolver.module_path().join("::");
                    for (name, target) in bindings {
                        if target.first().is_some_and(|s| s.starts_with("crate")) {
                            self.facts
                                .aliases
                                .push((format!("{module}::{name}"), target.join("::")));
                        }
                    }
                }
            }
        }
        // After the `use`s: field types resolve through them.
        for item in items {
            if let syn::Item::Struct(s) = item {
                self.record_field_types(s);
            }
        }
    }

    fn record_field_types(&mut self, item: &syn::ItemStruct) {
        let syn::Fields::Named(fields) = &item.fields else {
            return;
        };
        for field in &fields.named {
            let Some(ident) = &field.ident else { continue };
            if let Some(ty) = self.resolver.resolve_type(&field.ty, self.catalog) {
                self.field_types
                    .insert((item.ident.to_string(), ident.to_string()), ty);
            }
        }
    }

    fn enter_fn(
        &mut self,
        attrs: &[syn::Attribute],
        sig: &syn::Signature,
        block: &syn::Block,
        is_method: bool,
    ) {
        let name = sig.ident.to_string();
        let is_async = sig.asyncness.is_some();
        // `#[tokio::main] async fn` is a sync fn that builds a runtime and blocks on its body.
        let runs_own_runtime = is_async && attrs.iter().any(is_runtime_entry_attribute);
        let self_type = if is_method {
            self.resolver.self_types.last().cloned()
        } else {
            None
        };
        let mut path = match &self_type {
            Some(ty) => ty.clone(),
            None => self.resolver.module_path().to_vec(),
        };
        path.push(name.clone());
        let index = self.facts.fns.len();
        self.facts.fns.push(FnFacts {
            path: path.join("::"),
            name: name.clone(),
            self_type: self_type.as_ref().and_then(|t| t.last().cloned()),
            is_async: is_async && !runs_own_runtime,
            blocking: if runs_own_runtime {
                vec![("tokio::runtime::Runtime::block_on".to_string(), None)]
            } else {
                Vec::new()
            },
            ..FnFacts::default()
        });
        let owner = is_async.then(|| Owner {
            kind: OwnerKind::Fn(index),
            start: Pos::start_of(sig.asyncness.map_or(sig.fn_token.span, |a| a.span)),
            end: Pos::end_of(sig.ident.span()),
        });
        let guard = self.frame().offload_guard.clone();
        self.frames.push(Frame {
            exec: if is_async { Exec::Async } else { Exec::Sync },
            inline_closure: false,
            owner,
            facts_fn: (!is_async).then_some(index),
            item_fn: Some(index),
            offload_guard: if is_async { None } else { guard },
        });
        self.gather.push(GatherState {
            loop_base: self.loops.len(),
            ..GatherState::default()
        });
        self.resolver.push_block();
        for input in &sig.inputs {
            match input {
                syn::FnArg::Receiver(_) => {
                    let ty = self.resolver.self_types.last().map(|t| t.join("::"));
                    self.resolver.declare_local(
                        "self",
                        LocalInfo {
                            ty,
                            small_literal: false,
                        },
                    );
                }
                syn::FnArg::Typed(typed) => {
                    let ty = self.resolver.resolve_type(&typed.ty, self.catalog);
                    self.declare_pattern(&typed.pat, ty, false);
                }
            }
        }
        self.visit_block(block);
        self.resolver.pop();
        self.frames.pop();
        if let Some(state) = self.gather.pop() {
            while self.loops.len() > state.loop_base {
                self.pop_loop();
            }
        }
    }

    fn with_self_type(&mut self, ty: &syn::Type, walk: impl FnOnce(&mut Self)) {
        let resolved = self
            .resolver
            .resolve_type(ty, self.catalog)
            .map(|p| p.split("::").map(str::to_string).collect());
        let fallback = || {
            let mut path = self.resolver.module_path().to_vec();
            path.push(type_ident(ty).unwrap_or_else(|| "_".to_string()));
            path
        };
        let path = match resolved {
            Some(p) => p,
            None => fallback(),
        };
        self.resolver.self_types.push(path);
        walk(self);
        self.resolver.self_types.pop();
    }

    // ------------------------------------------------------------------ locals

    /// Declares the names a pattern binds, with a type for simple `name` patterns.
    pub fn declare_pattern(&mut self, pat: &syn::Pat, ty: Option<String>, small_literal: bool) {
        match pat {
            syn::Pat::Ident(p) => {
                self.resolver
                    .declare_local(&p.ident.to_string(), LocalInfo { ty, small_literal });
                if let Some((_, sub)) = &p.subpat {
                    self.declare_pattern(sub, None, false);
                }
            }
            syn::Pat::Type(p) => {
                let ty = self.resolver.resolve_type(&p.ty, self.catalog).or(ty);
                self.declare_pattern(&p.pat, ty, small_literal);
            }
            syn::Pat::Reference(p) => self.declare_pattern(&p.pat, ty, false),
            syn::Pat::Paren(p) => self.declare_pattern(&p.pat, ty, false),
            syn::Pat::Tuple(p) => {
                for elem in &p.elems {
                    self.declare_pattern(elem, None, false);
                }
            }
            syn::Pat::TupleStruct(p) => {
                for elem in &p.elems {
                    self.declare_pattern(elem, None, false);
                }
            }
            syn::Pat::Struct(p) => {
                for field in &p.fields {
                    self.declare_pattern(&field.pat, None, false);
                }
            }
            syn::Pat::Slice(p) => {
                for elem in &p.elems {
                    self.declare_pattern(elem, None, false);
                }
            }
            syn::Pat::Guard(p) => self.declare_pattern(&p.pat, ty, false),
            syn::Pat::Or(p) => {
                if let Some(first) = p.cases.first() {
                    self.declare_pattern(first, None, false);
                }
            }
            _ => {}
        }
    }

    /// The type of an expression, when the catalogue or a local's type says.
    pub fn infer_type(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                let name = p.path.segments[0].ident.to_string();
                self.resolver.local(&name).and_then(|l| l.ty.clone())
            }
            Expr::Call(call) => match self.callee_of_path_call(call) {
                Callee::Api(path) => {
                    if self.catalog.wrapper_fns.contains(&path) || is_wrapper_call(&call.func) {
                        return call.args.first().and_then(|a| self.infer_type(a));
                    }
                    self.catalog
                        .returns
                        .get(&path)
                        .filter(|t| t.len() == 1)
                        .map(|t| t[0].clone())
                }
                _ => None,
            },
            Expr::MethodCall(m) => {
                let receiver = self.infer_type(&m.receiver)?;
                self.catalog.method_return(&receiver, &m.method.to_string())
            }
            Expr::Field(f) => {
                let syn::Member::Named(field) = &f.member else {
                    return None;
                };
                let owner = if is_self_receiver(&f.base) {
                    self.resolver.self_types.last()?.last()?.clone()
                } else {
                    let ty = self.infer_type(&f.base)?;
                    ty.rsplit("::").next()?.to_string()
                };
                self.field_types.get(&(owner, field.to_string())).cloned()
            }
            Expr::Try(t) => self.infer_type(&t.expr),
            Expr::Await(a) => self.infer_type(&a.base),
            Expr::Paren(p) => self.infer_type(&p.expr),
            Expr::Reference(r) => self.infer_type(&r.expr),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => self.infer_type(&u.expr),
            Expr::Group(g) => self.infer_type(&g.expr),
            _ => None,
        }
    }

    /// Tuple types of a call (`mpsc::channel()` gives `(Sender, Receiver)`).
    fn infer_tuple(&self, expr: &Expr) -> Option<Vec<String>> {
        match expr {
            Expr::Call(call) => match self.callee_of_path_call(call) {
                Callee::Api(path) => self
                    .catalog
                    .returns
                    .get(&path)
                    .filter(|t| t.len() > 1)
                    .cloned(),
                _ => None,
            },
            Expr::Try(t) => self.infer_tuple(&t.expr),
            Expr::Paren(p) => self.infer_tuple(&p.expr),
            Expr::MethodCall(m) if matches!(m.method.to_string().as_str(), "unwrap" | "expect") => {
                self.infer_tuple(&m.receiver)
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------------ calls

    fn callee_of_path_call(&self, call: &syn::ExprCall) -> Callee {
        let Expr::Path(p) = &*call.func else {
            return Callee::Unknown;
        };
        if p.qself.is_some() {
            return Callee::Unknown;
        }
        let segments = segment_names(&p.path);
        match self
            .resolver
            .resolve(&segments, p.path.leading_colon.is_some(), self.catalog)
        {
            Resolved::Path(full) if full.first().is_some_and(|s| s.starts_with("crate")) => {
                Callee::Crate(Target::Path(full.join("::")))
            }
            Resolved::Path(full) => Callee::Api(full.join("::")),
            Resolved::Local | Resolved::Unknown => Callee::Unknown,
        }
    }

    pub fn classify_call(&self, expr: &Expr) -> Option<CallInfo> {
        match expr {
            Expr::Call(call) => self.path_call_info(call),
            Expr::MethodCall(m) => Some(self.method_call_info(m)),
            Expr::Paren(p) => self.classify_call(&p.expr),
            _ => None,
        }
    }

    fn path_call_info(&self, call: &syn::ExprCall) -> Option<CallInfo> {
        let callee = self.callee_of_path_call(call);
        let (path_range, name) = match &*call.func {
            Expr::Path(p) => {
                let start = expr_start(&call.func);
                let last = p.path.segments.last()?;
                (
                    Some((start, Pos::end_of(last.ident.span()))),
                    last.ident.to_string(),
                )
            }
            _ => (None, String::new()),
        };
        Some(CallInfo {
            callee,
            start: expr_start(&call.func),
            end: Pos::end_of(call.paren_token.span.close()),
            path_range,
            is_method: false,
            name,
            receiver_type: None,
        })
    }

    fn method_call_info(&self, call: &syn::ExprMethodCall) -> CallInfo {
        let name = call.method.to_string();
        let receiver_type = self.infer_type(&call.receiver);
        let callee = match &receiver_type {
            Some(ty) if ty.starts_with("crate") => {
                let ty = ty.rsplit("::").next().unwrap_or(ty).to_string();
                // `self` and its fields have types the crate declares: trusted like a path.
                if is_self_receiver(&call.receiver) || is_self_field(&call.receiver) {
                    Callee::Crate(Target::Method {
                        ty: Some(ty),
                        name: name.clone(),
                    })
                } else {
                    Callee::Crate(Target::TypedMethod {
                        ty,
                        name: name.clone(),
                    })
                }
            }
            Some(ty) => Callee::Api(format!("{ty}::{name}")),
            None => match self.trait_in_scope_for(&name) {
                Some(trait_path) => Callee::Api(format!("{trait_path}::{name}")),
                None => Callee::Crate(Target::Method {
                    ty: None,
                    name: name.clone(),
                }),
            },
        };
        CallInfo {
            callee,
            start: expr_start(&call.receiver),
            end: Pos::end_of(call.paren_token.span.close()),
            path_range: None,
            is_method: true,
            name,
            receiver_type,
        }
    }

    /// The catalogued trait that gives any receiver this method, when that trait is in scope
    /// (`use std::net::ToSocketAddrs;` makes `(host, 443).to_socket_addrs()` its method).
    fn trait_in_scope_for(&self, method: &str) -> Option<&'a str> {
        let catalog = self.catalog;
        catalog
            .trait_methods
            .get(method)?
            .iter()
            .find_map(|trait_path| {
                let name = trait_path.rsplit("::").next()?.to_string();
                let in_scope = matches!(
                    self.resolver.resolve(&[name], false, catalog),
                    Resolved::Path(full) if full.join("::") == *trait_path
                );
                in_scope.then_some(trait_path.as_str())
            })
    }

    /// True when a sync closure passed to this call runs on another thread.
    fn call_offloads(&self, call: &CallInfo) -> bool {
        if self.catalog.name_offloads(&call.name) {
            return true;
        }
        match &call.callee {
            Callee::Api(path) if !call.is_method => self.catalog.offload_fns.contains(path),
            _ if call.is_method => self.catalog.offload_methods.contains(&call.name),
            _ => false,
        }
    }

    fn on_call(
        &mut self,
        call: &CallInfo,
        args: &Punctuated<Expr, syn::Token![,]>,
        receiver: Option<&Expr>,
        turbofish: Option<&syn::AngleBracketedGenericArguments>,
    ) -> Option<Diagnostic> {
        if call.is_method
            && rules::lock_across_await::is_lock_name(self.catalog, &call.name, args.len())
        {
            self.lock_calls += 1;
        }
        if self.catalog.limit_names.contains(&call.name) {
            self.note_limit();
            if let Some(index) = self.frame().item_fn {
                self.facts.fns[index].acquires_limit = true;
            }
        }
        // Only calls inside a loop or a gather's arguments can be the gathered futures.
        let may_be_gathered = !self.loops.is_empty() || self.open_gathers > 0;
        if let (Callee::Crate(target), Some(state), true) =
            (&call.callee, self.gather.last_mut(), may_be_gathered)
        {
            state.crate_calls.push(target.clone());
        }
        let offloads = match &call.callee {
            Callee::Api(path) => self.catalog.offload_fns.contains(path),
            _ => false,
        } || (call.is_method
            && matches!(call.name.as_str(), "spawn_blocking" | "block_in_place"))
            || self.catalog.name_offloads(&call.name);
        if offloads {
            if let Some(index) = self.frame().item_fn {
                self.facts.fns[index].offloads = true;
            }
        }
        self.record_sync_facts(call);
        rules::blocking_in_async::check_call(self, call);
        rules::unbounded_gather::check_call(self, call, args, receiver, turbofish)
    }

    /// Concurrency limits seen so far in the current fn.
    pub fn limit_count(&self) -> usize {
        self.gather.last().map_or(0, |g| g.limit_count)
    }

    fn note_limit(&mut self) {
        if let Some(state) = self.gather.last_mut() {
            state.limit_count += 1;
        }
    }

    /// Crate calls recorded so far in the current fn.
    pub fn crate_call_count(&self) -> usize {
        self.gather.last().map_or(0, |g| g.crate_calls.len())
    }

    /// Reports a gather finding, or leaves it to pass 2 when the gathered futures (the code
    /// walked since `calls_before`) call crate fns that may acquire the limit themselves.
    pub fn report_gather(&mut self, diagnostic: Diagnostic, calls_before: usize) {
        let targets: Vec<Target> = self
            .gather
            .last()
            .map(|g| g.crate_calls.get(calls_before..).unwrap_or(&[]).to_vec())
            .unwrap_or_default();
        if targets.is_empty() {
            self.findings.push((diagnostic, None));
        } else {
            self.facts.pending.push(Pending {
                diagnostic,
                condition: Condition::GatheredFnsUnlimited(targets),
                offload_guard: None,
            });
        }
    }

    pub fn push_loop(&mut self, bounded: bool) {
        let limit_at_start = self.limit_count();
        let calls_at_start = self.crate_call_count();
        self.loops.push(LoopFrame {
            bounded,
            calls_at_start,
            incoming: false,
            limit_at_start,
            pending: Vec::new(),
        });
    }

    /// Ends a loop: its spawn findings stand unless a limit appeared in its body.
    pub fn pop_loop(&mut self) {
        let Some(frame) = self.loops.pop() else {
            return;
        };
        if self.limit_count() == frame.limit_at_start {
            for spawn in frame.pending {
                self.report_gather(spawn.diagnostic, frame.calls_at_start);
            }
        }
    }

    /// Holds a finding about spawning in the innermost loop until the loop ends.
    pub fn defer_to_loop(&mut self, diagnostic: Diagnostic, at: Pos) {
        match self.loops.last_mut() {
            Some(frame) => frame.pending.push(LoopSpawn {
                diagnostic,
                at,
                binding: None,
            }),
            None => self.findings.push((diagnostic, None)),
        }
    }

    /// `let handle = tokio::spawn(..);` in a loop body: remember which local holds the
    /// handle of the spawn held for the loop's end.
    fn bind_loop_spawn(&mut self, init: &Expr, name: &str) {
        // Every `let` comes here: look up the init's position only when a spawn is held.
        let Some(frame) = self.loops.last_mut().filter(|f| !f.pending.is_empty()) else {
            return;
        };
        let at = expr_start(init);
        if let Some(spawn) = frame.pending.iter_mut().find(|s| s.at == at) {
            spawn.binding = Some(name.to_string());
        }
    }

    /// `handle.await` in the loop body that spawned it: the loop waits for each task before
    /// it starts the next, so its spawns are not gathered.
    fn awaited_in_loop(&mut self, ident: &proc_macro2::Ident) {
        if let Some(frame) = self.loops.last_mut() {
            frame
                .pending
                .retain(|spawn| spawn.binding.as_ref().is_none_or(|b| ident != b));
        }
    }

    /// Reports a gather finding unless a limit appeared since `limit_before`.
    fn settle_gather(
        &mut self,
        candidate: Option<Diagnostic>,
        limit_before: usize,
        calls_before: usize,
    ) {
        if let Some(diagnostic) = candidate {
            if self.limit_count() == limit_before {
                self.report_gather(diagnostic, calls_before);
            }
        }
    }

    /// In a sync fn body, remember what it calls for the crate's blocking fixpoint.
    fn record_sync_facts(&mut self, call: &CallInfo) {
        let frame = self.frame();
        let (Exec::Sync, Some(index)) = (frame.exec, frame.facts_fn) else {
            return;
        };
        let guard = frame.offload_guard.clone();
        match &call.callee {
            Callee::Api(path) if self.catalog.blocking.contains_key(path) => {
                self.facts.fns[index].blocking.push((path.clone(), guard));
            }
            Callee::Crate(target) if self.may_be_crate_target(target) => {
                self.facts.fns[index].calls.push((target.clone(), guard));
            }
            _ => {}
        }
    }

    /// Name-only method targets are worth recording only for uncommon names.
    pub fn may_be_crate_target(&self, target: &Target) -> bool {
        match target {
            Target::Path(_) | Target::Method { ty: Some(_), .. } | Target::TypedMethod { .. } => {
                true
            }
            Target::Method { ty: None, name } => !self.catalog.common_method_names.contains(name),
        }
    }

    /// Walks the arguments of a call; closures get the context the callee gives them.
    fn visit_args(
        &mut self,
        call: &CallInfo,
        args: &Punctuated<Expr, syn::Token![,]>,
        iterates: Option<bool>,
    ) {
        let offloads = self.call_offloads(call);
        for arg in args {
            let closure = match arg {
                Expr::Closure(c) => Some(c),
                _ => None,
            };
            match closure {
                Some(c) if c.asyncness.is_none() => {
                    let frame = self.frame().clone();
                    let new_frame = if offloads {
                        Frame {
                            exec: Exec::Offloaded,
                            inline_closure: false,
                            owner: None,
                            facts_fn: None,
                            ..frame
                        }
                    } else {
                        let guard = match &call.callee {
                            Callee::Crate(target @ Target::Path(_)) => Some(target.clone()),
                            _ => frame.offload_guard.clone(),
                        };
                        Frame {
                            inline_closure: frame.exec == Exec::Async,
                            offload_guard: guard,
                            ..frame
                        }
                    };
                    self.frames.push(new_frame);
                    if let Some(bounded) = iterates {
                        self.push_loop(bounded);
                    }
                    self.visit_closure_inner(c);
                    if iterates.is_some() {
                        self.pop_loop();
                    }
                    self.frames.pop();
                }
                _ => self.visit_expr(arg),
            }
        }
    }

    fn visit_closure_inner(&mut self, closure: &syn::ExprClosure) {
        self.resolver.push_block();
        for input in &closure.inputs {
            self.declare_pattern(input, None, false);
        }
        self.visit_expr(&closure.body);
        self.resolver.pop();
    }

    // ------------------------------------------------------------------ blocks

    /// Walks statements in order, checking values that are discarded.
    pub fn walk_stmts(&mut self, stmts: &[Stmt]) {
        self.walk_stmts_checking(stmts, true);
    }

    /// `check_bindings` is off for macro bodies, whose `let`s may bind names for the
    /// enclosing block (`tokio::pin! { let fut = work(); }`).
    fn walk_stmts_checking(&mut self, stmts: &[Stmt], check_bindings: bool) {
        let items = stmts.iter().filter_map(|s| match s {
            Stmt::Item(item) => Some(item),
            _ => None,
        });
        if items.clone().next().is_some() {
            self.prescan_items(items, false);
        }
        let offloaded = self.prescan_offloaded_closures(stmts);
        self.offloaded_vars.push(offloaded);
        let mut usage: Option<HashMap<String, usize>> = None;
        for (index, stmt) in stmts.iter().enumerate() {
            match stmt {
                Stmt::Expr(expr, Some(_)) => self.check_discarded(expr, Discard::Statement),
                Stmt::Local(local) => {
                    if let Some(init) = &local.init {
                        match strip_pat_type(&local.pat) {
                            syn::Pat::Wild(_) => {
                                self.check_discarded(&init.expr, Discard::LetUnderscore)
                            }
                            syn::Pat::Ident(p)
                                if check_bindings
                                    && p.subpat.is_none()
                                    && self.discard_candidate(&init.expr) =>
                            {
                                let usage = usage.get_or_insert_with(|| last_uses(stmts));
                                let name = p.ident.to_string();
                                if usage.get(&name).is_none_or(|&last| last <= index) {
                                    self.check_discarded(&init.expr, Discard::UnusedBinding);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
            let locks_before = self.lock_calls;
            self.visit_stmt(stmt);
            if self.lock_calls != locks_before && self.frame().exec == Exec::Async {
                rules::lock_across_await::check_statement(self, stmts, index);
            }
        }
        self.offloaded_vars.pop();
    }

    fn discard_candidate(&self, expr: &Expr) -> bool {
        self.classify_call(expr)
            .is_some_and(|call| match &call.callee {
                Callee::Api(path) => {
                    self.catalog.async_apis.contains(path)
                        || self.catalog.spawn_fns.contains(path)
                        || call.is_method
                }
                Callee::Crate(target) => self.async_fn_names.contains(target.name()),
                Callee::Unknown => false,
            })
    }

    fn check_discarded(&mut self, expr: &Expr, how: Discard) {
        let Some(call) = self.classify_call(expr) else {
            return;
        };
        rules::unawaited_future::check_discarded(self, &call, how);
        rules::detached_spawn::check_discarded(self, &call, how);
    }

    /// Names of closures bound in this block and later handed to an offloading call.
    fn prescan_offloaded_closures(&self, stmts: &[Stmt]) -> HashSet<String> {
        let bound_closures: Vec<String> = stmts
            .iter()
            .filter_map(|s| match s {
                Stmt::Local(l) => match (strip_pat_type(&l.pat), l.init.as_ref().map(|i| &*i.expr))
                {
                    (syn::Pat::Ident(p), Some(Expr::Closure(c))) if c.asyncness.is_none() => {
                        Some(p.ident.to_string())
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect();
        if bound_closures.is_empty() {
            return HashSet::new();
        }
        let mut finder = OffloadArgFinder {
            catalog: self.catalog,
            names: &bound_closures,
            found: HashSet::new(),
        };
        for stmt in stmts {
            finder.visit_stmt(stmt);
        }
        finder.found
    }

    // ------------------------------------------------------------------ macros

    fn walk_macro(&mut self, mac: &syn::Macro) {
        if self.macro_depth > 8 {
            return;
        }
        let Some(body) = macros::parse_body(mac) else {
            return;
        };
        self.macro_depth += 1;
        match body {
            MacroBody::Exprs(exprs) => {
                for expr in &exprs {
                    self.visit_expr(expr);
                }
            }
            MacroBody::Repeat(repeat) => {
                self.visit_expr(&repeat.0);
                self.visit_expr(&repeat.1);
            }
            MacroBody::Stmts(stmts) => {
                self.walk_stmts_checking(&stmts, false);
            }
            MacroBody::Items(items) => {
                self.prescan_items(items.iter(), true);
                for item in &items {
                    self.visit_item(item);
                }
            }
            MacroBody::Select(branches) => {
                for branch in &branches {
                    if let Some(future) = &branch.future {
                        self.visit_expr(future);
                    }
                    self.resolver.push_block();
                    if let Some(pat) = &branch.pat {
                        self.declare_pattern(pat, None, false);
                    }
                    self.visit_expr(&branch.body);
                    self.resolver.pop();
                }
            }
        }
        self.macro_depth -= 1;
    }

    /// Is this collection of a size known to be small (a short literal, a small range)?
    pub fn is_bounded_source(&self, expr: &Expr) -> bool {
        let max = self.catalog.small_literal_max;
        match expr {
            Expr::Array(a) => a.elems.len() <= max,
            Expr::Repeat(r) => literal_int(&r.len).is_some_and(|n| n <= max as u128),
            Expr::Range(r) => {
                let start = match r.start.as_deref() {
                    None => Some(FixedCount::Known(0)),
                    Some(start) => self.fixed_count(start),
                };
                match (start, r.end.as_deref().and_then(|e| self.fixed_count(e))) {
                    (Some(FixedCount::Known(lo)), Some(FixedCount::Known(hi))) => {
                        hi.saturating_sub(lo) <= max as u128
                    }
                    // `0..MAX_INFLIGHT`: a count the program fixes, not its input.
                    (Some(_), Some(FixedCount::Named)) => true,
                    _ => false,
                }
            }
            Expr::Macro(m) => macros::literal_vec_len(&m.mac).is_some_and(|n| n <= max),
            Expr::Paren(p) => self.is_bounded_source(&p.expr),
            Expr::Reference(r) => self.is_bounded_source(&r.expr),
            Expr::Group(g) => self.is_bounded_source(&g.expr),
            Expr::Path(p) if p.path.segments.len() == 1 => {
                let name = p.path.segments[0].ident.to_string();
                self.resolver.local(&name).is_some_and(|l| l.small_literal)
            }
            Expr::Call(call) => match self.callee_of_path_call(call) {
                Callee::Api(path) => {
                    path.ends_with("Vec::new")
                        || path.ends_with("Vec::with_capacity")
                        || path.ends_with("FuturesUnordered::new")
                }
                _ => {
                    let text = path_text(&call.func);
                    matches!(
                        text.as_str(),
                        "Vec::new"
                            | "Vec::with_capacity"
                            | "FuturesUnordered::new"
                            | "JoinSet::new"
                    )
                }
            },
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                match method.as_str() {
                    // `take(n)` is a limit in sight, like `chunks(n)`.
                    "take" | "chunks" | "chunks_exact" | "buffer_unordered" | "buffered" => true,
                    "iter" | "into_iter" | "iter_mut" | "map" | "enumerate" | "filter"
                    | "filter_map" | "cloned" | "copied" | "collect" | "rev" | "skip"
                    | "step_by" | "inspect" | "zip" | "then" | "to_vec" | "clone" => {
                        self.is_bounded_source(&m.receiver)
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// An integer literal or a named constant: a count fixed by the program. A constant of
    /// this file counts with its value; one defined elsewhere is trusted as a deliberate bound.
    fn fixed_count(&self, expr: &Expr) -> Option<FixedCount> {
        if let Some(n) = literal_int(expr) {
            return Some(FixedCount::Known(n));
        }
        match expr {
            Expr::Paren(p) => self.fixed_count(&p.expr),
            Expr::Group(g) => self.fixed_count(&g.expr),
            Expr::Cast(c) => self.fixed_count(&c.expr),
            Expr::Path(p) if p.qself.is_none() => {
                let last = p.path.segments.last()?.ident.to_string();
                if !is_constant_name(&last) {
                    return None;
                }
                let local = p.path.segments.len() == 1;
                match self.consts.get(&last) {
                    Some(&value) if local => Some(FixedCount::Known(value)),
                    _ => Some(FixedCount::Named),
                }
            }
            _ => None,
        }
    }

    /// A fixed pool of workers: `for _ in 0..workers` / `(0..n).map(|_| ..)` starts the same
    /// task a configured number of times, it does not fan out over data.
    pub fn is_worker_pool(&self, source: &Expr, pat: &syn::Pat) -> bool {
        let ignores_item = match pat {
            syn::Pat::Wild(_) => true,
            syn::Pat::Ident(p) => p.ident.to_string().starts_with('_') && p.subpat.is_none(),
            syn::Pat::Type(t) => return self.is_worker_pool(source, &t.pat),
            _ => false,
        };
        let mut source = source;
        while let Expr::Paren(p) = source {
            source = &p.expr;
        }
        ignores_item && matches!(source, Expr::Range(_))
    }

    /// `while let Some(job) = rx.recv().await` / `stream.next().await`: one iteration per
    /// incoming item, as many as the source sends. Draining a set of tasks (`join_next`, or
    /// `next` on a `FuturesUnordered`) is not a source of new work.
    fn awaits_incoming_items(&self, cond: &Expr) -> bool {
        let Expr::Let(binding) = cond else {
            return false;
        };
        let Expr::Await(awaited) = &*binding.expr else {
            return false;
        };
        let Expr::MethodCall(call) = &*awaited.base else {
            return false;
        };
        if call.method.to_string().starts_with("join_next") {
            return false;
        }
        // A server's accept loop (`while let Ok((socket, _)) = listener.accept().await`): one
        // task per connection is tokio's model, like the `loop { listener.accept().await }`
        // form; the bound on connections belongs to the server's configuration.
        if call.method == "accept" {
            return false;
        }
        let drains_a_set = match &*call.receiver {
            Expr::Path(p) => p.path.get_ident().is_some_and(|ident| {
                self.resolver
                    .local(&ident.to_string())
                    .and_then(|local| local.ty.as_deref())
                    .is_some_and(|ty| {
                        self.catalog.future_sets.contains(ty)
                            || self.catalog.tracked_spawn_types.contains(ty)
                    })
            }),
            _ => false,
        };
        !drains_a_set
    }

    /// The innermost loop runs once per item of an async source rather than over a collection.
    pub fn in_incoming_loop(&self) -> bool {
        self.loops.last().is_some_and(|frame| frame.incoming)
    }

    /// True inside a loop (or iterator closure) over a collection that is not small.
    pub fn in_unbounded_loop(&self) -> bool {
        let base = self.gather.last().map_or(0, |g| g.loop_base);
        self.loops
            .get(base..)
            .and_then(|l| l.last())
            .is_some_and(|frame| !frame.bounded)
    }
}

// ---------------------------------------------------------------------- the visitor

impl<'ast> Visit<'ast> for Walker<'_> {
    fn visit_file(&mut self, file: &'ast syn::File) {
        self.prescan_items(file.items.iter(), true);
        for item in &file.items {
            self.visit_item(item);
        }
    }

    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        if let Some((_, items)) = &module.content {
            self.resolver.push_module(&module.ident.to_string());
            self.prescan_items(items.iter(), true);
            for item in items {
                self.visit_item(item);
            }
            self.resolver.pop();
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.enter_fn(&item.attrs, &item.sig, &item.block, false);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.enter_fn(&item.attrs, &item.sig, &item.block, true);
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        match &item.default {
            Some(block) => self.enter_fn(&item.attrs, &item.sig, block, true),
            None => {
                // A required async method still names an async fn of the crate.
                let mut path = self.resolver.self_types.last().cloned().unwrap_or_default();
                path.push(item.sig.ident.to_string());
                self.facts.fns.push(FnFacts {
                    path: path.join("::"),
                    name: item.sig.ident.to_string(),
                    self_type: self
                        .resolver
                        .self_types
                        .last()
                        .and_then(|t| t.last().cloned()),
                    is_async: item.sig.asyncness.is_some(),
                    ..FnFacts::default()
                });
            }
        }
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        self.with_self_type(&item.self_ty, |walker| {
            for impl_item in &item.items {
                walker.visit_impl_item(impl_item);
            }
        });
    }

    fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
        let mut path = self.resolver.module_path().to_vec();
        path.push(item.ident.to_string());
        self.resolver.self_types.push(path);
        for trait_item in &item.items {
            self.visit_trait_item(trait_item);
        }
        self.resolver.self_types.pop();
    }

    fn visit_item_use(&mut self, _: &'ast syn::ItemUse) {}

    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        self.walk_macro(&item.mac);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.walk_macro(mac);
    }

    fn visit_type(&mut self, _: &'ast syn::Type) {}

    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_generics(&mut self, _: &'ast syn::Generics) {}

    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.resolver.push_block();
        self.walk_stmts(&block.stmts);
        self.resolver.pop();
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        let Some(init) = &local.init else {
            self.declare_pattern(&local.pat, None, false);
            return;
        };
        let bound_name = match strip_pat_type(&local.pat) {
            syn::Pat::Ident(p) => Some(p.ident.to_string()),
            _ => None,
        };
        let limit_before_init = self.limit_count();
        let calls_before_init = self.crate_call_count();
        let offloaded = bound_name.as_ref().is_some_and(|name| {
            self.offloaded_vars
                .last()
                .is_some_and(|vars| vars.contains(name))
        });
        match &*init.expr {
            Expr::Closure(c) if offloaded => {
                let frame = self.frame().clone();
                self.frames.push(Frame {
                    exec: Exec::Offloaded,
                    inline_closure: false,
                    owner: None,
                    facts_fn: None,
                    ..frame
                });
                self.visit_closure_inner(c);
                self.frames.pop();
            }
            expr => self.visit_expr(expr),
        }

        if let Some((_, diverge)) = &init.diverge {
            self.visit_expr(diverge);
        }
        if let Some(name) = &bound_name {
            self.bind_loop_spawn(&init.expr, name);
        }
        rules::unbounded_gather::check_typed_collect(
            self,
            &local.pat,
            &init.expr,
            limit_before_init,
            calls_before_init,
        );
        match &local.pat {
            syn::Pat::Tuple(tuple) => {
                let types = self.infer_tuple(&init.expr).unwrap_or_default();
                for (i, elem) in tuple.elems.iter().enumerate() {
                    self.declare_pattern(elem, types.get(i).cloned(), false);
                }
            }
            pat => {
                let ty = self.infer_type(&init.expr);
                let small = self.is_bounded_source(&init.expr);
                self.declare_pattern(pat, ty, small);
            }
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        match self.path_call_info(call) {
            Some(info) => {
                let limit_before = self.limit_count();
                let calls_before = self.crate_call_count();
                let gather = self.on_call(&info, &call.args, None, None);
                self.visit_expr(&call.func);
                self.open_gathers += usize::from(gather.is_some());
                self.visit_args(&info, &call.args, None);
                self.open_gathers -= usize::from(gather.is_some());
                self.settle_gather(gather, limit_before, calls_before);
            }
            None => visit::visit_expr_call(self, call),
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let name = call.method.to_string();
        let info = self.method_call_info(call);
        let limit_before = self.limit_count();
        let calls_before = self.crate_call_count();
        let gather = self.on_call(
            &info,
            &call.args,
            Some(&call.receiver),
            call.turbofish.as_ref(),
        );
        if matches!(
            name.as_str(),
            "push" | "push_back" | "extend" | "insert" | "append"
        ) && self.in_unbounded_loop()
        {
            if let Expr::Path(p) = &*call.receiver {
                if let Some(ident) = p.path.get_ident() {
                    let name = ident.to_string();
                    if let Some(info) = self.resolver.local_mut(&name) {
                        info.small_literal = false;
                    }
                }
            }
        }
        self.open_gathers += usize::from(gather.is_some());
        self.visit_expr(&call.receiver);
        let iterates = ITERATOR_CLOSURE_METHODS.contains(&name.as_str()).then(|| {
            let pool = match call.args.first() {
                Some(Expr::Closure(c)) if c.inputs.len() == 1 => {
                    self.is_worker_pool(&call.receiver, &c.inputs[0])
                }
                _ => false,
            };
            pool || self.is_bounded_source(&call.receiver)
        });
        self.visit_args(&info, &call.args, iterates);
        self.open_gathers -= usize::from(gather.is_some());
        self.settle_gather(gather, limit_before, calls_before);
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        let frame = self.frame().clone();
        let new_frame = if closure.asyncness.is_some() {
            let start = closure
                .asyncness
                .map_or_else(Pos::default, |a| Pos::start_of(a.span));
            let end = Pos::end_of(closure.inputs_end.span);
            Frame {
                exec: Exec::Async,
                inline_closure: false,
                owner: Some(Owner {
                    kind: OwnerKind::Closure,
                    start,
                    end,
                }),
                facts_fn: None,
                ..frame
            }
        } else {
            Frame {
                inline_closure: frame.exec == Exec::Async,
                ..frame
            }
        };
        self.frames.push(new_frame);
        self.visit_closure_inner(closure);
        self.frames.pop();
    }

    fn visit_expr_async(&mut self, block: &'ast syn::ExprAsync) {
        let frame = self.frame().clone();
        let start = Pos::start_of(block.async_token.span);
        let end = Pos::end_of(block.capture.map_or(block.async_token.span, |m| m.span));
        self.frames.push(Frame {
            exec: Exec::Async,
            inline_closure: false,
            owner: Some(Owner {
                kind: OwnerKind::Block,
                start,
                end,
            }),
            facts_fn: None,
            ..frame
        });
        self.visit_block(&block.block);
        self.frames.pop();
    }

    fn visit_expr_for_loop(&mut self, for_loop: &'ast syn::ExprForLoop) {
        self.visit_expr(&for_loop.expr);
        let bounded = self.is_bounded_source(&for_loop.expr)
            || self.is_worker_pool(&for_loop.expr, &for_loop.pat);
        self.push_loop(bounded);
        self.resolver.push_block();
        self.declare_pattern(&for_loop.pat, None, false);
        self.visit_block(&for_loop.body);
        self.resolver.pop();
        self.pop_loop();
    }

    fn visit_expr_while(&mut self, while_loop: &'ast syn::ExprWhile) {
        self.visit_expr(&while_loop.cond);
        let per_item = self.awaits_incoming_items(&while_loop.cond);
        if per_item {
            self.push_loop(false);
            if let Some(frame) = self.loops.last_mut() {
                frame.incoming = true;
            }
        }
        self.visit_block(&while_loop.body);
        if per_item {
            self.pop_loop();
        }
    }

    fn visit_expr_await(&mut self, awaited: &'ast syn::ExprAwait) {
        let mut base = &*awaited.base;
        loop {
            match base {
                Expr::Paren(p) => base = &p.expr,
                Expr::Reference(r) => base = &r.expr,
                _ => break,
            }
        }
        match base {
            Expr::Call(_) | Expr::MethodCall(_) => {
                self.awaited_calls.insert(expr_start(base));
            }
            Expr::Path(p) => {
                if let Some(ident) = p.path.get_ident() {
                    self.awaited_in_loop(ident);
                }
            }
            _ => {}
        }
        self.visit_expr(&awaited.base);
    }

    fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
        let limits = &self.catalog.limit_names;
        if path
            .path
            .segments
            .iter()
            .any(|s| limits.iter().any(|name| s.ident == name))
        {
            self.note_limit();
        }
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.resolver.push_block();
        self.declare_pattern(&arm.pat, None, false);
        if let syn::Pat::Guard(guarded) = &arm.pat {
            self.visit_expr(&guarded.guard);
        }
        self.visit_expr(&arm.body);
        self.resolver.pop();
    }
}

/// Methods whose closure argument runs once per element of the receiver.
const ITERATOR_CLOSURE_METHODS: &[&str] = &[
    "map",
    "for_each",
    "flat_map",
    "filter_map",
    "then",
    "and_then",
    "try_for_each",
];

/// Finds closure variables passed directly to an offloading call.
struct OffloadArgFinder<'c, 'n> {
    catalog: &'c Catalog,
    names: &'n [String],
    found: HashSet<String>,
}

impl OffloadArgFinder<'_, '_> {
    fn callee_offloads(&self, name: &str) -> bool {
        self.catalog.name_offloads(name)
            || self.catalog.offload_methods.contains(name)
            || self
                .catalog
                .offload_fns
                .iter()
                .any(|f| f.rsplit("::").next() == Some(name))
    }

    fn note_args(&mut self, args: &Punctuated<Expr, syn::Token![,]>) {
        for arg in args {
            if let Expr::Path(p) = arg {
                if let Some(ident) = p.path.get_ident() {
                    let name = ident.to_string();
                    if self.names.contains(&name) {
                        self.found.insert(name);
                    }
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for OffloadArgFinder<'_, '_> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let Expr::Path(p) = &*call.func {
            if let Some(last) = p.path.segments.last() {
                if self.callee_offloads(&last.ident.to_string()) {
                    self.note_args(&call.args);
                }
            }
        }
        visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if self.callee_offloads(&call.method.to_string()) {
            self.note_args(&call.args);
        }
        visit::visit_expr_method_call(self, call);
    }
}

/// For each identifier, the index of the last statement that mentions it (macro bodies
/// included), to tell whether a binding is used again.
fn last_uses(stmts: &[Stmt]) -> HashMap<String, usize> {
    struct Collector {
        current: usize,
        last: HashMap<String, usize>,
    }
    impl<'ast> Visit<'ast> for Collector {
        fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
            self.last.insert(ident.to_string(), self.current);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            visit::visit_macro(self, mac);
            let mut stack = vec![mac.tokens.clone()];
            while let Some(tokens) = stack.pop() {
                for tree in tokens {
                    match tree {
                        proc_macro2::TokenTree::Ident(ident) => {
                            self.last.insert(ident.to_string(), self.current);
                        }
                        proc_macro2::TokenTree::Group(group) => stack.push(group.stream()),
                        _ => {}
                    }
                }
            }
        }
    }
    let mut collector = Collector {
        current: 0,
        last: HashMap::new(),
    };
    for (index, stmt) in stmts.iter().enumerate() {
        collector.current = index;
        match stmt {
            // The binding's own pattern is not a use.
            Stmt::Local(local) => {
                if let Some(init) = &local.init {
                    collector.visit_expr(&init.expr);
                    if let Some((_, diverge)) = &init.diverge {
                        collector.visit_expr(diverge);
                    }
                }
            }
            other => collector.visit_stmt(other),
        }
    }
    collector.last
}

/// `#[tokio::main]`, `#[async_std::main]`, `#[actix_web::main]`...: the attribute turns an
/// async fn into a sync one that runs its own runtime.
fn is_runtime_entry_attribute(attr: &syn::Attribute) -> bool {
    let segments = &attr.path().segments;
    segments.len() >= 2 && segments.last().is_some_and(|s| s.ident == "main")
}

fn is_self_receiver(expr: &Expr) -> bool {
    match expr {
        Expr::Path(p) => p.path.is_ident("self"),
        Expr::Paren(p) => is_self_receiver(&p.expr),
        Expr::Reference(r) => is_self_receiver(&r.expr),
        _ => false,
    }
}

/// `self.store`, `self.inner.pool`: a field reached from `self`.
fn is_self_field(expr: &Expr) -> bool {
    match expr {
        Expr::Field(f) => is_self_receiver(&f.base) || is_self_field(&f.base),
        Expr::Paren(p) => is_self_field(&p.expr),
        Expr::Reference(r) => is_self_field(&r.expr),
        _ => false,
    }
}

fn item_name(item: &syn::Item) -> Option<String> {
    let ident = match item {
        syn::Item::Fn(i) => &i.sig.ident,
        syn::Item::Mod(i) => &i.ident,
        syn::Item::Struct(i) => &i.ident,
        syn::Item::Enum(i) => &i.ident,
        syn::Item::Trait(i) => &i.ident,
        syn::Item::Type(i) => &i.ident,
        syn::Item::Const(i) => &i.ident,
        syn::Item::Static(i) => &i.ident,
        syn::Item::Union(i) => &i.ident,
        _ => return None,
    };
    Some(ident.to_string())
}

fn type_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_ident(&r.elem),
        _ => None,
    }
}

fn strip_pat_type(pat: &syn::Pat) -> &syn::Pat {
    match pat {
        syn::Pat::Type(p) => strip_pat_type(&p.pat),
        other => other,
    }
}

fn is_wrapper_call(func: &Expr) -> bool {
    matches!(
        path_text(func).as_str(),
        "Arc::new" | "Rc::new" | "Box::new" | "BufReader::new" | "Mutex::new"
    )
}

/// `a::b::c` of a path expression, without generics.
pub(crate) fn path_text(expr: &Expr) -> String {
    match expr {
        Expr::Path(p) => segment_names(&p.path).join("::"),
        _ => String::new(),
    }
}

pub(crate) fn literal_int(expr: &Expr) -> Option<u128> {
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => i.base10_parse().ok(),
        Expr::Paren(p) => literal_int(&p.expr),
        _ => None,
    }
}

/// `SCREAMING_CASE`: the naming convention of constants.
fn is_constant_name(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Where an expression starts, without converting it to tokens.
pub(crate) fn expr_start(expr: &Expr) -> Pos {
    fn first(span: TokenSpan) -> Pos {
        Pos::start_of(span)
    }
    match expr {
        Expr::Call(c) => expr_start(&c.func),
        Expr::MethodCall(m) => expr_start(&m.receiver),
        Expr::Field(f) => expr_start(&f.base),
        Expr::Await(a) => expr_start(&a.base),
        Expr::Try(t) => expr_start(&t.expr),
        Expr::Index(i) => expr_start(&i.expr),
        Expr::Paren(p) => first(p.paren_token.span.open()),
        Expr::Path(p) => match (&p.path.leading_colon, p.path.segments.first()) {
            (Some(colon), _) => first(colon.spans[0]),
            (None, Some(seg)) => first(seg.ident.span()),
            _ => first(p.span()),
        },
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .first()
            .map_or_else(Pos::default, |s| first(s.ident.span())),
        Expr::Lit(l) => first(l.lit.span()),
        _ => first(expr.span()),
    }
}
