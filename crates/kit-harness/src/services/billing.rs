//! A billing API that pages its invoices with cursors, the shape where each request depends
//! on the answer before it. The first request carries no cursor; every page names the next
//! one with an opaque cursor (`next_cursor`), and the last page names none. Cursors are random
//! for each API instance, so the only way to get one is to receive it.
//!
//! The API keeps a ledger: which cursors it issued, for which page, and when (a cursor is
//! issued when the page that carries it is delivered; a cancelled call delivers nothing), and
//! every request with the cursor it carried. [`BillingApi::page_requests`] lets a test prove
//! that the client followed the chain: no page requested before the cursor that names it was
//! received, no page requested twice, no cursor made up. A cursor the API never issued is
//! refused with [`ServiceError::Failed`] under key 0, after the usual latency.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::unpredictable::{nth, random_seed};
use super::{ServiceError, SimService};
use crate::calls::CallStats;

/// The key under which calls with a cursor the API never issued are counted (and fail).
pub const UNKNOWN_CURSOR_KEY: u64 = 0;

/// One invoice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Invoice {
    /// Invoice ids grow from page to page, with gaps.
    pub id: u64,
    /// The customer billed, a user id from 1 to 10.
    pub customer: u32,
    /// The amount, in cents.
    pub cents: u64,
}

/// One page of invoices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoicePage {
    /// The invoices of this page, in id order.
    pub invoices: Vec<Invoice>,
    /// The cursor to pass to get the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// One request as the API saw it. Times count from the API's creation, on tokio's clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// The cursor the request carried (`None` for the first page).
    pub cursor: Option<String>,
    /// The page (from 1) that cursor names; `None` for a cursor the API never issued.
    pub page: Option<usize>,
    /// When the request started.
    pub started_at: Duration,
    /// When the cursor was delivered to the client, with the page before; `None` for the
    /// first page and for a cursor never issued.
    pub cursor_issued_at: Option<Duration>,
}

#[derive(Debug, Default)]
struct Ledger {
    /// cursor -> (page it names, when it was delivered)
    issued: HashMap<String, (usize, Duration)>,
    requests: Vec<PageRequest>,
}

/// A simulated billing API; every page takes 200 ms of tokio time unless configured
/// otherwise. Calls are counted under the page number (from 1), or
/// [`UNKNOWN_CURSOR_KEY`].
///
/// ```
/// # use kit_harness::BillingApi;
/// # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
/// let billing = BillingApi::new(25, 10); // 25 invoices, 10 per page: 3 pages
/// let mut invoices = Vec::new();
/// let mut cursor = None;
/// loop {
///     let page = billing.list_invoices(cursor.as_deref()).await.unwrap();
///     invoices.extend(page.invoices);
///     match page.next_cursor {
///         Some(next) => cursor = Some(next),
///         None => break,
///     }
/// }
/// assert_eq!(invoices, billing.invoices());
/// assert_eq!(billing.page_requests().len(), 3);
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct BillingApi {
    service: SimService,
    invoices: Arc<Vec<Invoice>>,
    page_size: usize,
    seed: u64,
    ledger: Arc<Mutex<Ledger>>,
}

impl BillingApi {
    /// An API holding `invoices` random invoices, `page_size` per page, 200 ms per page.
    ///
    /// # Panics
    /// When `page_size` is 0.
    pub fn new(invoices: usize, page_size: usize) -> Self {
        assert!(
            page_size > 0,
            "authoring error: pages hold at least one invoice"
        );
        let seed = random_seed();
        let mut id = 1_000 + nth(seed, 0) % 1_000;
        let invoices = (1..=invoices as u64)
            .map(|n| {
                id += 1 + nth(seed, n) % 7;
                let draw = nth(seed ^ 0x5eed, n);
                Invoice {
                    id,
                    customer: 1 + (draw % 10) as u32,
                    cents: 500 + (draw >> 8) % 100_000,
                }
            })
            .collect();
        Self {
            service: SimService::new("billing API", Duration::from_millis(200))
                .failing_for(UNKNOWN_CURSOR_KEY),
            invoices: Arc::new(invoices),
            page_size,
            seed,
            ledger: Arc::default(),
        }
    }

    /// Every page takes `latency`.
    pub fn with_latency(self, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency(latency),
            ..self
        }
    }

    /// The request for page `page` (from 1) fails once its latency has passed.
    pub fn failing_for_page(self, page: usize) -> Self {
        Self {
            service: self.service.failing_for(page as u64),
            ..self
        }
    }

    /// How many pages the invoices fill (at least one, maybe empty).
    pub fn pages(&self) -> usize {
        self.invoices.len().div_ceil(self.page_size).max(1)
    }

    /// Fetch the page `cursor` names, or the first page when `cursor` is `None`.
    pub async fn list_invoices(&self, cursor: Option<&str>) -> Result<InvoicePage, ServiceError> {
        let page = self.record_request(cursor);
        let key = page.map_or(UNKNOWN_CURSOR_KEY, |page| page as u64);
        let page = self.service.call(key, || page.unwrap_or(0)).await?;
        let first = (page - 1) * self.page_size;
        let invoices = self.invoices
            [first.min(self.invoices.len())..(first + self.page_size).min(self.invoices.len())]
            .to_vec();
        let next_cursor = (page < self.pages()).then(|| self.issue_cursor_for(page + 1));
        Ok(InvoicePage {
            invoices,
            next_cursor,
        })
    }

    /// Every invoice the API holds, in page order. Not a call: tests use it to check what the
    /// code under test collected.
    #[track_caller]
    pub fn invoices(&self) -> Vec<Invoice> {
        crate::instruments::for_tests_only("BillingApi::invoices");
        self.invoices.to_vec()
    }

    /// Every request so far, in the order they started, with what the API knows about its
    /// cursor.
    #[track_caller]
    pub fn page_requests(&self) -> Vec<PageRequest> {
        crate::instruments::for_tests_only("BillingApi::page_requests");
        self.lock().requests.clone()
    }

    /// A snapshot of the API's counters (keys are page numbers).
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("BillingApi::stats");
        self.service.stats()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Log the request and return the page its cursor names.
    fn record_request(&self, cursor: Option<&str>) -> Option<usize> {
        let started_at = self.service.log().elapsed();
        let mut ledger = self.lock();
        let (page, cursor_issued_at) = match cursor {
            None => (Some(1), None),
            Some(cursor) => match ledger.issued.get(cursor) {
                Some(&(page, issued_at)) => (Some(page), Some(issued_at)),
                None => (None, None),
            },
        };
        ledger.requests.push(PageRequest {
            cursor: cursor.map(str::to_owned),
            page,
            started_at,
            cursor_issued_at,
        });
        page
    }

    fn issue_cursor_for(&self, page: usize) -> String {
        let cursor = format!("{:012x}", nth(self.seed, 1_000_000 + page as u64) >> 16);
        let issued_at = self.service.log().elapsed();
        self.lock()
            .issued
            .entry(cursor.clone())
            .or_insert((page, issued_at));
        cursor
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    async fn follow_every_cursor(billing: &BillingApi) -> Result<Vec<Invoice>, ServiceError> {
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

    #[tokio::test(start_paused = true)]
    async fn pages_chain_through_their_cursors() {
        let billing = BillingApi::new(23, 10);
        assert_eq!(billing.pages(), 3);
        let invoices = follow_every_cursor(&billing).await.unwrap();
        assert_eq!(invoices, billing.invoices());
        assert!(invoices.windows(2).all(|pair| pair[0].id < pair[1].id));
        let requests = billing.page_requests();
        let pages: Vec<_> = requests.iter().map(|request| request.page).collect();
        assert_eq!(pages, [Some(1), Some(2), Some(3)]);
        assert_eq!(requests[0].cursor_issued_at, None);
        assert_eq!(requests[1].cursor_issued_at, Some(ms(200)));
        assert_eq!(requests[2].started_at, ms(400));
    }

    #[tokio::test(start_paused = true)]
    async fn a_made_up_cursor_is_refused_and_logged() {
        let billing = BillingApi::new(30, 10);
        let refused = billing.list_invoices(Some("page-2")).await;
        assert_eq!(
            refused,
            Err(ServiceError::Failed {
                service: "billing API",
                key: UNKNOWN_CURSOR_KEY
            })
        );
        assert_eq!(billing.page_requests()[0].page, None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_page_issues_no_cursor() {
        let billing = BillingApi::new(30, 10);
        let cut = tokio::time::timeout(ms(100), billing.list_invoices(None)).await;
        assert!(cut.is_err());
        assert!(billing.lock().issued.is_empty());
        assert_eq!(billing.stats().dropped, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn cursors_differ_between_apis_and_fail_where_configured() {
        let (a, b) = (
            BillingApi::new(30, 10),
            BillingApi::new(30, 10).failing_for_page(2),
        );
        let cursor_a = a.list_invoices(None).await.unwrap().next_cursor.unwrap();
        let cursor_b = b.list_invoices(None).await.unwrap().next_cursor.unwrap();
        assert_ne!(cursor_a, cursor_b);
        assert!(b.list_invoices(Some(&cursor_b)).await.is_err());
        assert!(b.list_invoices(Some(&cursor_a)).await.is_err());
        assert_eq!(b.page_requests()[2].page, None);
    }
}
