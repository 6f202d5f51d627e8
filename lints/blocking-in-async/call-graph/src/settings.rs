//! Settings files: a sync loader (used at start-up and by tests) and a parser.

pub fn load(path: &str) -> String {
    read_file(path)
}

fn read_file(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default() // OK: blocking-in-async
}

pub fn parse(raw: &str) -> String {
    raw.trim().to_string()
}

/// Saves on the blocking pool: this fn itself does not block.
pub fn schedule_save(text: String) {
    drop(tokio::task::spawn_blocking(move || std::fs::write("app.toml.bak", text))); // OK: blocking-in-async
}
