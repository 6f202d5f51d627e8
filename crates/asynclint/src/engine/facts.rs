//! The compact, AST-free result of analysing one file (pass 1): its contributions to the
//! crate index and its findings, some of which are conditional on what the index knows
//! about crate functions. Everything here has positions already converted, so pass 2 runs
//! on any thread after the file's span map has been freed.

use rustc_hash::FxHashMap;

use crate::Diagnostic;

/// A crate function a call may refer to. There is no "any method of this name": a method
/// call names a crate fn only when its receiver's type is known (unknown is silent).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// A full crate path (`crate::store::load`, `crate::store::Store::load`).
    Path(String),
    /// A method of the crate type `ty` (its full path, `crate::a::Store`), on a receiver
    /// whose type is known: `self`, a typed field, a typed parameter or local, a
    /// constructor's result, an enum variant's field.
    Method { ty: String, name: String },
}

impl Target {
    /// The callee's name as shown in messages.
    pub fn name(&self) -> &str {
        match self {
            Target::Path(path) => super::scope::last_segment(path),
            Target::Method { name, .. } => name,
        }
    }
}

/// Which kind of blocking a crate sync fn does (each kind has its own rule and chain).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum BlockKind {
    /// Blocks the thread: std I/O, thread sleep, sync clients (`blocking-in-async`).
    Thread,
    /// Blocks on a future or a tokio primitive: `block_on`, `blocking_lock` (`block-on-in-async`).
    BlockOn,
}

/// What the index must know for a conditional finding to be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Condition {
    /// A call to a crate function in async context: reported when that fn is sync and blocks
    /// in this way.
    TargetBlocks(Target, BlockKind),
    /// A call whose result is discarded: reported when that fn is async.
    TargetIsAsync(Target),
    /// A gather whose futures call these crate fns: dropped when one of them acquires a
    /// concurrency limit itself (`upload_part` starts with `self.limit.acquire().await`).
    GatheredFnsUnlimited(Vec<Target>),
    /// A gather over the `param`-th parameter of the crate fn `fn_path`: reported when some
    /// caller in the crate fills that parameter from input (I/O, a request, a channel),
    /// directly or through its own parameters, and no caller passes a bounded collection
    /// there (`for chunk in ids.chunks(50)`).
    ParamFromInput { fn_path: String, param: usize },
    /// The spawned task is this crate async fn: its declared output is not `()`.
    TargetOutputNotUnit(Target),
    /// The spawned task is this crate async fn: its body never ends.
    TargetRunsForever(Target),
    /// The code runs directly in the body of the crate async fn `fn_path` (before any task
    /// was spawned there when `before_spawn`): reported unless that fn only ever runs as part
    /// of a sequential program, reached from a runtime root (`#[tokio::main]`, a fn handed to
    /// `block_on`) through awaited calls that nothing runs beside.
    /// The code runs beside other tasks: after a spawn in the fn's body, or in a fn with
    /// evidence of concurrency (see `CrateIndex::concurrent_fns`).
    /// `tasks`: crate async fns spawned beside the code, each evidence unless the index finds
    /// it only waits for a shutdown signal.
    RunsConcurrently {
        fn_path: String,
        after_spawn: bool,
        tasks: Vec<Target>,
    },
    /// A method call on a value a crate fn returned (`deferred`, a type only the index
    /// resolves): reported when that value is one of these catalogued types, whose method of
    /// this name blocks the thread (`let file = open_asset(..)?; file.read_to_end(..)`),
    /// given with the help each one's catalogue entry teaches.
    ReturnedTypeBlocks {
        deferred: String,
        method: String,
        types: Vec<(String, String)>,
    },
    /// Every condition holds.
    All(Vec<Condition>),
    /// Some condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

/// A finding of pass 1 that pass 2 confirms or drops.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub diagnostic: Diagnostic,
    pub condition: Condition,
    /// Reported instead when the condition does not hold (a dropped handle that is not
    /// `detached-spawn` is `untracked-spawn`).
    pub otherwise: Option<Diagnostic>,
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
    /// Its declared output is `()` (no `->`, or `-> ()`).
    pub returns_unit: bool,
    /// Its body is an unconditional loop with no way out.
    pub runs_forever: bool,
    /// Its declared output as written (`Result<(), Error>`), for messages about the value a
    /// detached task loses; kept for async fns whose output is not `()` (the only ones such
    /// a message names), empty for the others.
    pub output: String,
    /// The type its callers get (after `.await`, `?`, and smart pointers), as a full path:
    /// `-> Result<Arc<Shard>>` gives `crate::shard::Shard`.
    pub returns: Option<String>,
    /// Calls an offloading API (spawn_blocking...) somewhere in its body.
    pub offloads: bool,
    /// Acquires a concurrency limit (a Semaphore permit...) somewhere in its body.
    pub acquires_limit: bool,
    /// Blocking APIs called directly in the sync body (outside offloaded closures).
    pub blocking: Vec<(String, BlockKind, Option<Target>)>,
    /// Crate functions called in the sync body, with the offload guard they run under.
    pub calls: Vec<(Target, Option<Target>)>,
    /// Methods called in the sync body on a value a crate fn returned, whose type only the
    /// index learns: blocking when it is one of the catalogued types whose method of that
    /// name blocks (`let (file, _) = open_asset(..)?; file.read_to_end(..)`).
    pub returned_calls: Vec<ReturnedCall>,
    /// A runtime root: `#[tokio::main]`-style, so its body is the start of a program.
    pub entry: bool,
    /// Declared `pub`: in a library's file, its callers may be the library's users.
    pub exported: bool,
    /// An async fn that, spawned, holds up no other work when the code beside it blocks: its
    /// first await is a shutdown signal (`ctrl_c().await`), or it is a housekeeping ticker
    /// (it awaits only timers and shutdown signals, `loop { tick.tick().await; purge(); }`).
    pub housekeeping: bool,
    /// The trait this method implements or declares (`Importer` for `impl Importer for Zsh`).
    pub trait_name: Option<String>,
    /// Calls in its async body to what may be crate async fns.
    pub async_calls: Vec<CallSite>,
}

/// A method call on a value of a type only the index resolves (see
/// [`FnFacts::returned_calls`]).
#[derive(Debug, Clone)]
pub(crate) struct ReturnedCall {
    /// The value's deferred type (`ret:crate::assets::open_asset@0`).
    pub deferred: String,
    pub method: String,
    /// The catalogued types whose method of this name blocks the thread.
    pub types: Vec<String>,
    /// The offload guard the call runs under.
    pub guard: Option<Target>,
}

/// What a call to a crate fn passes as its `index`-th argument.
#[derive(Debug, Clone)]
pub(crate) struct ArgFlow {
    pub target: Target,
    pub index: usize,
    pub flow: Flow,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Flow {
    /// A bounded collection: a chunk, a literal, a range.
    Bounded,
    /// A collection read from input: I/O, a request, a channel.
    Input,
    /// The calling fn's own `param`-th parameter.
    Param { fn_path: String, param: usize },
    /// Something of unknown size (a field, an unresolved local): only says there is a caller.
    Opaque,
}

/// A call, in an async fn's body, to a crate fn or to a method of unknown receiver (known
/// only by its name) that may be one of the crate's async fns.
#[derive(Debug, Clone)]
pub(crate) struct CallSite {
    /// The crate fn, when the call resolves; `None` for a method on a receiver of unknown type.
    pub target: Option<Target>,
    pub name: String,
    /// Awaited right there, in the fn's own body (not in a nested async block or closure,
    /// not handed to a spawn, `join!` or a collection).
    pub awaited: bool,
    /// No task was spawned earlier in the fn's body.
    pub before_spawn: bool,
    /// A call through a generic or trait-object parameter (`I::new()`, `importer.load()`
    /// with `I: Importer`): the traits whose impls it may dispatch to.
    pub traits: Vec<String>,
    /// Inside the arguments of a spawn, `join_all`, `join!` or `select!`: it runs beside
    /// other work.
    pub concurrent: bool,
    /// Inside a once cell's initialiser: it runs once per process, so it is a caller but
    /// passes on no evidence of concurrency.
    pub once: bool,
    /// Crate async fns spawned before the site (or beside the task it is in): spawns unless
    /// each only waits for a shutdown signal.
    pub tasks: Vec<Target>,
}

/// Everything pass 1 learned about one file.
#[derive(Debug, Default)]
pub(crate) struct FileFacts {
    pub fns: Vec<FnFacts>,
    /// Module-level `use` bindings (`crate::a::load` -> `crate::a::inner::load`), for re-exports.
    pub aliases: Vec<(String, String)>,
    /// What calls to crate fns pass as their arguments, where it tells something.
    pub arg_flows: Vec<ArgFlow>,
    /// Crate async fns whose future a sync fn hands to `block_on`: runtime roots.
    pub roots: Vec<CallSite>,
    pub pending: Vec<Pending>,
    /// Crate fns named as values (`get(handler)`, `.map(Self::parse)`): called from
    /// wherever they are handed, a framework's tasks included.
    pub value_uses: Vec<Target>,
    /// The types of the named fields of the structs (and variants) this file declares, by
    /// (type name, field): the index answers for fields typed in another file.
    pub field_types: FxHashMap<(String, String), String>,
    /// The library target compiles this file (set after the walk, from the module tree).
    pub library: bool,
}

/// What one file's walk produces: findings that need no crate knowledge (with the offload
/// guard they run under) and the facts for the crate index.
#[derive(Debug, Default)]
pub(crate) struct Output {
    pub findings: Vec<(Diagnostic, Option<Target>)>,
    pub facts: FileFacts,
}
