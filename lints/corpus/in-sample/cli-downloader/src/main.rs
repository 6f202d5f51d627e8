//! `dl`: downloads every URL listed in a file into a directory, several at a time, and
//! verifies checksums when a `.sha256` file is present.

mod download;
mod manifest;
mod verify;

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use tokio::io::AsyncBufReadExt;

#[derive(Parser)]
struct Args {
    list: PathBuf,
    #[arg(short, long, default_value = "downloads")]
    out: PathBuf,
    #[arg(short, long, default_value_t = 4)]
    jobs: usize,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    if args.list.as_os_str() == "-" {
        std::fs::create_dir_all(&args.out)?;
        let failures = tokio::runtime::Runtime::new()?.block_on(run_from_stdin(args.out))?;
        std::process::exit(i32::from(failures > 0));
    }
    let urls = manifest::read_list(&args.list)?; // OK: blocking-in-async
    std::fs::create_dir_all(&args.out)?; // OK: blocking-in-async
    let runtime = tokio::runtime::Runtime::new()?;
    let failures = runtime.block_on(run(urls, args.out, args.jobs)); // OK: blocking-in-async, unawaited-future
    std::io::stdout().flush()?; // OK: blocking-in-async
    std::process::exit(i32::from(failures > 0));
}

async fn run(urls: Vec<String>, out: PathBuf, jobs: usize) -> usize {
    // The program's start (handed to `block_on`): no other task exists yet to stall.
    if urls.len() > 100 && !confirm(urls.len()) { // OK: blocking-in-async
        return 0;
    }
    let client = reqwest::Client::new();
    let results = download::all_bounded(&client, &urls, &out, jobs).await;
    let failures = results.iter().filter(|r| r.is_err()).count();
    download::all(&client, &urls, &out); // EXPECT: unawaited-future
    verify::all(&out).await;
    failures
}

/// `dl -`: the URLs come on stdin, one per line (`grep -o 'https://[^"]*' page.html | dl -`),
/// through the old everything-at-once path.
async fn run_from_stdin(out: PathBuf) -> std::io::Result<usize> {
    let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
    let mut urls = Vec::new();
    while let Some(line) = lines.next_line().await? {
        urls.push(line);
    }
    download::warm_dns(&urls);
    let client = reqwest::Client::new();
    let results = download::all(&client, &urls, &out).await;
    Ok(results.iter().filter(|r| r.is_err()).count())
}

/// Asks before starting a very large batch.
fn confirm(count: usize) -> bool {
    print!("download {count} files? [y/N] ");
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).is_ok() && answer.trim() == "y" // OK: blocking-in-async
}
