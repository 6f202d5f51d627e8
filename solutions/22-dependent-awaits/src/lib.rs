//! Exercise 22, solved: the profile requests are independent, so they run together; the
//! invoice pages depend on each other, so they stay one after another; and the two chains do
//! not depend on each other, so they run side by side.

use futures::{StreamExt, TryStreamExt};
use kit_harness::{BillingApi, Invoice, ServiceError, User, UserApi};

/// A report covers a handful of customers; this only guards the profile service against a
/// caller that passes thousands (asynclint's `unbounded-gather`, exercise 10).
const MAX_PROFILE_REQUESTS: usize = 16;

/// The month's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyReport {
    /// The profile of each customer asked for, in the order asked.
    pub customers: Vec<User>,
    /// Every invoice of the billing API, in page order.
    pub invoices: Vec<Invoice>,
}

/// Build the report of `customer_ids`: their profiles from `users`, and every invoice from
/// `billing`, whose pages each name the next one with a cursor.
pub async fn monthly_report(
    users: &UserApi,
    billing: &BillingApi,
    customer_ids: &[u32],
) -> Result<MonthlyReport, ServiceError> {
    // Neither chain uses anything the other one returns, so neither should wait for the
    // other: `try_join!` polls both on this task (the `asyncio.gather` of two coroutines) and
    // returns the first error. The report takes as long as the slower chain: here the five
    // pages (1.0 s), while the profiles are done after 0.5 s.
    let (customers, invoices) =
        tokio::try_join!(profiles(users, customer_ids), every_invoice(billing))?;
    Ok(MonthlyReport {
        customers,
        invoices,
    })
}

/// The profiles of `customer_ids`, in that order.
async fn profiles(users: &UserApi, customer_ids: &[u32]) -> Result<Vec<User>, ServiceError> {
    // Independent: the request for one customer needs nothing from the answer for another,
    // so all of them can be in flight together, and ten 0.5 s requests take 0.5 s. `buffered`
    // keeps the results in the order of the ids, whatever order they arrive in.
    futures::stream::iter(customer_ids)
        .map(|&id| users.fetch_user(id))
        .buffered(MAX_PROFILE_REQUESTS)
        .try_collect()
        .await
}

/// Every invoice, page after page.
async fn every_invoice(billing: &BillingApi) -> Result<Vec<Invoice>, ServiceError> {
    // Dependent: the request for page n+1 carries the cursor that page n returned, so it
    // cannot be sent before page n has answered. This loop is sequential because the data
    // says so, not because it was written with `.await` in a loop: no combinator can start a
    // request whose input does not exist yet, and a made-up cursor is refused. (Pages
    // numbered 1, 2, 3 would be independent; an opaque cursor is not.)
    let mut invoices = Vec::new();
    let mut cursor = None;
    loop {
        let page = billing.list_invoices(cursor.as_deref()).await?;
        invoices.extend(page.invoices);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => return Ok(invoices),
        }
    }
}
