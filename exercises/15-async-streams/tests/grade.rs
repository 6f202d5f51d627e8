//! Grading tests for exercise 15: the stream yields every user in order and ends on a failed
//! page, and it is lazy and frugal, proven by the API's counters (pages fetched when the
//! consumer stops early, users held in memory) and by when users arrive on tokio's paused
//! clock.

use std::time::Duration;

use exercise_15::{PagedApi, all_users};
use futures::StreamExt;
use kit_harness::{Exercise, Failure, ServiceError, measure, msg};

const EXERCISE: Exercise = Exercise::new("exercise-15");
const TOTAL_USERS: u32 = 50;
const PAGE_SIZE: u32 = 10;
const PAGES: usize = 5;
const PAGE_LATENCY: Duration = Duration::from_millis(200);
const MARGIN: Duration = Duration::from_millis(50);

/// Fifty users in five pages of ten, 0.2 s per page.
fn api() -> PagedApi {
    PagedApi::new(TOTAL_USERS, PAGE_SIZE).with_latency(PAGE_LATENCY)
}

#[kit_harness::check(start_paused = true)]
async fn yields_every_user_in_order() {
    let api = api();
    let items: Vec<_> = all_users(&api).collect().await;
    let ids: Result<Vec<u32>, ServiceError> = items
        .into_iter()
        .map(|item| item.map(|user| user.id))
        .collect();
    EXERCISE.ensure(ids == Ok((1..=TOTAL_USERS).collect()), || {
        Failure::new(msg!(
            "exercise-15-yields-every-user-in-order-problem",
            ids = format!("{:?}", ids)
        ))
        .help(msg!("exercise-15-yields-every-user-in-order-help"))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        PAGES,
        msg!("exercise-15-yields-every-user-in-order-help-2"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failed_page_ends_the_stream_with_its_error() {
    let api = api().failing_for(3);
    let items: Vec<_> = all_users(&api).collect().await;
    let users_before_error = items.iter().take_while(|item| item.is_ok()).count();
    let ends_with_the_error = items.last()
        == Some(&Err(ServiceError::Failed {
            service: "paged users API",
            key: 3,
        }));
    EXERCISE.ensure(
        users_before_error == 20 && items.len() == 21 && ends_with_the_error,
        || {
            Failure::new(msg!(
                "exercise-15-a-failed-page-ends-the-stream-with-its-error-problem",
                users_before_error = users_before_error,
                rest = format!("{:?}", &items[users_before_error..])
            ))
            .help(msg!(
                "exercise-15-a-failed-page-ends-the-stream-with-its-error-help"
            ))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_first_user_arrives_after_one_page() {
    let api = api();
    let mut users = Box::pin(all_users(&api));
    let first = measure(users.next()).await;
    EXERCISE
        .elapsed(
            msg!("exercise-15-the-first-user-arrives-after-one-page-what"),
            first.elapsed,
        )
        .between(PAGE_LATENCY, PAGE_LATENCY + MARGIN)
        .too_slow_means(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-too-slow"
        ))
        .help(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-help"
        ))
        .check();
    // The time counts only for a stream that did the work: a 0.2 s sleep before a made-up
    // user would match it.
    let first_is_user_1 = matches!(&first.value, Some(Ok(user)) if user.id == 1);
    let pages = api.stats().completed();
    EXERCISE.ensure(first_is_user_1 && pages >= 1, || {
        Failure::new(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-problem",
            first = format!("{:?}", first.value),
            pages = pages
        ))
        .help(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-help"
        ))
    });

    // The next nine users come from the page already fetched; the eleventh needs page 2.
    let next_page = measure(users.by_ref().take(10).count()).await;
    EXERCISE
        .elapsed(
            msg!("exercise-15-the-first-user-arrives-after-one-page-what-2"),
            next_page.elapsed,
        )
        .between(PAGE_LATENCY, PAGE_LATENCY + MARGIN)
        .too_slow_means(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-too-slow-2"
        ))
        .help(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-help-2"
        ))
        .check();
    let pages = api.stats().completed();
    EXERCISE.ensure(next_page.value == 10 && pages >= 2, || {
        Failure::new(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-problem-2",
            count = next_page.value,
            pages = pages
        ))
        .help(msg!(
            "exercise-15-the-first-user-arrives-after-one-page-help-2"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn stopping_early_fetches_only_the_pages_needed() {
    let api = api();
    let taken = all_users(&api).take(15).count().await;
    // Nothing may keep fetching after the consumer has stopped: wait longer than five pages.
    tokio::time::sleep(PAGE_LATENCY * 10).await;
    let stats = api.stats();
    let pages: Vec<u64> = stats.calls.iter().map(|call| call.key).collect();
    EXERCISE.ensure(taken == 15, || {
        Failure::new(msg!(
            "exercise-15-stopping-early-fetches-only-the-pages-needed-problem",
            taken = taken
        ))
        .help(msg!(
            "exercise-15-stopping-early-fetches-only-the-pages-needed-help"
        ))
    });
    EXERCISE.ensure(pages == [1, 2], || {
        Failure::new(msg!(
            "exercise-15-stopping-early-fetches-only-the-pages-needed-problem-2",
            asked = pages.len(),
            pages = format!("{:?}", pages)
        ))
        .why(msg!(
            "exercise-15-stopping-early-fetches-only-the-pages-needed-why"
        ))
        .help(msg!(
            "exercise-15-stopping-early-fetches-only-the-pages-needed-help-2"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn at_most_one_page_is_buffered() {
    let api = api();
    let mut users = Box::pin(all_users(&api));
    let mut consumed = 0usize;
    let mut most_buffered = (0usize, 0usize); // (users held, when the consumer had taken this many)
    while let Some(item) = users.next().await {
        // Users the API has handed out that the consumer had not yet taken when this one came.
        let held = api.users_served() - consumed;
        if held > most_buffered.0 {
            most_buffered = (held, consumed);
        }
        if item.is_err() {
            break;
        }
        consumed += 1;
    }
    let (held, after) = most_buffered;
    EXERCISE.ensure(consumed == PAGES * PAGE_SIZE as usize, || {
        Failure::new(msg!(
            "exercise-15-at-most-one-page-is-buffered-problem",
            consumed = consumed
        ))
        .help(msg!("exercise-15-at-most-one-page-is-buffered-help"))
    });
    EXERCISE.ensure(held <= PAGE_SIZE as usize, || {
        Failure::new(msg!(
            "exercise-15-at-most-one-page-is-buffered-problem-2",
            held = held,
            after = after,
            page_size = PAGE_SIZE
        ))
        .why(msg!("exercise-15-at-most-one-page-is-buffered-why"))
        .help(msg!("exercise-15-at-most-one-page-is-buffered-help-2"))
    });
}
