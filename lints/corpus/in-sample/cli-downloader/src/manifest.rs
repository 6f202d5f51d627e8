//! The URL list: one URL per line, `#` comments allowed.

use std::path::Path;

pub fn read_list(path: &Path) -> std::io::Result<Vec<String>> {
    let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect())
}

pub fn file_name(url: &str) -> String {
    url.rsplit('/').next().filter(|name| !name.is_empty()).unwrap_or("index.html").to_string()
}
