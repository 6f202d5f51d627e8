//! The one walk over a file's AST. It keeps the [`SemanticModel`] current (context frames,
//! scopes and bindings with their types and origins, fns, loops), records the file's
//! contributions to the crate index, and at each event asks the rules in [`crate::rules`] to
//! look: a call (before and after its arguments), a discarded value, a finished statement, a
//! `let`, an `.await`, a loop's start and end, a fn's start and end. Rules never walk the tree
//! themselves and never see the walker; they get the model and their own state.

use std::collections::HashSet;

use rustc_hash::{FxHashMap, FxHashSet};

use syn::punctuated::Punctuated;
use syn::visit::{self, Visit};
use syn::{Expr, Stmt};

use super::Edition;
use super::catalog::Catalog;
use super::constructs::{
    self, binds_a_name, block_value, body_runs_forever, expr_start, is_async_closure,
    is_runtime_entry_attribute, last_uses, returns_unit, strip_pat_type, tokens_mention,
};
use super::cx::Cx;
use super::facts::{ArgFlow, BlockKind, CallSite, Flow, FnFacts, Output, ReturnedCall, Target};
use super::file_handles::{self, HandleUse};
use super::macros::{self, MacroBody};
use super::model::{
    CallInfo, Callee, DEFERRED, Evidence, Exec, FnScope, Frame, IoSource, LocalInfo, LoopKind,
    Origin, Owner, OwnerKind, SemanticModel, TypeFact, strip,
};
use super::scope::{self, Resolver, with_ident_text};
use super::source_map::{Pos, SourceMap};
use crate::rules::{self, Call, Discard, RuleStates};

pub(crate) struct Walker<'a> {
    pub model: SemanticModel<'a>,
    pub out: Output,
    rules: RuleStates,
    /// Closure variables that a later statement of the block hands to an offloading call.
    offloaded_vars: Vec<FxHashSet<String>>,
    /// Closure variables that a later statement of the block calls, or hands to a call that
    /// runs it (`.map(parse)`): they run inline.
    inline_vars: Vec<FxHashSet<String>>,
    /// Spawns whose task the spawner awaits right away, by the spawn call's start, with the
    /// crate fns spawned beside them (see [`Walker::note_flow_spawn`]).
    flow_spawns: FxHashMap<Pos, Vec<Target>>,
    /// Nesting of macro bodies being walked (macro bodies can contain macros).
    macro_depth: usize,
    /// Where the async block that sync code hands to `block_on` starts (walked as a root).
    root_block: Option<Pos>,
    /// The library names of the other crates of the workspace: calls into them are recorded
    /// for the index to follow.
    pub workspace_libs: Option<&'a HashSet<String>>,
    /// For each `impl` or `trait` being walked: the trait it implements or declares.
    impl_traits: Vec<Option<String>>,
}

impl<'a> Walker<'a> {
    pub fn new(
        catalog: &'a Catalog,
        async_fn_names: &'a FxHashSet<String>,
        source: &'a SourceMap<'a>,
        path: &'a std::path::Path,
        edition: Edition,
        module_path: Vec<String>,
    ) -> Self {
        let resolver = Resolver::new(module_path, edition);
        Walker {
            model: SemanticModel::new(catalog, async_fn_names, source, path, resolver),
            out: Output::default(),
            rules: RuleStates::default(),
            offloaded_vars: Vec::new(),
            inline_vars: Vec::new(),
            flow_spawns: FxHashMap::default(),
            macro_depth: 0,
            root_block: None,
            workspace_libs: None,
            impl_traits: Vec::new(),
        }
    }

    /// Runs `check` with the rules' view of the walk: the model, the output, their states.
    fn rules(&mut self, check: impl FnOnce(&mut Cx<'_, 'a>, &mut RuleStates)) {
        let mut cx = Cx {
            model: &self.model,
            out: &mut self.out,
        };
        check(&mut cx, &mut self.rules);
    }

    fn catalog(&self) -> &'a Catalog {
        self.model.catalog
    }

    // ------------------------------------------------------------------ items

    fn prescan_items<'i>(
        &mut self,
        items: impl Iterator<Item = &'i syn::Item> + Clone,
        record_aliases: bool,
    ) {
        for item in items.clone() {
            if let Some(name) = item_name(item) {
                self.model.resolver.declare_item(&name);
            }
            if let syn::Item::Impl(imp) = item {
                self.record_constructors(imp);
            }
        }
        let catalog = self.catalog();
        let mut uses: Vec<(&syn::ItemUse, UseBindings)> = Vec::new();
        for item in items.clone() {
            if let syn::Item::Use(u) = item {
                let bindings =
                    self.model
                        .resolver
                        .add_use(&u.tree, u.leading_colon.is_some(), catalog);
                uses.push((u, bindings));
            }
        }
        // `use fs::File;` before `use fs_err as fs;` (the order rustfmt sorts them in): a
        // `use` that starts from another `use` of the module resolves once that one is known.
        let bound: FxHashSet<String> = uses
            .iter()
            .flat_map(|(_, bindings)| bindings.iter().map(|(name, _)| name.clone()))
            .collect();
        for (u, bindings) in &mut uses {
            let starts_from_a_use = match &u.tree {
                syn::UseTree::Path(p) => {
                    u.leading_colon.is_none() && bound.contains(&p.ident.to_string())
                }
                _ => false,
            };
            if starts_from_a_use {
                *bindings = self.model.resolver.add_use(&u.tree, false, catalog);
            }
        }
        if record_aliases {
            let module = self.model.resolver.module_path().join("::");
            for (name, target) in uses.into_iter().flat_map(|(_, bindings)| bindings) {
                // `pub use hickory_resolver as resolver;`: a sibling crate of the workspace
                // under a name of this one, which the index follows into that crate.
                let sibling = target
                    .first()
                    .is_some_and(|first| self.model.in_workspace(first));
                if sibling || target.first().is_some_and(|s| s.starts_with("crate")) {
                    self.out
                        .facts
                        .aliases
                        .push((format!("{module}::{name}"), target.join("::")));
                }
            }
        }
        // After the `use`s: field types resolve through them.
        for item in items {
            match item {
                syn::Item::Struct(s) => self.record_field_types(s),
                syn::Item::Enum(e) => self.record_variant_fields(e),
                _ => {}
            }
        }
    }

    fn record_field_types(&mut self, item: &syn::ItemStruct) {
        let syn::Fields::Named(fields) = &item.fields else {
            return;
        };
        // `struct Service<S: Store> { store: S }`: the field has the trait's methods.
        let catalog = self.catalog();
        self.model.resolver.push_block();
        self.model
            .resolver
            .bind_generic_bounds(&item.generics, catalog);
        for field in &fields.named {
            let Some(ident) = &field.ident else { continue };
            if let Some(ty) = self.model.resolver.resolve_type(&field.ty, catalog) {
                self.model
                    .field_types
                    .insert((item.ident.to_string(), ident.to_string()), ty);
            }
        }
        self.model.resolver.pop();
    }

    /// `enum Cmd { Account(account::Cmd), Wrapped { year: u32 } }`: the types a match arm's
    /// pattern binds.
    fn record_variant_fields(&mut self, item: &syn::ItemEnum) {
        let catalog = self.catalog();
        let enum_name = item.ident.to_string();
        for variant in &item.variants {
            let variant_name = variant.ident.to_string();
            match &variant.fields {
                syn::Fields::Unnamed(fields) => {
                    let types = fields
                        .unnamed
                        .iter()
                        .map(|f| self.model.resolver.resolve_type(&f.ty, catalog))
                        .collect();
                    self.model
                        .variant_fields
                        .insert((enum_name.clone(), variant_name), types);
                }
                syn::Fields::Named(fields) => {
                    for field in &fields.named {
                        let (Some(ident), Some(ty)) = (
                            &field.ident,
                            self.model.resolver.resolve_type(&field.ty, catalog),
                        ) else {
                            continue;
                        };
                        self.model.field_types.insert(
                            (format!("{enum_name}::{variant_name}"), ident.to_string()),
                            ty,
                        );
                    }
                }
                syn::Fields::Unit => {}
            }
        }
    }

    /// `Self::Account(account)` / `Cmd::Account(account)`: the enum and variant a pattern
    /// names, when it names them with a path the file can read.
    fn variant_of(&self, path: &syn::Path) -> Option<(String, String)> {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let [.., owner, variant] = segments.as_slice() else {
            return None;
        };
        let owner = if owner == "Self" {
            self.model.resolver.self_types.last()?.last()?.clone()
        } else {
            owner.clone()
        };
        Some((owner, variant.clone()))
    }

    /// `impl Store { fn open(..) -> Result<Self> }`: `Store::open` constructs a `Store`.
    fn record_constructors(&mut self, imp: &syn::ItemImpl) {
        if imp.trait_.is_some() {
            return;
        }
        let Some(type_name) = type_ident(&imp.self_ty) else {
            return;
        };
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            if f.sig.receiver().is_some() {
                continue;
            }
            if let syn::ReturnType::Type(_, ty) = &f.sig.output {
                if returns_self(ty, &type_name) {
                    self.model
                        .constructors
                        .insert((type_name.clone(), f.sig.ident.to_string()));
                }
            }
        }
    }

    fn enter_fn(
        &mut self,
        attrs: &[syn::Attribute],
        sig: &syn::Signature,
        block: &syn::Block,
        is_method: bool,
        exported: bool,
    ) {
        let name = sig.ident.to_string();
        let is_async = sig.asyncness.is_some();
        // `#[tokio::main] async fn` is a sync fn that builds a runtime and blocks on its body.
        let entry = is_async && attrs.iter().any(is_runtime_entry_attribute);
        let self_type = if is_method {
            self.model.resolver.self_types.last()
        } else {
            None
        };
        let path = qualified_name(
            self_type.map_or_else(|| self.model.resolver.module_path(), Vec::as_slice),
            &name,
        );
        let self_type = self_type.and_then(|t| t.last().cloned());
        let index = self.out.facts.fns.len();
        self.out.facts.fns.push(FnFacts {
            path: path.clone(),
            name: name.clone(),
            self_type,
            is_async: is_async && !entry,
            returns_unit: returns_unit(sig),
            runs_forever: is_async && body_runs_forever(block),
            output: lost_output_text(sig, is_async && !entry),
            returns: self.returned_type(&sig.output),
            entry,
            exported,
            housekeeping: is_async
                && (self.block_waits_for_a_signal(block) || self.only_ticks(block)),
            trait_name: if is_method {
                self.impl_traits.last().cloned().flatten()
            } else {
                None
            },
            blocking: if entry {
                vec![(
                    "tokio::runtime::Runtime::block_on".to_string(),
                    BlockKind::BlockOn,
                    None,
                )]
            } else {
                Vec::new()
            },
            ..FnFacts::default()
        });
        self.model.fn_names.push(name);
        let owner = is_async.then(|| Owner {
            kind: OwnerKind::Fn(index),
            start: Pos::start_of(sig.asyncness.map_or(sig.fn_token.span, |a| a.span)),
            end: Pos::end_of(sig.ident.span()),
        });
        let guard = self.model.frame().offload_guard.clone();
        self.model.frames.push(Frame {
            exec: if is_async { Exec::Async } else { Exec::Sync },
            inline_closure: false,
            owner,
            facts_fn: (!is_async).then_some(index),
            item_fn: Some(index),
            offload_guard: if is_async { None } else { guard },
            concurrent: false,
            once: false,
            beside_tasks: Vec::new(),
        });
        self.model.fns.push(FnScope {
            path,
            spawned: false,
            spawned_tasks: Vec::new(),
            params: sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => Some(match strip_pat_type(&typed.pat) {
                        syn::Pat::Ident(p) => p.ident.to_string(),
                        _ => "_".to_string(),
                    }),
                    syn::FnArg::Receiver(_) => None,
                })
                .collect(),
            is_async,
            counts: Vec::new(),
            loop_base: self.model.loops.len(),
            trait_bounded: trait_bounded_params(sig),
        });
        self.rules(|cx, states| rules::on_fn_start(cx, states));
        self.model.resolver.push_block();
        let catalog = self.catalog();
        self.model
            .resolver
            .bind_generic_bounds(&sig.generics, catalog);
        let mut param = 0;
        for input in &sig.inputs {
            match input {
                syn::FnArg::Receiver(_) => {
                    let ty = self.model.resolver.self_types.last().map(|t| TypeFact {
                        path: t.join("::"),
                        evidence: Evidence::SelfType,
                    });
                    self.model.resolver.declare_local(
                        "self",
                        LocalInfo {
                            ty,
                            ..LocalInfo::default()
                        },
                    );
                }
                syn::FnArg::Typed(typed) => {
                    // `State(app): State<AppState>`: the binding holds the one type argument.
                    let (pattern, declared) =
                        unpacked_newtype(&typed.pat, &typed.ty).unwrap_or((&typed.pat, &typed.ty));
                    let ty = self.declared_type(declared);
                    let origin = if is_request_extractor(&typed.ty) {
                        Origin::Io(IoSource::Request)
                    } else if is_collection_type(&typed.ty) {
                        Origin::Param(param)
                    } else if is_count_type(&typed.ty) {
                        if let Some(scope) = self.model.fns.last_mut() {
                            scope.counts.push(param);
                        }
                        Origin::Param(param)
                    } else {
                        Origin::Unknown
                    };
                    self.declare_pattern(pattern, ty, origin);
                    param += 1;
                }
            }
        }
        if let Some(Stmt::Expr(value, None)) = block.stmts.last() {
            self.note_returned_opens(value);
        }
        self.visit_block(block);
        self.model.resolver.pop();
        self.rules(|cx, states| rules::on_fn_end(cx, states));
        if let Some(scope) = self.model.fns.pop() {
            while self.model.loops.len() > scope.loop_base {
                self.pop_loop();
            }
        }
        self.model.frames.pop();
    }

    /// What a call of a fn with this output gives its caller, once awaited and unwrapped:
    /// `Result<Option<Arc<Store>>, E>` gives `Store`'s full path.
    fn returned_type(&self, output: &syn::ReturnType) -> Option<String> {
        let syn::ReturnType::Type(_, ty) = output else {
            return None;
        };
        self.unwrapped_type(ty)
    }

    /// A type's full path once `&`, `Result`, `Option`, `Arc`, `Rc` and `Box` are taken off;
    /// a tuple's as `(a,b)`, with `_` for an element of unknown type.
    fn unwrapped_type(&self, mut ty: &syn::Type) -> Option<String> {
        loop {
            match ty {
                syn::Type::Tuple(tuple) if !tuple.elems.is_empty() => {
                    let elements: Vec<String> = tuple
                        .elems
                        .iter()
                        .map(|element| match element {
                            syn::Type::Tuple(_) => "_".to_string(),
                            element => self
                                .unwrapped_type(element)
                                .unwrap_or_else(|| "_".to_string()),
                        })
                        .collect();
                    return Some(format!("({})", elements.join(",")));
                }
                syn::Type::Reference(r) => ty = &r.elem,
                syn::Type::Paren(p) => ty = &p.elem,
                syn::Type::Path(p) if p.qself.is_none() => {
                    let last = p.path.segments.last()?;
                    let unwraps = matches!(
                        last.ident.to_string().as_str(),
                        "Result" | "Option" | "Arc" | "Rc" | "Box"
                    );
                    match (&last.arguments, unwraps) {
                        (syn::PathArguments::AngleBracketed(args), true) => {
                            let Some(syn::GenericArgument::Type(inner)) = args.args.first() else {
                                return None;
                            };
                            ty = inner;
                        }
                        _ => return self.model.resolver.resolve_type(ty, self.catalog()),
                    }
                }
                _ => return None,
            }
        }
    }

    /// `runtime.block_on(async { .. })`: the block is the start of a program, walked as a
    /// pseudo async fn that is a runtime root (for the index's sequential analysis).
    fn walk_root_block(&mut self, block: &syn::ExprAsync, start: Pos, end: Pos) {
        let enclosing = self.model.current_fn().map_or_else(
            || self.model.resolver.module_path().join("::"),
            |f| f.path.clone(),
        );
        let path = format!("{enclosing}::{{block_on}}");
        let index = self.out.facts.fns.len();
        self.out.facts.fns.push(FnFacts {
            path: path.clone(),
            name: "{block_on}".to_string(),
            is_async: true,
            returns_unit: true,
            entry: true,
            output: "()".to_string(),
            ..FnFacts::default()
        });
        self.model.fn_names.push("{block_on}".to_string());
        let frame = self.model.frame().clone();
        self.model.frames.push(Frame {
            exec: Exec::Async,
            inline_closure: false,
            owner: Some(Owner {
                kind: OwnerKind::RootBlock(index),
                start,
                end,
            }),
            facts_fn: None,
            item_fn: Some(index),
            ..frame
        });
        self.model.fns.push(FnScope {
            path,
            spawned: false,
            spawned_tasks: Vec::new(),
            params: Vec::new(),
            is_async: true,
            counts: Vec::new(),
            loop_base: self.model.loops.len(),
            trait_bounded: FxHashMap::default(),
        });
        self.rules(|cx, states| rules::on_fn_start(cx, states));
        self.visit_block(&block.block);
        self.rules(|cx, states| rules::on_fn_end(cx, states));
        if let Some(scope) = self.model.fns.pop() {
            while self.model.loops.len() > scope.loop_base {
                self.pop_loop();
            }
        }
        self.model.frames.pop();
    }

    fn with_self_type(&mut self, ty: &syn::Type, walk: impl FnOnce(&mut Self)) {
        let resolved = self
            .model
            .resolver
            .resolve_type(ty, self.catalog())
            .map(|p| p.split("::").map(str::to_string).collect());
        let path = match resolved {
            Some(p) => p,
            None => {
                let mut path = self.model.resolver.module_path().to_vec();
                path.push(type_ident(ty).unwrap_or_else(|| "_".to_string()));
                path
            }
        };
        self.model.resolver.self_types.push(path);
        walk(self);
        self.model.resolver.self_types.pop();
    }

    // ------------------------------------------------------------------ locals

    /// Declares the names a pattern binds, with a type and an origin for `name` patterns.
    fn declare_pattern(&mut self, pat: &syn::Pat, ty: Option<TypeFact>, origin: Origin) {
        match pat {
            syn::Pat::Ident(p) => {
                self.model.resolver.declare_local(
                    &p.ident.to_string(),
                    LocalInfo {
                        ty,
                        origin,
                        ..LocalInfo::default()
                    },
                );
                if let Some((_, sub)) = &p.subpat {
                    self.declare_pattern(sub, None, Origin::Unknown);
                }
            }
            syn::Pat::Type(p) => {
                // `State(app): State<AppState>`: a newtype unpacked by its own name holds its
                // one type argument.
                if let Some((inner, inner_ty)) = unpacked_newtype(&p.pat, &p.ty) {
                    let declared = self.declared_type(inner_ty);
                    self.declare_pattern(inner, declared, origin);
                    return;
                }
                let declared = self.declared_type(&p.ty);
                self.declare_pattern(&p.pat, declared.or(ty), origin);
            }
            syn::Pat::Reference(p) => self.declare_pattern(&p.pat, ty, origin),
            syn::Pat::Paren(p) => self.declare_pattern(&p.pat, ty, origin),
            syn::Pat::Tuple(p) => {
                for elem in &p.elems {
                    self.declare_pattern(elem, None, Origin::Unknown);
                }
            }
            syn::Pat::TupleStruct(p) => {
                let types = self
                    .variant_of(&p.path)
                    .and_then(|key| self.model.variant_fields.get(&key).cloned())
                    .unwrap_or_default();
                // `Json(orders): Json<Vec<Order>>`: the wrapped value keeps the origin.
                let single = p.elems.len() == 1;
                for (i, elem) in p.elems.iter().enumerate() {
                    let ty = types.get(i).cloned().flatten().map(|path| TypeFact {
                        path,
                        evidence: Evidence::Declared,
                    });
                    let origin = if single { origin } else { Origin::Unknown };
                    self.declare_pattern(elem, ty, origin);
                }
            }
            syn::Pat::Struct(p) => {
                let owner = p
                    .qself
                    .is_none()
                    .then(|| self.variant_of(&p.path))
                    .flatten()
                    .map(|(owner, variant)| format!("{owner}::{variant}"));
                for field in &p.fields {
                    let ty = match (&owner, &field.member) {
                        (Some(owner), syn::Member::Named(name)) => self
                            .model
                            .field_types
                            .get(&(owner.clone(), name.to_string()))
                            .map(|path| TypeFact {
                                path: path.clone(),
                                evidence: Evidence::Declared,
                            }),
                        _ => None,
                    };
                    self.declare_pattern(&field.pat, ty, Origin::Unknown);
                }
            }
            syn::Pat::Slice(p) => {
                for elem in &p.elems {
                    self.declare_pattern(elem, None, Origin::Unknown);
                }
            }
            syn::Pat::Guard(p) => self.declare_pattern(&p.pat, ty, origin),
            syn::Pat::Or(p) => {
                if let Some(first) = p.cases.first() {
                    self.declare_pattern(first, None, Origin::Unknown);
                }
            }
            _ => {}
        }
    }

    // ------------------------------------------------------------------ calls

    fn on_call(&mut self, call: &Call) {
        let flow = self.flow_spawns.contains_key(&call.info.start);
        let holds_nothing = call
            .args
            .first()
            .is_some_and(|future| self.holds_nothing_up(future));
        if self.model.starts_task(&call.info) && !flow && !holds_nothing {
            // A crate fn spawned as a task of its own may only wait for a shutdown signal:
            // the index decides.
            let task = call
                .args
                .first()
                .and_then(|future| self.spawned_crate_fn(future));
            if let Some(scope) = self.model.fns.last_mut() {
                match task {
                    Some(target) => scope.spawned_tasks.push(target),
                    None => scope.spawned = true,
                }
            }
        }
        let offloads = match &call.info.callee {
            Callee::Api(path) => self.catalog().offload_fns.contains(path),
            _ => false,
        } || (call.info.is_method
            && matches!(call.info.name.as_str(), "spawn_blocking" | "block_in_place"))
            || self.catalog().name_offloads(&call.info.name);
        if offloads {
            if let Some(index) = self.model.frame().item_fn {
                self.out.facts.fns[index].offloads = true;
            }
        }
        self.record_sync_facts(&call.info);
        self.record_async_call(call);
        self.note_root(call);
        self.note_arg_flows(call);
        self.rules(|cx, states| rules::on_call(cx, states, call));
    }

    /// A spawned future whose task holds up no other work when the code beside it blocks: it
    /// only waits for a shutdown signal (`ctrl_c().await`, then cleanup), only drives a
    /// connection this fn keeps using, or only ticks a timer between sync bookkeeping.
    fn holds_nothing_up(&self, future: &Expr) -> bool {
        self.waits_for_a_signal(future)
            || self.drives_a_connection(future)
            || matches!(strip(future), Expr::Async(block) if self.only_ticks(&block.block))
    }

    /// A housekeeping ticker's body: every future it awaits (by `.await` or as a `select!`
    /// branch) is a timer (`sleep(..)`, `interval.tick()`) or a shutdown signal, and one is a
    /// timer (`loop { every.tick().await; collect_metrics(); }`). Blocking beside it makes its
    /// next tick late and holds up nothing else. A body that awaits anything else, makes an
    /// async block or closure, or joins futures is not one.
    fn only_ticks(&self, body: &syn::Block) -> bool {
        let mut scan = TickScan {
            walker: self,
            ticks: false,
            other: false,
            intervals: Vec::new(),
        };
        scan.visit_block(body);
        scan.ticks && !scan.other
    }

    /// A future that completes when a timer fires: a catalogued one (`tokio::time::sleep`,
    /// `Interval::tick` on a local whose type is known).
    fn is_timer_wait(&self, future: &Expr) -> bool {
        self.model.classify_call(future).is_some_and(|call| {
            matches!(&call.callee, Callee::Api(path) if self.catalog().timer_waits.contains(path))
        })
    }

    /// A future that only drives a connection whose handle this fn keeps: a local bound beside
    /// others from one call (`let (client, conn) = handshake(io).await?`), spawned as it is or
    /// awaited alone in an async block (`async move { if let Err(e) = conn.await { .. } }`).
    fn drives_a_connection(&self, future: &Expr) -> bool {
        let driven = match strip(future) {
            Expr::Async(block) => match block.block.stmts.as_slice() {
                [Stmt::Expr(expr, _)] => awaited_alone(expr),
                [Stmt::Local(local)] if matches!(local.pat, syn::Pat::Wild(_)) => local
                    .init
                    .as_ref()
                    .and_then(|init| awaited_alone(&init.expr)),
                _ => None,
            },
            expr => Some(expr),
        };
        let Some(Expr::Path(path)) = driven else {
            return false;
        };
        path.path.get_ident().is_some_and(|ident| {
            with_ident_text(ident, |name| {
                self.model
                    .resolver
                    .local(name)
                    .is_some_and(|local| local.paired)
            })
        })
    }

    /// The crate async fn a spawned future runs (`serve(listener)`, `{ let c = c.clone();
    /// c.watch_ctrl_c(abort) }`), not awaited there.
    fn spawned_crate_fn(&self, future: &Expr) -> Option<Target> {
        let mut future = strip(future);
        while let Expr::Block(block) = future {
            future = strip(block_value(&block.block)?);
        }
        match self.model.classify_call(future)?.callee {
            Callee::Crate(target) => Some(target),
            _ => None,
        }
    }

    /// An async block whose first await is a shutdown signal: `ctrl_c()`, a unix
    /// `signal(..).recv()`, a `CancellationToken::cancelled()`.
    fn waits_for_a_signal(&self, future: &Expr) -> bool {
        match strip(future) {
            Expr::Async(block) => self.block_waits_for_a_signal(&block.block),
            _ => false,
        }
    }

    /// A body whose first statement with an `.await` awaits a shutdown signal (a log line or
    /// a `let` before it changes nothing).
    fn block_waits_for_a_signal(&self, block: &syn::Block) -> bool {
        let Some(first) = block.stmts.iter().find(|stmt| constructs::awaits(stmt)) else {
            return false;
        };
        let awaited = match first {
            Stmt::Expr(expr, _) => expr,
            Stmt::Local(local) => match &local.init {
                Some(init) => &init.expr,
                None => return false,
            },
            _ => return false,
        };
        // `if ctrl_c().await.is_ok() { .. }`, `match ctrl_c().await { .. }`: the condition
        // is what is awaited first.
        let awaited = match strip(awaited) {
            Expr::If(branch) => match strip(&branch.cond) {
                Expr::Let(condition) => &*condition.expr,
                condition => condition,
            },
            Expr::Match(choice) => &*choice.expr,
            other => other,
        };
        self.is_signal_wait(awaited_base(awaited))
    }

    /// A future that completes on a shutdown signal: `ctrl_c()`, a unix `signal(..)`'s
    /// `recv()`, a cancellation token's `cancelled()`, a shutdown channel's `recv()` or
    /// `changed()`.
    fn is_signal_wait(&self, future: &Expr) -> bool {
        let Some(call) = self.model.classify_call(future) else {
            return false;
        };
        matches!(&call.callee, Callee::Api(path) if self.catalog().signal_waits.contains(path))
            || call.is_method
                && matches!(call.name.as_str(), "cancelled" | "recv" | "changed")
                && matches!(strip(future), Expr::MethodCall(m) if is_signal_source(&m.receiver))
    }

    /// In a sync fn body, remember what it calls for the crate's blocking fixpoints.
    fn record_sync_facts(&mut self, call: &CallInfo) {
        let frame = self.model.frame();
        let (Exec::Sync, Some(index)) = (frame.exec, frame.facts_fn) else {
            return;
        };
        // What a once cell's initialiser runs blocks once, not on every call of this fn.
        if frame.once {
            return;
        }
        let guard = frame.offload_guard.clone();
        let catalog = self.catalog();
        match &call.callee {
            // A sibling crate's fn (`bridge::fetch_now()`): the index asks that crate whether
            // it blocks.
            Callee::Api(path) if self.in_workspace(path) => {
                self.out.facts.fns[index]
                    .calls
                    .push((Target::Path(path.clone()), guard));
                return;
            }
            Callee::Api(path) => {
                if let Some(api) = catalog
                    .blocking
                    .get(path)
                    .filter(|api| !self.model.is_cheap_here(api, call.start))
                {
                    self.out.facts.fns[index]
                        .blocking
                        .push((path.clone(), api.kind, guard));
                }
            }
            Callee::Crate(target) => {
                if let Target::Method { ty, name } = target
                    && ty.starts_with(DEFERRED)
                {
                    let types = catalog.types_blocking_in(name);
                    if !types.is_empty() {
                        self.out.facts.fns[index].returned_calls.push(ReturnedCall {
                            deferred: ty.clone(),
                            method: name.clone(),
                            types: types.to_vec(),
                            guard: guard.clone(),
                        });
                    }
                }
                self.out.facts.fns[index]
                    .calls
                    .push((target.clone(), guard));
                return;
            }
            Callee::Unknown => {}
        }
        if call.is_method && catalog.block_on_method_names.contains(&call.name) {
            let api = format!("{}()", call.name);
            self.out.facts.fns[index]
                .blocking
                .push((api, BlockKind::BlockOn, None));
        }
    }

    /// In an async fn's body, remember calls that may be to crate async fns, and whether
    /// they are awaited right there: the crate index finds the fns that only ever run as
    /// part of a sequential program.
    fn record_async_call(&mut self, call: &Call) {
        let frame = self.model.frame();
        let (Exec::Async, Some(index)) = (frame.exec, frame.item_fn) else {
            return;
        };
        let info = &call.info;
        // `I::new()` / `importer.load()` with `I: Importer`: dispatched to the trait's impls,
        // whatever the path resolves to on its own.
        let traits = self.dispatch_traits(call);
        let (target, name) = match &info.callee {
            _ if !traits.is_empty() => (None, info.name.clone()),
            Callee::Crate(target) => (Some(target.clone()), target.name().to_string()),
            Callee::Unknown => (None, info.name.clone()),
            // A call into another crate of the workspace (`atuin_client::import::run()`).
            Callee::Api(path) if self.in_workspace(path) => {
                let site = self.call_site(Some(Target::Path(path.clone())), info);
                self.out.facts.fns[index].async_calls.push(site);
                return;
            }
            _ => return,
        };
        // A trait's impls may live in another crate of the workspace, whose async fns this
        // crate's name scan does not see; so may an awaited path call through a re-export of
        // such a crate (`crate::resolver::Task::start(..).await`), which the index follows.
        let awaited_path =
            !info.is_method && target.is_some() && self.model.awaited_calls.contains(&info.start);
        if traits.is_empty() && !awaited_path && !self.model.async_fn_names.contains(&name) {
            return;
        }
        if target.is_none() && !info.is_method && traits.is_empty() {
            return;
        }
        let own_body = frame.owner.and_then(|o| o.kind.body_of()) == Some(index);
        let site = CallSite {
            target,
            name,
            awaited: own_body && self.model.awaited_calls.contains(&info.start),
            before_spawn: self.model.current_fn().is_some_and(|f| !f.spawned),
            traits,
            concurrent: frame.concurrent,
            once: frame.once,
            tasks: self.model.tasks_beside(),
        };
        self.out.facts.fns[index].async_calls.push(site);
    }

    /// The traits a call dispatches through: `I::new()` or `importer.load()` where `I` or
    /// `importer` is a parameter of the current fn bounded by crate traits.
    fn dispatch_traits(&self, call: &Call) -> Vec<String> {
        let Some(scope) = self.model.current_fn() else {
            return Vec::new();
        };
        let through = match (call.receiver.map(strip), call.func.map(strip)) {
            (Some(Expr::Path(receiver)), _) => receiver.path.get_ident().map(|i| i.to_string()),
            (None, Some(Expr::Path(func))) if func.qself.is_none() => {
                let segments = &func.path.segments;
                (segments.len() == 2).then(|| segments[0].ident.to_string())
            }
            _ => None,
        };
        through
            .and_then(|name| scope.trait_bounded.get(&name))
            .cloned()
            .unwrap_or_default()
    }

    /// A path into another crate of the workspace.
    fn in_workspace(&self, path: &str) -> bool {
        let first = scope::first_segment(path);
        self.workspace_libs.is_some_and(|libs| libs.contains(first))
    }

    /// A call site in the current fn's body (`index`), as the index's sequential analysis
    /// reads it.
    fn call_site(&self, target: Option<Target>, call: &CallInfo) -> CallSite {
        let frame = self.model.frame();
        let own_body = frame.owner.and_then(|o| o.kind.body_of()) == frame.item_fn;
        CallSite {
            name: target
                .as_ref()
                .map_or_else(|| call.name.clone(), |t| t.name().to_string()),
            target,
            awaited: own_body && self.model.awaited_calls.contains(&call.start),
            before_spawn: self.model.current_fn().is_some_and(|f| !f.spawned),
            traits: Vec::new(),
            concurrent: frame.concurrent,
            once: frame.once,
            tasks: self.model.tasks_beside(),
        }
    }

    /// `runtime.block_on(self.run(..))` in sync code: the crate fn it runs is a runtime root,
    /// the start of a program. `runtime.block_on(async { .. })`: that block is one.
    fn note_root(&mut self, call: &Call) {
        if call.info.name != "block_on" || self.model.frame().exec != Exec::Sync {
            return;
        }
        if let Some(Expr::Async(block)) = call.args.first().map(strip) {
            self.root_block = Some(Pos::start_of(block.async_token.span));
            return;
        }
        let Some(info) = call
            .args
            .first()
            .and_then(|arg| self.model.classify_call(arg))
        else {
            return;
        };
        let (target, name) = match info.callee {
            Callee::Crate(target) => {
                let name = target.name().to_string();
                (Some(target), name)
            }
            Callee::Unknown if info.is_method => (None, info.name),
            Callee::Api(path) if self.in_workspace(&path) => {
                let name = path.rsplit("::").next().unwrap_or(&path).to_string();
                (Some(Target::Path(path)), name)
            }
            _ => return,
        };
        self.out.facts.roots.push(CallSite {
            target,
            name,
            awaited: true,
            before_spawn: true,
            traits: Vec::new(),
            concurrent: false,
            once: false,
            tasks: Vec::new(),
        });
    }

    /// What a crate call passes to the callee's parameters: a bounded collection
    /// (`ids.chunks(50)` items, a literal), a collection read from input, or the caller's own
    /// parameter. The index follows input through the crate's calls to the gathers over
    /// parameters.
    fn note_arg_flows(&mut self, call: &Call) {
        let Callee::Crate(target) = &call.info.callee else {
            return;
        };
        for (index, arg) in call.args.iter().enumerate() {
            let flow = match self.model.origin_of(arg) {
                Origin::Bounded | Origin::Fixed => Flow::Bounded,
                Origin::Io(_) | Origin::Channel => Flow::Input,
                Origin::Param(param) => match self.model.current_fn() {
                    Some(scope) => Flow::Param {
                        fn_path: scope.path.clone(),
                        param,
                    },
                    None => continue,
                },
                Origin::Unknown | Origin::Field => Flow::Opaque,
            };
            self.out.facts.arg_flows.push(ArgFlow {
                target: target.clone(),
                index,
                flow,
            });
        }
    }

    /// Walks the arguments of a call; closures get the context the callee gives them.
    fn visit_args(
        &mut self,
        call: &CallInfo,
        args: &Punctuated<Expr, syn::Token![,]>,
        iterates: Option<(Origin, Origin, bool)>,
    ) {
        let offloads = self.model.call_offloads(call);
        // `Box::new(move || rx.recv())`, `Some(|| ..)`: the closure is stored, not run here.
        let stores = is_storing_call(call);
        // What a spawn or `join_all` is handed runs beside other work, except a task its
        // spawner awaits right away: that one runs the spawner's own flow.
        let flow = self.flow_spawns.get(&call.start).cloned();
        let concurrent = (self.model.starts_task(call) && flow.is_none())
            || matches!(&call.callee, Callee::Api(path) if self.catalog().gather_fns.contains(path))
            || self.spawns_by_convention(call);
        let once = self.builds_once(call, args);
        let was_once = self.model.frame().once;
        let was_beside = flow
            .as_ref()
            .map(|_| self.model.frame().beside_tasks.clone());
        if let Some(frame) = self.model.frames.last_mut() {
            frame.once |= once;
            if let Some(tasks) = flow {
                frame.beside_tasks.extend(tasks);
            }
        }
        self.beside_others(concurrent, |walker| {
            walker.walk_args(call, args, offloads, stores, iterates);
        });
        if let Some(frame) = self.model.frames.last_mut() {
            frame.once = was_once;
            if let Some(beside) = was_beside {
                frame.beside_tasks = beside;
            }
        }
    }

    /// A method named for spawning, of a receiver of no catalogued type (`handle.spawn_bg(
    /// task.run())`, `executor.spawn(fut)`): by convention it runs the future it is given as a
    /// task of its own, beside its caller. Only the evidence of concurrency comes from the
    /// name; what a dropped handle loses is not judged (the handle's type is not known).
    fn spawns_by_convention(&self, call: &CallInfo) -> bool {
        call.is_method
            && !matches!(call.callee, Callee::Api(_))
            && call.name.starts_with("spawn")
            && !self.catalog().name_offloads(&call.name)
    }

    /// A once cell's initialiser or a lazy value's constructor (`CONFIG.get_or_init(|| ..)`,
    /// `LazyLock::new(|| ..)`): its closure runs once per process. A method counts only with
    /// the one argument a once cell's takes (a cache's `get_or_init(key, || ..)` runs per key).
    fn builds_once(&self, call: &CallInfo, args: &Punctuated<Expr, syn::Token![,]>) -> bool {
        let catalog = self.catalog();
        match &call.callee {
            Callee::Api(path) if catalog.once_fns.contains(path) => true,
            _ => {
                call.is_method
                    && args.len() == 1
                    && catalog.once_methods.contains(&call.name)
                    && matches!(
                        args.first().map(strip),
                        Some(Expr::Closure(_) | Expr::Path(_))
                    )
            }
        }
    }

    /// Runs `walk` with the current frame marked as running beside other work when
    /// `concurrent` (it stays so when it already was), then restores the mark.
    fn beside_others(&mut self, concurrent: bool, walk: impl FnOnce(&mut Self)) {
        let was_concurrent = self.model.frame().concurrent;
        if let Some(frame) = self.model.frames.last_mut() {
            frame.concurrent |= concurrent;
        }
        walk(self);
        if let Some(frame) = self.model.frames.last_mut() {
            frame.concurrent = was_concurrent;
        }
    }

    fn walk_args(
        &mut self,
        call: &CallInfo,
        args: &Punctuated<Expr, syn::Token![,]>,
        offloads: bool,
        stores: bool,
        iterates: Option<(Origin, Origin, bool)>,
    ) {
        for arg in args {
            // `get(handler)`, `.map(Self::parse)`: a crate fn handed on, to be called there.
            if let Expr::Path(path) = strip(arg) {
                if let Some(target) = self.model.crate_fn_named(path) {
                    self.out.facts.value_uses.push(target);
                }
            }
            match arg {
                Expr::Closure(c) if c.asyncness.is_none() => {
                    self.visit_closure_arg(c, call, offloads, stores, iterates);
                }
                // `spawn_blocking({ let dir = dir.clone(); move || scan(&dir) })`: the block's
                // statements run here, its closure goes where a bare one would.
                Expr::Block(block) if block.label.is_none() => match closure_tail(&block.block) {
                    Some((prefix, c)) => {
                        self.model.resolver.push_block();
                        for stmt in prefix {
                            self.visit_stmt(stmt);
                        }
                        self.visit_closure_arg(c, call, offloads, stores, iterates);
                        self.model.resolver.pop();
                    }
                    None => self.visit_expr(arg),
                },
                _ => self.visit_expr(arg),
            }
        }
    }

    /// Walks a sync closure passed to a call, in the context the callee gives it: stored for
    /// later, offloaded to another thread, or run inline (an iterator adapter's items).
    fn visit_closure_arg(
        &mut self,
        c: &syn::ExprClosure,
        call: &CallInfo,
        offloads: bool,
        stores: bool,
        iterates: Option<(Origin, Origin, bool)>,
    ) {
        if stores {
            let frame = self.model.frame().clone();
            self.model.frames.push(stored_closure_frame(frame));
            self.visit_closure_inner(c, Origin::Unknown);
            self.model.frames.pop();
            return;
        }
        let frame = self.model.frame().clone();
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
        self.model.frames.push(new_frame);
        let item = match iterates {
            Some((origin, item, ranged)) => {
                let items: Vec<String> = c.inputs.iter().flat_map(bound_names).collect();
                let origin = match ranged {
                    true => unnamed_range_items(origin, &items),
                    false => origin,
                };
                self.push_loop(LoopKind::Iterator, origin, items);
                item
            }
            None => Origin::Unknown,
        };
        self.visit_closure_inner(c, item);
        if iterates.is_some() {
            self.pop_loop();
        }
        self.model.frames.pop();
    }

    /// Walks a closure's body with its parameters declared (`item` is the origin of what an
    /// iterator adapter hands each call).
    fn visit_closure_inner(&mut self, closure: &syn::ExprClosure, item: Origin) {
        self.model.resolver.push_block();
        for input in &closure.inputs {
            self.declare_pattern(input, None, item);
        }
        self.visit_expr(&closure.body);
        self.model.resolver.pop();
    }

    // ------------------------------------------------------------------ loops

    fn push_loop(&mut self, kind: LoopKind, origin: Origin, items: Vec<String>) {
        self.model.push_loop(kind, origin, items);
        self.rules(|cx, states| {
            if let Some(scope) = cx.model.loops.last() {
                rules::on_loop_start(cx, states, scope);
            }
        });
    }

    fn pop_loop(&mut self) {
        self.rules(|cx, states| {
            if let Some(scope) = cx.model.loops.last() {
                rules::on_loop_end(cx, states, scope);
            }
        });
        self.model.loops.pop();
    }

    /// A `loop { .. }` that awaits a channel receive at its own level runs once per item.
    /// `items` are the names the receive binds: the loop's work items.
    fn note_receive(&mut self, future: &Expr, items: Vec<String>) {
        if items.is_empty() || !self.model.is_channel_receive(future) {
            return;
        }
        if self.carries_a_reply_sender(&items) {
            return;
        }
        if let Some(scope) = self.model.loops.last_mut() {
            if scope.kind == LoopKind::Loop {
                scope.origin = Origin::Channel;
                scope.items = items;
            }
        }
    }

    /// A received message with its reply's sender among its items (`(req, reply_tx)`,
    /// `Command::Get { key, respond_to }`): a request from a caller that waits for the reply,
    /// so a task per message is bounded by the callers.
    fn carries_a_reply_sender(&self, items: &[String]) -> bool {
        let names = &self.catalog().reply_sender_names;
        items.iter().any(|item| names.matches(item))
    }

    /// A loop body that unpacks a message's reply sender
    /// (`match request { Request::Get { key, reply } => .. }`): the messages are requests.
    fn unpacks_a_reply_sender(&self, body: &syn::Block) -> bool {
        let names = &self.catalog().reply_sender_names;
        binds_a_name(body, |name| names.matches(name))
    }

    /// `futures.push(..)` / `ids.extend(..)` on a local inside a loop: the collection holds
    /// as many items as the loop runs (a handle of a task already started adds nothing).
    fn note_fill(&mut self, call: &syn::ExprMethodCall) {
        let method = call.method.to_string();
        if !matches!(
            method.as_str(),
            "push" | "push_back" | "push_front" | "insert" | "extend" | "append"
        ) {
            return;
        }
        let Expr::Path(p) = strip(&call.receiver) else {
            return;
        };
        let Some(ident) = p.path.get_ident() else {
            return;
        };
        let origin = if method == "extend" {
            call.args
                .first()
                .map_or(Origin::Unknown, |a| self.model.origin_of(a))
        } else {
            let spawned = call.args.first().is_some_and(|arg| {
                self.model
                    .classify_call(arg)
                    .is_some_and(|c| self.model.starts_task(&c))
            });
            match self.model.fn_loops().last() {
                Some(_) if spawned => Origin::Unknown,
                Some(scope) => scope.origin,
                None => return,
            }
        };
        if let Some(local) = self.model.resolver.local_mut(&ident.to_string()) {
            if local.origin == Origin::Unknown || origin.is_input() {
                local.origin = origin;
            }
        }
    }

    // ------------------------------------------------------------------ blocks

    /// Walks statements in order, checking values that are discarded.
    fn walk_stmts(&mut self, stmts: &[Stmt]) {
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
        self.offloaded_vars.push(offloaded.offloaded);
        self.inline_vars.push(offloaded.inline);
        let mut usage: Option<FxHashMap<String, usize>> = None;
        for (index, stmt) in stmts.iter().enumerate() {
            match stmt {
                Stmt::Expr(expr, Some(_)) => self.discarded(expr, Discard::Statement),
                Stmt::Local(local) => {
                    if let Some(init) = &local.init {
                        match strip_pat_type(&local.pat) {
                            syn::Pat::Wild(_) => self.discarded(&init.expr, Discard::LetUnderscore),
                            syn::Pat::Ident(p)
                                if check_bindings
                                    && p.subpat.is_none()
                                    && self.discard_candidate(&init.expr) =>
                            {
                                let usage = usage.get_or_insert_with(|| last_uses(stmts));
                                let name = p.ident.to_string();
                                if usage.get(&name).is_none_or(|&last| last <= index) {
                                    self.discarded(&init.expr, Discard::UnusedBinding);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
            self.note_quiet_open(stmt, &stmts[index + 1..]);
            self.note_flow_spawn(stmt, &stmts[index + 1..]);
            self.rules(|cx, states| rules::on_statement_start(cx, states));
            self.visit_stmt(stmt);
            self.rules(|cx, states| rules::on_statement(cx, states, stmts, index));
        }
        self.offloaded_vars.pop();
        self.inline_vars.pop();
    }

    /// A loop whose body starts tasks that outlive the iteration (`set.spawn(..)`, a handle
    /// pushed into a `Vec`) and awaits (so those tasks get to run on a current-thread
    /// runtime): from its second iteration on, the whole body runs beside them.
    fn note_loop_spawns(&mut self, body: &syn::Block) {
        struct Finder<'w, 'a> {
            walker: &'w Walker<'a>,
            found: bool,
        }
        impl<'ast> Visit<'ast> for Finder<'_, '_> {
            fn visit_local(&mut self, local: &'ast syn::Local) {
                // `let job = tokio::spawn(..)`: a handle kept, maybe awaited in the iteration.
                if let Some(init) = &local.init {
                    if let Some(call) = self.walker.model.classify_call(strip(&init.expr)) {
                        if self.walker.model.is_handle_spawn(&call) {
                            return;
                        }
                    }
                }
                visit::visit_local(self, local);
            }
            fn visit_expr(&mut self, expr: &'ast Expr) {
                if self.found {
                    return;
                }
                if let Some(call) = self.walker.model.classify_call(expr) {
                    if self.walker.model.starts_task(&call) {
                        let future = match expr {
                            Expr::Call(c) => c.args.first(),
                            Expr::MethodCall(m) => m.args.first(),
                            _ => None,
                        };
                        self.found =
                            !future.is_some_and(|future| self.walker.holds_nothing_up(future));
                    }
                }
                visit::visit_expr(self, expr);
            }
            fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
            fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
            fn visit_item(&mut self, _: &'ast syn::Item) {}
        }
        if self.model.current_fn().is_none_or(|f| f.spawned)
            || !body.stmts.iter().any(constructs::awaits)
        {
            return;
        }
        let mut finder = Finder {
            walker: self,
            found: false,
        };
        finder.visit_block(body);
        if finder.found {
            if let Some(scope) = self.model.fns.last_mut() {
                scope.spawned = true;
            }
        }
    }

    /// The type a declaration names (`x: Arc<Store>` gives `Store`'s full path), as evidence.
    fn declared_type(&self, ty: &syn::Type) -> Option<TypeFact> {
        self.model
            .resolver
            .resolve_type(ty, self.catalog())
            .map(|path| TypeFact {
                path,
                evidence: Evidence::Declared,
            })
    }

    /// `let job = tokio::spawn(work); ..; job.await`: a task its spawner awaits before
    /// awaiting anything else, with nothing but shutdown-signal waiters spawned in between,
    /// runs the spawner's own flow (spawned so that ctrl-c can abort it). The waiters that
    /// are crate fns are kept for the index to confirm.
    fn note_flow_spawn(&mut self, stmt: &Stmt, rest: &[Stmt]) {
        let Stmt::Local(local) = stmt else {
            return;
        };
        let (Some(init), syn::Pat::Ident(handle)) = (&local.init, strip_pat_type(&local.pat))
        else {
            return;
        };
        let Some(spawn) = self.model.classify_call(strip(&init.expr)) else {
            return;
        };
        if !self.model.is_handle_spawn(&spawn) {
            return;
        }
        let handle = handle.ident.to_string();
        let mut tasks = Vec::new();
        for stmt in rest {
            if constructs::awaits_local(stmt, &handle) {
                self.flow_spawns.insert(spawn.start, tasks);
                return;
            }
            if constructs::awaits(stmt) {
                return;
            }
            match self.spawned_beside(stmt) {
                Beside::Nothing | Beside::SignalWaiter => {}
                Beside::CrateTask(target) => tasks.push(target),
                Beside::Other => return,
            }
        }
    }

    /// What a statement between a spawn and the await of its handle spawns.
    fn spawned_beside(&self, stmt: &Stmt) -> Beside {
        let expr = match stmt {
            Stmt::Expr(expr, _) => expr,
            Stmt::Local(local) => match &local.init {
                Some(init) => &init.expr,
                None => return Beside::Nothing,
            },
            _ => return Beside::Nothing,
        };
        if let Some(call) = self.model.classify_call(strip(expr)) {
            if self.model.starts_task(&call) {
                let Expr::Call(spawn) = strip(expr) else {
                    return Beside::Other;
                };
                let Some(future) = spawn.args.first() else {
                    return Beside::Other;
                };
                if self.waits_for_a_signal(future) {
                    return Beside::SignalWaiter;
                }
                return match self.spawned_crate_fn(future) {
                    Some(target) => Beside::CrateTask(target),
                    None => Beside::Other,
                };
            }
        }
        if is_bookkeeping(stmt) {
            Beside::Nothing
        } else {
            Beside::Other
        }
    }

    /// A file open whose handle the rest of its block never reads or writes (a lock file, a
    /// marker, a handle handed to the crate's own fns) is one cheap syscall.
    fn note_quiet_open(&mut self, stmt: &Stmt, rest: &[Stmt]) {
        let used = file_handles::statement_use(stmt, rest, &|path| self.model.crate_fn_named(path));
        if let Some((opens, HandleUse::Quiet { handed_to })) = used {
            for open in opens {
                self.model
                    .quiet_opens
                    .insert(expr_start(open), handed_to.clone());
            }
        }
    }

    /// Remembers an open whose handle is not read or written where it is opened.
    fn note_handle_use(&mut self, used: Option<(&Expr, HandleUse)>) {
        if let Some((open, HandleUse::Quiet { handed_to })) = used {
            self.model.quiet_opens.insert(expr_start(open), handed_to);
        }
    }

    /// An open returned to the caller (`File::open(p)`, `Ok(file?)` as the value): the caller
    /// does the I/O, and is reported there.
    fn note_returned_opens(&mut self, value: &Expr) {
        for open in file_handles::returned_opens(value) {
            self.model.quiet_opens.insert(expr_start(open), Vec::new());
        }
    }

    fn discard_candidate(&self, expr: &Expr) -> bool {
        if let Some(local) = called_local(expr).and_then(|name| self.model.resolver.local(&name)) {
            return local.async_closure;
        }
        self.model
            .classify_call(expr)
            .is_some_and(|call| match &call.callee {
                Callee::Api(path) => {
                    self.catalog().async_apis.contains(path)
                        || self.catalog().spawn_fns.contains(path)
                        || call.is_method
                }
                Callee::Crate(target) => self.model.async_fn_names.contains(target.name()),
                Callee::Unknown => false,
            })
    }

    fn discarded(&mut self, expr: &Expr, how: Discard) {
        // The rules look at the call that made the value: resolve it once for all of them.
        let call = self.model.classify_call(expr);
        self.rules(|cx, states| rules::on_discarded(cx, states, expr, call.as_ref(), how));
    }

    /// Names of closures bound in this block and later handed to an offloading call.
    fn prescan_offloaded_closures(&self, stmts: &[Stmt]) -> ClosureUses {
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
            return ClosureUses::default();
        }
        let mut finder = OffloadArgFinder {
            catalog: self.catalog(),
            names: &bound_closures,
            found: ClosureUses::default(),
        };
        for stmt in stmts {
            finder.visit_stmt(stmt);
        }
        finder.found
    }

    // ------------------------------------------------------------------ macros

    fn walk_macro(&mut self, mac: &syn::Macro) {
        if self.macro_depth > 8 || self.is_inert(mac) {
            return;
        }
        let Some(body) = macros::parse_body(mac) else {
            return;
        };
        self.macro_depth += 1;
        match body {
            MacroBody::Exprs(exprs) => {
                // `join!(a(), b())`: the futures run beside each other.
                let joins = mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "join" || s.ident == "try_join")
                    && exprs.len() > 1;
                self.beside_others(joins, |walker| {
                    for expr in &exprs {
                        walker.visit_expr(expr);
                    }
                });
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
                        let items = branch.pat.as_ref().map(bound_names).unwrap_or_default();
                        self.note_receive(future, items);
                        self.beside_others(branches.len() > 1, |walker| walker.visit_expr(future));
                    }
                    self.model.resolver.push_block();
                    if let Some(pat) = &branch.pat {
                        self.declare_pattern(pat, None, Origin::Unknown);
                    }
                    self.visit_expr(&branch.body);
                    self.model.resolver.pop();
                }
            }
        }
        self.macro_depth -= 1;
    }

    /// A macro whose body, as written in this file, holds nothing to walk
    /// ([`macros::is_inert`]): it is not parsed at all.
    fn is_inert(&self, mac: &syn::Macro) -> bool {
        self.model
            .source
            .text_inside(mac.delimiter.span())
            .is_some_and(macros::is_inert)
    }

    /// What a `while` condition iterates: the items of a channel, a stream of lines or
    /// directory entries, a queue being drained. A pattern that binds nothing
    /// (`while let Some(()) = wakeups.recv().await`) takes wake-ups, not work items.
    fn while_origin(&self, cond: &Expr) -> Origin {
        let Expr::Let(binding) = cond else {
            return Origin::Unknown;
        };
        if bound_names(&binding.pat).is_empty() {
            return Origin::Unknown;
        }
        let mut scrutinee = strip(&binding.expr);
        loop {
            match scrutinee {
                Expr::Try(t) => scrutinee = strip(&t.expr),
                Expr::Await(a) => scrutinee = strip(&a.base),
                _ => break,
            }
        }
        if self.model.is_channel_receive(scrutinee) {
            return Origin::Channel;
        }
        match scrutinee {
            Expr::MethodCall(_) => self.model.origin_of(scrutinee),
            _ => Origin::Unknown,
        }
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
            self.model.resolver.push_module(&module.ident.to_string());
            self.prescan_items(items.iter(), true);
            for item in items {
                self.visit_item(item);
            }
            self.model.resolver.pop();
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        let exported = matches!(item.vis, syn::Visibility::Public(_));
        self.enter_fn(&item.attrs, &item.sig, &item.block, false, exported);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        let exported = matches!(item.vis, syn::Visibility::Public(_));
        self.enter_fn(&item.attrs, &item.sig, &item.block, true, exported);
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        match &item.default {
            Some(block) => self.enter_fn(&item.attrs, &item.sig, block, true, false),
            None => {
                // A required async method still names an async fn of the crate.
                let self_type = self.model.resolver.self_types.last();
                let mut path = self_type.cloned().unwrap_or_default();
                path.push(item.sig.ident.to_string());
                let trait_name = self.impl_traits.last().cloned().flatten();
                self.out.facts.fns.push(FnFacts {
                    trait_name,
                    path: path.join("::"),
                    name: item.sig.ident.to_string(),
                    self_type: self_type.and_then(|t| t.last().cloned()),
                    is_async: item.sig.asyncness.is_some(),
                    returns_unit: returns_unit(&item.sig),
                    output: lost_output_text(&item.sig, item.sig.asyncness.is_some()),
                    ..FnFacts::default()
                });
                self.model.fn_names.push(item.sig.ident.to_string());
            }
        }
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        let implemented = item
            .trait_
            .as_ref()
            .and_then(|(.., path, _)| path.segments.last())
            .map(|segment| segment.ident.to_string());
        self.impl_traits.push(implemented);
        self.with_self_type(&item.self_ty, |walker| {
            // After the self type: `impl<T: Store> Audit for T` stays a blanket impl.
            walker.model.resolver.push_block();
            let catalog = walker.catalog();
            walker
                .model
                .resolver
                .bind_generic_bounds(&item.generics, catalog);
            for impl_item in &item.items {
                walker.visit_impl_item(impl_item);
            }
            walker.model.resolver.pop();
        });
        self.impl_traits.pop();
    }

    fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
        let mut path = self.model.resolver.module_path().to_vec();
        path.push(item.ident.to_string());
        self.model.resolver.self_types.push(path);
        self.impl_traits.push(Some(item.ident.to_string()));
        for trait_item in &item.items {
            self.visit_trait_item(trait_item);
        }
        self.impl_traits.pop();
        self.model.resolver.self_types.pop();
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
        self.model.resolver.push_block();
        self.walk_stmts(&block.stmts);
        self.model.resolver.pop();
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        let Some(init) = &local.init else {
            self.declare_pattern(&local.pat, None, Origin::Unknown);
            return;
        };
        // `let Some(job) = rx.recv().await else { break };` in a `loop`: once per item.
        self.note_receive(awaited_base(&init.expr), bound_names(&local.pat));
        let bound_name = match strip_pat_type(&local.pat) {
            syn::Pat::Ident(p) => Some(p.ident.to_string()),
            _ => None,
        };
        let offloaded = bound_name.as_ref().is_some_and(|name| {
            self.offloaded_vars
                .last()
                .is_some_and(|vars| vars.contains(name))
        });
        let runs_inline = bound_name.as_ref().is_some_and(|name| {
            self.inline_vars
                .last()
                .is_some_and(|vars| vars.contains(name))
        });
        match &*init.expr {
            Expr::Closure(c) if runs_inline && !offloaded && c.asyncness.is_none() => {
                let frame = self.model.frame().clone();
                self.model.frames.push(Frame {
                    inline_closure: frame.exec == Exec::Async,
                    ..frame
                });
                self.visit_closure_inner(c, Origin::Unknown);
                self.model.frames.pop();
            }
            Expr::Closure(c) if offloaded => {
                let frame = self.model.frame().clone();
                self.model.frames.push(Frame {
                    exec: Exec::Offloaded,
                    inline_closure: false,
                    owner: None,
                    facts_fn: None,
                    ..frame
                });
                self.visit_closure_inner(c, Origin::Unknown);
                self.model.frames.pop();
            }
            expr => self.visit_expr(expr),
        }
        if let Some((_, diverge)) = &init.diverge {
            self.visit_expr(diverge);
        }
        self.rules(|cx, states| rules::on_let(cx, states, local));
        match &local.pat {
            syn::Pat::Tuple(tuple) => {
                let types = self
                    .model
                    .infer_tuple(&init.expr, tuple.elems.len())
                    .unwrap_or_default();
                for (i, elem) in tuple.elems.iter().enumerate() {
                    let ty = types.get(i).map(|path| TypeFact {
                        path: path.clone(),
                        evidence: Evidence::Constructor,
                    });
                    self.declare_pattern(elem, ty, Origin::Unknown);
                    if let (syn::Pat::Ident(p), true) =
                        (strip_pat_type(elem), tuple.elems.len() > 1)
                    {
                        if let Some(local) = self.model.resolver.local_mut(&p.ident.to_string()) {
                            local.paired = true;
                        }
                    }
                }
            }
            pat => {
                let ty = self.model.infer_type(&init.expr);
                let origin = self.model.origin_of(&init.expr);
                self.declare_pattern(pat, ty, origin);
                if let (Some(name), true) = (&bound_name, is_async_closure(&init.expr)) {
                    if let Some(local) = self.model.resolver.local_mut(name) {
                        local.async_closure = true;
                    }
                }
            }
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        match self.model.path_call_info(call) {
            Some(info) => {
                let call = Call {
                    info,
                    args: &call.args,
                    receiver: None,
                    turbofish: None,
                    func: Some(&call.func),
                };
                self.on_call(&call);
                if let Some(func) = call.func {
                    self.visit_expr(func);
                }
                self.visit_args(&call.info, call.args, None);
                self.rules(|cx, states| rules::on_call_end(cx, states, &call));
            }
            None => visit::visit_expr_call(self, call),
        }
    }

    fn visit_expr_method_call(&mut self, node: &'ast syn::ExprMethodCall) {
        let info = self.model.method_call_info(node);
        let call = Call {
            info,
            args: &node.args,
            receiver: Some(&node.receiver),
            turbofish: node.turbofish.as_ref(),
            func: None,
        };
        self.on_call(&call);
        self.visit_expr(&node.receiver);
        if !self.model.fn_loops().is_empty() {
            self.note_fill(node);
        }
        let iterates = ITERATOR_CLOSURE_METHODS
            .contains(&call.info.name.as_str())
            .then(|| {
                (
                    self.model.origin_of(&node.receiver),
                    self.model.item_origin(&node.receiver),
                    iterates_range(&node.receiver),
                )
            });
        self.visit_args(&call.info, &node.args, iterates);
        self.rules(|cx, states| rules::on_call_end(cx, states, &call));
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        let frame = self.model.frame().clone();
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
            // A closure that is not handed to a call right away (bound to a local, stored in a
            // struct, returned) runs later, wherever it is called: unknown is silent.
            stored_closure_frame(frame)
        };
        self.model.frames.push(new_frame);
        self.visit_closure_inner(closure, Origin::Unknown);
        self.model.frames.pop();
    }

    fn visit_expr_async(&mut self, block: &'ast syn::ExprAsync) {
        let frame = self.model.frame().clone();
        let start = Pos::start_of(block.async_token.span);
        let end = Pos::end_of(block.capture.map_or(block.async_token.span, |m| m.span));
        if self.root_block == Some(start) {
            self.root_block = None;
            self.walk_root_block(block, start, end);
            return;
        }
        self.model.frames.push(Frame {
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
        self.model.frames.pop();
    }

    fn visit_expr_for_loop(&mut self, for_loop: &'ast syn::ExprForLoop) {
        self.visit_expr(&for_loop.expr);
        let items = bound_names(&for_loop.pat);
        let mut origin = self.model.origin_of(&for_loop.expr);
        if iterates_range(&for_loop.expr) {
            origin = unnamed_range_items(origin, &items);
        }
        self.push_loop(LoopKind::For, origin, items);
        self.note_loop_spawns(&for_loop.body);
        self.model.resolver.push_block();
        let item = self.model.item_origin(&for_loop.expr);
        self.declare_pattern(&for_loop.pat, None, item);
        self.visit_block(&for_loop.body);
        self.model.resolver.pop();
        self.pop_loop();
    }

    fn visit_expr_while(&mut self, while_loop: &'ast syn::ExprWhile) {
        self.visit_expr(&while_loop.cond);
        let items = match &*while_loop.cond {
            Expr::Let(binding) => bound_names(&binding.pat),
            _ => Vec::new(),
        };
        let origin = match self.while_origin(&while_loop.cond) {
            Origin::Channel
                if self.carries_a_reply_sender(&items)
                    || self.unpacks_a_reply_sender(&while_loop.body) =>
            {
                Origin::Unknown
            }
            origin => origin,
        };
        self.push_loop(LoopKind::While, origin, items);
        self.note_loop_spawns(&while_loop.body);
        self.visit_block(&while_loop.body);
        self.pop_loop();
    }

    fn visit_expr_loop(&mut self, expr: &'ast syn::ExprLoop) {
        self.push_loop(LoopKind::Loop, Origin::Unknown, Vec::new());
        self.note_loop_spawns(&expr.body);
        self.visit_block(&expr.body);
        self.pop_loop();
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
        if matches!(base, Expr::Call(_) | Expr::MethodCall(_)) {
            self.model.awaited_calls.insert(expr_start(base));
        }
        self.rules(|cx, states| rules::on_await(cx, states, base));
        self.visit_expr(&awaited.base);
    }

    fn visit_expr_match(&mut self, expr: &'ast syn::ExprMatch) {
        let used = file_handles::match_use(expr, &|path| self.model.crate_fn_named(path));
        self.note_handle_use(used);
        self.visit_expr(&expr.expr);
        for arm in &expr.arms {
            self.rules(|cx, states| rules::on_match_arm(cx, states, &expr.expr, arm));
            self.visit_arm(arm);
        }
    }

    fn visit_expr_if(&mut self, expr: &'ast syn::ExprIf) {
        let used = file_handles::if_let_use(expr, &|path| self.model.crate_fn_named(path));
        self.note_handle_use(used);
        visit::visit_expr_if(self, expr);
    }

    fn visit_expr_return(&mut self, expr: &'ast syn::ExprReturn) {
        if let Some(value) = &expr.expr {
            self.note_returned_opens(value);
        }
        visit::visit_expr_return(self, expr);
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.model.resolver.push_block();
        self.declare_pattern(&arm.pat, None, Origin::Unknown);
        if let syn::Pat::Guard(guarded) = &arm.pat {
            self.visit_expr(&guarded.guard);
        }
        self.visit_expr(&arm.body);
        self.model.resolver.pop();
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

/// The traits that bound each generic type parameter and each value parameter typed by one
/// (`x: I`, `x: &mut I`, `x: impl T`, `x: &dyn T`, `x: Box<dyn T>`), by name: the last segment
/// of each trait path, from the parameter list and the `where` clause.
fn trait_bounded_params(sig: &syn::Signature) -> FxHashMap<String, Vec<String>> {
    fn trait_names<'b>(
        bounds: impl Iterator<Item = &'b syn::TypeParamBound>,
        out: &mut Vec<String>,
    ) {
        for bound in bounds {
            if let syn::TypeParamBound::Trait(t) = bound {
                if let Some(segment) = t.path.segments.last() {
                    out.push(segment.ident.to_string());
                }
            }
        }
    }
    let mut bounded: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for param in sig.generics.type_params() {
        let entry = bounded.entry(param.ident.to_string()).or_default();
        trait_names(param.bounds.iter(), entry);
    }
    if let Some(clause) = &sig.generics.where_clause {
        for predicate in &clause.predicates {
            if let syn::WherePredicate::Type(p) = predicate {
                if let syn::Type::Path(ty) = &p.bounded_ty {
                    if let Some(ident) = ty.path.get_ident() {
                        let entry = bounded.entry(ident.to_string()).or_default();
                        trait_names(p.bounds.iter(), entry);
                    }
                }
            }
        }
    }
    bounded.retain(|_, traits| !traits.is_empty());
    let mut values = FxHashMap::default();
    for input in &sig.inputs {
        let syn::FnArg::Typed(typed) = input else {
            continue;
        };
        let syn::Pat::Ident(pat) = strip_pat_type(&typed.pat) else {
            continue;
        };
        let mut ty = &*typed.ty;
        loop {
            match ty {
                syn::Type::Reference(r) => ty = &r.elem,
                syn::Type::Paren(p) => ty = &p.elem,
                syn::Type::Path(p) if p.qself.is_none() => {
                    let last = p.path.segments.last();
                    let boxed = last.filter(|s| s.ident == "Box" || s.ident == "Arc");
                    match boxed.map(|s| &s.arguments) {
                        Some(syn::PathArguments::AngleBracketed(args)) => match args.args.first() {
                            Some(syn::GenericArgument::Type(inner)) => ty = inner,
                            _ => break,
                        },
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        let mut traits = Vec::new();
        match ty {
            syn::Type::ImplTrait(t) => trait_names(t.bounds.iter(), &mut traits),
            syn::Type::TraitObject(t) => trait_names(t.bounds.iter(), &mut traits),
            syn::Type::Path(p) => {
                if let Some(found) = p.path.get_ident().and_then(|i| bounded.get(&i.to_string())) {
                    traits.extend(found.iter().cloned());
                }
            }
            _ => {}
        }
        if !traits.is_empty() {
            values.insert(pat.ident.to_string(), traits);
        }
    }
    bounded.extend(values);
    bounded
}

/// A block whose value is a sync closure (`{ let dir = dir.clone(); move || scan(&dir) }`):
/// the statements before it and the closure.
fn closure_tail(block: &syn::Block) -> Option<(&[Stmt], &syn::ExprClosure)> {
    let (last, prefix) = block.stmts.split_last()?;
    match last {
        Stmt::Expr(Expr::Closure(c), None) if c.asyncness.is_none() => Some((prefix, c)),
        _ => None,
    }
}

/// Finds closure variables passed directly to an offloading call.
struct OffloadArgFinder<'c, 'n> {
    catalog: &'c Catalog,
    names: &'n [String],
    found: ClosureUses,
}

/// What the rest of a block does with the closures it binds.
#[derive(Default)]
struct ClosureUses {
    /// Handed to an offloading call (`spawn_blocking(work)`).
    offloaded: FxHashSet<String>,
    /// Called (`pause(5)`) or handed to another call (`.map(parse)`), which runs it inline.
    inline: FxHashSet<String>,
}

impl OffloadArgFinder<'_, '_> {
    fn callee_offloads(&self, name: &str) -> bool {
        self.catalog.name_offloads(name)
            || self.catalog.offload_methods.contains(name)
            || self.catalog.offload_fn_names.contains(name)
    }

    /// The bound closures among these arguments go to `offloaded` or `inline`.
    fn note_args(&mut self, args: &Punctuated<Expr, syn::Token![,]>, offloads: bool) {
        for arg in args {
            if let Expr::Path(p) = arg {
                if let Some(ident) = p.path.get_ident() {
                    let name = ident.to_string();
                    if self.names.contains(&name) {
                        if offloads {
                            self.found.offloaded.insert(name);
                        } else {
                            self.found.inline.insert(name);
                        }
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
                let offloads = with_ident_text(&last.ident, |name| self.callee_offloads(name));
                self.note_args(&call.args, offloads);
            }
            // `pause(5)`: the closure bound to `pause` runs right here.
            if let Some(ident) = p.path.get_ident() {
                let name = ident.to_string();
                if self.names.contains(&name) {
                    self.found.inline.insert(name);
                }
            }
        }
        visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let offloads = with_ident_text(&call.method, |name| self.callee_offloads(name));
        self.note_args(&call.args, offloads);
        visit::visit_expr_method_call(self, call);
    }
}

/// The context of a sync closure that is stored rather than run: in async code it runs
/// wherever it is called later, which is unknown; in sync code it stays sync code.
fn stored_closure_frame(frame: Frame) -> Frame {
    if frame.exec != Exec::Async {
        return frame;
    }
    Frame {
        exec: Exec::Sync,
        inline_closure: false,
        owner: None,
        facts_fn: None,
        ..frame
    }
}

/// A call that stores its argument rather than running it: a smart pointer, a variant.
fn is_storing_call(call: &CallInfo) -> bool {
    if call.is_method {
        return false;
    }
    let path = match &call.callee {
        Callee::Api(path) => path.as_str(),
        _ => call.name.as_str(),
    };
    matches!(scope::last_segment(path), "Some" | "Ok" | "Err")
        || matches!(
            path,
            "std::boxed::Box::new"
                | "std::sync::Arc::new"
                | "std::rc::Rc::new"
                | "Box::new"
                | "Arc::new"
                | "Rc::new"
                | "Box::pin"
                | "std::boxed::Box::pin"
        )
}

/// `signal(SignalKind::terminate())?` / `token`: a receiver that yields shutdown signals.
fn is_signal_source(receiver: &Expr) -> bool {
    match strip(receiver) {
        Expr::Try(t) => is_signal_source(&t.expr),
        Expr::MethodCall(m) if matches!(m.method.to_string().as_str(), "unwrap" | "expect") => {
            is_signal_source(&m.receiver)
        }
        Expr::Call(call) => match &*call.func {
            Expr::Path(p) => p
                .path
                .segments
                .last()
                .is_some_and(|last| last.ident.to_string().ends_with("signal")),
            _ => false,
        },
        Expr::Path(p) => p
            .path
            .get_ident()
            .is_some_and(|i| names_a_signal(&i.to_string())),
        Expr::Field(field) => match &field.member {
            syn::Member::Named(name) => names_a_signal(&name.to_string()),
            syn::Member::Unnamed(_) => false,
        },
        _ => false,
    }
}

fn names_a_signal(name: &str) -> bool {
    name.contains("shutdown") || name.contains("token") || name.contains("cancel")
}

/// Walks a spawned body for what it awaits, for `Walker::only_ticks`.
struct TickScan<'w, 'a> {
    walker: &'w Walker<'a>,
    /// A timer is awaited.
    ticks: bool,
    /// Something else is awaited, or the body makes futures whose awaits are not seen here.
    other: bool,
    /// Locals the body binds to a new `tokio::time::interval(..)` (the model has not declared
    /// them yet: the body is scanned before it is walked).
    intervals: Vec<String>,
}

impl TickScan<'_, '_> {
    fn awaits(&mut self, future: &Expr) {
        let ticks_an_interval = matches!(future, Expr::MethodCall(m)
            if m.method == "tick"
                && m.args.is_empty()
                && matches!(strip(&m.receiver), Expr::Path(p)
                    if p.path.get_ident().is_some_and(|name| self.intervals.iter().any(|i| name == i))));
        if ticks_an_interval || self.walker.is_timer_wait(future) {
            self.ticks = true;
        } else if !self.walker.is_signal_wait(future) {
            self.other = true;
        }
    }
}

impl<'ast> Visit<'ast> for TickScan<'_, '_> {
    // Once something else is awaited, the rest of the body cannot make it a ticker.
    fn visit_stmt(&mut self, stmt: &'ast Stmt) {
        if !self.other {
            visit::visit_stmt(self, stmt);
        }
    }
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if !self.other {
            visit::visit_expr(self, expr);
        }
    }
    fn visit_expr_await(&mut self, expr: &'ast syn::ExprAwait) {
        self.awaits(strip(&expr.base));
        visit::visit_expr_await(self, expr);
    }
    fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {
        self.other = true;
    }
    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        // A sync closure (`map.retain(|_, v| v.fresh())`) awaits nothing; an async one's
        // future runs wherever it is taken.
        if closure.asyncness.is_some() {
            self.other = true;
        } else {
            visit::visit_expr_closure(self, closure);
        }
    }
    fn visit_item(&mut self, _: &'ast syn::Item) {}
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let (syn::Pat::Ident(name), Some(init)) = (strip_pat_type(&local.pat), &local.init) {
            let makes_interval = self.walker.model.classify_call(strip(&init.expr)).is_some_and(
                |call| matches!(&call.callee, Callee::Api(path) if self.walker.catalog().interval_fns.contains(path)),
            );
            if makes_interval {
                self.intervals.push(name.ident.to_string());
            }
        }
        visit::visit_local(self, local);
    }
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = macros::macro_name(mac);
        if name.is_some_and(|n| n == "select" || n == "select_biased") {
            match macros::parse_body(mac) {
                Some(MacroBody::Select(branches)) => {
                    for branch in &branches {
                        if let Some(future) = &branch.future {
                            self.awaits(strip(future));
                        }
                        self.visit_expr(&branch.body);
                    }
                }
                _ => self.other = true,
            }
        } else if name.is_some_and(|n| n.to_string().contains("join"))
            || tokens_mention(mac.tokens.clone(), &["await", "async"])
        {
            // `join!(a, b)` awaits its arguments without `.await`; any other macro that
            // awaits is not read here (a ticker's log lines await nothing).
            self.other = true;
        }
    }
}

/// The future awaited by `fut.await`, `fut.await?`, `fut.await.unwrap()`, `fut.await.ok()`:
/// the expression itself when it awaits nothing.
/// What a statement awaits when awaiting it is all it does: `conn.await`, `let _ = conn.await`,
/// `if let Err(e) = conn.await { .. }`, `match conn.await { .. }`, `conn.await.ok()`.
fn awaited_alone(expr: &Expr) -> Option<&Expr> {
    let value = match strip(expr) {
        Expr::If(branch) => match &*branch.cond {
            Expr::Let(condition) => &condition.expr,
            _ => return None,
        },
        Expr::Match(m) => &m.expr,
        other => other,
    };
    let mut current = strip(value);
    loop {
        match current {
            Expr::MethodCall(m) if m.args.is_empty() || m.method == "expect" => {
                current = strip(&m.receiver)
            }
            Expr::Await(a) => return Some(strip(&a.base)),
            _ => return None,
        }
    }
}

fn awaited_base(expr: &Expr) -> &Expr {
    let mut current = strip(expr);
    loop {
        match current {
            Expr::Try(t) => current = strip(&t.expr),
            Expr::MethodCall(m) => current = strip(&m.receiver),
            Expr::Await(a) => return strip(&a.base),
            _ => return strip(expr),
        }
    }
}

/// The names a pattern binds (`job` in `Some(job)`, none in `Some(())` or `Some(_)`).
pub(crate) fn bound_names(pat: &syn::Pat) -> Vec<String> {
    let mut names = Vec::new();
    collect_bound_names(pat, &mut names);
    names
}

fn collect_bound_names(pat: &syn::Pat, names: &mut Vec<String>) {
    match pat {
        syn::Pat::Ident(p) => {
            names.push(p.ident.to_string());
            if let Some((_, sub)) = &p.subpat {
                collect_bound_names(sub, names);
            }
        }
        syn::Pat::Type(p) => collect_bound_names(&p.pat, names),
        syn::Pat::Reference(p) => collect_bound_names(&p.pat, names),
        syn::Pat::Paren(p) => collect_bound_names(&p.pat, names),
        syn::Pat::Tuple(p) => p.elems.iter().for_each(|e| collect_bound_names(e, names)),
        syn::Pat::TupleStruct(p) => p.elems.iter().for_each(|e| collect_bound_names(e, names)),
        syn::Pat::Struct(p) => p
            .fields
            .iter()
            .for_each(|f| collect_bound_names(&f.pat, names)),
        syn::Pat::Slice(p) => p.elems.iter().for_each(|e| collect_bound_names(e, names)),
        syn::Pat::Or(p) => {
            if let Some(first) = p.cases.first() {
                collect_bound_names(first, names);
            }
        }
        syn::Pat::Guard(p) => collect_bound_names(&p.pat, names),
        _ => {}
    }
}

/// The bindings one `use` made: each name to its full path.
type UseBindings = Vec<(String, Vec<String>)>;

/// `head::name`, joined in one allocation (an item's full path from its module's).
fn qualified_name(head: &[String], name: &str) -> String {
    let len = head.iter().map(|s| s.len() + 2).sum::<usize>() + name.len();
    let mut path = String::with_capacity(len);
    for segment in head {
        path.push_str(segment);
        path.push_str("::");
    }
    path.push_str(name);
    path
}

/// `notify(3)` where `notify` is a single-segment path: the local (if any) being called.
fn called_local(expr: &Expr) -> Option<String> {
    let Expr::Call(call) = strip(expr) else {
        return None;
    };
    let Expr::Path(p) = strip(&call.func) else {
        return None;
    };
    p.path.get_ident().map(|i| i.to_string())
}

/// A web framework's request extractor (`Json<Backup>`, `Query<..>`, `Form<..>`): what it
/// holds is what the client sent.
fn is_request_extractor(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => is_request_extractor(&r.elem),
        syn::Type::Path(p) => p.path.segments.last().is_some_and(|s| {
            matches!(s.ident.to_string().as_str(), "Json" | "Query" | "Form")
                && matches!(s.arguments, syn::PathArguments::AngleBracketed(_))
        }),
        _ => false,
    }
}

/// A parameter type that holds many items: the caller decides how many.
/// An integer: as a parameter, a count of items the caller asks for.
fn is_count_type(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else {
        return false;
    };
    p.qself.is_none()
        && p.path.get_ident().is_some_and(|ident| {
            matches!(
                ident.to_string().as_str(),
                "u8" | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "usize"
                    | "i8"
                    | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "isize"
            )
        })
}

/// A range whose items nobody names (`for _ in 0..workers`, `(0..n).map(|_| ..)`) counts
/// workers or attempts, not input items.
fn unnamed_range_items(origin: Origin, items: &[String]) -> Origin {
    match origin {
        Origin::Param(_) if items.iter().all(|item| item.starts_with('_')) => Origin::Fixed,
        _ => origin,
    }
}

/// A chain of adapters over a range whose closures name none of its numbers
/// (`(0..workers).map(|_| ping())`): as many futures as the count, none per input item.
pub(crate) fn range_numbers_unused(chain: &Expr) -> bool {
    if !iterates_range(chain) {
        return false;
    }
    let mut expr = strip(chain);
    let mut params = Vec::new();
    while let Expr::MethodCall(m) = expr {
        if let Some(Expr::Closure(c)) = m.args.first().map(strip) {
            params = c.inputs.iter().flat_map(bound_names).collect();
        }
        expr = strip(&m.receiver);
    }
    params.iter().all(|name| name.starts_with('_'))
}

/// Iterates a range (`(0..n).map(..)`, `(1..=n).rev()`), through adapters.
fn iterates_range(iterated: &Expr) -> bool {
    let mut root = strip(iterated);
    while let Expr::MethodCall(m) = root {
        root = strip(&m.receiver);
    }
    matches!(root, Expr::Range(_))
}

fn is_collection_type(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Slice(_) => true,
        syn::Type::Reference(r) => is_collection_type(&r.elem),
        syn::Type::ImplTrait(t) => t.bounds.iter().any(|b| {
            matches!(b, syn::TypeParamBound::Trait(t) if t.path.segments.last().is_some_and(|s| {
                matches!(s.ident.to_string().as_str(), "IntoIterator" | "Iterator" | "Stream")
            }))
        }),
        syn::Type::Path(p) => p.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "Vec"
                    | "VecDeque"
                    | "HashSet"
                    | "BTreeSet"
                    | "HashMap"
                    | "BTreeMap"
                    | "IndexMap"
                    | "IndexSet"
                    | "SmallVec"
                    | "Range"
                    | "RangeInclusive"
            )
        }),
        _ => false,
    }
}

/// `Self`, `Result<Self>`, `Option<Store>`, `io::Result<Store>`: a constructor's output.
fn returns_self(ty: &syn::Type, type_name: &str) -> bool {
    let syn::Type::Path(p) = ty else {
        return false;
    };
    let Some(last) = p.path.segments.last() else {
        return false;
    };
    if last.ident == "Self" || last.ident == type_name {
        return true;
    }
    if !matches!(last.ident.to_string().as_str(), "Result" | "Option") {
        return false;
    }
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first() {
            Some(syn::GenericArgument::Type(inner)) => returns_self(inner, type_name),
            _ => false,
        },
        _ => false,
    }
}

/// The declared output of an async fn whose output is not `()`, as [`FnFacts::output`]
/// keeps it.
fn lost_output_text(sig: &syn::Signature, is_async: bool) -> String {
    if is_async && !returns_unit(sig) {
        output_text(sig)
    } else {
        String::new()
    }
}

/// The declared output of a signature as written, compactly (`Result<(), Error>`).
fn output_text(sig: &syn::Signature) -> String {
    match &sig.output {
        syn::ReturnType::Default => "()".to_string(),
        syn::ReturnType::Type(_, ty) => {
            let tokens = quote::ToTokens::to_token_stream(&**ty).to_string();
            let mut text = String::with_capacity(tokens.len());
            for part in tokens.split(' ') {
                let glue = text.ends_with(['<', '(', '&', ':', '['])
                    || part.starts_with(['<', '>', ')', ',', ':', ']']);
                if !text.is_empty() && !glue {
                    text.push(' ');
                }
                text.push_str(part);
            }
            text
        }
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

/// What a statement between a spawn and the await of its handle starts beside that task.
enum Beside {
    Nothing,
    /// A task that first awaits a shutdown signal.
    SignalWaiter,
    /// A crate async fn as a task of its own: a signal waiter if the index says so.
    CrateTask(Target),
    Other,
}

/// A statement that does no work of its own between a spawn and the await of its handle: a
/// log line, or a `let` of a handle's `abort_handle()` or a `clone()`.
fn is_bookkeeping(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Macro(mac) => is_logging_macro(&mac.mac),
        Stmt::Expr(Expr::Macro(mac), _) => is_logging_macro(&mac.mac),
        Stmt::Local(local) => local.init.as_ref().is_some_and(|init| {
            matches!(strip(&init.expr), Expr::MethodCall(m)
                if m.args.is_empty()
                    && matches!(m.method.to_string().as_str(), "abort_handle" | "clone")
                    && matches!(strip(&m.receiver), Expr::Path(_)))
        }),
        _ => false,
    }
}

/// `println!`, `tracing::info!` and the like: they only log.
fn is_logging_macro(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|last| {
        matches!(
            last.ident.to_string().as_str(),
            "println"
                | "eprintln"
                | "print"
                | "eprint"
                | "trace"
                | "debug"
                | "info"
                | "warn"
                | "error"
        )
    })
}

/// `State(app): State<AppState>`, `Json(body): Json<Order>`: a one-field tuple pattern named
/// like its type, whose type has one type argument: the binding and that argument.
fn unpacked_newtype<'p>(
    pat: &'p syn::Pat,
    ty: &'p syn::Type,
) -> Option<(&'p syn::Pat, &'p syn::Type)> {
    let (syn::Pat::TupleStruct(pattern), syn::Type::Path(path)) = (pat, ty) else {
        return None;
    };
    let [inner] = pattern.elems.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let named = pattern.path.segments.last()?;
    let typed = path.path.segments.last()?;
    if path.qself.is_some() || named.ident != typed.ident {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &typed.arguments else {
        return None;
    };
    let mut types = args.args.iter().filter_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    });
    match (types.next(), types.next()) {
        (Some(only), None) => Some((inner, only)),
        _ => None,
    }
}
