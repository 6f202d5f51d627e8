//! Grading tests for exercise 22: the report holds every profile (in the order asked) and
//! every invoice; the ten profile requests were in flight together (the users API's counter);
//! the invoice pages followed their cursor chain, each requested only after the cursor naming
//! it was received (the billing API's ledger of the cursors it issued); and the whole report
//! takes as long as the page chain alone, on tokio's paused clock.

use std::time::Duration;

use exercise_22::{MonthlyReport, monthly_report};
use kit_harness::{
    Arg, BillingApi, Exercise, Failure, Invoice, Message, PageRequest, ServiceError,
    UNKNOWN_CURSOR_KEY, User, UserApi, measure, msg,
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
    let report = monthly_report(&users, &billing, &CUSTOMERS).await;
    assert_the_whole_report(report, &users, &billing);
}

/// The report has every profile, fetched from the users API, in the order asked, and every
/// invoice in page order.
#[track_caller]
fn assert_the_whole_report(
    report: Result<MonthlyReport, ServiceError>,
    users: &UserApi,
    billing: &BillingApi,
) {
    let report = match report {
        Ok(report) => report,
        Err(error) => EXERCISE.fail(
            Failure::new(msg!(
                "exercise-22-the-report-has-every-customer-and-invoice-problem",
                error = explain(&error)
            ))
            .help(msg!(
                "exercise-22-the-report-has-every-customer-and-invoice-help"
            )),
        ),
    };
    // The fields' types are written out: they are the learner's to declare, and a type of
    // their own could compare equal to anything.
    let MonthlyReport {
        customers,
        invoices,
        ..
    } = report;
    let (customers, invoices): (Vec<User>, Vec<Invoice>) = (customers, invoices);
    let ids: Vec<u32> = customers.iter().map(|user| user.id).collect();
    EXERCISE.ensure(ids == CUSTOMERS, || {
        Failure::new(msg!(
            "exercise-22-the-report-has-every-customer-and-invoice-problem-2",
            customers = format!("{:?}", CUSTOMERS),
            ids = format!("{:?}", ids)
        ))
        .help(msg!(
            "exercise-22-the-report-has-every-customer-and-invoice-help-2"
        ))
    });
    // A `User` is easy to build: the profiles count only if the API really answered them.
    EXERCISE.assert_calls(
        &users.stats(),
        CUSTOMERS.len(),
        msg!("exercise-22-the-report-has-every-customer-and-invoice-help-3"),
    );
    let expected = billing.invoices();
    EXERCISE.ensure(invoices == expected, || {
        Failure::new(msg!(
            "exercise-22-the-report-has-every-customer-and-invoice-problem-3",
            expected = expected.len(),
            pages = PAGES,
            invoices = invoices.len(),
            shape = if invoices.len() == expected.len() {
                "reordered"
            } else {
                "other"
            }
        ))
        .help(msg!(
            "exercise-22-the-report-has-every-customer-and-invoice-help-4"
        ))
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
        Failure::new(msg!(
            "exercise-22-a-failed-request-is-reported-problem",
            report = outcome(&report)
        ))
        .help(msg!("exercise-22-a-failed-request-is-reported-help"))
    });
    let (users, billing) = services();
    let billing = billing.failing_for_page(3);
    let report = monthly_report(&users, &billing, &CUSTOMERS).await;
    let expected = ServiceError::Failed {
        service: "billing API",
        key: 3,
    };
    EXERCISE.ensure(report.as_ref().err() == Some(&expected), || {
        Failure::new(msg!(
            "exercise-22-a-failed-request-is-reported-problem-2",
            report = outcome(&report)
        ))
        .help(msg!("exercise-22-a-failed-request-is-reported-help-2"))
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
        msg!("exercise-22-the-profiles-are-fetched-together-help"),
    );
    EXERCISE.assert_overlapped(
        &stats,
        CUSTOMERS.len(),
        msg!("exercise-22-the-profiles-are-fetched-together-help-2"),
    );
}

/// A report's outcome in a few words.
fn outcome(report: &Result<MonthlyReport, ServiceError>) -> Message {
    match report {
        Ok(report) => msg!(
            "exercise-22-outcome-ok",
            customers = report.customers.len(),
            invoices = report.invoices.len(),
        ),
        Err(error) => msg!("exercise-22-outcome-error", error = explain(error)),
    }
}

/// The error, with what the billing API's refusal of an unknown cursor means.
fn explain(error: &ServiceError) -> Arg {
    match error {
        ServiceError::Failed {
            service: "billing API",
            key: UNKNOWN_CURSOR_KEY,
        } => msg!("exercise-22-unknown-cursor").into(),
        other => other.to_string().into(),
    }
}

/// What is wrong with the way `requests` walked the pages, if anything.
fn chain_problem(requests: &[PageRequest]) -> Option<Message> {
    for (index, request) in requests.iter().enumerate() {
        let number = index + 1;
        let at = request.started_at;
        match (request.page, request.cursor_issued_at) {
            (None, _) => {
                return Some(msg!(
                    "exercise-22-chain-unknown-cursor",
                    number = number,
                    at = at,
                    cursor = format!("{:?}", request.cursor.as_deref().unwrap_or_default()),
                ));
            }
            (Some(page), _) if page != number => {
                return Some(msg!(
                    "exercise-22-chain-wrong-page",
                    number = number,
                    at = at,
                    page = page,
                ));
            }
            (Some(_), Some(issued_at)) if issued_at > request.started_at => {
                return Some(msg!(
                    "exercise-22-chain-too-early",
                    number = number,
                    at = at,
                    issued_at = issued_at,
                ));
            }
            _ => {}
        }
    }
    (requests.len() != PAGES as usize).then(|| {
        msg!(
            "exercise-22-chain-request-count",
            requests = requests.len(),
            pages = PAGES,
        )
    })
}

#[kit_harness::check(start_paused = true)]
async fn the_pages_follow_the_cursor_chain() {
    let (users, billing) = services();
    let _ = monthly_report(&users, &billing, &CUSTOMERS).await;
    let requests = billing.page_requests();
    if let Some(problem) = chain_problem(&requests) {
        EXERCISE.fail(
            Failure::new(problem)
                .why(msg!("exercise-22-the-pages-follow-the-cursor-chain-why"))
                .help(msg!("exercise-22-the-pages-follow-the-cursor-chain-help")),
        );
    }
}

#[kit_harness::check(start_paused = true)]
async fn the_report_takes_as_long_as_the_page_chain() {
    let (users, billing) = services();
    let run = measure(monthly_report(&users, &billing, &CUSTOMERS)).await;
    let chain = PAGE_LATENCY * PAGES;
    EXERCISE
        .elapsed(
            msg!("exercise-22-the-report-takes-as-long-as-the-page-chain-what"),
            run.elapsed,
        )
        .between(chain, chain + MARGIN)
        .too_slow_means(msg!(
            "exercise-22-the-report-takes-as-long-as-the-page-chain-too-slow"
        ))
        .help(msg!(
            "exercise-22-the-report-takes-as-long-as-the-page-chain-help",
            chain = chain
        ))
        .too_fast_means(msg!(
            "exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast"
        ))
        .too_fast_help(msg!(
            "exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast-help"
        ))
        .check();
    // The time counts only for a run that did the work: a plain 1.0 s sleep would match it.
    assert_the_whole_report(run.value, &users, &billing);
    if let Some(problem) = chain_problem(&billing.page_requests()) {
        EXERCISE.fail(
            Failure::new(problem)
                .why(msg!("exercise-22-the-pages-follow-the-cursor-chain-why"))
                .help(msg!("exercise-22-the-pages-follow-the-cursor-chain-help")),
        );
    }
}
