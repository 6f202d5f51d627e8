//! End-to-end tests of the engine on small crates: positives, tricky negatives, the crate
//! index, macros, local typing and bad input.

use super::*;

fn crate_of(files: &[(&str, &str)]) -> CrateInput {
    CrateInput {
        root: PathBuf::from("/c"),
        edition: Edition::E2021,
        files: files
            .iter()
            .map(|(path, text)| SourceFile {
                path: PathBuf::from("/c").join(path),
                text: Arc::from(*text),
                report: true,
                ..SourceFile::default()
            })
            .collect(),
        ..CrateInput::default()
    }
}

fn check(source: &str) -> Vec<Diagnostic> {
    check_crate(
        &crate_of(&[("src/lib.rs", source)]),
        &AnalysisOptions::default(),
    )
}

/// `(line, rule)` of every finding.
fn found(source: &str) -> Vec<(usize, String)> {
    check(source)
        .into_iter()
        .map(|d| (d.span.start.line, d.rule))
        .collect()
}

fn lines(expected: &[(usize, &str)]) -> Vec<(usize, String)> {
    expected.iter().map(|(l, r)| (*l, r.to_string())).collect()
}

#[test]
fn direct_blocking_calls_in_async_fns() {
    let src = "use std::time::Duration;
async fn a() {
    std::thread::sleep(Duration::from_secs(1));
    let _s = std::fs::read_to_string(\"x\");
}
fn sync_ok() { std::thread::sleep(Duration::from_secs(1)); }
";
    assert_eq!(
        found(src),
        lines(&[(3, "blocking-in-async"), (4, "blocking-in-async")])
    );
}

#[test]
fn fix_rewrites_sleep_and_imported_read() {
    let src = "use std::fs::read_to_string;\nasync fn a() { std::thread::sleep(d); let s = read_to_string(p); }\n";
    let diagnostics = check(src);
    assert_eq!(diagnostics.len(), 2);
    let mut fixed = src.to_string();
    let mut edits: Vec<_> = diagnostics
        .iter()
        .flat_map(|d| d.fix.clone().unwrap().edits)
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.start));
    for edit in edits {
        fixed.replace_range(edit.start..edit.end, &edit.replacement);
    }
    assert!(fixed.contains("tokio::time::sleep(d).await;"), "{fixed}");
    assert!(
        fixed.contains("let s = tokio::fs::read_to_string(p).await;"),
        "{fixed}"
    );
}

#[test]
fn names_that_shadow_known_apis_win() {
    let src = "mod fs { pub fn read(_: &str) {} }
use tokio::{fs as tfs, time::sleep};
async fn a() {
    fs::read(\"x\");
    tfs::read(\"x\").await;
    sleep(d).await;
}
async fn b(fs: Store) { fs.read(\"x\"); }
";
    assert_eq!(found(src), lines(&[]));
}

#[test]
fn fs_err_is_a_blocking_wrapper() {
    assert_eq!(
        found("use fs_err as fs;\nasync fn a() { fs::read(\"x\"); }\n"),
        lines(&[(2, "blocking-in-async")])
    );
}

#[test]
fn offloaded_closures_are_not_async_context() {
    let src = "async fn a() {
    tokio::task::spawn_blocking(|| std::fs::read(\"x\")).await;
    let work = move || std::thread::sleep(d);
    tokio::task::spawn_blocking(work).await;
    std::thread::spawn(|| std::thread::sleep(d)).join();
    fn nested() { std::thread::sleep(d); }
    let v: Vec<_> = paths.iter().map(|p| std::fs::read(p)).collect();
}
";
    // the std::thread::spawn(..).join() blocks (line 5); the inline map closure blocks (line 7)
    assert_eq!(
        found(src),
        lines(&[(5, "blocking-in-async"), (7, "blocking-in-async")])
    );
    let inline = check(src)
        .into_iter()
        .find(|d| d.span.start.line == 7)
        .unwrap();
    assert!(inline.fix.is_none());
}

#[test]
fn crate_chain_through_sync_helpers() {
    let files = [
        (
            "src/lib.rs",
            "mod cfg;\npub use cfg::load;\nasync fn serve() { let c = load(); let d = cfg::pure(); }\n",
        ),
        (
            "src/cfg.rs",
            "pub fn load() -> String { read_config() }\nfn read_config() -> String { std::fs::read_to_string(\"c\").unwrap() }\npub fn pure() {}\npub fn block() { tokio::runtime::Handle::current().block_on(async {}); }\n",
        ),
    ];
    let diagnostics = check_crate(&crate_of(&files), &AnalysisOptions::default());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].message,
        "`load()` blocks: it calls `read_config()`, which calls `std::fs::read_to_string`"
    );
    assert_eq!(diagnostics[0].labels.len(), 1);
}

#[test]
fn crate_wrapper_that_offloads_its_closure() {
    let src = "async fn asyncify<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(f: F) -> T { tokio::task::spawn_blocking(f).await.unwrap() }
pub async fn read(p: String) -> std::io::Result<Vec<u8>> { asyncify(move || std::fs::read(p)).await }
";
    assert_eq!(found(src), lines(&[]));
}

#[test]
fn local_typing_resolves_methods() {
    let src = "use std::fs::File;
use std::io::Read;
async fn a() -> std::io::Result<()> {
    let mut f = File::open(\"x\")?;
    let mut s = String::new();
    f.read_to_string(&mut s)?;
    let (tx, rx) = std::sync::mpsc::channel::<u8>();
    rx.recv().unwrap();
    let out = std::process::Command::new(\"ls\").arg(\"-l\").output()?;
    let other = Thing::new();
    other.recv();
    Ok(())
}
";
    assert_eq!(
        found(src),
        lines(&[
            (4, "blocking-in-async"),
            (6, "blocking-in-async"),
            (8, "blocking-in-async"),
            (9, "blocking-in-async")
        ])
    );
}

#[test]
fn unawaited_futures() {
    let src = "async fn fetch() {}
struct S;
impl S { async fn refresh(&self) {} fn tick(&self) {} }
async fn a(s: S) {
    fetch();
    let _ = tokio::time::sleep(d);
    let fut = fetch();
    let kept = fetch();
    kept.await;
    s.refresh();
    s.tick();
    tokio::join!(fetch(), fetch());
    fetch().await;
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel::<u8>();
    tx.send(1);
    let (btx, _brx) = tokio::sync::mpsc::channel::<u8>(1);
    btx.send(1);
}
";
    assert_eq!(
        found(src),
        lines(&[
            (5, "unawaited-future"),
            (6, "unawaited-future"),
            (7, "unawaited-future"),
            (10, "unawaited-future"),
            (17, "unawaited-future"),
        ])
    );
}

#[test]
fn detached_spawns_lose_an_output_or_never_end() {
    let src = "async fn sync_all() -> Result<(), E> { Ok(()) }
async fn note() {}
async fn a(handles: &mut Vec<tokio::task::JoinHandle<()>>, set: &mut tokio::task::JoinSet<()>) {
    tokio::spawn(sync_all());
    let _ = tokio::task::spawn(async { load().await?; Ok::<_, E>(()) });
    tokio::spawn(async move { loop { tick().await; } });
    tokio::spawn(note());
    tokio::spawn(async { if let Err(e) = sync_all().await { tracing::warn!(?e); } });
    let h = tokio::spawn(async {});
    let kept = tokio::spawn(sync_all());
    kept.await.unwrap();
    handles.push(tokio::spawn(async {}));
    set.spawn(sync_all());
    tokio::runtime::Handle::current().spawn(async move { loop { if stop() { break; } } });
    tokio::spawn(unknown_future);
}
fn keep() -> tokio::task::JoinHandle<()> { tokio::spawn(async {}) }
";
    assert_eq!(
        found(src),
        lines(&[
            (4, "detached-spawn"),
            (5, "detached-spawn"),
            (6, "detached-spawn"),
            (7, "untracked-spawn"),
            (8, "untracked-spawn"),
            (9, "untracked-spawn"),
            (14, "untracked-spawn"),
            (15, "untracked-spawn"),
        ])
    );
    let messages: Vec<String> = check(src).into_iter().map(|d| d.message).collect();
    assert!(
        messages[0].contains("`sync_all()` returns `Result<(), E>`"),
        "{messages:#?}"
    );
    assert!(messages[2].contains("never ends"), "{messages:#?}");
}

#[test]
fn unbounded_gathers() {
    let src = "use futures::future::join_all;
async fn a(urls: Vec<String>) {
    join_all(urls.iter().map(|u| fetch(u))).await;
    join_all([fetch(\"a\"), fetch(\"b\"), fetch(\"c\")]).await;
    join_all((0..4).map(|i| fetch(i))).await;
    let mut handles = Vec::new();
    for u in urls.clone() { handles.push(tokio::spawn(fetch(u))); }
    let small = vec![fetch(\"a\"), fetch(\"b\")];
    join_all(small).await;
}
async fn bounded(urls: Vec<String>, sem: std::sync::Arc<tokio::sync::Semaphore>) {
    let mut handles = Vec::new();
    for u in urls {
        let permit = sem.clone().acquire_owned().await.unwrap();
        handles.push(tokio::spawn(async move { let _p = permit; fetch(u).await }));
    }
}
async fn from_a_file(path: &str, sem: std::sync::Arc<tokio::sync::Semaphore>) {
    let text = tokio::fs::read_to_string(path).await.unwrap();
    let urls: Vec<String> = text.lines().map(String::from).collect();
    a(urls.clone()).await;
    bounded(urls, sem).await;
}
async fn from_config(config: Config) {
    a(config.urls).await;
}
";
    // `a` gathers over its parameter: reported because one caller fills it from a file;
    // a caller passing a config field alone would leave it silent.
    assert_eq!(
        found(src),
        lines(&[(3, "unbounded-gather"), (7, "unbounded-gather")])
    );
    let only_config = src.replace("a(urls.clone()).await;", "");
    assert_eq!(found(&only_config), lines(&[]));
}

#[test]
fn macros_are_analyzed() {
    let src = "async fn a() {
    tokio::select! {
        _ = tokio::time::sleep(d) => { std::thread::sleep(d); }
        v = rx.recv() => println!(\"{:?}\", std::fs::read(\"x\")),
    }
    assert!(std::fs::read(\"x\").is_ok());
}
";
    assert_eq!(
        found(src),
        lines(&[
            (3, "blocking-in-async"),
            (4, "blocking-in-async"),
            (6, "blocking-in-async")
        ])
    );
}

#[test]
fn bad_input_becomes_diagnostics() {
    let diagnostics = check("fn main() {\n    let x = ;\n}\n");
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].rule, "syntax-error");
    assert_eq!(diagnostics[0].span.start.line, 2);
    let deep = format!(
        "fn f() {{ let x = {}1{}; }}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let diagnostics = check(&deep);
    assert_eq!(diagnostics.len(), 1);
    assert!(
        diagnostics[0].message.contains("nested"),
        "{}",
        diagnostics[0].message
    );
    let unclosed = check("fn f() { (");
    assert_eq!(unclosed[0].rule, "syntax-error");
}

#[test]
fn only_reported_files_get_findings_but_all_feed_the_index() {
    let mut input = crate_of(&[
        (
            "src/lib.rs",
            "mod io;\nasync fn a() { io::load(); std::thread::sleep(d); }\n",
        ),
        (
            "src/io.rs",
            "pub fn load() { std::thread::sleep(d); }\nasync fn b() { std::thread::sleep(d); }\n",
        ),
    ]);
    input.files[1].report = false;
    let diagnostics = check_crate(&input, &AnalysisOptions::default());
    assert_eq!(diagnostics.len(), 2);
    assert!(diagnostics.iter().all(|d| d.path.ends_with("src/lib.rs")));
}

#[test]
fn extra_blocking_apis_from_config() {
    let options = AnalysisOptions {
        extra_blocking: vec!["my_db::query_sync".to_string()],
        ..AnalysisOptions::default()
    };
    let input = crate_of(&[("src/lib.rs", "async fn a() { my_db::query_sync(\"q\"); }\n")]);
    assert_eq!(check_crate(&input, &options).len(), 1);
}

#[test]
fn module_paths_follow_the_file_layout() {
    let root = Path::new("/c");
    assert_eq!(module_path_for(root, Path::new("/c/src/lib.rs")), ["crate"]);
    assert_eq!(
        module_path_for(root, Path::new("/c/src/a/mod.rs")),
        ["crate", "a"]
    );
    assert_eq!(
        module_path_for(root, Path::new("/c/src/a/b.rs")),
        ["crate", "a", "b"]
    );
    assert_eq!(
        module_path_for(root, Path::new("/c/tests/it.rs")),
        ["crate@tests/it"]
    );
}

#[test]
fn runtime_entry_fns_block_when_called_from_async_code() {
    let src = "#[tokio::main(flavor = \"current_thread\")]
async fn inner() {}
async fn outer() {
    inner();
}
";
    let diagnostics = check(src);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].rule, "block-on-in-async");
    assert!(
        diagnostics[0].message.contains("block_on"),
        "{}",
        diagnostics[0].message
    );
}

#[test]
fn bindings_made_inside_macros_may_be_used_after_them() {
    let src = "async fn one() {}
async fn a() {
    tokio::pin! {
        let f1 = one();
    }
    (&mut f1).await;
}
";
    assert_eq!(found(src), lines(&[]));
}

#[test]
fn spawn_awaited_in_the_loop_is_sequential() {
    let src = "async fn a(items: Vec<u32>) {
    for i in items.clone() { tokio::spawn(work(i)).await.unwrap(); }
    for i in items { let h = tokio::spawn(work(i)); h.await.unwrap(); }
}
";
    // The second loop keeps the handle and awaits it later in the same iteration: still one
    // task at a time.
    assert_eq!(found(src), lines(&[]));
}

#[test]
fn a_limit_after_the_gather_does_not_excuse_it() {
    let src = "use futures::{future::join_all, stream::{self, StreamExt}};
async fn a(targets: Vec<String>) {
    let all = join_all(targets.iter().map(|t| probe(t))).await;
    let bounded: Vec<_> = stream::iter(&targets).map(|t| probe(t)).buffer_unordered(8).collect().await;
}
async fn b(targets: Vec<String>, sem: tokio::sync::Semaphore) {
    join_all(targets.iter().map(|t| async { let _p = sem.acquire().await; probe(t).await })).await;
}
async fn handler(body: String, sem: tokio::sync::Semaphore) {
    let targets: Vec<String> = serde_json::from_str(&body).unwrap();
    a(targets.clone()).await;
    b(targets, sem).await;
}
";
    assert_eq!(found(src), lines(&[(3, "unbounded-gather")]));
}

#[test]
fn async_fn_names_are_found_by_text() {
    let names = async_fn_names(
        "pub async fn fetch() {}\nasync  unsafe fn raw() {}\nlet x = async move {};\nnot_async fn no() {}\nasync fn r#type() {}",
    );
    assert_eq!(names, ["fetch", "raw", "type"]);
}

/// A package at `root` with a library name, for the workspace tests.
fn package_of(root: &str, lib_name: &str, files: &[(&str, &str)]) -> CrateInput {
    CrateInput {
        root: PathBuf::from(root),
        edition: Edition::E2021,
        files: files
            .iter()
            .map(|(path, text)| SourceFile {
                path: PathBuf::from(root).join(path),
                text: Arc::from(*text),
                report: true,
                ..SourceFile::default()
            })
            .collect(),
        package: Some(Package {
            lib_name: Some(lib_name.to_string()),
            ..Package::default()
        }),
    }
}

/// The library `core` and the binary `cli` analysed as one workspace: the lines of the
/// library's findings, and the findings.
fn library_lines_beside_cli(core: &CrateInput, cli: &CrateInput) -> (Vec<usize>, Vec<Diagnostic>) {
    let options = AnalysisOptions {
        workspace_libs: ["core_lib".to_string(), "cli".to_string()]
            .into_iter()
            .collect(),
        ..AnalysisOptions::default()
    };
    let mut analyses = finish_crates(vec![
        prepare_crate(core, &options),
        prepare_crate(cli, &options),
    ]);
    let diagnostics = std::mem::take(&mut analyses[0].diagnostics);
    let lines = diagnostics.iter().map(|d| d.span.start.line).collect();
    (lines, diagnostics)
}

#[test]
fn a_library_called_from_a_sibling_cli_flow_runs_sequentially() {
    let core = package_of(
        "/w/core",
        "core_lib",
        &[(
            "src/lib.rs",
            "pub async fn import(path: &str) -> usize {
    std::fs::read(path).map(|b| b.len()).unwrap_or(0)
}
pub async fn serve(path: &str) -> usize {
    std::fs::read(path).map(|b| b.len()).unwrap_or(0)
}
",
        )],
    );
    let cli = package_of(
        "/w/cli",
        "cli",
        &[(
            "src/main.rs",
            "#[tokio::main]
async fn main() {
    core_lib::import(\"history\").await;
    tokio::spawn(core_lib::serve(\"x\"));
}
",
        )],
    );
    let (lines, diagnostics) = library_lines_beside_cli(&core, &cli);
    // `import` only runs in the CLI's sequential flow; `serve` is spawned beside it.
    assert_eq!(lines, [5], "{diagnostics:#?}");
    // Analysed alone, the library cannot know: both are reported.
    let alone = check_crate(&core, &AnalysisOptions::default());
    assert_eq!(alone.len(), 2);
}

#[test]
fn impls_reached_through_a_sibling_crates_trait_bound_follow_its_flow() {
    let core = package_of(
        "/w/core",
        "core_lib",
        &[(
            "src/lib.rs",
            "pub trait Source: Sized {
    async fn open() -> std::io::Result<Self>;
}
pub struct History(Vec<u8>);
impl Source for History {
    async fn open() -> std::io::Result<Self> {
        Ok(History(std::fs::read(\"history\")?))
    }
}
pub struct Feed(Vec<u8>);
impl Source for Feed {
    async fn open() -> std::io::Result<Self> {
        Ok(Feed(std::fs::read(\"feed\")?))
    }
}
pub struct Cache;
impl Cache {
    pub async fn open() -> std::io::Result<Self> {
        std::fs::read(\"cache\")?;
        Ok(Cache)
    }
}
",
        )],
    );
    let cli = package_of(
        "/w/cli",
        "cli",
        &[(
            "src/main.rs",
            "use core_lib::Source;
async fn import<S: Source>() -> std::io::Result<S> {
    S::open().await
}
#[tokio::main]
async fn main() {
    let _ = import::<core_lib::History>().await;
    let _ = import::<core_lib::Feed>().await;
}
",
        )],
    );
    let (lines, diagnostics) = library_lines_beside_cli(&core, &cli);
    // Both `Source` impls run only in the CLI's sequential flow; `Cache::open`, a method of
    // the same name outside the trait, has no known caller.
    assert_eq!(lines, [19], "{diagnostics:#?}");
}

#[test]
fn blocking_on_a_future_is_followed_through_two_sibling_crates() {
    let core = package_of(
        "/w/core",
        "core_lib",
        &[(
            "src/lib.rs",
            "pub fn wait_for(job: u32) -> u32 {
    futures::executor::block_on(async move { job })
}
pub fn quick(job: u32) -> u32 {
    job + 1
}
",
        )],
    );
    let mid = package_of(
        "/w/mid",
        "mid",
        &[(
            "src/lib.rs",
            "pub fn settle(job: u32) -> u32 {
    core_lib::wait_for(job)
}
pub fn hand_off(job: u32) {
    std::thread::spawn(move || core_lib::wait_for(job));
}
pub fn tidy(job: u32) -> u32 {
    core_lib::quick(job)
}
",
        )],
    );
    let app = package_of(
        "/w/app",
        "app",
        &[(
            "src/main.rs",
            "async fn serve(job: u32) {
    mid::settle(job);
    mid::hand_off(job);
    mid::tidy(job);
}
",
        )],
    );
    let options = AnalysisOptions {
        workspace_libs: ["core_lib", "mid", "app"]
            .into_iter()
            .map(str::to_string)
            .collect(),
        ..AnalysisOptions::default()
    };
    // The app first: a crate's answer may depend on crates linked after it.
    let mut analyses = finish_crates(vec![
        prepare_crate(&app, &options),
        prepare_crate(&mid, &options),
        prepare_crate(&core, &options),
    ]);
    let found = std::mem::take(&mut analyses[0].diagnostics);
    let messages: Vec<(usize, &str)> = found
        .iter()
        .map(|d| (d.span.start.line, d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [(
            2,
            "`mid::settle()` blocks on a future: it calls `core_lib::wait_for()`, which calls `futures::executor::block_on`"
        )],
        "{found:#?}"
    );
    // Alone, the app cannot know what `mid` does.
    assert!(check_crate(&app, &AnalysisOptions::default()).is_empty());
}
