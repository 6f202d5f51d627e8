//! The progress line: a task that receives events from the uploader and redraws one bar.

use indicatif::{ProgressBar, ProgressStyle};
use tokio::sync::mpsc;

#[derive(Debug)]
pub enum Progress {
    Queued { name: String },
    Started { name: String, size: u64 },
    Done { name: String, size: u64 },
}

pub async fn report(mut rx: mpsc::Receiver<Progress>, total_files: usize) {
    let bar = ProgressBar::new(total_files as u64);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}").unwrap());
    while let Some(event) = rx.recv().await { // OK: block-on-in-async
        match event {
            Progress::Queued { name } => bar.set_message(format!("queued {name}")),
            Progress::Started { name, size } => bar.set_message(format!("{name} ({} MiB)", size >> 20)),
            Progress::Done { .. } => bar.inc(1),
        }
    }
    bar.finish_with_message("done");
}

/// Drains whatever is left once the uploader is gone; used by the Ctrl-C path.
pub async fn drain_remaining(mut rx: mpsc::Receiver<Progress>) -> usize {
    let mut n = 0;
    rx.close();
    while let Some(_event) = rx.blocking_recv() { // EXPECT: block-on-in-async
        n += 1;
    }
    n
}

/// The plain-text fallback when stdout is not a terminal: a dedicated thread prints events.
pub fn report_plain(mut rx: mpsc::Receiver<Progress>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while let Some(event) = rx.blocking_recv() { // OK: block-on-in-async
            println!("{event:?}");
        }
    })
}

/// Tries to read one event without waiting.
pub async fn poll_once(rx: &mut mpsc::Receiver<Progress>) -> Option<Progress> {
    rx.try_recv().ok() // OK: block-on-in-async
}
