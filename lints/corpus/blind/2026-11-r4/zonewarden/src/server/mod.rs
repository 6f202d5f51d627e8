//! The listeners.

pub mod metrics;
pub mod tcp;
pub mod udp;

/// Per-worker counters, folded into the metrics endpoint.
#[derive(Debug, Default)]
pub struct Counters {
    pub answered: u64,
    pub forwarded: u64,
    pub enabled: bool,
}
