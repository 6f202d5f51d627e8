//! HTTP handlers. Handlers stay thin: parse, call the repo, map errors.
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use tokio::task;
use tracing::{debug, error, info};
use uuid::Uuid;

use super::*;
use crate::fs as localfs;
use crate::repo::{Order, OrderRepo};

#[derive(Clone)]
struct AppState {
    repo: Arc<dyn OrderRepo>,
    cfg: AppConfig,
}

pub fn router(repo: Arc<dyn OrderRepo>, cfg: AppConfig) -> Router {
    Router::new()
        .route("/orders/:id", get(show_order))
        .route("/orders", post(create_order))
        .route("/orders/:id/invoice", post(upload_invoice))
        .route("/orders/bulk", post(bulk_import))
        .with_state(AppState { repo, cfg })
}

async fn show_order(State(st): State<AppState>, Path(id): Path<Uuid>) -> Json<Option<Order>> {
    debug!(%id, "show order");
    Json(st.repo.fetch_order(id).await.ok().flatten())
}

async fn create_order(State(st): State<AppState>, Json(order): Json<Order>) -> &'static str {
    let repo = st.repo.clone();
    let order_for_audit = order.clone();
    task::spawn(async move { // OK: detached-spawn
        if let Err(e) = crate::audit::record(&order_for_audit).await {
            error!(?e, "audit failed");
        }
    });
    let _ = repo.persist_order(&order); // EXPECT: unawaited-future
    "accepted"
}

async fn upload_invoice(State(st): State<AppState>, Path(id): Path<Uuid>, body: bytes::Bytes) -> String {
    let target = st.cfg.upload_dir.join(format!("{id}.pdf"));
    localfs::write(target.clone(), body.to_vec()).await.unwrap(); // OK: blocking-in-async
    let stamp = localfs::read_to_string(target.with_extension("stamp")).await.unwrap_or_default(); // OK: blocking-in-async
    let meta = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0); // OK: blocking-in-async
    info!(%id, meta, "invoice stored");
    stamp
}

async fn bulk_import(State(st): State<AppState>, Json(orders): Json<Vec<Order>>) -> String {
    let mut handles = Vec::with_capacity(orders.len());
    for order in orders {
        let repo = st.repo.clone();
        handles.push(tokio::spawn(async move { repo.persist_order(&order).await })); // OK: detached-spawn // EXPECT: unbounded-gather
    }
    let mut ok = 0;
    for h in handles {
        if matches!(h.await, Ok(Ok(()))) {
            ok += 1;
        }
    }
    let archive = st.cfg.upload_dir.join("last_import.txt");
    let write_marker = move || std::fs::write(archive, ok.to_string()); // OK: blocking-in-async
    let _ = task::spawn_blocking(write_marker).await;
    format!("{ok} imported")
}
