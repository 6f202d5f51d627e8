//! What happens to the handle a file open returns. Opening a file is one syscall, as cheap as
//! the metadata calls blocking-in-async leaves alone; the cost is in reading and writing. So an
//! open is reported only when the code that opens it then does I/O through the handle: a read
//! or write method on it, or handing it to a reader or writer (`BufReader::new(file)`,
//! `std::io::copy`, `serde_json::from_reader`, `write!`). An open whose handle is only locked,
//! kept, dropped, returned, or handed to the crate's own fns (whose reads are reported there)
//! is quiet; one handed to the crate's own fn is quiet when that fn is reported as blocking.
//!
//! The walk asks [`open_call`] at each `let`, statement, `match`, `if let` and return, which is
//! cheap, and scans the code after it with [`does_io`] only when an open is there.

use syn::visit::{self, Visit};
use syn::{Expr, Stmt};

use super::constructs::{block_value, tokens_mention};
use super::facts::Target;
use super::model::strip;
use super::walk::bound_names;

/// Methods of `Result` and `Option` that leave the handle inside (`?` is looked through too).
const ADAPTERS: &[&str] = &[
    "unwrap",
    "expect",
    "context",
    "with_context",
    "wrap_err",
    "wrap_err_with",
    "map_err",
    "ok",
    "unwrap_or_else",
];

/// The names of the calls that open a file (`File::open`, `File::create`, `File::create_new`,
/// `OpenOptions::open`); the caller checks that the call resolves to such an API.
const OPEN_NAMES: &[&str] = &["open", "create", "create_new"];

/// Methods on a file handle that do no I/O through it: locks and metadata.
const QUIET_METHODS: &[&str] = &[
    "lock",
    "try_lock",
    "lock_shared",
    "try_lock_shared",
    "unlock",
    "lock_exclusive",
    "try_lock_exclusive",
    "metadata",
    "set_permissions",
];

/// Methods that keep a value in a collection or a slot, without I/O.
const KEEPING_METHODS: &[&str] = &[
    "push",
    "push_back",
    "push_front",
    "insert",
    "replace",
    "set",
    "get_or_insert",
    "send",
];

/// Calls that wrap or drop a value without I/O (`Ok(file)`, `Arc::new(file)`, `drop(file)`),
/// by their last segments. `BufReader::new(file)` is not among them: it is made to read.
const WRAPPING_CALLS: &[&[&str]] = &[
    &["Ok"],
    &["Some"],
    &["Err"],
    &["drop"],
    &["forget"],
    &["Arc", "new"],
    &["Rc", "new"],
    &["Box", "new"],
    &["Mutex", "new"],
    &["RwLock", "new"],
    &["RefCell", "new"],
    &["Cell", "new"],
];

/// The open call inside `expr`, looking through `?` and the adapters of `Result`, when `expr`
/// is (an adapted) call named like an open.
pub(crate) fn open_call(expr: &Expr) -> Option<&Expr> {
    let mut expr = strip(expr);
    loop {
        match expr {
            Expr::Try(t) => expr = strip(&t.expr),
            Expr::MethodCall(m) if ADAPTERS.iter().any(|a| m.method == a) => {
                expr = strip(&m.receiver);
            }
            Expr::MethodCall(m) if m.method == "open" => return Some(expr),
            Expr::Call(c) => {
                let Expr::Path(p) = strip(&c.func) else {
                    return None;
                };
                let last = p.path.segments.last()?;
                return OPEN_NAMES
                    .iter()
                    .any(|name| last.ident == name)
                    .then_some(expr);
            }
            _ => return None,
        }
    }
}

/// The opens a returned value hands back: the value itself, or inside `Ok(..)` / `Some(..)`,
/// a tuple or a struct literal (`Ok((File::open(p)?, format))`).
pub(crate) fn returned_opens(expr: &Expr) -> Vec<&Expr> {
    let mut opens = Vec::new();
    let mut pending = vec![expr];
    while let Some(expr) = pending.pop() {
        if let Some(open) = open_call(expr) {
            opens.push(open);
            continue;
        }
        match strip(expr) {
            Expr::Call(c) => {
                if let (Expr::Path(p), 1) = (strip(&c.func), c.args.len()) {
                    if p.path.is_ident("Ok") || p.path.is_ident("Some") {
                        pending.push(&c.args[0]);
                    }
                }
            }
            Expr::Tuple(t) => pending.extend(t.elems.iter()),
            Expr::Struct(s) => pending.extend(s.fields.iter().map(|f| &f.expr)),
            _ => {}
        }
    }
    opens
}

/// The names a `match` arm or `if let` pattern binds to the handle itself: those inside
/// `Ok(..)` / `Some(..)`, or a plain binding; an `Err(e)` arm binds the error.
fn handle_names(pat: &syn::Pat) -> Vec<String> {
    match pat {
        syn::Pat::TupleStruct(p)
            if p.path
                .segments
                .last()
                .is_some_and(|last| last.ident == "Ok" || last.ident == "Some") =>
        {
            p.elems.iter().flat_map(bound_names).collect()
        }
        syn::Pat::Ident(_) => bound_names(pat),
        _ => Vec::new(),
    }
}

/// The crate fn a path calls, if any (the walk's name resolution).
pub(crate) type CrateFn<'a> = &'a dyn Fn(&syn::ExprPath) -> Option<Target>;

/// The opens a statement makes (`let file = File::open(p)?;`, `File::create(marker)?;`, or
/// `let file = if custom { File::open(a)? } else { cached(b)? };`), and what the rest of its
/// block does with the handle.
pub(crate) fn statement_use<'s>(
    stmt: &'s Stmt,
    rest: &[Stmt],
    crate_fn: CrateFn<'_>,
) -> Option<(Vec<&'s Expr>, HandleUse)> {
    let (opens, names) = match stmt {
        Stmt::Local(local) => (
            bound_opens(&local.init.as_ref()?.expr),
            bound_names(&local.pat),
        ),
        Stmt::Expr(expr, Some(_)) => (open_call(expr).into_iter().collect(), Vec::new()),
        _ => return None,
    };
    if opens.is_empty() {
        return None;
    }
    Some((
        opens,
        handle_use(&names, rest.iter().map(Code::Stmt), crate_fn),
    ))
}

/// The opens whose handle a `let` binds: its value, or the value of each branch of an `if`,
/// a `match` or a block it is (the other branches may give a handle from elsewhere).
fn bound_opens(value: &Expr) -> Vec<&Expr> {
    let mut opens = Vec::new();
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        if let Some(open) = open_call(value) {
            opens.push(open);
            continue;
        }
        match strip(value) {
            Expr::If(branch) => {
                pending.extend(block_value(&branch.then_branch));
                if let Some((_, otherwise)) = &branch.else_branch {
                    pending.push(otherwise);
                }
            }
            Expr::Block(block) => pending.extend(block_value(&block.block)),
            Expr::Match(choice) => pending.extend(choice.arms.iter().map(|arm| &*arm.body)),
            _ => {}
        }
    }
    opens
}

/// An open a `match` unpacks, and what its arms do with the handle: quiet only when every
/// arm that binds it leaves it quiet.
pub(crate) fn match_use<'m>(
    expr: &'m syn::ExprMatch,
    crate_fn: CrateFn<'_>,
) -> Option<(&'m Expr, HandleUse)> {
    let open = open_call(&expr.expr)?;
    let mut handed_to = Vec::new();
    for arm in &expr.arms {
        match handle_use(&handle_names(&arm.pat), [Code::Expr(&arm.body)], crate_fn) {
            HandleUse::Quiet { handed_to: more } => handed_to.extend(more),
            HandleUse::Io => return Some((open, HandleUse::Io)),
        }
    }
    Some((open, HandleUse::Quiet { handed_to }))
}

/// An open an `if let` unpacks, and what its branch does with the handle.
pub(crate) fn if_let_use<'i>(
    expr: &'i syn::ExprIf,
    crate_fn: CrateFn<'_>,
) -> Option<(&'i Expr, HandleUse)> {
    let Expr::Let(condition) = &*expr.cond else {
        return None;
    };
    let open = open_call(&condition.expr)?;
    let names = handle_names(&condition.pat);
    let code = expr.then_branch.stmts.iter().map(Code::Stmt);
    Some((open, handle_use(&names, code, crate_fn)))
}

/// What the code after an open does with the handle.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum HandleUse {
    /// Reads or writes it, or uses it in a way not known to be harmless.
    Io,
    /// Only locks, keeps, drops or returns it, or hands it to these crate fns (empty: none),
    /// whose own reads are reported when they block.
    Quiet { handed_to: Vec<Target> },
}

/// What `code` does with the handle bound to `names`. `crate_fn` names the crate fn a path
/// calls, if any.
pub(crate) fn handle_use<'a>(
    names: &[String],
    code: impl IntoIterator<Item = Code<'a>>,
    crate_fn: CrateFn<'_>,
) -> HandleUse {
    let mut finder = IoFinder {
        names,
        crate_fn,
        found: false,
        handed_to: Vec::new(),
    };
    if !names.is_empty() {
        for part in code {
            match part {
                Code::Stmt(stmt) => finder.visit_stmt(stmt),
                Code::Expr(expr) => finder.visit_expr(expr),
            }
            if finder.found {
                return HandleUse::Io;
            }
        }
    }
    HandleUse::Quiet {
        handed_to: finder.handed_to,
    }
}

/// A piece of code that follows an open: statements of its block, or an arm's body.
#[derive(Clone, Copy)]
pub(crate) enum Code<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

struct IoFinder<'n, 'f> {
    names: &'n [String],
    crate_fn: CrateFn<'f>,
    found: bool,
    handed_to: Vec<Target>,
}

impl IoFinder<'_, '_> {
    /// `file`, `&file`, `&mut file`, `(file)`: the handle itself.
    fn is_handle(&self, expr: &Expr) -> bool {
        let mut expr = strip(expr);
        while let Expr::Reference(r) = expr {
            expr = strip(&r.expr);
        }
        matches!(expr, Expr::Path(p) if p.qself.is_none()
            && p.path.get_ident().is_some_and(|ident| self.names.iter().any(|n| ident == n)))
    }
}

/// The path's last segments are `names`.
fn path_ends_with_names(path: &syn::Path, names: &[&str]) -> bool {
    path.segments.len() >= names.len()
        && path
            .segments
            .iter()
            .rev()
            .zip(names.iter().rev())
            .all(|(segment, name)| segment.ident == name)
}

/// Any mention of the handle counts as I/O, except in the forms known to do none: a lock or
/// metadata method on it, handing it to the crate or to a wrapper, keeping it in a collection
/// or a field, returning it. So a handle unpacked later (`match opened { Ok(f) => .. }`) or
/// renamed (`let g = f;`) is reported as before.
impl<'ast> Visit<'ast> for IoFinder<'_, '_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if self.found {
            return;
        }
        if self.is_handle(expr) {
            self.found = true;
            return;
        }
        visit::visit_expr(self, expr);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if !(self.is_handle(&call.receiver) && QUIET_METHODS.iter().any(|m| call.method == m)) {
            self.visit_expr(&call.receiver);
        }
        // `files.push(file)` keeps it.
        let keeps = KEEPING_METHODS.iter().any(|m| call.method == m);
        for arg in &call.args {
            if !(keeps && self.is_handle(arg)) {
                self.visit_expr(arg);
            }
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let crate_fn = match strip(&call.func) {
            Expr::Path(p) if call.args.iter().any(|arg| self.is_handle(arg)) => (self.crate_fn)(p),
            _ => None,
        };
        let wraps = match strip(&call.func) {
            Expr::Path(p) => {
                crate_fn.is_some()
                    || WRAPPING_CALLS.iter().any(|w| path_ends_with_names(&p.path, w))
                    // A tuple struct or variant keeps it: `Lock(file)`.
                    || p.path.segments.last().is_some_and(|last| {
                        last.ident.to_string().starts_with(char::is_uppercase)
                    })
            }
            _ => false,
        };
        self.handed_to.extend(crate_fn);
        self.visit_expr(&call.func);
        for arg in &call.args {
            if !(wraps && self.is_handle(arg)) {
                self.visit_expr(arg);
            }
        }
    }

    /// `self.log = file;`: kept in a field.
    fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
        self.visit_expr(&assign.left);
        if !(matches!(strip(&assign.left), Expr::Field(_)) && self.is_handle(&assign.right)) {
            self.visit_expr(&assign.right);
        }
    }

    /// `Journal { file, .. }`: kept in a field.
    fn visit_field_value(&mut self, field: &'ast syn::FieldValue) {
        if !self.is_handle(&field.expr) {
            self.visit_expr(&field.expr);
        }
    }

    /// `Ok((file, format))`: a tuple keeps it, like a struct's field.
    fn visit_expr_tuple(&mut self, tuple: &'ast syn::ExprTuple) {
        for element in &tuple.elems {
            if !self.is_handle(element) {
                self.visit_expr(element);
            }
        }
    }

    /// `return file`: the caller does the I/O.
    fn visit_expr_return(&mut self, ret: &'ast syn::ExprReturn) {
        if let Some(value) = &ret.expr {
            if !self.is_handle(value) {
                self.visit_expr(value);
            }
        }
    }

    /// A block's value is returned (a fn's last line `file`).
    fn visit_stmt(&mut self, stmt: &'ast Stmt) {
        match stmt {
            Stmt::Expr(value, None) if self.is_handle(value) => {}
            _ => visit::visit_stmt(self, stmt),
        }
    }

    /// A sync closure that takes the handle runs elsewhere (`spawn_blocking(move || ..)`):
    /// its reads are not on the async thread.
    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        if closure.asyncness.is_some() {
            visit::visit_expr_closure(self, closure);
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if self.found {
            return;
        }
        let name = mac.path.segments.last().map(|last| last.ident.to_string());
        let name = name.as_deref().unwrap_or_default();
        if !DISPLAYING_MACROS.contains(&name) {
            // `writeln!(file, ..)`, or a body syn does not parse (`select!`): any mention may
            // be the I/O.
            self.found = tokens_mention(mac.tokens.clone(), self.names);
        }
    }
}

/// Macros that only format or log their arguments.
const DISPLAYING_MACROS: &[&str] = &[
    "format",
    "print",
    "println",
    "eprint",
    "eprintln",
    "trace",
    "debug",
    "info",
    "warn",
    "error",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "panic",
    "bail",
    "anyhow",
    "ensure",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn use_after_first_let(body: &str) -> HandleUse {
        let block: syn::Block = syn::parse_str(&format!("{{ {body} }}")).unwrap();
        let Stmt::Local(local) = &block.stmts[0] else {
            panic!("the first statement is a let");
        };
        assert!(open_call(&local.init.as_ref().unwrap().expr).is_some());
        let syn::Pat::Ident(name) = &local.pat else {
            panic!("a named binding");
        };
        let crate_fns = |p: &syn::ExprPath| {
            p.path
                .is_ident("check_digest")
                .then(|| Target::Path("crate::check_digest".to_string()))
        };
        handle_use(
            &[name.ident.to_string()],
            block.stmts[1..].iter().map(Code::Stmt),
            &crate_fns,
        )
    }

    fn io_after_first_let(body: &str) -> bool {
        use_after_first_let(body) == HandleUse::Io
    }

    #[test]
    fn reads_writes_and_readers_are_io() {
        assert!(io_after_first_let(
            "let mut f = File::open(p)?; f.read_to_end(&mut v)?;"
        ));
        assert!(io_after_first_let(
            "let f = File::open(p).unwrap(); let r = BufReader::new(f);"
        ));
        assert!(io_after_first_let(
            "let mut f = File::create(p)?; writeln!(f, \"x\")?;"
        ));
        assert!(io_after_first_let(
            "let f = OpenOptions::new().append(true).open(p).context(\"x\")?; std::io::copy(&mut f, &mut h)?;"
        ));
        assert!(io_after_first_let(
            "let f = File::open(p)?; tar.append_file(\"a\", &mut f)?;"
        ));
        assert!(io_after_first_let(
            "let f = File::open(p)?; let r = std::io::BufReader::new(f);"
        ));
    }

    #[test]
    fn locks_kept_handles_and_crate_fns_are_not_io() {
        assert!(!io_after_first_let("let f = File::create(p)?;"));
        assert!(!io_after_first_let(
            "let f = File::create(p)?; tracing::info!(?f, \"created\");"
        ));
        assert!(!io_after_first_let(
            "let f = File::open(p)?; f.try_lock()?; Ok(f)"
        ));
        assert_eq!(
            use_after_first_let("let f = File::open(p)?; check_digest(&asset, f)?;"),
            HandleUse::Quiet {
                handed_to: vec![Target::Path("crate::check_digest".to_string())]
            }
        );
        assert!(io_after_first_let("let f = File::open(p)?; self.load(f)?;"));
        assert!(!io_after_first_let(
            "let f = File::open(p)?; self.files.push(f);"
        ));
        assert!(!io_after_first_let(
            "let f = File::open(p)?; let lock = Lock(f); drop(lock);"
        ));
        assert!(!io_after_first_let(
            "let f = File::open(p)?; let m = f.metadata()?;"
        ));
        assert!(!io_after_first_let(
            "let mut f = File::open(p)?; spawn_blocking(move || f.read_to_end(&mut v));"
        ));
        assert!(!io_after_first_let(
            "let f = File::open(p)?; let shared = Arc::new(Mutex::new(f));"
        ));
        assert!(!io_after_first_let(
            "let f = File::open(p)?; let kind = detect(p); Ok((f, kind))"
        ));
        assert!(io_after_first_let(
            "let f = File::open(p)?; Ok((f.metadata()?.len(), f.read_to_end(&mut v)?))"
        ));
    }

    #[test]
    fn a_let_binds_the_opens_of_each_branch_of_its_value() {
        let used = |body: &str| {
            let block: syn::Block = syn::parse_str(&format!("{{ {body} }}")).unwrap();
            let (opens, used) =
                statement_use(&block.stmts[0], &block.stmts[1..], &|_| None).expect("an open");
            (opens.len(), used)
        };
        assert_eq!(
            used(
                "let f = if custom { File::open(a).context(\"x\")? } else { cached(b)? }; Ok(Some(f))"
            ),
            (
                1,
                HandleUse::Quiet {
                    handed_to: Vec::new()
                }
            )
        );
        assert_eq!(
            used(
                "let f = match kind { Kind::A => File::open(a)?, Kind::B => { File::create(b)? } }; f.read_to_end(&mut v)?;"
            ),
            (2, HandleUse::Io)
        );
        let block: syn::Block = syn::parse_str("{ let n = if a { 1 } else { 2 }; }").unwrap();
        assert!(statement_use(&block.stmts[0], &[], &|_| None).is_none());
    }

    #[test]
    fn only_open_shaped_calls_are_opens() {
        let open = |src: &str| open_call(&syn::parse_str::<Expr>(src).unwrap()).is_some();
        assert!(open("File::open(p)?"));
        assert!(open("std::fs::File::create(&path).expect(\"create\")"));
        assert!(open(
            "OpenOptions::new().read(true).open(p).wrap_err_with(|| e)?"
        ));
        assert!(!open("File::open(p)?.read_to_string(&mut s)"));
        assert!(!open("BufReader::new(File::open(p)?)"));
        let returned = |src: &str| returned_opens(&syn::parse_str::<Expr>(src).unwrap()).len();
        assert_eq!(returned("Ok(File::open(p)?)"), 1);
        assert_eq!(
            returned("Ok((File::open(p).context(\"open\")?, Format::Json))"),
            1
        );
        assert_eq!(
            returned("Pair { log: File::create(a)?, data: File::open(b)? }"),
            2
        );
        assert_eq!(returned("Ok(read(File::open(p)?))"), 0);
    }
}
