//! The ledger daemon: its start-up replays the journal before serving; each request appends
//! to it from a handler, beside the other requests.

use axum::routing::post;
use axum::Router;
use ledger_core::journal;

const JOURNAL: &str = "ledger.journal";

async fn record(body: String) -> &'static str {
    if ledger_core::parse_entry(&body).is_none() {
        return "bad entry";
    }
    if journal::append(JOURNAL, &body).is_err() { // EXPECT: blocking-in-async
        return "not recorded";
    }
    journal::append_in_background(JOURNAL.to_string(), body); // OK: blocking-in-async
    "recorded"
}

async fn audit(_body: String) -> String {
    match ledger_core::journal::replay(JOURNAL) { // EXPECT: blocking-in-async
        Ok(lines) => lines.len().to_string(),
        Err(e) => e.to_string(),
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // Start-up, before anything runs beside it: the replay stalls nothing.
    let entries = journal::replay(JOURNAL)?; // OK: blocking-in-async
    println!("replayed {} entries", entries.len());
    let app = Router::new()
        .route("/record", post(record))
        .route("/audit", post(audit));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:7070").await?;
    axum::serve(listener, app).await
}
