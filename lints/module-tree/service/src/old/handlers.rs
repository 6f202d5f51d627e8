//! A folder of old code that nothing declares any more.

pub async fn list() {
    std::fs::read("orders.db").unwrap(); // OK: blocking-in-async
}
