// The cron runner from before the queue existed; no module includes this file.
pub async fn tick() {
    let jobs = std::fs::read_to_string("/var/spool/hive/cron").unwrap_or_default(); // OK: blocking-in-async
    for line in jobs.lines() {
        tokio::spawn(run_line(line.to_string())); // OK: unbounded-gather, untracked-spawn
    }
}

async fn run_line(_line: String) {}
