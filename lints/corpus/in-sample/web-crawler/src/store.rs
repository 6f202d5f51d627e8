//! The page store: one file per page under `pages/`, plus a link index.

use std::io::Write;

fn file_name(url: &str) -> String {
    url.replace(['/', ':', '?'], "_")
}

pub async fn save_page(url: &str, body: &str) {
    let path = format!("pages/{}", file_name(url)); // OK: blocking-in-async
    if let Err(err) = tokio::fs::write(&path, body).await { // OK: blocking-in-async
        tracing::warn!(%err, %path, "could not store page");
    }
}

/// Its one caller drops the future (unawaited-future reports that): the body never runs, and
/// awaited it would run in `main`'s sequential loop, where nothing else runs beside it.
pub async fn index_links(url: &str, body: &str) {
    let links = crate::frontier::extract_links(body); // OK: blocking-in-async
    let line = format!("{url} {}\n", links.join(" "));
    let mut index = std::fs::OpenOptions::new().append(true).create(true).open("links.idx").unwrap(); // OK: blocking-in-async
    index.write_all(line.as_bytes()).unwrap(); // OK: blocking-in-async
}

pub fn compact_index() {
    let text = std::fs::read_to_string("links.idx").unwrap_or_default(); // OK: blocking-in-async
    std::fs::write("links.idx", text.trim()).unwrap(); // OK: blocking-in-async
}
