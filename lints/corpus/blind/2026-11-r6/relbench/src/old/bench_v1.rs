//! The first bench runner, replaced by `steps::bench`; no `mod` reaches this file.

pub async fn run_all(names: Vec<String>) {
    for name in names {
        tokio::spawn(async move { // OK: unbounded-gather, untracked-spawn, detached-spawn
            let _ = std::process::Command::new("cargo").args(["bench", &name]).output(); // OK: blocking-in-async
        });
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {}); // OK: block-on-in-async
}
