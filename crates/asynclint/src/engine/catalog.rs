//! The API catalogue: which paths block a thread, which create futures, which spawn tasks,
//! which offload closures to other threads, and the return types used for light local
//! typing. Loaded once from `data/apis.toml` (compiled in) and extended with the user's
//! extra blocking paths from config.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use super::facts::BlockKind;
use super::model::IoSource;

const CATALOGUE_TOML: &str = include_str!("../../data/apis.toml");

/// One blocking API with what to say about it.
#[derive(Debug, Clone)]
pub(crate) struct BlockingApi {
    /// Teaches what to write instead (`{name}` already substituted).
    pub help: String,
    /// The async function with the same arguments, when one exists.
    pub async_equivalent: Option<String>,
    /// `path(args)` can always be rewritten to `async_equivalent(args).await`.
    pub fix_certain: bool,
    /// Blocks the thread, or blocks on a future / tokio primitive (its own rule).
    pub kind: BlockKind,
    /// One cheap metadata syscall (`create_dir_all`, `exists`): not reported.
    pub cheap: bool,
    /// Opens a file: reported only where its handle is then read or written
    /// ([`super::file_handles`]).
    pub opens: bool,
}

/// The compiled catalogue. Paths are full (`std::fs::read`, `std::fs::File::read_to_string`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Catalog {
    aliases: FxHashMap<String, String>,
    pub blocking: FxHashMap<String, BlockingApi>,
    pub async_apis: FxHashSet<String>,
    /// Async APIs whose future's output is `()` (`tokio::time::sleep`).
    pub async_unit_apis: FxHashSet<String>,
    pub returns: FxHashMap<String, Vec<String>>,
    pub builders: FxHashSet<String>,
    pub passthrough_methods: FxHashSet<String>,
    pub wrapper_fns: FxHashSet<String>,
    pub spawn_fns: FxHashSet<String>,
    pub spawn_types: FxHashSet<String>,
    pub spawn_methods: FxHashSet<String>,
    pub tracked_spawn_types: FxHashSet<String>,
    pub future_sets: FxHashSet<String>,
    pub offload_fns: FxHashSet<String>,
    pub offload_methods: FxHashSet<String>,
    /// The last segment of each of `offload_fns` (`spawn_blocking`).
    pub offload_fn_names: FxHashSet<String>,
    /// Substrings of a name that mark a function taking work off the async thread,
    /// ready to search for (they are looked for in every call's name).
    offload_markers: Vec<memchr::memmem::Finder<'static>>,
    pub gather_fns: FxHashSet<String>,
    pub limit_names: FxHashSet<String>,
    /// Stream combinators that bound the futures of their receiver chain.
    pub stream_limit_names: FxHashSet<String>,
    pub reply_sender_names: ReplySenderNames,
    /// Zero-argument methods that take a lock and hand out a guard (`lock`, `read`, `write`).
    pub lock_guard_methods: Vec<String>,
    /// `LockResult` methods that pass the guard on (`unwrap`, `map_err`...).
    pub lock_result_methods: Vec<String>,
    /// Receivers whose `lock()` / `read()` / `write()` block the thread and hand out a guard.
    pub blocking_lock_types: FxHashSet<String>,
    /// Path prefixes of crates whose locks are awaited (`tokio::`).
    pub async_lock_roots: Vec<String>,
    /// Adapters whose result has as many items as their receiver (`iter`, `map`, `clone`).
    pub origin_passing_methods: FxHashSet<String>,
    /// Methods whose result has a capped number of items (`take`, `chunks`).
    pub origin_bounding_methods: FxHashSet<String>,
    /// Fns whose result has as many items as their first argument (`stream::iter`).
    pub origin_passing_fns: FxHashSet<String>,
    /// Fns and methods whose result is a collection read from I/O.
    pub io_collection_fns: FxHashMap<String, IoSource>,
    pub io_collection_methods: FxHashMap<String, IoSource>,
    /// Types whose `lines()` reads I/O.
    pub line_readers: FxHashSet<String>,
    /// Receivers whose `recv()` hands out what senders send.
    pub channel_receivers: FxHashSet<String>,
    /// tokio's `blocking_*` bridge methods, matched on any receiver.
    pub block_on_method_names: FxHashSet<String>,
    /// Futures that complete on a shutdown signal (`tokio::signal::ctrl_c`).
    pub signal_waits: FxHashSet<String>,
    /// Futures that complete when a timer fires (`tokio::time::sleep`, `Interval::tick`).
    pub timer_waits: FxHashSet<String>,
    /// Fns that make a new `tokio::time::Interval`, whose `tick()` is a timer wait.
    pub interval_fns: FxHashSet<String>,
    /// One-argument methods whose closure builds a value once (`get_or_init`).
    pub once_methods: FxHashSet<String>,
    /// Fns whose closure builds a value once, on first use (`LazyLock::new`).
    pub once_fns: FxHashSet<String>,
    /// Methods of catalogued traits, by method name, to the traits that define them
    /// (`to_socket_addrs` to `std::net::ToSocketAddrs`).
    pub trait_methods: FxHashMap<String, Vec<String>>,
    /// Every known path and each of its prefixes, to resolve `use std::fs::*` style globs.
    known_paths: FxHashSet<String>,
    /// The types with a method of this name that blocks the thread (`read_to_end` to
    /// `std::fs::File`...), for receivers whose type only the index learns.
    thread_blocking_methods: FxHashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    aliases: FxHashMap<String, String>,
    blocking: Vec<RawGroup>,
    #[serde(rename = "async")]
    async_apis: Vec<RawGroup>,
    returns: Vec<RawReturn>,
    types: RawTypes,
    spawn: RawSpawn,
    offload: RawOffload,
    gather: RawGather,
    locks: RawLocks,
    origins: RawOrigins,
    block_on: RawBlockOn,
    once: RawOnce,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOnce {
    methods: Vec<String>,
    fns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    module: Option<String>,
    fns: Option<Vec<String>>,
    #[serde(rename = "type")]
    type_path: Option<String>,
    /// A trait whose methods apply to any receiver once the trait is in scope.
    #[serde(rename = "trait")]
    trait_path: Option<String>,
    methods: Option<Vec<String>>,
    help: Option<String>,
    async_equivalent: Option<String>,
    #[serde(default)]
    fix: bool,
    /// `"block-on"` for `block_on` and tokio's `blocking_*` bridges; thread blocking otherwise.
    kind: Option<String>,
    #[serde(default)]
    cheap: bool,
    #[serde(default)]
    opens: bool,
    /// `"unit"` for async APIs whose output is `()`.
    output: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReturn {
    path: String,
    returns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTypes {
    builders: Vec<String>,
    passthrough_methods: Vec<String>,
    wrapper_fns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpawn {
    signal_waits: Vec<String>,
    timer_waits: Vec<String>,
    interval_fns: Vec<String>,
    fns: Vec<String>,
    types: Vec<String>,
    methods: Vec<String>,
    tracked_types: Vec<String>,
    future_sets: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffload {
    fns: Vec<String>,
    methods: Vec<String>,
    name_markers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGather {
    fns: Vec<String>,
    limit_names: Vec<String>,
    stream_limit_names: Vec<String>,
    reply_sender_names: ReplySenderNames,
}

/// Names that say a message's item is the sender of its reply (`reply_tx`, `respond_to`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReplySenderNames {
    exact: Vec<String>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
}

impl ReplySenderNames {
    pub fn matches(&self, name: &str) -> bool {
        self.exact.iter().any(|n| n == name)
            || self.prefixes.iter().any(|p| name.starts_with(p.as_str()))
            || self.suffixes.iter().any(|s| name.ends_with(s.as_str()))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocks {
    guard_methods: Vec<String>,
    result_methods: Vec<String>,
    blocking_lock_types: Vec<String>,
    async_lock_roots: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrigins {
    passing_methods: Vec<String>,
    bounding_methods: Vec<String>,
    passing_fns: Vec<String>,
    io_fns: FxHashMap<String, String>,
    io_methods: FxHashMap<String, String>,
    line_readers: Vec<String>,
    channel_receivers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlockOn {
    method_names: Vec<String>,
}

/// The I/O source an `[origins]` entry names.
fn io_source(name: &str) -> IoSource {
    match name {
        "dir-listing" => IoSource::DirListing,
        "lines" => IoSource::Lines,
        "query-rows" => IoSource::QueryRows,
        "deserialized" => IoSource::Deserialized,
        other => panic!("data/apis.toml: unknown I/O source `{other}`"),
    }
}

impl RawGroup {
    /// Expands a group into `(full path, short name)` pairs.
    fn paths(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let (Some(module), Some(fns)) = (&self.module, &self.fns) {
            out.extend(fns.iter().map(|f| (format!("{module}::{f}"), f.clone())));
        }
        let owner = self.type_path.as_ref().or(self.trait_path.as_ref());
        if let (Some(ty), Some(methods)) = (owner, &self.methods) {
            out.extend(methods.iter().map(|m| (format!("{ty}::{m}"), m.clone())));
        }
        out
    }
}

impl Catalog {
    /// The built-in catalogue (parsed once per process).
    pub fn builtin() -> Arc<Catalog> {
        static BUILTIN: OnceLock<Arc<Catalog>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                // The data file is part of the binary and covered by tests: a parse error is a
                // build defect, not a user input problem.
                let raw: RawCatalog =
                    toml::from_str(CATALOGUE_TOML).expect("data/apis.toml is valid");
                Arc::new(Catalog::from_raw(raw))
            })
            .clone()
    }

    /// The built-in catalogue plus the user's extra blocking paths.
    pub fn with_extra_blocking(extra: &[String]) -> Arc<Catalog> {
        let base = Catalog::builtin();
        if extra.is_empty() {
            return base;
        }
        let mut catalog = (*base).clone();
        for path in extra {
            let path = catalog.normalize(path.trim().trim_start_matches("::"));
            catalog.add_known(&path);
            catalog.blocking.insert(
                path.clone(),
                BlockingApi {
                    help: "this API is listed as blocking in the asynclint config: call it inside `tokio::task::spawn_blocking`, or use an async alternative".to_string(),
                    async_equivalent: None,
                    fix_certain: false,
                    kind: BlockKind::Thread,
                    cheap: false,
                    opens: false,
                },
            );
        }
        Arc::new(catalog)
    }

    /// The methods a catalogued trait gives any receiver once it is in scope.
    fn add_trait_methods(&mut self, trait_path: Option<&String>, methods: Option<&[String]>) {
        let (Some(trait_path), Some(methods)) = (trait_path, methods) else {
            return;
        };
        for method in methods {
            self.trait_methods
                .entry(method.clone())
                .or_default()
                .push(trait_path.clone());
        }
    }

    fn from_raw(raw: RawCatalog) -> Catalog {
        let mut catalog = Catalog {
            aliases: raw.aliases,
            ..Catalog::default()
        };
        for group in &raw.blocking {
            catalog.add_trait_methods(group.trait_path.as_ref(), group.methods.as_deref());
            for (path, name) in group.paths() {
                let help = group
                    .help
                    .as_deref()
                    .unwrap_or("call it inside `tokio::task::spawn_blocking`")
                    .replace("{name}", &name)
                    .replace("{path}", &path);
                let async_equivalent = group
                    .async_equivalent
                    .as_ref()
                    .map(|a| a.replace("{name}", &name));
                let kind = match group.kind.as_deref() {
                    None => BlockKind::Thread,
                    Some("block-on") => BlockKind::BlockOn,
                    Some(other) => panic!("data/apis.toml: unknown blocking kind `{other}`"),
                };
                catalog.add_known(&path);
                catalog.blocking.insert(
                    path,
                    BlockingApi {
                        help,
                        async_equivalent,
                        fix_certain: group.fix,
                        kind,
                        cheap: group.cheap,
                        opens: group.opens,
                    },
                );
            }
        }
        for group in &raw.async_apis {
            let unit = match group.output.as_deref() {
                None => false,
                Some("unit") => true,
                Some(other) => panic!("data/apis.toml: unknown async output `{other}`"),
            };
            catalog.add_trait_methods(group.trait_path.as_ref(), group.methods.as_deref());
            for (path, _) in group.paths() {
                catalog.add_known(&path);
                if unit {
                    catalog.async_unit_apis.insert(path.clone());
                }
                catalog.async_apis.insert(path);
            }
        }
        for ret in raw.returns {
            catalog.add_known(&ret.path);
            catalog.returns.insert(ret.path, ret.returns);
        }
        catalog.builders = raw.types.builders.into_iter().collect();
        catalog.passthrough_methods = raw.types.passthrough_methods.into_iter().collect();
        catalog.wrapper_fns = raw.types.wrapper_fns.into_iter().collect();
        for path in raw
            .spawn
            .fns
            .iter()
            .chain(&raw.offload.fns)
            .chain(&raw.gather.fns)
        {
            catalog.add_known(path);
        }
        catalog.spawn_fns = raw.spawn.fns.into_iter().collect();
        catalog.spawn_types = raw.spawn.types.into_iter().collect();
        catalog.spawn_methods = raw.spawn.methods.into_iter().collect();
        catalog.tracked_spawn_types = raw.spawn.tracked_types.into_iter().collect();
        catalog.future_sets = raw.spawn.future_sets.into_iter().collect();
        catalog.offload_fn_names = raw
            .offload
            .fns
            .iter()
            .map(|path| super::scope::last_segment(path).to_string())
            .collect();
        catalog.offload_fns = raw.offload.fns.into_iter().collect();
        catalog.offload_methods = raw.offload.methods.into_iter().collect();
        catalog.offload_markers = raw
            .offload
            .name_markers
            .iter()
            .map(|marker| memchr::memmem::Finder::new(marker).into_owned())
            .collect();
        catalog.gather_fns = raw.gather.fns.into_iter().collect();
        catalog.limit_names = raw.gather.limit_names.into_iter().collect();
        catalog.stream_limit_names = raw.gather.stream_limit_names.into_iter().collect();
        catalog.reply_sender_names = raw.gather.reply_sender_names;
        catalog.lock_guard_methods = raw.locks.guard_methods;
        catalog.lock_result_methods = raw.locks.result_methods;
        catalog.blocking_lock_types = raw.locks.blocking_lock_types.into_iter().collect();
        catalog.async_lock_roots = raw.locks.async_lock_roots;
        let origins = raw.origins;
        catalog.origin_passing_methods = origins.passing_methods.into_iter().collect();
        catalog.origin_bounding_methods = origins.bounding_methods.into_iter().collect();
        catalog.origin_passing_fns = origins.passing_fns.into_iter().collect();
        catalog.io_collection_fns = origins
            .io_fns
            .iter()
            .map(|(path, source)| (path.clone(), io_source(source)))
            .collect();
        catalog.io_collection_methods = origins
            .io_methods
            .iter()
            .map(|(name, source)| (name.clone(), io_source(source)))
            .collect();
        catalog.line_readers = origins.line_readers.into_iter().collect();
        catalog.channel_receivers = origins.channel_receivers.into_iter().collect();
        catalog.block_on_method_names = raw.block_on.method_names.into_iter().collect();
        catalog.signal_waits = raw.spawn.signal_waits.iter().cloned().collect();
        catalog.timer_waits = raw.spawn.timer_waits.iter().cloned().collect();
        catalog.interval_fns = raw.spawn.interval_fns.iter().cloned().collect();
        catalog.once_methods = raw.once.methods.into_iter().collect();
        catalog.once_fns = raw.once.fns.into_iter().collect();
        for (path, api) in &catalog.blocking {
            let Some((ty, method)) = path.rsplit_once("::") else {
                continue;
            };
            let names_a_type = super::scope::last_segment(ty).starts_with(char::is_uppercase);
            if names_a_type && api.kind == BlockKind::Thread && !api.cheap && !api.opens {
                catalog
                    .thread_blocking_methods
                    .entry(method.to_string())
                    .or_default()
                    .push(ty.to_string());
            }
        }
        for types in catalog.thread_blocking_methods.values_mut() {
            types.sort_unstable();
        }
        catalog
    }

    fn add_known(&mut self, path: &str) {
        let mut end = 0;
        while let Some(pos) = path[end..].find("::") {
            end += pos;
            self.known_paths.insert(path[..end].to_string());
            end += 2;
        }
        self.known_paths.insert(path.to_string());
    }

    /// True when `path` is a catalogued API or a module/type prefix of one.
    pub fn knows(&self, path: &str) -> bool {
        self.known_paths.contains(path)
    }

    /// Maps re-exporting crate names to the canonical one (`futures_util::x` to `futures::x`).
    pub fn normalize(&self, path: &str) -> String {
        let (first, rest) = path.split_once("::").unwrap_or((path, ""));
        match self.aliases.get(first) {
            Some(canonical) if rest.is_empty() => canonical.clone(),
            Some(canonical) => format!("{canonical}::{rest}"),
            None => path.to_string(),
        }
    }

    /// A function or method of this name takes its closure off the async thread
    /// (`spawn_blocking`, `run_blocking`), unlike tokio's `blocking_lock`-style bridges.
    pub fn name_offloads(&self, name: &str) -> bool {
        self.offload_markers
            .iter()
            .any(|marker| marker.find(name.as_bytes()).is_some())
            && !self.block_on_method_names.contains(name)
    }

    /// The canonical name of a re-exporting crate (`futures_util` is `futures`).
    pub fn canonical_root(&self, root: &str) -> Option<&str> {
        self.aliases.get(root).map(String::as_str)
    }

    /// The catalogued types whose method `name` blocks the thread (`std::fs::File` for
    /// `read_to_end`).
    pub fn types_blocking_in(&self, name: &str) -> &[String] {
        self.thread_blocking_methods
            .get(name)
            .map_or(&[], Vec::as_slice)
    }

    /// The type a method call on `ty` returns, when the catalogue or the builder rule says.
    pub fn method_return(&self, ty: &str, method: &str) -> Option<String> {
        let key = format!("{ty}::{method}");
        if let Some(types) = self.returns.get(&key) {
            return types.first().cloned();
        }
        if self.passthrough_methods.contains(method) {
            return Some(ty.to_string());
        }
        let is_api = self.blocking.contains_key(&key) || self.async_apis.contains(&key);
        if self.builders.contains(ty) && !is_api {
            return Some(ty.to_string());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalogue_parses_and_expands_groups() {
        let catalog = Catalog::builtin();
        assert!(catalog.blocking.contains_key("std::thread::sleep"));
        assert!(
            catalog
                .blocking
                .contains_key("std::fs::File::read_to_string")
        );
        let read = &catalog.blocking["std::fs::read_to_string"];
        assert_eq!(
            read.async_equivalent.as_deref(),
            Some("tokio::fs::read_to_string")
        );
        assert!(read.fix_certain);
        assert!(read.help.contains("tokio::fs::read_to_string"));
        assert!(catalog.async_apis.contains("tokio::time::sleep"));
        assert!(!catalog.blocking.contains_key("tokio::time::sleep"));
        assert!(catalog.knows("std::fs"));
        assert!(!catalog.knows("std::collections"));
    }

    #[test]
    fn aliases_and_builders() {
        let catalog = Catalog::builtin();
        assert_eq!(
            catalog.normalize("futures_util::future::join_all"),
            "futures::future::join_all"
        );
        assert_eq!(catalog.normalize("core::mem"), "std::mem");
        assert_eq!(
            catalog
                .method_return("std::process::Command", "arg")
                .as_deref(),
            Some("std::process::Command")
        );
        assert_eq!(
            catalog.method_return("std::process::Command", "output"),
            None
        );
        assert_eq!(
            catalog
                .method_return("std::process::Command", "spawn")
                .as_deref(),
            Some("std::process::Child")
        );
    }

    #[test]
    fn extra_blocking_paths_extend_a_copy() {
        let catalog = Catalog::with_extra_blocking(&["my_db::Client::query_sync".to_string()]);
        assert!(catalog.blocking.contains_key("my_db::Client::query_sync"));
        assert!(catalog.knows("my_db::Client"));
        assert!(
            !Catalog::builtin()
                .blocking
                .contains_key("my_db::Client::query_sync")
        );
    }
}
