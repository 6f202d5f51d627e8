//! The journal CLI: `serve` runs a web server over the journal, the other subcommands run one
//! flow each.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::routing::get;
use axum::Router;
use journal_core::settings;
use journal_core::Journal;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let journal = Journal::open(std::path::Path::new(&args[1])).await?;
    let _ = settings::settings().await;
    if args.get(2).map(String::as_str) == Some("serve") {
        let app = Router::new()
            .route("/day/:day", get(day))
            .route("/banner", get(banner))
            .with_state(Arc::new(journal));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
        axum::serve(listener, app).await?;
    }
    Ok(())
}

async fn day(State(journal): State<Arc<Journal>>, Path(day): Path<String>) -> String {
    journal.entry(&day).await.unwrap_or_default()
}

async fn banner() -> &'static str {
    settings::banner().await
}
