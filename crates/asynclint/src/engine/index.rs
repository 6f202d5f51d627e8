//! Pass 2 of the analysis, without any AST: merges the files' facts into the crate index,
//! computes which sync fns block (a fixpoint over the call graph, keeping the chain for the
//! message) and which fns offload their closures, then confirms or drops the conditional
//! findings of pass 1.

use std::collections::{HashMap, HashSet};

use super::facts::{Condition, FileFacts, FnFacts, Target};
use crate::Diagnostic;
use crate::rules;

/// How many alias hops (`pub use` re-exports) are followed before giving up.
const MAX_ALIAS_HOPS: usize = 8;

/// The crate-wide knowledge built from every file's facts.
pub(crate) struct CrateIndex<'c> {
    fns: Vec<FnFacts>,
    by_path: HashMap<String, Vec<usize>>,
    by_type_method: HashMap<(String, String), Vec<usize>>,
    by_method_name: HashMap<String, Vec<usize>>,
    aliases: HashMap<String, String>,
    /// For each fn: `Some(chain)` when it is sync and blocks; the chain ends with the API.
    blocking: Vec<Option<Vec<String>>>,
    offloads: Vec<bool>,
    common_method_names: &'c HashSet<String>,
}

impl<'c> CrateIndex<'c> {
    pub fn build(files: &mut [FileFacts], common_method_names: &'c HashSet<String>) -> Self {
        let mut index = CrateIndex {
            fns: Vec::new(),
            by_path: HashMap::new(),
            by_type_method: HashMap::new(),
            by_method_name: HashMap::new(),
            aliases: HashMap::new(),
            blocking: Vec::new(),
            offloads: Vec::new(),
            common_method_names,
        };
        for file in files.iter_mut() {
            for facts in std::mem::take(&mut file.fns) {
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
                        .by_method_name
                        .entry(facts.name.clone())
                        .or_default()
                        .push(id);
                }
                index.fns.push(facts);
            }
            index.aliases.extend(std::mem::take(&mut file.aliases));
        }
        index.compute_offloads();
        index.compute_blocking();
        index
    }

    /// The crate fns a call may refer to; empty when unknown or ambiguous.
    fn resolve(&self, target: &Target) -> Vec<usize> {
        match target {
            Target::Path(path) => self.resolve_path(path),
            Target::Method { ty: Some(ty), name } => {
                match self.by_type_method.get(&(ty.clone(), name.clone())) {
                    Some(ids) => ids.clone(),
                    None => self.resolve_by_name(name),
                }
            }
            Target::Method { ty: None, name } => self.resolve_by_name(name),
            // The receiver's declared type names the exact method, so a sync/async pair of the
            // same name on other types is no ambiguity here.
            Target::TypedMethod { ty, name } => self
                .by_type_method
                .get(&(ty.clone(), name.clone()))
                .cloned()
                .unwrap_or_default(),
        }
    }

    fn resolve_path(&self, path: &str) -> Vec<usize> {
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
            let rewritten = (1..=segments.len()).rev().find_map(|k| {
                let prefix = segments[..k].join("::");
                self.aliases.get(&prefix).map(|target| {
                    let rest = &segments[k..];
                    if rest.is_empty() {
                        target.clone()
                    } else {
                        format!("{target}::{}", rest.join("::"))
                    }
                })
            });
            match rewritten {
                Some(next) if next != current => current = next,
                _ => break,
            }
        }
        Vec::new()
    }

    fn resolve_by_name(&self, name: &str) -> Vec<usize> {
        if self.common_method_names.contains(name) || self.name_is_ambiguous(name) {
            return Vec::new();
        }
        self.by_method_name.get(name).cloned().unwrap_or_default()
    }

    /// A sync and an async method of the crate share this name.
    fn name_is_ambiguous(&self, name: &str) -> bool {
        let ids = self.by_method_name.get(name).map_or(&[][..], Vec::as_slice);
        let asyncs = ids.iter().filter(|&&id| self.fns[id].is_async).count();
        asyncs != 0 && asyncs != ids.len()
    }

    fn compute_offloads(&mut self) {
        self.offloads = self.fns.iter().map(|f| f.offloads).collect();
    }

    fn guard_offloads(&self, guard: &Option<Target>) -> bool {
        guard
            .as_ref()
            .is_some_and(|g| self.resolve(g).iter().any(|&id| self.offloads[id]))
    }

    fn compute_blocking(&mut self) {
        let mut blocking: Vec<Option<Vec<String>>> = self
            .fns
            .iter()
            .map(|f| {
                if f.is_async {
                    return None;
                }
                f.blocking
                    .iter()
                    .find(|(_, guard)| !self.guard_offloads(guard))
                    .map(|(api, _)| vec![api.clone()])
            })
            .collect();
        let callees: Vec<Vec<(String, Vec<usize>)>> = self
            .fns
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
        self.blocking = blocking;
    }

    /// The chain by which a sync crate fn blocks, when every candidate blocks.
    fn blocking_chain(&self, target: &Target) -> Option<&[String]> {
        let ids = self.resolve(target);
        if ids.is_empty()
            || ids
                .iter()
                .any(|&id| self.fns[id].is_async || self.blocking[id].is_none())
        {
            return None;
        }
        self.blocking[ids[0]].as_deref()
    }

    /// Every candidate of the call acquires a concurrency limit in its body.
    fn acquires_limit(&self, target: &Target) -> bool {
        let ids = self.resolve(target);
        !ids.is_empty() && ids.iter().all(|&id| self.fns[id].acquires_limit)
    }

    fn is_async(&self, target: &Target) -> bool {
        let ids = self.resolve(target);
        !ids.is_empty() && ids.iter().all(|&id| self.fns[id].is_async)
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
            if self.guard_offloads(&pending.offload_guard) {
                continue;
            }
            let mut diagnostic = pending.diagnostic;
            match &pending.condition {
                Condition::TargetBlocks(target) => {
                    if let Some(chain) = self.blocking_chain(target) {
                        rules::blocking_in_async::finish_crate_call(
                            &mut diagnostic,
                            target.name(),
                            chain,
                        );
                        out.push(diagnostic);
                    }
                }
                Condition::TargetIsAsync(target) => {
                    if self.is_async(target) {
                        rules::unawaited_future::add_explanation(&mut diagnostic);
                        out.push(diagnostic);
                    }
                }
                Condition::GatheredFnsUnlimited(targets) => {
                    if !targets.iter().any(|t| self.acquires_limit(t)) {
                        out.push(diagnostic);
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sync_fn(path: &str, blocking: &[&str], calls: &[Target]) -> FnFacts {
        FnFacts {
            path: path.to_string(),
            name: path.rsplit("::").next().unwrap().to_string(),
            blocking: blocking.iter().map(|b| (b.to_string(), None)).collect(),
            calls: calls.iter().map(|c| (c.clone(), None)).collect(),
            ..FnFacts::default()
        }
    }

    #[test]
    fn blocking_propagates_through_sync_calls_with_the_chain() {
        let common = HashSet::new();
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
            pending: Vec::new(),
        }];
        let index = CrateIndex::build(&mut files, &common);
        let chain = index
            .blocking_chain(&Target::Path("crate::load".into()))
            .unwrap();
        assert_eq!(chain, ["read_config", "std::fs::read_to_string"]);
        assert!(
            index
                .blocking_chain(&Target::Path("crate::cfg::pure".into()))
                .is_none()
        );
    }

    #[test]
    fn ambiguous_and_common_method_names_are_not_guessed() {
        let common: HashSet<String> = ["send".to_string()].into_iter().collect();
        let method = |ty: &str, name: &str, is_async: bool| FnFacts {
            path: format!("crate::{ty}::{name}"),
            name: name.to_string(),
            self_type: Some(ty.to_string()),
            is_async,
            ..FnFacts::default()
        };
        let mut files = vec![FileFacts {
            fns: vec![
                method("A", "kill", true),
                method("B", "kill", false),
                method("A", "refresh", true),
                method("A", "send", true),
            ],
            ..FileFacts::default()
        }];
        let index = CrateIndex::build(&mut files, &common);
        let by_name = |n: &str| Target::Method {
            ty: None,
            name: n.to_string(),
        };
        assert!(!index.is_async(&by_name("kill")));
        assert!(index.is_async(&Target::Method {
            ty: Some("A".into()),
            name: "kill".into()
        }));
        assert!(index.is_async(&by_name("refresh")));
        assert!(!index.is_async(&by_name("send")));
    }
}
