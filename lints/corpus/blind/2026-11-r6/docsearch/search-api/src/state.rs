//! The state every handler gets.

use std::sync::Arc;

use search_index::doc::Doc;
use search_index::index::SegmentIndex;
use tokio::sync::mpsc;

use crate::actor::Query;

#[derive(Clone)]
pub struct App {
    pub pool: sqlx::PgPool,
    pub index: Arc<SegmentIndex>,
    pub http: reqwest::Client,
    pub jobs_tx: mpsc::Sender<Doc>,
    pub events_tx: mpsc::UnboundedSender<String>,
    pub query_tx: mpsc::Sender<Query>,
    pub shards: Vec<Arc<SegmentIndex>>,
    pub workers: usize,
}
