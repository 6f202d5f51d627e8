//! The simulated paginated users API the exercise reads from: `GET /users?page=N` answers one
//! page of users and the number of the next page, like the API of the seed's
//! `fetch_paginated_data`. You do not need to change this file.
//!
//! Besides the call counters of every simulated service, it counts how many users it has
//! handed out in pages, which is how the grading tests see how many users sit in memory,
//! fetched but not yet consumed.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kit_harness::{CallStats, ServiceError, SimService, User};

/// One page of users and where to continue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The users on this page, in id order.
    pub users: Vec<User>,
    /// The page to fetch next, `None` on the last page.
    pub next_page: Option<u32>,
}

/// A paginated users API: users `1..=total_users`, `page_size` per page, pages numbered from 1.
/// Every page takes 200 ms of tokio time unless configured otherwise.
#[derive(Debug, Clone)]
pub struct PagedApi {
    service: SimService,
    total_users: u32,
    page_size: u32,
    users_served: Arc<AtomicUsize>,
}

impl PagedApi {
    /// An API serving users `1..=total_users` in pages of `page_size`.
    pub fn new(total_users: u32, page_size: u32) -> Self {
        assert!(page_size > 0, "a page holds at least one user");
        Self {
            service: SimService::new("paged users API", Duration::from_millis(200)),
            total_users,
            page_size,
            users_served: Arc::default(),
        }
    }

    /// Every page takes `latency`.
    pub fn with_latency(self, latency: Duration) -> Self {
        Self {
            service: self.service.with_latency(latency),
            ..self
        }
    }

    /// Fetching page `page` fails once its latency has passed.
    pub fn failing_for(self, page: u32) -> Self {
        Self {
            service: self.service.failing_for(page.into()),
            ..self
        }
    }

    /// How many users a page holds (the last page may hold fewer).
    pub fn page_size(&self) -> u32 {
        self.page_size
    }

    /// Fetch page `page` (1-based). A page past the end is empty and has no next page.
    pub async fn fetch_page(&self, page: u32) -> Result<Page, ServiceError> {
        let first = page.saturating_sub(1).saturating_mul(self.page_size) + 1;
        let last = first
            .saturating_add(self.page_size - 1)
            .min(self.total_users);
        let page = self
            .service
            .call(page.into(), || Page {
                users: (first..=last)
                    .map(|id| User {
                        id,
                        name: format!("user-{id}"),
                    })
                    .collect(),
                next_page: (last < self.total_users).then_some(page + 1),
            })
            .await?;
        self.users_served
            .fetch_add(page.users.len(), Ordering::Relaxed);
        Ok(page)
    }

    /// How many users all the pages fetched so far held together: not a call.
    pub fn users_served(&self) -> usize {
        self.users_served.load(Ordering::Relaxed)
    }

    /// A snapshot of the API's counters (keys are page numbers), for the grading tests: the
    /// caller's location is passed on to the harness, which answers tests only.
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        self.service.stats()
    }
}
