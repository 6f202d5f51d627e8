//! Grading tests for exercise 15: the stream yields every user in order and ends on a failed
//! page, and it is lazy and frugal, proven by the API's counters (pages fetched when the
//! consumer stops early, users held in memory) and by when users arrive on tokio's paused
//! clock.

use std::time::Duration;

use exercise_15::{PagedApi, all_users};
use futures::StreamExt;
use kit_harness::{Exercise, Failure, ServiceError, measure};

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
        Failure::new(format!(
            "expected users 1 to 50 in id order from 5 pages, got {ids:?}"
        ))
        .help("yield the users of each page in order, then continue with the page it names as next")
    });
    EXERCISE.assert_calls(
        &api.stats(),
        PAGES,
        "fetch each of the five pages from the API",
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
            Failure::new(format!(
                "page 3 failed: expected the 20 users of pages 1 and 2, then page 3's error, then \
                 the end of the stream; got {users_before_error} users followed by {:?}",
                &items[users_before_error..]
            ))
            .help("yield the error as the stream's last item and stop: do not skip the failed page")
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn the_first_user_arrives_after_one_page() {
    let api = api();
    let mut users = Box::pin(all_users(&api));
    let first = measure(users.next()).await;
    EXERCISE
        .elapsed("getting the first user", first.elapsed)
        .between(PAGE_LATENCY, PAGE_LATENCY + MARGIN)
        .too_slow_means(
            "the stream fetched more than the first page (0.2 s) before yielding anything",
        )
        .help(
            "yield the users of page 1 as soon as page 1 has arrived: the first user then \
             arrives after 0.2 s, not after all five pages (1.0 s)",
        )
        .check();

    // The next nine users come from the page already fetched; the eleventh needs page 2.
    let next_page = measure(users.by_ref().take(10).count()).await;
    EXERCISE
        .elapsed("getting users 2 to 11", next_page.elapsed)
        .between(PAGE_LATENCY, PAGE_LATENCY + MARGIN)
        .too_slow_means("fetching the next page took longer than one page's latency")
        .help("fetch page 2 when the consumer asks for user 11, and only page 2")
        .check();
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
        Failure::new(format!("the consumer asked for 15 users and got {taken}"))
            .help("yield every user of every page, one item per user")
    });
    EXERCISE.ensure(pages == [1, 2], || {
        Failure::new(format!(
            "the consumer stopped after 15 users, which two pages hold, but the API was asked \
             for {} page(s): {pages:?}",
            pages.len()
        ))
        .why(
            "a stream should do work only when its consumer asks for the next item: every \
             page fetched ahead is a wasted request, and a caller that stops early still pays \
             for the whole listing",
        )
        .help(
            "fetch the next page inside the stream, at the moment the consumer needs a user \
             the current page does not have (`futures::stream::try_unfold`)",
        )
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
        Failure::new(format!("the stream yielded {consumed} users, expected 50"))
            .help("yield every user of every page")
    });
    EXERCISE.ensure(held <= PAGE_SIZE as usize, || {
        Failure::new(format!(
            "{held} users were in memory, fetched but not yet consumed, after the consumer had \
             taken {after}; a page holds {PAGE_SIZE}"
        ))
        .why(
            "streaming exists so that a listing of a million users costs the memory of one \
             page: loading every page first, or fetching ahead, makes memory grow with the \
             size of the listing",
        )
        .help("keep only the current page and fetch the next one when it is used up")
    });
}
