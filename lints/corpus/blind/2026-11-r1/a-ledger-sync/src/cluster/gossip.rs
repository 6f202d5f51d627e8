//! Background membership tasks: the periodic gossip round and the failure detector.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio::time::interval;

use super::{Cluster, PeerEvent};

pub fn start(cluster: Arc<Cluster>, every: Duration, mut shutdown: watch::Receiver<bool>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut tick = interval(every);
        loop {
            tokio::select! {
                changed = shutdown.changed() => {
                    if changed.is_err() || *shutdown.borrow() {
                        break;
                    }
                }
                _ = tick.tick() => cluster.gossip_round().await,
            }
        }
        tracing::info!("gossip stopped");
    });
}

/// Folds peer events into the membership view and sweeps peers not heard from.
pub fn start_failure_detector(cluster: Arc<Cluster>, mut events: mpsc::Receiver<PeerEvent>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut sweep = interval(Duration::from_secs(5));
        loop {
            tokio::select! {
                Some(ev) = events.recv() => cluster.observe(ev).await,
                _ = sweep.tick() => cluster.sweep_dead().await,
            }
        }
    });
}

/// Logs membership changes until the event channel closes.
pub fn start_event_log(mut events: mpsc::Receiver<PeerEvent>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        loop {
            match events.recv().await {
                Some(PeerEvent::Heard { peer, .. }) => tracing::trace!(%peer, "heard"),
                Some(PeerEvent::Unreachable { peer }) => tracing::warn!(%peer, "unreachable"),
                None => break,
            }
        }
    });
}
