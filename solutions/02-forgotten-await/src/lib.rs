//! Exercise 02, solved: a future only runs when it is awaited.

use kit_harness::{Database, ServiceError};

/// Store the order in the `orders` table, then record `"order {id} placed by {customer}"` in
/// the `audit_log` table. Returns the new order's id.
pub async fn place_order(db: &Database, customer: &str, item: &str) -> Result<u64, ServiceError> {
    let order_id = db.insert("orders", format!("{customer}: {item}")).await?;
    // `audit(...)` only builds a future; `.await` is what drives it until the row is written.
    // Without it the future was dropped at the end of the statement and the write never
    // started. `?` then passes a failed audit write on to the caller instead of losing it.
    // The two writes stay in sequence on purpose: the audit entry needs the order's id.
    audit(db, format!("order {order_id} placed by {customer}")).await?;
    Ok(order_id)
}

/// Append `entry` to the audit log.
async fn audit(db: &Database, entry: String) -> Result<(), ServiceError> {
    db.insert("audit_log", entry).await?;
    Ok(())
}
