//! A single-threaded pool for handlers that are not `Send` (they hold `Rc` state). Runs on
//! its own thread with a `LocalSet`.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use tokio::sync::mpsc;

#[derive(Default, Debug)]
pub struct LocalStats {
    pub started: u64,
    pub finished: u64,
    pub last_error: Option<String>,
}

pub fn start(mut rx: mpsc::Receiver<String>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let local = tokio::task::LocalSet::new();
        local.block_on(&rt, async move { // OK: block-on-in-async
            let stats = Rc::new(RefCell::new(LocalStats::default()));
            let reporter = stats.clone();
            tokio::task::spawn_local(async move { // EXPECT: detached-spawn // OK: untracked-spawn
                loop {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    tracing::info!(stats = ?reporter.borrow(), "local pool"); // OK: lock-across-await
                }
            });
            while let Some(script) = rx.recv().await {
                run_script(&stats, script).await;
            }
        });
    })
}

async fn run_script(stats: &Rc<RefCell<LocalStats>>, script: String) {
    stats.borrow_mut().started += 1; // OK: lock-across-await
    let mut s = stats.borrow_mut(); // EXPECT: lock-across-await
    match evaluate(&script).await {
        Ok(()) => s.finished += 1,
        Err(e) => s.last_error = Some(e),
    }
}

async fn run_script_scoped(stats: &Rc<RefCell<LocalStats>>, script: String) {
    let result = evaluate(&script).await;
    let mut s = stats.borrow_mut(); // OK: lock-across-await
    match result {
        Ok(()) => s.finished += 1,
        Err(e) => s.last_error = Some(e),
    }
}

async fn evaluate(script: &str) -> Result<(), String> {
    tokio::task::yield_now().await;
    if script.trim().is_empty() {
        Err("empty script".into())
    } else {
        Ok(())
    }
}

pub async fn summary(stats: &Rc<RefCell<LocalStats>>) -> String {
    if stats.borrow().last_error.is_some() && flush_errors(stats).await { // OK: lock-across-await
        return "errors flushed".into();
    }
    let started = stats.borrow().started; // OK: lock-across-await
    tokio::task::yield_now().await;
    format!("{started} started")
}

async fn flush_errors(stats: &Rc<RefCell<LocalStats>>) -> bool {
    tokio::task::yield_now().await;
    stats.borrow_mut().last_error.take().is_some()
}
