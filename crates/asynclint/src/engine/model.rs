//! The semantic model of the file being walked: what every rule asks and none re-derives.
//! The walk ([`super::walk`]) keeps it current; rules only query it.
//!
//! - **Context**: the stack of [`Frame`]s says whether the code runs on an async task, on a
//!   sync thread, or on a thread it was handed to (`spawn_blocking`), and which async fn,
//!   block or closure encloses it.
//! - **Names and bindings**: the [`Resolver`] (module and block scopes, `use` trees, locals).
//!   Each local has a light type with the evidence it came from ([`TypeFact`]) and, for
//!   collections, an [`Origin`]: where its size comes from.
//! - **Structure**: the enclosing fns ([`FnScope`]: path, declared output, entry attribute)
//!   and loops ([`LoopScope`]: what a loop iterates).
//! - **Calls**: [`SemanticModel::classify_call`] resolves a call to an external API, a crate fn
//!   (only with evidence of the receiver's type for a method) or nothing.

use rustc_hash::{FxHashMap, FxHashSet};

use syn::Expr;

use super::catalog::Catalog;
use super::constructs::{block_value, expr_start, path_ends_with, path_is};
use super::facts::{Condition, Target};
use super::scope::{
    Resolved, Resolver, last_segment, segment_names, split_last_segment, with_ident_text,
};
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
    /// The sync fn whose blocking facts are being collected (an index into the file's fns).
    pub facts_fn: Option<usize>,
    /// The fn item being walked (offloading facts are attributed to it).
    pub item_fn: Option<usize>,
    /// Inside a closure passed to this crate fn (it may offload it).
    pub offload_guard: Option<Target>,
    /// Runs beside other work: inside the arguments of a spawn, a `join_all`, a `join!` or
    /// a `select!`'s futures.
    pub concurrent: bool,
    /// Inside the closure of a once cell or lazy value (`CONFIG.get_or_init(|| ..)`): it runs
    /// once per process, while the value is first built.
    pub once: bool,
    /// Inside a task its spawner awaits right away (the fn's flow, spawned so that a signal
    /// can abort it): these crate fns, spawned beside it, make it concurrent unless each only
    /// waits for a shutdown signal.
    pub beside_tasks: Vec<Target>,
}

/// The async fn, block or closure that encloses the code being walked. Its label is made
/// only when a diagnostic needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Owner {
    pub kind: OwnerKind,
    pub start: Pos,
    pub end: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OwnerKind {
    /// The fn at this index of the file's fns.
    Fn(usize),
    /// An async block that sync code hands to `block_on`: the start of a program, walked as
    /// the pseudo fn at this index of the file's fns.
    RootBlock(usize),
    Closure,
    Block,
}

impl OwnerKind {
    /// The fn whose own body this is (not a block or closure inside it).
    pub fn body_of(self) -> Option<usize> {
        match self {
            OwnerKind::Fn(index) | OwnerKind::RootBlock(index) => Some(index),
            OwnerKind::Closure | OwnerKind::Block => None,
        }
    }
}

/// Where a light type came from: the evidence a call's resolution rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// `self` in an impl or trait of the crate.
    SelfType,
    /// A field whose declared type is known.
    Field,
    /// A declared type: a parameter's, or a `let x: T` annotation.
    Declared,
    /// A constructor: `T::new(..)`, `T { .. }`, a catalogued API's return type.
    Constructor,
}

/// A light type: a full path (`std::fs::File`, `crate::store::Store`) and its evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TypeFact {
    pub path: String,
    pub evidence: Evidence,
}

/// Where the number of items of a collection (or of a loop's iterations) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Origin {
    #[default]
    Unknown,
    /// Fixed by the program: a literal, a range, a constant count (a worker pool).
    Fixed,
    /// A field: configured topology, domain-bounded sets (shards, peers, replicas).
    Field,
    /// Bounded by construction: `chunks(n)`, `take(n)`, a drained batch.
    Bounded,
    /// The `index`-th parameter of the enclosing fn: the caller decides the size.
    Param(usize),
    /// The result of I/O: a directory listing, lines, query rows, a deserialized array.
    Io(IoSource),
    /// Items received from a channel or queue, as many as the senders send.
    Channel,
}

/// The kind of I/O a collection comes from, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IoSource {
    DirListing,
    Lines,
    QueryRows,
    Deserialized,
    /// A web request's body or query (`Json<Backup>`), fields included.
    Request,
}

impl Origin {
    /// The size is set by input (the rule's evidence for an unbounded fan-out).
    pub fn is_input(self) -> bool {
        matches!(self, Origin::Param(_) | Origin::Io(_) | Origin::Channel)
    }
}

/// What a local is known to be.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocalInfo {
    pub ty: Option<TypeFact>,
    pub origin: Origin,
    /// An async closure (`async |x| ..`, `|x| async move { .. }`): calling it makes a future.
    pub async_closure: bool,
    /// Bound beside other values from one call (`conn` in `let (client, conn) = ..`): when
    /// spawned, it is the driver of a connection this fn keeps using.
    pub paired: bool,
}

/// An enclosing fn item.
#[derive(Debug, Clone)]
pub(crate) struct FnScope {
    /// Full path (`crate::a::Type::load`), as the index knows it.
    pub path: String,
    /// A task was spawned earlier in this fn's body.
    pub spawned: bool,
    /// Crate async fns spawned earlier in this fn's body as tasks of their own: they count
    /// as spawns unless the index finds that each only waits for a shutdown signal.
    pub spawned_tasks: Vec<Target>,
    /// The names of its parameters (`_` for patterns), in order.
    pub params: Vec<String>,
    /// An `async fn` (a sync fn's async blocks run wherever its caller takes the future).
    pub is_async: bool,
    /// The indexes of its integer parameters: a range up to one numbers input items.
    pub counts: Vec<usize>,
    /// Where this fn's loops start on the loop stack.
    pub loop_base: usize,
    /// The traits that bound a generic type parameter (`I` in `fn f<I: Importer>`) or a value
    /// parameter (`x: I`, `x: impl Importer`, `x: &dyn Importer`), by the parameter's name:
    /// a call through them dispatches to the trait's impls.
    pub trait_bounded: FxHashMap<String, Vec<String>>,
}

/// The kinds of loop the model tracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LoopKind {
    For,
    /// `while let` / `while`.
    While,
    /// `loop { .. }`.
    Loop,
    /// The closure of an iterator adapter (`xs.iter().map(|x| ..)`), once per element.
    Iterator,
}

/// An enclosing loop, and what it iterates.
#[derive(Debug, Clone)]
pub(crate) struct LoopScope {
    pub kind: LoopKind,
    pub origin: Origin,
    /// The names each iteration binds to its item (`job` in `while let Some(job) = ..`).
    pub items: Vec<String>,
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
    /// The type of a method call's receiver, when known.
    pub receiver_type: Option<TypeFact>,
}

impl CallInfo {
    pub fn receiver_path(&self) -> Option<&str> {
        self.receiver_type.as_ref().map(|t| t.path.as_str())
    }
}

pub(crate) struct SemanticModel<'a> {
    pub catalog: &'a Catalog,
    /// Names of every `async fn` of the crate (a cheap text scan before pass 1): a discarded
    /// call to a crate fn can only be an unawaited future if its name is among them.
    pub async_fn_names: &'a FxHashSet<String>,
    pub source: &'a SourceMap<'a>,
    pub path: &'a std::path::Path,
    pub resolver: Resolver,
    pub frames: Vec<Frame>,
    pub fns: Vec<FnScope>,
    pub loops: Vec<LoopScope>,
    /// Starts of calls whose result is awaited right away (`spawn(..).await`).
    pub awaited_calls: FxHashSet<Pos>,
    /// Starts of file opens whose handle is never read or written where it is opened
    /// ([`super::file_handles`]): one cheap syscall, not a blocking call to report. Each
    /// with the crate fns the handle is handed to: quiet only when one of those blocks (its
    /// reads are reported there).
    pub quiet_opens: FxHashMap<Pos, Vec<Target>>,
    /// The names of the file's fns (index as in the facts), for owner labels.
    pub fn_names: Vec<String>,
    /// Declared types of the named fields of the file's structs: (struct, field) to the full
    /// type path, smart pointers looked through (`store: Arc<OffsetStore>`).
    pub field_types: FxHashMap<(String, String), String>,
    /// Associated fns of the file's impls that return `Self` or the type (`Store::open`).
    pub constructors: FxHashSet<(String, String)>,
    /// The field types of the file's enums' tuple variants: (enum, variant) to one full type
    /// path (or `None`) per field. Named variant fields are in `field_types` under
    /// `Enum::Variant`.
    pub variant_fields: FxHashMap<(String, String), Vec<Option<String>>>,
    /// The library names of the workspace's other crates (`stash_core`): their types'
    /// constructors are known by the same conventions as this crate's.
    pub workspace_libs: Option<&'a std::collections::HashSet<String>>,
}

impl<'a> SemanticModel<'a> {
    pub fn new(
        catalog: &'a Catalog,
        async_fn_names: &'a FxHashSet<String>,
        source: &'a SourceMap<'a>,
        path: &'a std::path::Path,
        resolver: Resolver,
    ) -> Self {
        SemanticModel {
            catalog,
            async_fn_names,
            source,
            path,
            resolver,
            frames: vec![Frame {
                exec: Exec::Sync,
                inline_closure: false,
                owner: None,
                facts_fn: None,
                item_fn: None,
                offload_guard: None,
                concurrent: false,
                once: false,
                beside_tasks: Vec::new(),
            }],
            fns: Vec::new(),
            loops: Vec::new(),
            awaited_calls: FxHashSet::default(),
            quiet_opens: FxHashMap::default(),
            fn_names: Vec::new(),
            field_types: FxHashMap::default(),
            constructors: FxHashSet::default(),
            variant_fields: FxHashMap::default(),
            workspace_libs: None,
        }
    }

    /// A catalogued blocking call that costs no more than a metadata call here: cheap by
    /// nature, or a file open whose handle is not read or written, nor handed to a crate fn
    /// (a sync fn that calls a blocking crate fn blocks through it anyway).
    pub fn is_cheap_here(&self, api: &super::catalog::BlockingApi, start: Pos) -> bool {
        api.cheap || (api.opens && self.quiet_opens.get(&start).is_some_and(Vec::is_empty))
    }

    /// For a file open whose handle only goes to these crate fns, the fns: the open is quiet
    /// when one of them blocks.
    pub fn open_handed_to(
        &self,
        api: &super::catalog::BlockingApi,
        start: Pos,
    ) -> Option<&[Target]> {
        if !api.opens {
            return None;
        }
        self.quiet_opens
            .get(&start)
            .map(Vec::as_slice)
            .filter(|t| !t.is_empty())
    }

    // ------------------------------------------------------------------ context

    pub fn frame(&self) -> &Frame {
        self.frames.last().expect("the root frame is never popped")
    }

    pub fn in_async(&self) -> bool {
        self.frame().exec == Exec::Async
    }

    /// A full path into another crate of the workspace (`bridge::fetch_now`).
    pub fn in_workspace(&self, path: &str) -> bool {
        self.workspace_libs
            .is_some_and(|libs| libs.contains(super::scope::first_segment(path)))
    }

    pub fn current_fn(&self) -> Option<&FnScope> {
        self.fns.last()
    }

    /// For code directly in an async fn's body (not in a block or closure it spawns), the
    /// condition under which it is not part of a sequential program, which the crate index
    /// decides; `None` elsewhere.
    pub fn concurrency_condition(&self) -> Option<Condition> {
        if self.frame().concurrent {
            return None;
        }
        // An async block of a sync fn runs wherever the fn's caller takes its future: not
        // known to be a sequential program's, so reported as before.
        let scope = self.current_fn().filter(|scope| scope.is_async)?;
        Some(Condition::RunsConcurrently {
            fn_path: scope.path.clone(),
            after_spawn: scope.spawned,
            tasks: self.tasks_beside(),
        })
    }

    /// The crate fns spawned beside the code being walked, each a task that runs beside it
    /// unless it only waits for a shutdown signal.
    pub fn tasks_beside(&self) -> Vec<Target> {
        let spawned = self.current_fn().map_or(&[][..], |f| &f.spawned_tasks);
        let beside = &self.frame().beside_tasks;
        if beside.is_empty() {
            return spawned.to_vec();
        }
        spawned.iter().chain(beside).cloned().collect()
    }

    /// Loops of the current fn, innermost last.
    pub fn fn_loops(&self) -> &[LoopScope] {
        let base = self.current_fn().map_or(0, |f| f.loop_base);
        self.loops.get(base..).unwrap_or(&[])
    }

    pub fn push_loop(&mut self, kind: LoopKind, origin: Origin, items: Vec<String>) {
        self.loops.push(LoopScope {
            kind,
            origin,
            items,
        });
    }

    // ------------------------------------------------------------------ diagnostics

    pub fn span(&self, start: Pos, end: Pos) -> Span {
        self.source.span_of(start, end)
    }

    /// The byte offset of `pos` in the file as read (for the edits of a fix).
    pub fn file_offset(&self, pos: Pos) -> usize {
        self.source.offset(pos) + self.source.base()
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
            OwnerKind::Fn(index) => format!(
                "in this async fn `{}`",
                self.fn_names.get(index).map_or("?", String::as_str)
            ),
            OwnerKind::Closure => "in this async closure".to_string(),
            OwnerKind::Block | OwnerKind::RootBlock(_) => "in this async block".to_string(),
        };
        Label {
            span: self.span(owner.start, owner.end),
            message,
        }
    }

    // ------------------------------------------------------------------ types

    fn fact(&self, path: String, evidence: Evidence) -> TypeFact {
        TypeFact { path, evidence }
    }

    /// The type of an expression, when there is evidence for it.
    pub fn infer_type(&self, expr: &Expr) -> Option<TypeFact> {
        match expr {
            Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                with_ident_text(&p.path.segments[0].ident, |name| {
                    self.resolver.local(name).and_then(|l| l.ty.clone())
                })
            }
            Expr::Call(call) => self.call_result_type(call),
            Expr::Struct(s) if s.qself.is_none() => {
                match self.resolver.resolve(
                    &segment_names(&s.path),
                    s.path.leading_colon.is_some(),
                    self.catalog,
                ) {
                    Resolved::Path(full) => Some(self.fact(full, Evidence::Constructor)),
                    _ => None,
                }
            }
            Expr::MethodCall(m) => {
                let receiver = self.infer_type(&m.receiver)?;
                let method = m.method.to_string();
                let path = match self.catalog.method_return(&receiver.path, &method) {
                    Some(path) => path,
                    // What a crate method returns is known to the index only.
                    None if is_crate_type(&receiver.path) => {
                        format!("{DEFERRED}{}#{method}", receiver.path)
                    }
                    None => return None,
                };
                Some(TypeFact {
                    path,
                    evidence: receiver.evidence,
                })
            }
            Expr::Field(f) => {
                let syn::Member::Named(field) = &f.member else {
                    return None;
                };
                let (owner, owner_path) = if is_self_receiver(&f.base) {
                    (self.resolver.self_types.last()?.last()?.clone(), None)
                } else {
                    let ty = self.infer_type(&f.base)?;
                    (last_segment(&ty.path).to_string(), Some(ty.path))
                };
                let field = field.to_string();
                match self.field_types.get(&(owner, field.clone())) {
                    Some(path) => Some(self.fact(path.clone(), Evidence::Field)),
                    // A crate struct declared in another file (`State(app): State<AppState>`,
                    // then `app.store`): its field's type is known to the index only.
                    None => owner_path.filter(|path| is_crate_type(path)).map(|path| {
                        self.fact(format!("{DEFERRED}{path}%{field}"), Evidence::Field)
                    }),
                }
            }
            Expr::Try(t) => self.infer_type(&t.expr),
            // `if dry { Client::new_dry() } else { Client::new(url)? }`: the type every branch
            // gives.
            Expr::If(branch) => {
                let (_, otherwise) = branch.else_branch.as_ref()?;
                let then = self.infer_type(block_value(&branch.then_branch)?)?;
                let other = self.infer_type(otherwise)?;
                (then.path == other.path).then_some(then)
            }
            Expr::Block(block) => self.infer_type(block_value(&block.block)?),
            Expr::Await(a) => self.infer_type(&a.base),
            Expr::Paren(p) => self.infer_type(&p.expr),
            Expr::Reference(r) => self.infer_type(&r.expr),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => self.infer_type(&u.expr),
            Expr::Group(g) => self.infer_type(&g.expr),
            _ => None,
        }
    }

    /// The type a path call returns: a catalogued API's, a wrapper's argument, or a crate
    /// constructor's (`Store::new(..)`, `Store::default()`, an associated fn of this file
    /// declared to return `Self`).
    fn call_result_type(&self, call: &syn::ExprCall) -> Option<TypeFact> {
        match self.callee_of_path_call(call) {
            Callee::Api(path) => {
                if self.catalog.wrapper_fns.contains(&path) || is_wrapper_call(&call.func) {
                    return call.args.first().and_then(|a| self.infer_type(a));
                }
                if let Some(ty) = self.catalog.returns.get(&path).filter(|t| t.len() == 1) {
                    return Some(self.fact(ty[0].clone(), Evidence::Constructor));
                }
                // `Remote::new(cfg)` with `Remote` from a sibling crate of the workspace.
                let in_workspace = self.in_workspace(&path);
                let (ty, name) = type_and_fn(&path)?;
                (in_workspace && is_constructor_name(name))
                    .then(|| self.fact(ty.to_string(), Evidence::Constructor))
            }
            Callee::Crate(Target::Path(path)) => {
                if let Some((ty, name)) = type_and_fn(&path) {
                    let constructs = is_constructor_name(name)
                        || self
                            .constructors
                            .contains(&(last_segment(ty).to_string(), name.to_string()));
                    if constructs {
                        return Some(self.fact(ty.to_string(), Evidence::Constructor));
                    }
                }
                // What a crate fn returns is known to the index only.
                Some(self.fact(format!("{DEFERRED}{path}"), Evidence::Constructor))
            }
            _ => None,
        }
    }

    /// Tuple types of a call (`mpsc::channel()` gives `(Sender, Receiver)`).
    /// A tuple of `arity` elements from a crate fn (`let (file, format) = open_asset(..)?`)
    /// has element types only the index knows: `ret:crate::assets::open_asset@0`...
    pub fn infer_tuple(&self, expr: &Expr, arity: usize) -> Option<Vec<String>> {
        match expr {
            Expr::Call(call) => match self.callee_of_path_call(call) {
                Callee::Api(path) => self
                    .catalog
                    .returns
                    .get(&path)
                    .filter(|t| t.len() > 1)
                    .cloned(),
                Callee::Crate(Target::Path(path)) => Some(
                    (0..arity)
                        .map(|i| format!("{DEFERRED}{path}@{i}"))
                        .collect(),
                ),
                _ => None,
            },
            Expr::Try(t) => self.infer_tuple(&t.expr, arity),
            Expr::Paren(p) => self.infer_tuple(&p.expr, arity),
            Expr::Await(a) => self.infer_tuple(&a.base, arity),
            Expr::MethodCall(m)
                if with_ident_text(&m.method, |method| {
                    matches!(method, "unwrap" | "expect")
                        || self.catalog.passthrough_methods.contains(method)
                }) =>
            {
                self.infer_tuple(&m.receiver, arity)
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------------ calls

    pub fn callee_of_path_call(&self, call: &syn::ExprCall) -> Callee {
        let Expr::Path(p) = &*call.func else {
            return Callee::Unknown;
        };
        if p.qself.is_some() {
            return Callee::Unknown;
        }
        self.callee_of_path(&segment_names(&p.path), p.path.leading_colon.is_some())
    }

    /// The callee named by a path's segments.
    fn callee_of_path(&self, segments: &[String], leading_colon: bool) -> Callee {
        match self.resolver.resolve(segments, leading_colon, self.catalog) {
            Resolved::Path(full) if full.starts_with("crate") => Callee::Crate(Target::Path(full)),
            Resolved::Path(full) => Callee::Api(full),
            Resolved::Local | Resolved::Unknown => Callee::Unknown,
        }
    }

    /// The crate fn a path names, when it names one (`handler`, `Self::parse`).
    pub fn crate_fn_named(&self, path: &syn::ExprPath) -> Option<Target> {
        if path.qself.is_some() {
            return None;
        }
        match self.callee_of_path(
            &segment_names(&path.path),
            path.path.leading_colon.is_some(),
        ) {
            Callee::Crate(target) => Some(target),
            _ => None,
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

    pub fn path_call_info(&self, call: &syn::ExprCall) -> Option<CallInfo> {
        let start = expr_start(&call.func);
        let (callee, path_range, name) = match &*call.func {
            Expr::Path(p) => {
                let last = p.path.segments.last()?;
                let mut segments = segment_names(&p.path);
                let callee = if p.qself.is_some() {
                    Callee::Unknown
                } else {
                    self.callee_of_path(&segments, p.path.leading_colon.is_some())
                };
                // The last segment's name, already made.
                let name = segments.pop().unwrap_or_default();
                (callee, Some((start, Pos::end_of(last.ident.span()))), name)
            }
            _ => (Callee::Unknown, None, String::new()),
        };
        Some(CallInfo {
            callee,
            start,
            end: Pos::end_of(call.paren_token.span.close()),
            path_range,
            is_method: false,
            name,
            receiver_type: None,
        })
    }

    /// A method call resolves to a crate method only with evidence of the receiver's type;
    /// on a receiver of unknown type it is an API only through a catalogued trait in scope.
    pub fn method_call_info(&self, call: &syn::ExprMethodCall) -> CallInfo {
        let name = call.method.to_string();
        let receiver_type = self.infer_type(&call.receiver);
        let callee = match &receiver_type {
            Some(ty) if is_crate_type(&ty.path) => Callee::Crate(Target::Method {
                ty: ty.path.clone(),
                name: name.clone(),
            }),
            Some(ty) => Callee::Api(format!("{}::{name}", ty.path)),
            None => match self.trait_in_scope_for(&name) {
                Some(trait_path) => Callee::Api(format!("{trait_path}::{name}")),
                None => Callee::Unknown,
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
                    Resolved::Path(full) if full == *trait_path
                );
                in_scope.then_some(trait_path.as_str())
            })
    }

    /// True when a sync closure passed to this call runs on another thread.
    pub fn call_offloads(&self, call: &CallInfo) -> bool {
        if self.catalog.name_offloads(&call.name) {
            return true;
        }
        match &call.callee {
            Callee::Api(path) if !call.is_method => self.catalog.offload_fns.contains(path),
            _ if call.is_method => self.catalog.offload_methods.contains(&call.name),
            _ => false,
        }
    }

    /// A spawn that returns a `JoinHandle` the caller must keep (`tokio::spawn`,
    /// `Handle::spawn`), as opposed to a `JoinSet` that tracks its tasks.
    pub fn is_handle_spawn(&self, call: &CallInfo) -> bool {
        match &call.callee {
            Callee::Api(path) if !call.is_method => self.catalog.spawn_fns.contains(path),
            _ if call.is_method => {
                self.catalog.spawn_methods.contains(&call.name)
                    && call
                        .receiver_path()
                        .is_some_and(|ty| self.catalog.spawn_types.contains(ty))
            }
            _ => false,
        }
    }

    /// Any call that starts a task now: a handle spawn, `JoinSet::spawn`,
    /// `TaskTracker::spawn`, or a push into a `FuturesUnordered` (which runs it when polled
    /// with the rest).
    pub fn starts_task(&self, call: &CallInfo) -> bool {
        if self.is_handle_spawn(call) {
            return true;
        }
        let Some(ty) = call.receiver_path() else {
            return false;
        };
        (call.name.starts_with("spawn") && self.catalog.tracked_spawn_types.contains(ty))
            || (call.name == "push" && self.catalog.future_sets.contains(ty))
    }

    /// A receive on a channel of known type (`rx.recv()` on a tokio or std receiver).
    pub fn is_channel_receive(&self, expr: &Expr) -> bool {
        let Expr::MethodCall(call) = strip(expr) else {
            return false;
        };
        let method = &call.method;
        if !(method == "recv" || method == "recv_async" || method == "recv_many") {
            return false;
        }
        self.infer_type(&call.receiver)
            .is_some_and(|ty| self.catalog.channel_receivers.contains(&ty.path))
    }

    // ------------------------------------------------------------------ origins

    /// Where the size of a collection (or the count of a range) comes from.
    pub fn origin_of(&self, expr: &Expr) -> Origin {
        match expr {
            Expr::Paren(p) => self.origin_of(&p.expr),
            Expr::Group(g) => self.origin_of(&g.expr),
            Expr::Reference(r) => self.origin_of(&r.expr),
            Expr::Try(t) => self.origin_of(&t.expr),
            Expr::Await(a) => self.origin_of(&a.base),
            Expr::Array(_) | Expr::Repeat(_) | Expr::Tuple(_) | Expr::Lit(_) => Origin::Fixed,
            Expr::Range(r) => match r.end.as_deref().map(strip) {
                // `0..items.len()`: as many as the collection holds.
                Some(Expr::MethodCall(m)) if m.method == "len" => self.origin_of(&m.receiver),
                // `1..=count` with `count` a parameter: as many as the caller asks for.
                Some(end @ Expr::Path(_)) => match self.origin_of(end) {
                    origin @ Origin::Param(_) => origin,
                    _ => Origin::Fixed,
                },
                _ => Origin::Fixed,
            },
            Expr::Macro(m) => {
                if m.mac.path.is_ident("vec") {
                    Origin::Fixed
                } else {
                    Origin::Unknown
                }
            }
            Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                let name = p.path.segments[0].ident.to_string();
                match self.resolver.local(&name) {
                    Some(local) => local.origin,
                    None => Origin::Unknown,
                }
            }
            Expr::Path(_) => Origin::Fixed,
            // A field of a request's body is what the client sent; other fields are the
            // program's own (configuration, topology).
            Expr::Field(f) => match self.origin_of(&f.base) {
                Origin::Io(_) => Origin::Io(IoSource::Request),
                _ => Origin::Field,
            },
            Expr::Index(i) => match strip(&i.index) {
                Expr::Range(_) => Origin::Bounded,
                _ => Origin::Unknown,
            },
            Expr::MethodCall(m) => self.method_origin(m),
            Expr::Call(call) => self.call_origin(call),
            _ => Origin::Unknown,
        }
    }

    /// The origin of each item a loop over `expr` binds: a chunk of `xs.chunks(n)` is a
    /// bounded collection itself.
    pub fn item_origin(&self, expr: &Expr) -> Origin {
        let mut expr = strip(expr);
        loop {
            match expr {
                Expr::Reference(r) => expr = strip(&r.expr),
                Expr::MethodCall(m) => {
                    let method = m.method.to_string();
                    if matches!(
                        method.as_str(),
                        "chunks" | "chunks_exact" | "rchunks" | "array_chunks" | "windows"
                    ) {
                        return Origin::Bounded;
                    }
                    if !self.catalog.origin_passing_methods.contains(&method) {
                        return Origin::Unknown;
                    }
                    expr = strip(&m.receiver);
                }
                _ => return Origin::Unknown,
            }
        }
    }

    fn method_origin(&self, call: &syn::ExprMethodCall) -> Origin {
        let method = call.method.to_string();
        let catalog = self.catalog;
        if catalog.origin_bounding_methods.contains(&method) {
            return Origin::Bounded;
        }
        if method == "drain" {
            return match call.args.first().map(strip) {
                // `drain(..BATCH.min(queue.len()))`: a batch of at most BATCH items.
                Some(Expr::Range(r)) if r.end.is_some() => Origin::Bounded,
                _ => self.origin_of(&call.receiver),
            };
        }
        if catalog.origin_passing_methods.contains(&method) {
            return self.origin_of(&call.receiver);
        }
        if let Some(source) = catalog.io_collection_methods.get(&method) {
            return Origin::Io(*source);
        }
        if method == "lines" || method == "split" || method == "split_whitespace" {
            let receiver_origin = self.origin_of(&call.receiver);
            if matches!(receiver_origin, Origin::Io(_)) {
                return Origin::Io(IoSource::Lines);
            }
            let reads_io = self
                .infer_type(&call.receiver)
                .is_some_and(|ty| catalog.line_readers.contains(&ty.path));
            return if reads_io {
                Origin::Io(IoSource::Lines)
            } else {
                Origin::Unknown
            };
        }
        if method == "json" {
            let typed_array = call
                .turbofish
                .as_ref()
                .and_then(|t| t.args.first())
                .is_some_and(
                    |arg| matches!(arg, syn::GenericArgument::Type(ty) if is_sequence_type(ty)),
                );
            if typed_array {
                return Origin::Io(IoSource::Deserialized);
            }
        }
        Origin::Unknown
    }

    fn call_origin(&self, call: &syn::ExprCall) -> Origin {
        match self.callee_of_path_call(call) {
            Callee::Api(path) => {
                if let Some(source) = self.catalog.io_collection_fns.get(&path) {
                    return Origin::Io(*source);
                }
                if self.catalog.origin_passing_fns.contains(&path) {
                    return call
                        .args
                        .first()
                        .map_or(Origin::Unknown, |a| self.origin_of(a));
                }
                Origin::Unknown
            }
            _ => {
                // `Vec::from(items)`, `HashSet::from_iter(items)` and the like keep the
                // origin of what they copy.
                if path_ends_with(&call.func, &["from", "from_iter"]) {
                    call.args
                        .first()
                        .map_or(Origin::Unknown, |a| self.origin_of(a))
                } else {
                    Origin::Unknown
                }
            }
        }
    }
}

/// A type the crate index resolves: `ret:<fn path>` is what that crate fn returns, and
/// `ret:<type>#<method>` what that crate method returns (`<type>` may be deferred itself).
pub(crate) const DEFERRED: &str = "ret:";

/// A crate type, or one only the index can name.
pub(crate) fn is_crate_type(path: &str) -> bool {
    path.starts_with("crate") || path.starts_with(DEFERRED)
}

/// Parentheses and invisible groups removed.
pub(crate) fn strip(mut expr: &Expr) -> &Expr {
    loop {
        match expr {
            Expr::Paren(p) => expr = &p.expr,
            Expr::Group(g) => expr = &g.expr,
            _ => return expr,
        }
    }
}

/// `Vec<T>`, `[T]`, `VecDeque<T>`...: a type that holds a sequence of items.
fn is_sequence_type(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Slice(_) | syn::Type::Array(_) => true,
        syn::Type::Path(p) => p.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "Vec" | "VecDeque" | "HashSet" | "BTreeSet" | "HashMap" | "BTreeMap"
            )
        }),
        syn::Type::Reference(r) => is_sequence_type(&r.elem),
        _ => false,
    }
}

pub(crate) fn is_self_receiver(expr: &Expr) -> bool {
    match expr {
        Expr::Path(p) => p.path.is_ident("self"),
        Expr::Paren(p) => is_self_receiver(&p.expr),
        Expr::Reference(r) => is_self_receiver(&r.expr),
        _ => false,
    }
}

/// `Arc::new(x)`, `Box::new(x)`: the wrapper keeps the type of what it wraps. A `Mutex` is
/// not a wrapper: `Mutex::new(file)` is a lock, whatever it guards.
fn is_wrapper_call(func: &Expr) -> bool {
    [
        ["Arc", "new"],
        ["Rc", "new"],
        ["Box", "new"],
        ["BufReader", "new"],
        ["Arc", "clone"],
        ["Rc", "clone"],
    ]
    .iter()
    .any(|wrapper| path_is(func, wrapper))
}

/// `Type::f` split into the type's path and the fn's name, when the type is named like one.
fn type_and_fn(path: &str) -> Option<(&str, &str)> {
    let (ty, name) = split_last_segment(path)?;
    last_segment(ty)
        .starts_with(|c: char| c.is_ascii_uppercase())
        .then_some((ty, name))
}

/// The names of associated fns that build their type by convention: `new`, `default`,
/// `new_*`, `with_*`, and `parse` (clap's `Cli::parse()`, `Url::parse(..)`: `Self` or
/// `Result<Self, _>`).
fn is_constructor_name(name: &str) -> bool {
    matches!(
        name,
        "new" | "default" | "parse" | "try_parse" | "parse_from" | "try_parse_from" | "from_args"
    ) || name.starts_with("new_")
        || name.starts_with("with_")
}
