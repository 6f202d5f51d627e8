//! The compact, AST-free result of analysing one file (pass 1): its contributions to the
//! crate index and its findings, some of which are conditional on what the index knows
//! about crate functions. Everything here has positions already converted, so pass 2 runs
//! on any thread after the file's span map has been freed.

use crate::Diagnostic;

/// A crate function a call may refer to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// A full crate path (`crate::store::load`, `crate::store::Store::load`).
    Path(String),
    /// A method call on a receiver whose crate type `ty` the crate declares (`self` in an
    /// impl of `ty`, a field of `self` declared as `ty`), or on a receiver of unknown type
    /// (`ty` is `None`; matched by name only when unambiguous).
    Method { ty: Option<String>, name: String },
    /// A method call on a local or parameter whose crate type is known from an annotation
    /// or a constructor; like a name-only match, not trusted when a sync and an async
    /// method share the name somewhere in the crate.
    TypedMethod { ty: String, name: String },
}

impl Target {
    /// The callee's name as shown in messages.
    pub fn name(&self) -> &str {
        match self {
            Target::Path(path) => path.rsplit("::").next().unwrap_or(path),
            Target::Method { name, .. } | Target::TypedMethod { name, .. } => name,
        }
    }
}

/// What the index must know for a conditional finding to be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Condition {
    /// A call to a crate function in async context: reported when that fn is sync and blocks.
    TargetBlocks(Target),
    /// A call whose result is discarded: reported when that fn is async.
    TargetIsAsync(Target),
    /// A gather whose futures call these crate fns: dropped when one of them acquires a
    /// concurrency limit itself (`upload_part` starts with `self.limit.acquire().await`).
    GatheredFnsUnlimited(Vec<Target>),
}

/// A finding of pass 1 that pass 2 confirms or drops.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub diagnostic: Diagnostic,
    pub condition: Condition,
    /// The finding is inside a closure passed to this crate function: dropped when that
    /// function hands its closure to another thread (`asyncify(|| std::fs::read(p))`).
    pub offload_guard: Option<Target>,
}

/// One function or method of the crate, as the index sees it.
#[derive(Debug, Clone, Default)]
pub(crate) struct FnFacts {
    /// Full path: `crate::a::load` or, for methods, `crate::a::Type::load`.
    pub path: String,
    pub name: String,
    /// The impl or trait type's name for methods.
    pub self_type: Option<String>,
    pub is_async: bool,
    /// Calls an offloading API (spawn_blocking...) somewhere in its body.
    pub offloads: bool,
    /// Acquires a concurrency limit (a Semaphore permit...) somewhere in its body.
    pub acquires_limit: bool,
    /// Blocking APIs called directly in the sync body (outside offloaded closures).
    pub blocking: Vec<(String, Option<Target>)>,
    /// Crate functions called in the sync body, with the offload guard they run under.
    pub calls: Vec<(Target, Option<Target>)>,
}

/// Everything pass 1 learned about one file.
#[derive(Debug, Default)]
pub(crate) struct FileFacts {
    pub fns: Vec<FnFacts>,
    /// Module-level `use` bindings (`crate::a::load` -> `crate::a::inner::load`), for re-exports.
    pub aliases: Vec<(String, String)>,
    pub pending: Vec<Pending>,
}
