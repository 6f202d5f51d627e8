//! Purging idle rooms from the in-memory map.

use std::sync::Arc;
use std::time::Duration;

use crate::rooms::Rooms;

pub async fn purge_idle(rooms: Arc<Rooms>) {
    let mut every = tokio::time::interval(Duration::from_secs(30));
    loop {
        every.tick().await;
        let purged = rooms.purge_empty();
        tracing::debug!(purged, "idle rooms purged");
    }
}
