//! The ledger's sync helpers, used by the daemon's handlers and by its start-up.

pub mod journal;

/// Parses an entry: pure CPU work on a short string, no I/O.
pub fn parse_entry(line: &str) -> Option<(String, i64)> {
    let (name, amount) = line.split_once('=')?;
    Some((name.trim().to_string(), amount.trim().parse().ok()?))
}
