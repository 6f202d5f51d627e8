//! The HTTP API: submit transfers, read balances, and the peer endpoints used by replication.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use futures::future::{join_all, try_join_all};
use serde::Serialize;

use crate::error::LedgerError;
use crate::node::Node;
use crate::shard::Transfer;

const MAX_BALANCE_QUERY: usize = 50;

pub struct ApiError(LedgerError);

impl From<LedgerError> for ApiError {
    fn from(e: LedgerError) -> Self {
        ApiError(e)
    }
}

impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        let code = match self.0 {
            LedgerError::NotOwner(_) => StatusCode::MISDIRECTED_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (code, self.0.to_string()).into_response()
    }
}

#[derive(Serialize)]
pub struct PeerHealth {
    id: String,
    ok: bool,
}

pub fn router(node: Arc<Node>) -> Router {
    Router::new()
        .route("/transfers", post(post_transfers))
        .route("/balances", post(post_balances))
        .route("/peers", get(get_peers))
        .route("/shards/{id}/compact", post(post_compact))
        .with_state(node)
}

async fn post_transfers(
    State(node): State<Arc<Node>>,
    Json(batch): Json<Vec<Transfer>>,
) -> Result<Json<Vec<u64>>, ApiError> {
    let offsets = try_join_all(batch.iter().map(|t| node.submit(t))).await?; // EXPECT: unbounded-gather
    Ok(Json(offsets))
}

async fn post_balances(State(node): State<Arc<Node>>, Json(accounts): Json<Vec<String>>) -> Json<Vec<Option<i64>>> {
    let shown = join_all(accounts.iter().take(MAX_BALANCE_QUERY).map(|a| node.balance(a))).await; // OK: unbounded-gather
    Json(shown.into_iter().map(Result::ok).collect())
}

async fn get_peers(State(node): State<Arc<Node>>) -> Json<Vec<PeerHealth>> {
    let me = node.config().node_id.clone();
    let peers = node.cluster().peers();
    let pings = join_all(peers.iter().map(|p| p.ping(&me))).await; // OK: unbounded-gather
    Json(peers.iter().zip(pings).map(|(p, r)| PeerHealth { id: p.id.clone(), ok: r.is_ok() }).collect())
}

async fn post_compact(State(node): State<Arc<Node>>, Path(id): Path<u32>) -> Result<StatusCode, ApiError> {
    node.compact_now(id)?;
    Ok(StatusCode::ACCEPTED)
}
