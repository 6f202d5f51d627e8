//! Grading tests for exercise 22: the report holds every profile (in the order asked) and
//! every invoice; the ten profile requests were in flight together (the users API's counter);
//! the invoice pages followed their cursor chain, each requested only after the cursor naming
//! it was received (the billing API's ledger of the cursors it issued); and the whole report
//! takes as long as the page chain alone, on tokio's paused clock.

use std::time::Duration;

use exercise_22::{MonthlyReport, monthly_report};
use kit_harness::{
    BillingApi, Exercise, Failure, PageRequest, ServiceError, UNKNOWN_CURSOR_KEY, UserApi,
    format_duration, measure,
};

const EXERCISE: Exercise = Exercise::new("exercise-22");
/// Not in id order: the report must keep the order it was asked for.
const CUSTOMERS: [u32; 10] = [7, 3, 9, 1, 10, 2, 8, 4, 6, 5];
const PROFILE_LATENCY: Duration = Duration::from_millis(500);
const INVOICES: usize = 40;
const PAGE_SIZE: usize = 8;
const PAGES: u32 = 5;
const PAGE_LATENCY: Duration = Duration::from_millis(200);
const MARGIN: Duration = Duration::from_millis(50);

/// Both services, created together so their call times count from the same moment.
fn services() -> (UserApi, BillingApi) {
    (
        UserApi::new().with_latency(PROFILE_LATENCY),
        BillingApi::new(INVOICES, PAGE_SIZE).with_latency(PAGE_LATENCY),
    )
}

#[kit_harness::check(start_paused = true)]
async fn the_report_has_every_customer_and_invoice() {
    let (users, billing) = services();
    let report = match monthly_report(&users, &billing, &CUSTOMERS).await {
        Ok(report) => report,
        Err(error) => EXERCISE.fail(Failure::new(format!("building the report failed: {}", explain(&error))).help(
            "fetch each profile and every page with what the services hand out: a page's cursor comes from the page before",
        )),
    };
    let ids: Vec<u32> = report.customers.iter().map(|user| user.id).collect();
    EXERCISE.ensure(ids == CUSTOMERS, || {
        Failure::new(format!(
            "asked for customers {CUSTOMERS:?}, the report has {ids:?}"
        ))
        .help("keep the profiles in the order of the ids, whatever order the answers come in")
    });
    // A `User` is easy to build: the profiles count only if the API really answered them.
    EXERCISE.assert_calls(
        &users.stats(),
        CUSTOMERS.len(),
        "fetch each customer's profile from the users API once",
    );
    let MonthlyReport { invoices, .. } = report;
    let expected = billing.invoices();
    EXERCISE.ensure(invoices == expected, || {
        Failure::new(format!(
            "the billing API holds {} invoices on {PAGES} pages; the report has {}{}",
            expected.len(),
            invoices.len(),
            if invoices.len() == expected.len() {
                ", not in page order"
            } else {
                ""
            }
        ))
        .help("follow `next_cursor` from page to page until a page names no next one")
    });
}

#[kit_harness::check(start_paused = true)]
async fn a_failed_request_is_reported() {
    let (users, billing) = services();
    let users = users.failing_for(9);
    let report = monthly_report(&users, &billing, &CUSTOMERS).await;
    let expected = ServiceError::Failed {
        service: "user API",
        key: 9,
    };
    EXERCISE.ensure(report.as_ref().err() == Some(&expected), || {
        Failure::new(format!(
            "the profile of customer 9 could not be fetched, but the report came back as \
             {}",
            outcome(&report)
        ))
        .help("return the error of the failed request")
    });
    let (users, billing) = services();
    let billing = billing.failing_for_page(3);
    let report = monthly_report(&users, &billing, &CUSTOMERS).await;
    let expected = ServiceError::Failed {
        service: "billing API",
        key: 3,
    };
    EXERCISE.ensure(report.as_ref().err() == Some(&expected), || {
        Failure::new(format!(
            "page 3 of the invoices could not be fetched, but the report came back as \
             {}",
            outcome(&report)
        ))
        .help("return the error of the failed page")
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_profiles_are_fetched_together() {
    let (users, billing) = services();
    let _ = monthly_report(&users, &billing, &CUSTOMERS).await;
    let stats = users.stats();
    EXERCISE.assert_calls(
        &stats,
        CUSTOMERS.len(),
        "fetch each customer's profile once",
    );
    EXERCISE.assert_overlapped(
        &stats,
        CUSTOMERS.len(),
        "a profile request needs nothing from the previous one's answer: start them all \
         before awaiting any (a concurrency bound, if you use one, must leave room for ten)",
    );
}

/// A report's outcome in a few words.
fn outcome(report: &Result<MonthlyReport, ServiceError>) -> String {
    match report {
        Ok(report) => format!(
            "Ok ({} customers, {} invoices)",
            report.customers.len(),
            report.invoices.len()
        ),
        Err(error) => format!("an error: {}", explain(error)),
    }
}

/// The error, with what the billing API's refusal of an unknown cursor means.
fn explain(error: &ServiceError) -> String {
    match error {
        ServiceError::Failed {
            service: "billing API",
            key: UNKNOWN_CURSOR_KEY,
        } => "the billing API refused a cursor it never issued".to_owned(),
        other => other.to_string(),
    }
}

/// What is wrong with the way `requests` walked the pages, if anything.
fn chain_problem(requests: &[PageRequest]) -> Option<String> {
    for (index, request) in requests.iter().enumerate() {
        let number = index + 1;
        let at = format_duration(request.started_at);
        match (request.page, request.cursor_issued_at) {
            (None, _) => {
                return Some(format!(
                    "request {number} (at {at}) carried the cursor {:?}, which the billing API \
                     never issued",
                    request.cursor.as_deref().unwrap_or_default()
                ));
            }
            (Some(page), _) if page != number => {
                return Some(format!(
                    "request {number} (at {at}) asked for page {page}: the pages must be \
                     requested once each, in order"
                ));
            }
            (Some(_), Some(issued_at)) if issued_at > request.started_at => {
                return Some(format!(
                    "request {number} started at {at}, before its cursor was received at {}",
                    format_duration(issued_at)
                ));
            }
            _ => {}
        }
    }
    (requests.len() != PAGES as usize).then(|| {
        format!(
            "the billing API got {} page requests for its {PAGES} pages",
            requests.len()
        )
    })
}

#[kit_harness::check(start_paused = true)]
async fn the_pages_follow_the_cursor_chain() {
    let (users, billing) = services();
    let _ = monthly_report(&users, &billing, &CUSTOMERS).await;
    let requests = billing.page_requests();
    let problem = chain_problem(&requests);
    EXERCISE.ensure(problem.is_none(), || {
        Failure::new(problem.clone().unwrap_or_default())
            .why(
                "a page's request carries the cursor the previous page returned: it depends on \
                 that answer, and no amount of concurrency can send it earlier; a guessed or \
                 repeated request is refused or fetches the same invoices twice",
            )
            .help(
                "keep the page loop sequential: request the first page without a cursor, then \
                 each next page with the `next_cursor` of the page before",
            )
    });
}

#[kit_harness::check(start_paused = true)]
async fn the_report_takes_as_long_as_the_page_chain() {
    let (users, billing) = services();
    let run = measure(monthly_report(&users, &billing, &CUSTOMERS)).await;
    let chain = PAGE_LATENCY * PAGES;
    EXERCISE
        .elapsed(
            "building the report (10 profiles of 0.5 s, 5 pages of 0.2 s)",
            run.elapsed,
        )
        .between(chain, chain + MARGIN)
        .too_slow_means(
            "something waited that did not have to: the profiles one after another, or the \
             pages after the profiles",
        )
        .help(format!(
            "the profiles need nothing from each other (together: 0.5 s) and the pages need \
             nothing from the profiles: only the page chain is sequential, so the report takes \
             {}",
            format_duration(chain)
        ))
        .too_fast_means(
            "each page needs the cursor of the page before it, so five pages of 0.2 s take at \
             least 1.0 s",
        )
        .too_fast_help("request each page with the cursor the previous page returned")
        .check();
}
