//! Logging setup and the progress lines the CLI prints.

use std::io::Write;

pub fn init_tracing(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(level))
        .with_writer(std::io::stderr)
        .init();
}

pub fn line(msg: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{msg}");
}

/// Progress messages are printed by a plain thread so a slow terminal never holds up the run.
pub fn progress_printer() -> std::sync::mpsc::Sender<String> {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        while let Ok(msg) = rx.recv() { // OK: blocking-in-async
            eprintln!("{msg}");
        }
    });
    tx
}
