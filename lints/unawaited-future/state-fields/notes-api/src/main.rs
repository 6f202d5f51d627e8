//! Handlers that reach the store through axum's `State` extractor: `State(app):
//! State<AppState>` unpacks the state, whose fields have their declared types, including
//! types of the workspace's other crates, whose async methods the API crate does not define.

mod state;

use std::sync::Arc;

use axum::extract::{Json, State};
use axum::routing::post;
use axum::Router;
use notes_store::Store;
use state::AdminState;

#[derive(Clone)]
struct AppState {
    store: Arc<Store>,
    names: Arc<Vec<String>>,
}

async fn save(State(app): State<AppState>) -> &'static str {
    app.store.flush(); // EXPECT: unawaited-future
    let _ = app.store.flush(); // EXPECT: unawaited-future
    notes_store::compact(&app.store); // EXPECT: unawaited-future
    app.store.len(); // OK: unawaited-future
    app.names.len(); // OK: unawaited-future
    "saved"
}

async fn save_awaited(State(app): State<AppState>) -> &'static str {
    app.store.flush().await.ok(); // OK: unawaited-future
    let flushing = app.store.flush(); // OK: unawaited-future
    flushing.await.ok();
    "saved"
}

async fn save_store(State(store): State<Arc<Store>>, Json(note): Json<String>) -> String {
    store.flush(); // EXPECT: unawaited-future
    note.len(); // OK: unawaited-future
    note
}

/// The state's struct is declared in another file: its fields' types are still known.
async fn purge(State(admin): State<AdminState>) -> &'static str {
    admin.store.flush(); // EXPECT: unawaited-future
    admin.store.len(); // OK: unawaited-future
    admin.audit.len(); // OK: unawaited-future
    admin.store.flush().await.ok(); // OK: unawaited-future
    "purged"
}

#[tokio::main]
async fn main() {
    let store = Arc::new(notes_store::Store::new());
    let state = AppState {
        store: store.clone(),
        names: Arc::new(Vec::new()),
    };
    let app = Router::new()
        .route("/save", post(save))
        .route("/save-awaited", post(save_awaited))
        .with_state(state);
    let admin = Router::new()
        .route("/purge", post(purge))
        .with_state(AdminState {
            store: store.clone(),
            audit: Arc::new(Vec::new()),
        });
    let other = Router::new().route("/store", post(save_store)).with_state(store);
    let _ = (app, other, admin);
}
