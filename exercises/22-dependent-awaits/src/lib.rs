//! Exercise 22: independent and dependent awaits in loops. The monthly report needs the
//! profile of each customer it covers and every invoice of the month, which the billing API
//! hands out page by page. Run `kit grade exercise-22` to see how long the report takes, and
//! which of its requests could have waited less.

use kit_harness::{BillingApi, Invoice, ServiceError, User, UserApi};

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
    // TODO: both loops below await one request per pass, so the report takes the sum of every
    // latency. For each loop, ask what a pass needs from the pass before it. Requests that
    // need nothing from each other can all be in flight at once; a request that needs the
    // previous answer cannot start before that answer is in, however you write it. And does
    // either loop need anything from the other one?
    let mut customers = Vec::new();
    for &id in customer_ids {
        customers.push(users.fetch_user(id).await?);
    }

    let mut invoices = Vec::new();
    let mut cursor = None;
    loop {
        let page = billing.list_invoices(cursor.as_deref()).await?;
        invoices.extend(page.invoices);
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }

    Ok(MonthlyReport {
        customers,
        invoices,
    })
}
