//! Exercise 02: the forgotten `.await`. Placing an order writes two rows: the order itself and
//! an entry in the audit log. Run `kit grade exercise-02` to see which of them really happen.

use kit_harness::{Database, ServiceError};

/// Store the order in the `orders` table, then record `"order {id} placed by {customer}"` in
/// the `audit_log` table. Returns the new order's id.
pub async fn place_order(db: &Database, customer: &str, item: &str) -> Result<u64, ServiceError> {
    let order_id = db.insert("orders", format!("{customer}: {item}")).await?;
    // TODO: this line creates the audit write and throws it away. In Rust (as in Python)
    // calling an async fn does not run it: it returns a future that does nothing until it is
    // awaited. The compiler's "unused implementer of `Future`" warning points here too.
    audit(db, format!("order {order_id} placed by {customer}"));
    Ok(order_id)
}

/// Append `entry` to the audit log.
async fn audit(db: &Database, entry: String) -> Result<(), ServiceError> {
    db.insert("audit_log", entry).await?;
    Ok(())
}
