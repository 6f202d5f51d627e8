//! Pass 2 of the analysis, without any AST: merges the files' facts into the crate index,
//! computes which sync fns block (a fixpoint over the call graph per kind of blocking,
//! keeping the chain for the message) and which fns offload their closures, then confirms or
//! drops the conditional findings of pass 1.

use std::cell::RefCell;

use rustc_hash::{FxHashMap, FxHashSet};

use super::facts::{
    ArgFlow, BlockKind, CallSite, Condition, FileFacts, Flow, FnFacts, Pending, Target,
};
use super::model::DEFERRED;
use super::scope::last_segment;
use crate::Diagnostic;
use crate::rules;

/// How many alias hops (`pub use` re-exports) are followed before giving up.
const MAX_ALIAS_HOPS: usize = 8;

/// The crate-wide knowledge built from every file's facts.
pub(crate) struct CrateIndex {
    fns: Vec<FnFacts>,
    by_path: FxHashMap<String, Vec<usize>>,
    by_type_method: FxHashMap<(String, String), Vec<usize>>,
    aliases: FxHashMap<String, String>,
    /// For each fn: `Some(chain)` when it is sync and blocks the thread; the chain ends with
    /// the API.
    blocks_thread: Vec<Option<Vec<String>>>,
    /// The same for blocking on a future (`block_on`, tokio's `blocking_*`).
    blocks_on: Vec<Option<Vec<String>>>,
    /// Paths into the workspace's other crates (`bridge::fetch_now`) that this crate's sync
    /// fns call or its conditional findings wait on.
    foreign_paths: Vec<String>,
    /// The chains of those that block in a linked way, from their own crate's index (see
    /// [`link_workspace`]); they seed this crate's blocking fixpoints.
    foreign_chains: FxHashMap<(String, BlockKind), Vec<String>>,
    /// Which of the foreign paths this crate asks about are async fns of the crate that owns
    /// them (`notes_store::Store::flush`).
    foreign_async: FxHashSet<String>,
    /// The types of the crate's struct fields by (type name, field); `None` where two structs
    /// of the same name disagree.
    field_types: FxHashMap<(String, String), Option<String>>,
    offloads: Vec<bool>,
    /// (fn, parameter index) pairs that some caller fills with a bounded collection.
    bounded_params: FxHashSet<(usize, usize)>,
    /// (fn, parameter index) pairs that some caller fills from input, directly or through
    /// its own parameters.
    input_params: FxHashSet<(usize, usize)>,
    /// Fns some call in this crate passes arguments to.
    called: FxHashSet<usize>,
    /// Methods by name, for call sites whose receiver's type is unknown.
    methods_by_name: FxHashMap<String, Vec<usize>>,
    /// For each fn: it only ever runs as part of a sequential program (see
    /// [`CrateIndex::sequential_fns`]).
    sequential: Vec<bool>,
    /// For each fn: there is evidence that it runs beside other tasks (see
    /// [`CrateIndex::concurrent_fns`]).
    concurrent: Vec<bool>,
    /// Crate fns named as values (`get(handler)`): called from wherever they are handed.
    value_uses: Vec<Target>,
    /// The runtime roots found in this crate (fns handed to `block_on`).
    roots: Vec<CallSite>,
    /// Call sites in the workspace's other crates that reach this crate's fns: the target (in
    /// this crate's `crate::` paths), whether the calling site is sequential, and whether it
    /// runs beside other tasks.
    external_sites: Vec<(Target, bool, bool)>,
    /// Call sites in the workspace's other crates that dispatch through a trait bound
    /// (`I::new()` with `I: Importer`): the traits, the method, and whether the site runs
    /// sequentially.
    external_trait_sites: Vec<TraitSite>,
    /// The calls between this crate's fns, resolved once: what the sequential and concurrent
    /// fixpoints of every [`link_workspace`] round start from.
    graph: CallGraph,
    /// What [`CrateIndex::resolve`] found for each target asked about: the same targets are
    /// asked about again and again, and what they resolve to is fixed once the maps above are
    /// filled.
    resolved: RefCell<FxHashMap<Target, Vec<usize>>>,
}

impl CrateIndex {
    pub fn build(files: &mut [FileFacts]) -> Self {
        let mut index = CrateIndex {
            fns: Vec::new(),
            by_path: FxHashMap::default(),
            by_type_method: FxHashMap::default(),
            aliases: FxHashMap::default(),
            blocks_thread: Vec::new(),
            blocks_on: Vec::new(),
            foreign_paths: Vec::new(),
            foreign_chains: FxHashMap::default(),
            foreign_async: FxHashSet::default(),
            field_types: FxHashMap::default(),
            offloads: Vec::new(),
            bounded_params: FxHashSet::default(),
            input_params: FxHashSet::default(),
            called: FxHashSet::default(),
            methods_by_name: FxHashMap::default(),
            sequential: Vec::new(),
            concurrent: Vec::new(),
            value_uses: Vec::new(),
            roots: Vec::new(),
            external_sites: Vec::new(),
            external_trait_sites: Vec::new(),
            graph: CallGraph::default(),
            resolved: RefCell::default(),
        };
        let mut arg_flows = Vec::new();
        let mut roots = Vec::new();
        let mut foreign_paths = FxHashSet::default();
        for file in files.iter_mut() {
            for pending in &file.pending {
                foreign_paths_in(&pending.condition, &mut foreign_paths);
            }
            for mut facts in std::mem::take(&mut file.fns) {
                facts.exported &= file.library;
                let id = index.fns.len();
                index
                    .by_path
                    .entry(facts.path.clone())
                    .or_default()
                    .push(id);
                if let Some(ty) = &facts.self_type {
                    index
                        .by_type_method
                        .entry((ty.clone(), facts.name.clone()))
                        .or_default()
                        .push(id);
                    index
                        .methods_by_name
                        .entry(facts.name.clone())
                        .or_default()
                        .push(id);
                }
                for (target, _) in &facts.calls {
                    if let Target::Path(path) = target {
                        if is_foreign(path) {
                            foreign_paths.insert(path.clone());
                        }
                    }
                }
                index.fns.push(facts);
            }
            index.aliases.extend(std::mem::take(&mut file.aliases));
            for (key, ty) in std::mem::take(&mut file.field_types) {
                index
                    .field_types
                    .entry(key)
                    .and_modify(|known| {
                        if known.as_ref() != Some(&ty) {
                            *known = None;
                        }
                    })
                    .or_insert(Some(ty));
            }
            arg_flows.append(&mut file.arg_flows);
            roots.append(&mut file.roots);
            index.value_uses.append(&mut file.value_uses);
        }
        index.foreign_paths = foreign_paths.into_iter().collect();
        index.foreign_paths.sort_unstable();
        index.follow_arg_flows(&arg_flows);
        index.resolve_returned_calls();
        index.offloads = index.fns.iter().map(|f| f.offloads).collect();
        index.roots = roots;
        index.graph = index.call_graph();
        let callees = &index.graph.blocking_calls;
        index.blocks_thread = index.blocking_fixpoint(BlockKind::Thread, callees);
        index.blocks_on = index.blocking_fixpoint(BlockKind::BlockOn, callees);
        index.sequential = index.sequential_fns();
        index.concurrent = index.concurrent_fns();
        index.note_foreign_methods(files);
        index
    }

    /// Methods called on values whose type only the index resolves (a field of a struct
    /// declared in another file) and that is a sibling crate's type: ask that crate too.
    fn note_foreign_methods(&mut self, files: &[FileFacts]) {
        let mut found = Vec::new();
        for pending in files.iter().flat_map(|file| &file.pending) {
            if let Condition::TargetIsAsync(Target::Method { ty, name }) = &pending.condition {
                if let Some(path) = self.foreign_method_path(ty, name) {
                    found.push(path);
                }
            }
        }
        if found.is_empty() {
            return;
        }
        self.foreign_paths.extend(found);
        self.foreign_paths.sort_unstable();
        self.foreign_paths.dedup();
    }

    /// `notes_store::Store::flush` for `flush` on a value of deferred type that resolves to
    /// a type outside this crate.
    fn foreign_method_path(&self, ty: &str, name: &str) -> Option<String> {
        let concrete = self.concrete_type(ty)?;
        is_foreign(&concrete).then(|| format!("{concrete}::{name}"))
    }

    /// The type a deferred type (`ret:crate::assets::open_asset@0`) names, when the index
    /// can tell.
    fn concrete_type(&self, deferred: &str) -> Option<String> {
        self.deferred_type(deferred.strip_prefix(DEFERRED)?, 0)
    }

    /// Calls from this crate's fns into another crate of the workspace (`lib::a::run`), as
    /// (that crate's library name, the target in its `crate::` paths, whether the site is
    /// sequential), given this crate's current sequential fns and roots.
    fn outgoing_sites(&self) -> Vec<(String, Target, bool, bool)> {
        let mut sites = Vec::new();
        let mut push = |site: &CallSite, sequential: bool, concurrent: bool| {
            let Some(path) = site.target.as_ref().and_then(|t| self.foreign_path(t)) else {
                return;
            };
            let Some((lib, rest)) = path.split_once("::") else {
                return;
            };
            sites.push((
                lib.to_string(),
                Target::Path(format!("crate::{rest}")),
                sequential,
                concurrent,
            ));
        };
        for (id, facts) in self.fns.iter().enumerate() {
            for site in &facts.async_calls {
                push(
                    site,
                    site.awaited && self.before_spawn(site) && self.sequential[id],
                    self.site_runs_concurrently(id, site),
                );
            }
        }
        for root in &self.roots {
            push(root, true, false);
        }
        sites
    }

    /// The path in another crate of the workspace that a call target names: directly
    /// (`lib::a::run`, `lib::Task::start`), or through a `use` alias of this crate
    /// (`crate::resolver::Task::start` where the crate re-exports `hickory_resolver` as
    /// `resolver`). `None` for this crate's own fns and values of deferred type.
    fn foreign_path(&self, target: &Target) -> Option<String> {
        let method_path;
        let path = match target {
            Target::Path(path) => path,
            Target::Method { ty, name } if !ty.starts_with(DEFERRED) => {
                method_path = format!("{ty}::{name}");
                &method_path
            }
            Target::Method { .. } => return None,
        };
        if !path.starts_with("crate") {
            return Some(path.clone());
        }
        self.through_aliases(path)
            .filter(|foreign| !foreign.starts_with("crate"))
    }

    /// The sites of this crate that dispatch through a trait bound, for the workspace's other
    /// crates, whose impls they may reach.
    fn outgoing_trait_sites(&self) -> Vec<TraitSite> {
        self.fns
            .iter()
            .enumerate()
            .flat_map(|(id, facts)| {
                facts
                    .async_calls
                    .iter()
                    .filter(|site| site.target.is_none() && !site.traits.is_empty())
                    .map(move |site| TraitSite {
                        traits: site.traits.clone(),
                        method: site.name.clone(),
                        sequential: site.awaited && self.before_spawn(site) && self.sequential[id],
                        concurrent: self.site_runs_concurrently(id, site),
                    })
            })
            .collect()
    }

    /// The methods of this crate that implement (or declare) `method` of one of `traits`.
    fn trait_impls<'s>(
        &'s self,
        traits: &'s [String],
        method: &str,
    ) -> impl Iterator<Item = usize> + 's {
        self.methods_by_name
            .get(method)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&id| {
                self.fns[id]
                    .trait_name
                    .as_ref()
                    .is_some_and(|t| traits.contains(t))
            })
    }

    /// Which parameters callers fill with bounded collections, and which with input: the
    /// latter through chains of parameters (`handle(req)` passes `req.items` to
    /// `process(items)`), to a fixpoint.
    fn follow_arg_flows(&mut self, flows: &[ArgFlow]) {
        let resolved: Vec<(Vec<usize>, usize, &Flow)> = flows
            .iter()
            .map(|f| (self.resolve(&f.target), f.index, &f.flow))
            .collect();
        for (ids, index, flow) in &resolved {
            for &id in ids {
                self.called.insert(id);
                match flow {
                    Flow::Bounded => {
                        self.bounded_params.insert((id, *index));
                    }
                    Flow::Input => {
                        self.input_params.insert((id, *index));
                    }
                    Flow::Param { .. } | Flow::Opaque => {}
                }
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for (ids, index, flow) in &resolved {
                let Flow::Param { fn_path, param } = flow else {
                    continue;
                };
                let from_input = self
                    .resolve_path(fn_path)
                    .iter()
                    .any(|&caller| self.input_params.contains(&(caller, *param)));
                if from_input {
                    for &id in ids {
                        changed |= self.input_params.insert((id, *index));
                    }
                }
            }
        }
    }

    /// The fns a call site may run: its resolved target, or, when the receiver's type is
    /// unknown, the crate's one method of that name (a name many types share, like `run`,
    /// tells nothing about which one is called).
    fn site_targets(&self, site: &CallSite) -> Vec<usize> {
        match &site.target {
            Some(target) => self.resolve(target),
            // Through a trait bound: every impl of the trait's method in the crate.
            None if !site.traits.is_empty() => self.trait_impls(&site.traits, &site.name).collect(),
            None => match self.methods_by_name.get(&site.name) {
                Some(ids) if ids.len() == 1 => ids.clone(),
                _ => Vec::new(),
            },
        }
    }

    /// Resolves every call site of the crate's fns once (see [`CallGraph`]).
    fn call_graph(&self) -> CallGraph {
        let root_targets: Vec<usize> = self
            .roots
            .iter()
            .flat_map(|site| self.site_targets(site))
            .collect();
        let mut async_calls: Vec<Vec<AsyncCall>> = self
            .fns
            .iter()
            .map(|facts| {
                facts
                    .async_calls
                    .iter()
                    .flat_map(|site| {
                        let resolved = site.target.is_some() || !site.traits.is_empty();
                        self.site_targets(site)
                            .into_iter()
                            .map(move |callee| self.async_call(site, callee, resolved))
                    })
                    .collect()
            })
            .collect();
        let sync_calls: Vec<Vec<usize>> = self
            .fns
            .iter()
            .map(|facts| {
                facts
                    .calls
                    .iter()
                    .flat_map(|(target, _)| self.resolve(target))
                    .collect()
            })
            .collect();
        self.link_by_ambiguous_name(&root_targets, &mut async_calls, &sync_calls);
        CallGraph {
            root_targets,
            async_calls,
            sync_calls,
            blocking_calls: self.sync_callees(),
        }
    }

    /// An async method of the crate that no resolved call reaches, but whose name an awaited
    /// call on a receiver of unknown type uses while several methods bear it
    /// (`zone.load(dir).await`):
    /// it is not called from somewhere unseen, so those sites are its callers, and decide
    /// whether it runs in a sequential program or beside other tasks.
    fn link_by_ambiguous_name(
        &self,
        roots: &[usize],
        async_calls: &mut [Vec<AsyncCall>],
        sync_calls: &[Vec<usize>],
    ) {
        let mut called = vec![false; self.fns.len()];
        for &id in async_calls
            .iter()
            .flatten()
            .map(|call| &call.callee)
            .chain(sync_calls.iter().flatten())
            .chain(roots)
        {
            called[id] = true;
        }
        for (facts, calls) in self.fns.iter().zip(async_calls.iter_mut()) {
            for site in &facts.async_calls {
                // A site that is neither awaited nor handed on to run (`flag.load(Relaxed)`)
                // calls no async method.
                if site.target.is_some()
                    || !site.traits.is_empty()
                    || !(site.awaited || site.concurrent)
                {
                    continue;
                }
                let Some(ids) = self
                    .methods_by_name
                    .get(&site.name)
                    .filter(|ids| ids.len() > 1)
                else {
                    continue;
                };
                let unreached = ids
                    .iter()
                    .filter(|&&id| !called[id] && self.fns[id].is_async);
                calls.extend(unreached.map(|&callee| self.async_call(site, callee, false)));
            }
        }
    }

    /// The edge from an async call site to one fn it may run.
    fn async_call(&self, site: &CallSite, callee: usize, resolved: bool) -> AsyncCall {
        AsyncCall {
            callee,
            awaited_first: site.awaited && self.before_spawn(site),
            beside_others: !site.once && (site.concurrent || !self.before_spawn(site)),
            once: site.once,
            resolved,
        }
    }

    /// The async fns that only ever run as part of a sequential program: a runtime root
    /// (`#[tokio::main]`, a fn handed to `block_on`), or a fn every known caller awaits in its
    /// own body, before spawning anything, while itself sequential. Nothing else runs beside
    /// them, so a blocking call there stalls no other task. A fn with no known caller, or
    /// one whose future goes anywhere but an `.await`, is not sequential.
    fn sequential_fns(&self) -> Vec<bool> {
        let count = self.fns.len();
        let mut sequential: Vec<bool> = self.fns.iter().map(|f| f.entry).collect();
        for &id in &self.graph.root_targets {
            sequential[id] = true;
        }
        // For each fn, its callers: Some(calling fn) with whether the site is awaited in its
        // own body before a spawn, or None for a site in another crate (sequential or not).
        let mut callers: Vec<Vec<(Option<usize>, bool)>> = vec![Vec::new(); count];
        for (caller, sites) in self.graph.async_calls.iter().enumerate() {
            for call in sites {
                callers[call.callee].push((Some(caller), call.awaited_first));
            }
        }
        for (target, sequential_site, _) in &self.external_sites {
            for id in self.resolve(target) {
                callers[id].push((None, *sequential_site));
            }
        }
        for site in &self.external_trait_sites {
            for id in self.trait_impls(&site.traits, &site.method) {
                callers[id].push((None, site.sequential));
            }
        }
        // The largest set closed under "every caller is a sequential site of a member", among
        // the fns a sequential site reaches: fns that call each other (`load` awaits
        // `load_keys`, which awaits `load` again for a nested zone) stay sequential when
        // everything entering their cycle is.
        let mut reached = sequential.clone();
        let mut work: Vec<usize> = (0..count).filter(|&id| reached[id]).collect();
        for (id, callers) in callers.iter().enumerate() {
            if !reached[id] && callers.iter().any(|&(caller, ok)| caller.is_none() && ok) {
                reached[id] = true;
                work.push(id);
            }
        }
        while let Some(caller) = work.pop() {
            for call in &self.graph.async_calls[caller] {
                if call.awaited_first && !reached[call.callee] {
                    reached[call.callee] = true;
                    work.push(call.callee);
                }
            }
        }
        let roots = sequential;
        let mut sequential = reached;
        let mut changed = true;
        while changed {
            changed = false;
            for id in 0..count {
                if !sequential[id] || roots[id] {
                    continue;
                }
                let all_sequential = callers[id].iter().all(|&(caller, ok)| match caller {
                    Some(caller) => caller == id || ok && sequential[caller],
                    None => ok,
                });
                if !all_sequential {
                    sequential[id] = false;
                    changed = true;
                }
            }
        }
        sequential
    }

    /// A call site runs beside other tasks: handed to a spawn, `join_all`, `join!` or
    /// `select!`, made after a spawn in its fn's body, or made by a fn that runs so.
    fn site_runs_concurrently(&self, caller: usize, site: &CallSite) -> bool {
        !site.once
            && (site.concurrent
                || !self.before_spawn(site)
                || self.concurrent.get(caller) == Some(&true))
    }

    /// No task had been spawned before the site, or only housekeeping tasks (crate fns whose
    /// first await is `ctrl_c()`, timer tickers): nothing else runs beside it yet.
    fn before_spawn(&self, site: &CallSite) -> bool {
        site.before_spawn && self.only_housekeeping(&site.tasks)
    }

    /// Every one of these spawned crate fns is housekeeping: it waits for a shutdown signal
    /// first, or only ticks a timer.
    fn only_housekeeping(&self, tasks: &[Target]) -> bool {
        tasks.iter().all(|task| {
            let ids = self.resolve(task);
            !ids.is_empty() && ids.iter().all(|&id| self.fns[id].housekeeping)
        })
    }

    /// The fns with evidence that they run beside other tasks, so that a blocking call there
    /// stalls them: a fn spawned, joined or selected with others, called after a spawn, named
    /// as a value (a handler handed to a router), a method of a trait declared outside the
    /// crate (a framework calls it), a library's `pub` fn the workspace does not call (its
    /// users call it from anywhere), an async fn nothing here is known to call (its callers
    /// are unseen), and every fn such a fn calls. A fn reached only from a binary's sequential
    /// flow or a once cell's initialiser, or whose callers hand its future on to code not
    /// known to run it beside other tasks (a retry helper, a closure), is not: unknown is
    /// silent.
    fn concurrent_fns(&self) -> Vec<bool> {
        let count = self.fns.len();
        let declared_traits: FxHashSet<&str> = self
            .fns
            .iter()
            .filter(|f| f.trait_name.is_some() && f.trait_name == f.self_type)
            .filter_map(|f| f.trait_name.as_deref())
            .collect();
        let called_here = self.called_in_workspace();
        let mut concurrent: Vec<bool> = self
            .fns
            .iter()
            .enumerate()
            .map(|(id, f)| {
                let framework_callback = f
                    .trait_name
                    .as_deref()
                    .is_some_and(|t| !declared_traits.contains(t));
                framework_callback || (f.exported && !self.sequential[id] && !called_here[id])
            })
            .collect();
        for target in &self.value_uses {
            for id in self.resolve(target) {
                concurrent[id] = true;
            }
        }
        for (target, _, runs_concurrently) in &self.external_sites {
            if *runs_concurrently {
                for id in self.resolve(target) {
                    concurrent[id] = true;
                }
            }
        }
        for site in &self.external_trait_sites {
            if site.concurrent {
                for id in self.trait_impls(&site.traits, &site.method) {
                    concurrent[id] = true;
                }
            }
        }
        let mut callees: Vec<Vec<usize>> = vec![Vec::new(); count];
        // Any caller at all, by a resolved call or by a method's name alone.
        let mut has_caller = called_here;
        for (caller, sites) in self.graph.async_calls.iter().enumerate() {
            for call in sites {
                has_caller[call.callee] = true;
                if call.beside_others {
                    concurrent[call.callee] = true;
                }
                if !call.once {
                    callees[caller].push(call.callee);
                }
            }
            callees[caller].extend_from_slice(&self.graph.sync_calls[caller]);
        }
        for callee in callees.iter().flatten() {
            has_caller[*callee] = true;
        }
        // An async fn nothing here is known to call is called from somewhere unseen (a macro,
        // a fn pointer, a user of the crate): as on any caller's task, not as a program's start.
        for (id, f) in self.fns.iter().enumerate() {
            if f.is_async && !f.entry && !has_caller[id] && !self.called.contains(&id) {
                concurrent[id] = true;
            }
        }
        let mut work: Vec<usize> = (0..count).filter(|&id| concurrent[id]).collect();
        while let Some(id) = work.pop() {
            for &callee in &callees[id] {
                if !concurrent[callee] {
                    concurrent[callee] = true;
                    work.push(callee);
                }
            }
        }
        concurrent
    }

    /// For each fn: the workspace's own code calls it, through a resolved call (a path, a
    /// typed receiver, a trait bound, a fn named as a value) from this crate or another one.
    /// A library's `pub` fn called so is judged by those callers; one nothing here calls is
    /// called by the library's users, from any task.
    fn called_in_workspace(&self) -> Vec<bool> {
        let mut called = vec![false; self.fns.len()];
        for target in self
            .value_uses
            .iter()
            .chain(self.external_sites.iter().map(|(target, _, _)| target))
        {
            for id in self.resolve(target) {
                called[id] = true;
            }
        }
        for &id in &self.graph.root_targets {
            called[id] = true;
        }
        for site in &self.external_trait_sites {
            for id in self.trait_impls(&site.traits, &site.method) {
                called[id] = true;
            }
        }
        // A recursive fn calling itself says nothing about who else does.
        for (caller, sites) in self.graph.async_calls.iter().enumerate() {
            for call in sites.iter().filter(|c| c.resolved && c.callee != caller) {
                called[call.callee] = true;
            }
        }
        for (caller, callees) in self.graph.sync_calls.iter().enumerate() {
            for &callee in callees.iter().filter(|&&callee| callee != caller) {
                called[callee] = true;
            }
        }
        called
    }

    /// The crate fns a call may refer to; empty when unknown.
    fn resolve(&self, target: &Target) -> Vec<usize> {
        if let Some(ids) = self.resolved.borrow().get(target) {
            return ids.clone();
        }
        let ids = self.resolve_uncached(target);
        self.resolved
            .borrow_mut()
            .insert(target.clone(), ids.clone());
        ids
    }

    fn resolve_uncached(&self, target: &Target) -> Vec<usize> {
        match target {
            Target::Path(path) => self.resolve_path(path),
            Target::Method { ty, name } if ty.starts_with(DEFERRED) => {
                match self.deferred_type(&ty[DEFERRED.len()..], 0) {
                    Some(concrete) if concrete.starts_with("crate") => {
                        self.resolve(&Target::Method {
                            ty: concrete,
                            name: name.clone(),
                        })
                    }
                    _ => Vec::new(),
                }
            }
            // The full path names the exact method; a type re-exported or reached through an
            // alias is found by its name.
            Target::Method { ty, name } => match self.by_path.get(&format!("{ty}::{name}")) {
                Some(ids) => self.with_trait_impls(ids),
                None => {
                    let short = ty.rsplit("::").next().unwrap_or(ty);
                    self.by_type_method
                        .get(&(short.to_string(), name.clone()))
                        .cloned()
                        .unwrap_or_default()
                }
            },
        }
    }

    /// A method found on a crate trait (a receiver declared `&dyn Store`, `S: Store`): the
    /// call runs the trait's declaration or any impl of it, so each impl is a candidate too.
    fn with_trait_impls(&self, ids: &[usize]) -> Vec<usize> {
        let mut all = ids.to_vec();
        for &id in ids {
            let f = &self.fns[id];
            if let Some(declared) = f
                .trait_name
                .as_ref()
                .filter(|t| Some(*t) == f.self_type.as_ref())
            {
                let traits = std::slice::from_ref(declared);
                all.extend(
                    self.trait_impls(traits, &f.name)
                        .filter(|i| !ids.contains(i)),
                );
            }
        }
        all
    }

    /// What the crate fn (`crate::a::make`) or method (`<type>#<method>`) named by a deferred
    /// type returns, when every candidate agrees.
    fn deferred_type(&self, encoded: &str, depth: usize) -> Option<String> {
        if depth > MAX_ALIAS_HOPS {
            return None;
        }
        // The last step names the value: `crate::a::open@0`, the first element of the tuple
        // `open` returns (a loose file's crate, `crate@dir/file`, has an `@` too, never
        // followed by digits alone); `crate::state::App%store`, a field; `<type>#<method>`,
        // what a method returns.
        let tuple_at = encoded.rfind('@').filter(|&at| {
            let index = &encoded[at + 1..];
            !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit())
        });
        let field_at = encoded.rfind('%');
        let method_at = encoded.rfind('#');
        if tuple_at.is_some() && tuple_at > field_at && tuple_at > method_at {
            let (whole, index) = encoded.split_at(tuple_at?);
            let tuple = self.deferred_type(whole, depth + 1)?;
            return tuple_element(&tuple, index[1..].parse().ok()?);
        }
        if field_at.is_some() && field_at > method_at {
            let (owner, field) = encoded.split_at(field_at?);
            let owner = match owner.strip_prefix(DEFERRED) {
                Some(inner) => self.deferred_type(inner, depth + 1)?,
                None => owner.to_string(),
            };
            let key = (last_segment(&owner).to_string(), field[1..].to_string());
            return self.field_types.get(&key).cloned().flatten();
        }
        let ids = match encoded.rsplit_once('#') {
            Some((receiver, method)) => {
                let receiver = match receiver.strip_prefix(DEFERRED) {
                    Some(inner) => self.deferred_type(inner, depth + 1)?,
                    None => receiver.to_string(),
                };
                self.resolve(&Target::Method {
                    ty: receiver,
                    name: method.to_string(),
                })
            }
            None => self.resolve_path(encoded),
        };
        let mut returns = ids.iter().map(|&id| self.fns[id].returns.as_ref());
        let first = returns.next()??;
        returns
            .all(|other| other == Some(first))
            .then(|| first.clone())
    }

    /// A path rewritten through the crate's `use` aliases as far as they go
    /// (`crate::load` to `crate::cfg::load`), or `None` when no alias applies.
    fn through_aliases(&self, path: &str) -> Option<String> {
        let mut current = path.to_string();
        for _ in 0..MAX_ALIAS_HOPS {
            match self.alias_step(&current) {
                Some(next) => current = next,
                None => break,
            }
        }
        (current != path).then_some(current)
    }

    /// The path with its longest prefix that is a `use` alias replaced by the alias's target,
    /// when that changes it.
    fn alias_step(&self, current: &str) -> Option<String> {
        let segments: Vec<&str> = current.split("::").collect();
        let rewritten = (1..=segments.len()).rev().find_map(|k| {
            let target = self.aliases.get(&segments[..k].join("::"))?;
            let rest = &segments[k..];
            Some(if rest.is_empty() {
                target.clone()
            } else {
                format!("{target}::{}", rest.join("::"))
            })
        })?;
        (rewritten != current).then_some(rewritten)
    }

    fn resolve_path(&self, path: &str) -> Vec<usize> {
        if let Some(ids) = self.by_path.get(path) {
            return ids.clone();
        }
        let mut current = path.to_string();
        for _ in 0..MAX_ALIAS_HOPS {
            if let Some(ids) = self.by_path.get(&current) {
                return ids.clone();
            }
            let segments: Vec<&str> = current.split("::").collect();
            // `crate::a::Type::new` may be a method of `Type` defined in another module.
            if segments.len() >= 3 {
                let ty = segments[segments.len() - 2];
                if ty.starts_with(|c: char| c.is_uppercase()) {
                    if let Some(ids) = self
                        .by_type_method
                        .get(&(ty.to_string(), segments[segments.len() - 1].to_string()))
                    {
                        return ids.clone();
                    }
                }
            }
            match self.alias_step(&current) {
                Some(next) => current = next,
                None => break,
            }
        }
        Vec::new()
    }

    fn guard_offloads(&self, guard: &Option<Target>) -> bool {
        guard
            .as_ref()
            .is_some_and(|g| self.resolve(g).iter().any(|&id| self.offloads[id]))
    }

    /// For each sync fn, the crate fns it calls outside an offloading guard (the name it
    /// calls them by and their candidates); both blocking fixpoints walk this one graph.
    fn sync_callees(&self) -> Vec<Vec<(String, Vec<usize>)>> {
        self.fns
            .iter()
            .map(|f| {
                if f.is_async {
                    return Vec::new();
                }
                f.calls
                    .iter()
                    .filter(|(_, guard)| !self.guard_offloads(guard))
                    .map(|(target, _)| (target.name().to_string(), self.resolve(target)))
                    .filter(|(_, ids)| !ids.is_empty())
                    .collect()
            })
            .collect()
    }

    /// Which sync fns block in this way, each with its chain: directly, or because every
    /// candidate of a crate call they make (outside offloaded closures) blocks.
    fn blocking_fixpoint(
        &self,
        kind: BlockKind,
        callees: &[Vec<(String, Vec<usize>)>],
    ) -> Vec<Option<Vec<String>>> {
        let mut blocking: Vec<Option<Vec<String>>> = self
            .fns
            .iter()
            .map(|f| {
                if f.is_async {
                    return None;
                }
                f.blocking
                    .iter()
                    .find(|(_, k, guard)| *k == kind && !self.guard_offloads(guard))
                    .map(|(api, _, _)| vec![api.clone()])
                    .or_else(|| self.foreign_call_chain(f, kind))
            })
            .collect();
        let mut changed = true;
        while changed {
            changed = false;
            for id in 0..self.fns.len() {
                if blocking[id].is_some() || self.fns[id].is_async {
                    continue;
                }
                let found = callees[id].iter().find_map(|(name, ids)| {
                    let all_block = ids.iter().all(|&c| blocking[c].is_some() && c != id);
                    all_block.then(|| {
                        let mut chain = vec![name.clone()];
                        chain.extend(blocking[ids[0]].iter().flatten().cloned());
                        chain
                    })
                });
                if found.is_some() {
                    blocking[id] = found;
                    changed = true;
                }
            }
        }
        blocking
    }

    /// A sync fn's call (outside offloaded closures) into another crate of the workspace
    /// whose fn blocks in this way: the chain through it (`bridge::fetch_now`, then its own).
    fn foreign_call_chain(&self, f: &FnFacts, kind: BlockKind) -> Option<Vec<String>> {
        f.calls.iter().find_map(|(target, guard)| {
            let Target::Path(path) = target else {
                return None;
            };
            let chain = self.foreign_chains.get(&(path.clone(), kind))?;
            (!self.guard_offloads(guard)).then(|| {
                let mut through = vec![path.clone()];
                through.extend(chain.iter().cloned());
                through
            })
        })
    }

    /// The chain by which a sync crate fn blocks in this way, when every candidate does; for
    /// a path into another crate of the workspace, that crate's answer.
    fn blocking_chain(&self, target: &Target, kind: BlockKind) -> Option<&[String]> {
        if let Target::Path(path) = target {
            if is_foreign(path) {
                return self
                    .foreign_chains
                    .get(&(path.clone(), kind))
                    .map(Vec::as_slice);
            }
        }
        let chains = match kind {
            BlockKind::Thread => &self.blocks_thread,
            BlockKind::BlockOn => &self.blocks_on,
        };
        let ids = self.resolve(target);
        if ids.is_empty()
            || ids
                .iter()
                .any(|&id| self.fns[id].is_async || chains[id].is_none())
        {
            return None;
        }
        chains[ids[0]].as_deref()
    }

    /// A sync fn's methods on values crate fns returned: those the index resolves to a
    /// catalogued type whose method blocks are blocking calls of that fn, like any other.
    fn resolve_returned_calls(&mut self) {
        let mut found = Vec::new();
        for (id, facts) in self.fns.iter().enumerate() {
            for call in &facts.returned_calls {
                if let Some(ty) = self.concrete_type(&call.deferred) {
                    if call.types.contains(&ty) {
                        let api = format!("{ty}::{}", call.method);
                        found.push((id, api, call.guard.clone()));
                    }
                }
            }
        }
        for (id, api, guard) in found {
            self.fns[id].blocking.push((api, BlockKind::Thread, guard));
        }
    }

    /// Which of `types` (with its help) the value a crate fn returned is, when the index
    /// resolves `deferred` (`ret:crate::assets::open_asset`) to one of them.
    fn returned_blocking_type<'t>(
        &self,
        deferred: &str,
        types: &'t [(String, String)],
    ) -> Option<&'t (String, String)> {
        let concrete = self.concrete_type(deferred)?;
        types.iter().find(|(ty, _)| *ty == concrete)
    }

    /// A library's `pub` fn that nothing in the workspace calls: its users fill its
    /// parameters, with whatever input they have.
    fn uncalled_export(&self, ids: &[usize]) -> bool {
        !ids.is_empty()
            && ids.iter().all(|&id| {
                self.fns[id].exported
                    && !self.called.contains(&id)
                    && !self
                        .external_sites
                        .iter()
                        .any(|(target, _, _)| self.resolve(target).contains(&id))
            })
    }

    /// Every candidate of the target satisfies `test` (and there is one).
    fn all_candidates(&self, target: &Target, test: impl Fn(&FnFacts) -> bool) -> bool {
        let ids = self.resolve(target);
        !ids.is_empty() && ids.iter().all(|&id| test(&self.fns[id]))
    }

    fn holds(&self, condition: &Condition) -> bool {
        match condition {
            Condition::TargetBlocks(target, kind) => self.blocking_chain(target, *kind).is_some(),
            Condition::TargetIsAsync(Target::Path(path)) if is_foreign(path) => {
                self.foreign_async.contains(path)
            }
            Condition::TargetIsAsync(target) => {
                let foreign = match target {
                    Target::Method { ty, name } => self.foreign_method_path(ty, name),
                    Target::Path(_) => None,
                };
                match foreign {
                    Some(path) => self.foreign_async.contains(&path),
                    None => self.all_candidates(target, |f| f.is_async),
                }
            }
            Condition::GatheredFnsUnlimited(targets) => !targets
                .iter()
                .any(|t| self.all_candidates(t, |f| f.acquires_limit)),
            Condition::ParamFromInput { fn_path, param } => {
                let ids = self.resolve_path(fn_path);
                let from_input = ids
                    .iter()
                    .any(|&id| self.input_params.contains(&(id, *param)));
                (from_input || self.uncalled_export(&ids))
                    && !ids
                        .iter()
                        .any(|&id| self.bounded_params.contains(&(id, *param)))
            }
            Condition::TargetOutputNotUnit(target) => {
                self.all_candidates(target, |f| f.is_async && !f.returns_unit)
            }
            Condition::TargetRunsForever(target) => self.all_candidates(target, |f| f.runs_forever),
            Condition::RunsConcurrently {
                fn_path,
                after_spawn,
                tasks,
            } => {
                *after_spawn
                    || !self.only_housekeeping(tasks)
                    || self
                        .resolve_path(fn_path)
                        .iter()
                        .any(|&id| self.concurrent[id])
            }
            Condition::ReturnedTypeBlocks {
                deferred, types, ..
            } => self.returned_blocking_type(deferred, types).is_some(),
            Condition::All(all) => all.iter().all(|c| self.holds(c)),
            Condition::Any(any) => any.iter().any(|c| self.holds(c)),
            Condition::Not(condition) => !self.holds(condition),
        }
    }

    /// Completes the message of a confirmed finding with what only the index knows.
    fn complete(&self, diagnostic: &mut Diagnostic, condition: &Condition) {
        match condition {
            Condition::TargetBlocks(target, BlockKind::Thread) => {
                if let Some(chain) = self.blocking_chain(target, BlockKind::Thread) {
                    rules::blocking_in_async::finish_crate_call(diagnostic, target.name(), chain);
                }
            }
            Condition::TargetBlocks(target, BlockKind::BlockOn) => {
                if let Some(chain) = self.blocking_chain(target, BlockKind::BlockOn) {
                    // A sibling crate's fn is named with its crate (`bridge::fetch_now`).
                    let callee = match target {
                        Target::Path(path) if is_foreign(path) => path.as_str(),
                        _ => target.name(),
                    };
                    rules::block_on_in_async::finish_crate_call(diagnostic, callee, chain);
                }
            }
            Condition::ReturnedTypeBlocks {
                deferred,
                method,
                types,
            } => {
                if let Some((ty, help)) = self.returned_blocking_type(deferred, types) {
                    rules::blocking_in_async::name_api(
                        diagnostic,
                        &format!("{ty}::{method}"),
                        help,
                    );
                }
            }
            Condition::TargetIsAsync(_) => rules::unawaited_future::add_explanation(diagnostic),
            Condition::TargetOutputNotUnit(target) => {
                if let Some(&id) = self.resolve(target).first() {
                    rules::detached_spawn::name_output(
                        diagnostic,
                        target.name(),
                        &self.fns[id].output,
                    );
                }
            }
            Condition::TargetRunsForever(target) => {
                rules::detached_spawn::name_forever(diagnostic, Some(target.name()));
            }
            Condition::All(all) => {
                for condition in all {
                    self.complete(diagnostic, condition);
                }
            }
            Condition::Any(any) => {
                if let Some(first) = any.iter().find(|c| self.holds(c)) {
                    self.complete(diagnostic, first);
                }
            }
            _ => {}
        }
    }

    /// Its library name among the workspace's.
    fn is_named(lib_names: &[Option<String>], index: usize, name: &str) -> bool {
        lib_names
            .get(index)
            .and_then(Option::as_deref)
            .is_some_and(|lib| lib == name)
    }

    /// Confirms, completes or drops one file's findings.
    pub fn finish(
        &self,
        file: FileFacts,
        findings: Vec<(Diagnostic, Option<Target>)>,
    ) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (diagnostic, guard) in findings {
            if !self.guard_offloads(&guard) {
                out.push(diagnostic);
            }
        }
        for pending in file.pending {
            let Pending {
                mut diagnostic,
                condition,
                otherwise,
                offload_guard,
            } = pending;
            if self.guard_offloads(&offload_guard) {
                continue;
            }
            if self.holds(&condition) {
                self.complete(&mut diagnostic, &condition);
                out.push(diagnostic);
            } else if let Some(otherwise) = otherwise {
                out.push(otherwise);
            }
        }
        out
    }
}

/// The workspace crate (other than `me`) that owns a foreign path, and the path as a target
/// in that crate's `crate::` paths (`bridge::fetch_now` is `crate::fetch_now` in `bridge`).
fn owner_of(
    path: &str,
    indexes: &[&mut CrateIndex],
    lib_names: &[Option<String>],
    me: usize,
) -> Option<(usize, Target)> {
    let (lib, rest) = path.split_once("::")?;
    let owner = (0..indexes.len()).find(|&i| i != me && CrateIndex::is_named(lib_names, i, lib))?;
    Some((owner, Target::Path(format!("crate::{rest}"))))
}

/// The kinds of blocking whose chains cross from one crate of the workspace to another:
/// blocking on a future (`bridge::fetch_now()` runs `Handle::block_on`). Blocking the thread is
/// not followed: measured on real workspaces, a sibling crate's blocking helpers are mostly
/// called at start-up or from one-shot commands, where the call stalls nothing.
const LINKED_KINDS: [BlockKind; 1] = [BlockKind::BlockOn];

/// A path into another crate of the workspace: crate fns' paths start with `crate`.
fn is_foreign(path: &str) -> bool {
    !path.starts_with("crate")
}

/// The foreign paths a condition asks whether they block.
fn foreign_paths_in(condition: &Condition, out: &mut FxHashSet<String>) {
    match condition {
        Condition::TargetBlocks(Target::Path(path), _)
        | Condition::TargetIsAsync(Target::Path(path))
            if is_foreign(path) =>
        {
            out.insert(path.clone());
        }
        Condition::All(all) | Condition::Any(all) => {
            for condition in all {
                foreign_paths_in(condition, out);
            }
        }
        Condition::Not(condition) => foreign_paths_in(condition, out),
        _ => {}
    }
}

impl CrateIndex {
    /// The chains of the foreign paths this crate asks about, from the crates that own them
    /// (`bridge::fetch_now` is `crate::fetch_now` in the crate whose library is `bridge`).
    fn foreign_chains_from(
        &self,
        indexes: &[&mut CrateIndex],
        lib_names: &[Option<String>],
        me: usize,
    ) -> FxHashMap<(String, BlockKind), Vec<String>> {
        let mut chains = FxHashMap::default();
        for path in &self.foreign_paths {
            let Some((owner, target)) = owner_of(path, indexes, lib_names, me) else {
                continue;
            };
            for kind in LINKED_KINDS {
                if let Some(chain) = indexes[owner].blocking_chain(&target, kind) {
                    chains.insert((path.clone(), kind), chain.to_vec());
                }
            }
        }
        chains
    }

    /// The foreign paths this crate asks about that are async fns of the crate owning them.
    fn foreign_async_from(
        &self,
        indexes: &[&mut CrateIndex],
        lib_names: &[Option<String>],
        me: usize,
    ) -> FxHashSet<String> {
        self.foreign_paths
            .iter()
            .filter(|path| {
                owner_of(path, indexes, lib_names, me).is_some_and(|(owner, target)| {
                    indexes[owner].all_candidates(&target, |f| f.is_async)
                })
            })
            .cloned()
            .collect()
    }

    /// Takes the chains of the workspace's other crates; recomputes this crate's blocking
    /// fns when they changed. Whether they did.
    fn set_foreign_chains(&mut self, chains: FxHashMap<(String, BlockKind), Vec<String>>) -> bool {
        if chains == self.foreign_chains {
            return false;
        }
        self.foreign_chains = chains;
        for kind in LINKED_KINDS {
            let blocking = self.blocking_fixpoint(kind, &self.graph.blocking_calls);
            match kind {
                BlockKind::Thread => self.blocks_thread = blocking,
                BlockKind::BlockOn => self.blocks_on = blocking,
            }
        }
        true
    }
}

/// A call through a trait bound in another crate of the workspace.
#[derive(Debug, Clone)]
struct TraitSite {
    traits: Vec<String>,
    method: String,
    sequential: bool,
    concurrent: bool,
}

/// The calls of a crate's fns, resolved to fn ids once. The sequential, concurrent and
/// blocking fixpoints follow them in every round of [`link_workspace`], and they do not change
/// between rounds: only the other crates' sites and chains do.
#[derive(Default)]
struct CallGraph {
    /// The fns handed to `block_on` (the runtime roots).
    root_targets: Vec<usize>,
    /// For each fn, the fns its async call sites may run.
    async_calls: Vec<Vec<AsyncCall>>,
    /// For each fn, the fns its other calls may run.
    sync_calls: Vec<Vec<usize>>,
    /// For each sync fn, its calls outside offloaded closures, by name with their candidates:
    /// what the blocking fixpoints follow, at build and again when another crate's chains
    /// change.
    blocking_calls: Vec<Vec<(String, Vec<usize>)>>,
}

/// One fn an async call site may run.
struct AsyncCall {
    callee: usize,
    /// The site is awaited in its fn's own body before any spawn.
    awaited_first: bool,
    /// The site runs beside other tasks: spawned, joined or selected, or after a spawn.
    beside_others: bool,
    /// The site is in a once cell's initialiser: the callee runs once per process, whatever
    /// its caller's evidence.
    once: bool,
    /// The site's target was resolved (a path, a typed receiver, a trait bound), not guessed
    /// from a method name alone.
    resolved: bool,
}

/// Follows the calls between the crates of one workspace: each crate's sequential and
/// concurrent fns depend on the other crates' sites that call them, to a fixpoint.
pub(crate) fn link_workspace(indexes: &mut [&mut CrateIndex], lib_names: &[Option<String>]) {
    if indexes.len() < 2 {
        return;
    }
    // Whether a foreign path is an async fn does not change from round to round.
    let foreign_async: Vec<FxHashSet<String>> = (0..indexes.len())
        .map(|me| indexes[me].foreign_async_from(indexes, lib_names, me))
        .collect();
    for (index, found) in indexes.iter_mut().zip(foreign_async) {
        index.foreign_async = found;
    }
    // Sequential fns only ever grow; concurrent ones follow them and the other crates' sites,
    // so a round cap guarantees the end even if two crates' answers kept feeding each other.
    for _ in 0..32 {
        let trait_sites: Vec<Vec<TraitSite>> = indexes
            .iter()
            .map(|index| index.outgoing_trait_sites())
            .collect();
        let mut incoming: Vec<Vec<(Target, bool, bool)>> = vec![Vec::new(); indexes.len()];
        for index in indexes.iter() {
            for (lib, target, sequential, concurrent) in index.outgoing_sites() {
                for (to, slot) in incoming.iter_mut().enumerate() {
                    if CrateIndex::is_named(lib_names, to, &lib) {
                        slot.push((target.clone(), sequential, concurrent));
                    }
                }
            }
        }
        // Blocking chains only grow, so following them across crates also ends.
        let foreign_chains: Vec<_> = (0..indexes.len())
            .map(|me| indexes[me].foreign_chains_from(indexes, lib_names, me))
            .collect();
        let mut changed = false;
        for (index, chains) in indexes.iter_mut().zip(foreign_chains) {
            changed |= index.set_foreign_chains(chains);
        }
        for (to, (index, sites)) in indexes.iter_mut().zip(incoming).enumerate() {
            index.external_sites = sites;
            index.external_trait_sites = trait_sites
                .iter()
                .enumerate()
                .filter(|&(from, _)| from != to)
                .flat_map(|(_, sites)| sites.iter().cloned())
                .collect();
            let sequential = index.sequential_fns();
            if sequential != index.sequential {
                index.sequential = sequential;
                changed = true;
            }
            let concurrent = index.concurrent_fns();
            if concurrent != index.concurrent {
                index.concurrent = concurrent;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// The `index`-th element of a tuple type as [`FnFacts::returns`] writes it
/// (`(std::fs::File,crate::assets::Format)`); `_` marks an element of unknown type.
fn tuple_element(tuple: &str, index: usize) -> Option<String> {
    let inner = tuple.strip_prefix('(')?.strip_suffix(')')?;
    inner
        .split(',')
        .nth(index)
        .filter(|element| *element != "_")
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sync_fn(path: &str, blocking: &[&str], calls: &[Target]) -> FnFacts {
        FnFacts {
            path: path.to_string(),
            name: path.rsplit("::").next().unwrap().to_string(),
            blocking: blocking
                .iter()
                .map(|b| (b.to_string(), BlockKind::Thread, None))
                .collect(),
            calls: calls.iter().map(|c| (c.clone(), None)).collect(),
            ..FnFacts::default()
        }
    }

    #[test]
    fn blocking_propagates_through_sync_calls_with_the_chain() {
        let mut files = vec![FileFacts {
            fns: vec![
                sync_fn("crate::cfg::read_config", &["std::fs::read_to_string"], &[]),
                sync_fn(
                    "crate::cfg::load",
                    &[],
                    &[Target::Path("crate::cfg::read_config".into())],
                ),
                sync_fn("crate::cfg::pure", &[], &[]),
            ],
            aliases: vec![("crate::load".into(), "crate::cfg::load".into())],
            ..FileFacts::default()
        }];
        let index = CrateIndex::build(&mut files);
        let chain = index
            .blocking_chain(&Target::Path("crate::load".into()), BlockKind::Thread)
            .unwrap();
        assert_eq!(chain, ["read_config", "std::fs::read_to_string"]);
        assert!(
            index
                .blocking_chain(&Target::Path("crate::cfg::pure".into()), BlockKind::Thread)
                .is_none()
        );
        // Thread blocking is not blocking on a future.
        assert!(
            index
                .blocking_chain(&Target::Path("crate::load".into()), BlockKind::BlockOn)
                .is_none()
        );
    }

    #[test]
    fn methods_resolve_by_their_type_only() {
        let method = |ty: &str, name: &str, is_async: bool| FnFacts {
            path: format!("crate::{ty}::{name}"),
            name: name.to_string(),
            self_type: Some(ty.to_string()),
            is_async,
            ..FnFacts::default()
        };
        let mut files = vec![FileFacts {
            fns: vec![method("A", "kill", true), method("B", "kill", false)],
            ..FileFacts::default()
        }];
        let index = CrateIndex::build(&mut files);
        let on = |ty: &str| Target::Method {
            ty: ty.to_string(),
            name: "kill".to_string(),
        };
        assert!(index.holds(&Condition::TargetIsAsync(on("A"))));
        assert!(!index.holds(&Condition::TargetIsAsync(on("B"))));
        assert!(!index.holds(&Condition::TargetIsAsync(on("C"))));
    }

    #[test]
    fn a_bounded_caller_excuses_a_gather_over_a_parameter() {
        let mut files = vec![FileFacts {
            fns: vec![FnFacts {
                path: "crate::sync::upload_batch".into(),
                name: "upload_batch".into(),
                is_async: true,
                ..FnFacts::default()
            }],
            arg_flows: vec![
                ArgFlow {
                    target: Target::Path("crate::sync::upload_batch".into()),
                    index: 1,
                    flow: Flow::Bounded,
                },
                ArgFlow {
                    target: Target::Path("crate::sync::upload_batch".into()),
                    index: 1,
                    flow: Flow::Input,
                },
                ArgFlow {
                    target: Target::Path("crate::sync::upload_batch".into()),
                    index: 0,
                    flow: Flow::Param {
                        fn_path: "crate::sync::upload_batch".into(),
                        param: 2,
                    },
                },
                ArgFlow {
                    target: Target::Path("crate::sync::upload_batch".into()),
                    index: 2,
                    flow: Flow::Input,
                },
            ],
            ..FileFacts::default()
        }];
        let index = CrateIndex::build(&mut files);
        let gather = |param| Condition::ParamFromInput {
            fn_path: "crate::sync::upload_batch".into(),
            param,
        };
        // Filled from input, but also by a bounded caller.
        assert!(!index.holds(&gather(1)));
        // Input reaches parameter 0 through parameter 2.
        assert!(index.holds(&gather(0)));
        assert!(index.holds(&gather(2)));
        // Nothing fills parameter 3.
        assert!(!index.holds(&gather(3)));
    }
}
