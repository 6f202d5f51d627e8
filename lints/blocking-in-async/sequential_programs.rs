//! A command-line program runs one flow at a time: an async fn that only ever runs as part of
//! that flow (reached from `#[tokio::main]` or from a fn handed to `block_on`, through
//! awaited calls, before anything is spawned) stalls no other task when it blocks. As soon as
//! other tasks can run beside it, blocking matters again.

use std::time::Duration;

struct Cli {
    verbose: bool,
}

impl Cli {
    /// The sync entry builds a runtime and blocks on the command: the root of the flow.
    fn run(self) -> std::io::Result<()> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        runtime.block_on(self.run_inner())
    }

    async fn run_inner(self) -> std::io::Result<()> {
        let config = std::fs::read_to_string("cli.toml")?; // OK: blocking-in-async
        let answer = prompt("continue?").await; // OK: blocking-in-async
        import_history(&config).await?;
        if self.verbose {
            println!("{answer}");
        }
        Ok(())
    }
}

async fn prompt(question: &str) -> String {
    println!("{question}");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).ok(); // OK: blocking-in-async
    line
}

async fn import_history(config: &str) -> std::io::Result<()> {
    let history = std::fs::read_to_string(config)?; // OK: blocking-in-async
    upload(history).await;
    Ok(())
}

/// Also called from a server handler that runs beside other tasks: not only sequential.
async fn upload(body: String) {
    std::thread::sleep(Duration::from_millis(10)); // EXPECT: blocking-in-async
    drop(body);
}

async fn handle_request(body: String) {
    upload(body).await;
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let settings = std::fs::read_to_string("server.toml")?; // OK: blocking-in-async
    prepare(&settings).await?;
    let server = tokio::spawn(handle_request(settings.clone()));
    let after = std::fs::read_to_string("late.toml")?; // EXPECT: blocking-in-async
    after_spawn(&after).await;
    server.await.ok();
    Ok(())
}

/// A second binary's sync entry point.
pub fn cli_main() -> std::io::Result<()> {
    Cli { verbose: false }.run()
}

async fn prepare(settings: &str) -> std::io::Result<()> {
    std::fs::write("server.pid", settings)?; // OK: blocking-in-async
    Ok(())
}

/// Awaited only after `main` spawned a task: other tasks run beside it now.
async fn after_spawn(path: &str) {
    std::fs::read(path).ok(); // EXPECT: blocking-in-async
}

/// A fn nobody in the crate calls (a library's public API) may run anywhere.
pub async fn public_entry(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default() // EXPECT: blocking-in-async
}

/// Handed to `join!`, not awaited on its own: it runs beside the other future.
async fn joined() {
    let (a, b) = tokio::join!(read_a(), read_b());
    drop((a, b));
}

async fn read_a() -> Vec<u8> {
    std::fs::read("a").unwrap_or_default() // EXPECT: blocking-in-async
}

async fn read_b() -> Vec<u8> {
    std::fs::read("b").unwrap_or_default() // EXPECT: blocking-in-async
}

/// Code in a task the flow spawns runs beside the flow.
async fn spawns_a_block() {
    tokio::spawn(async {
        std::fs::read("c").ok(); // EXPECT: blocking-in-async
    });
}

/// Subcommands dispatched through an enum: the variant's field type names the method, so the
/// flow is followed into each subcommand.
enum Command {
    Import(ImportCmd),
    Serve { port: u16 },
}

struct ImportCmd {
    path: String,
}

impl ImportCmd {
    async fn run(self) -> usize {
        std::fs::read(&self.path).map(|b| b.len()).unwrap_or(0) // OK: blocking-in-async
    }
}

impl Command {
    async fn dispatch(self) -> usize {
        match self {
            Self::Import(cmd) => cmd.run().await,
            Command::Serve { port } => {
                tokio::spawn(async move {
                    std::thread::sleep(Duration::from_millis(u64::from(port))); // EXPECT: blocking-in-async
                });
                0
            }
        }
    }
}

pub fn subcommand_main(command: Command) -> usize {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(command.dispatch())
}

/// A task that only waits for ctrl-c runs nothing beside the program until shutdown.
#[tokio::main]
async fn tool_main() {
    tokio::spawn(async {
        tokio::signal::ctrl_c().await.ok();
        std::process::exit(130);
    });
    let workload = std::fs::read_to_string("workload.json").unwrap_or_default(); // OK: blocking-in-async
    // A watchdog that only sleeps is housekeeping: it holds up nothing the write could stall.
    let watcher = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
    std::fs::write("report.json", workload).ok(); // OK: blocking-in-async
    let uploader = tokio::spawn(async move {
        let mut stdin = tokio::io::stdin();
        let mut line = Vec::new();
        tokio::io::AsyncReadExt::read_to_end(&mut stdin, &mut line).await.ok();
    });
    std::fs::write("report.json", "done").ok(); // EXPECT: blocking-in-async
    uploader.abort();
    watcher.abort();
}
