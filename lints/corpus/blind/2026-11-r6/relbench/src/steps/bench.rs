//! `xtask bench NAME..`: run each benchmark in its own `cargo bench` process, all at once, then
//! compare with the stored baseline.

use std::collections::HashMap;
use std::process::Command;

pub async fn run(names: Vec<String>) -> anyhow::Result<()> {
    let baseline = std::fs::read_to_string("target/bench/baseline.json")?; // OK: blocking-in-async
    let baseline: HashMap<String, f64> = serde_json::from_str(&baseline)?;
    let mut handles = Vec::new();
    for name in &names {
        handles.push(tokio::spawn(run_bench(name.clone()))); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
    }
    let sha = crate::git::head_sha()?; // EXPECT: blocking-in-async
    let mut results = HashMap::new();
    for (name, handle) in names.iter().zip(handles) {
        results.insert(name.clone(), handle.await??);
    }
    for (name, now) in &results {
        if let Some(before) = baseline.get(name) {
            println!("{name}: {before:.1} -> {now:.1} ns");
        }
    }
    std::fs::write(format!("target/bench/{sha}.json"), serde_json::to_vec(&results)?)?; // EXPECT: blocking-in-async
    Ok(())
}

async fn run_bench(name: String) -> anyhow::Result<f64> {
    let out = Command::new("cargo").args(["bench", "--bench", &name, "--", "--noplot"]).output()?; // EXPECT: blocking-in-async
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text.lines().find_map(|l| l.split_whitespace().nth(1)?.parse().ok()).unwrap_or(f64::NAN))
}
