//! Grading tests for exercise 16: the cache returns the right profiles and fetches each one
//! once, and handlers asking for different users are not serialised by its lock, proven on
//! tokio's paused clock (ten misses in 0.5 s, a hit at once during a slow fetch) and by the
//! API's in-flight counter.

use std::sync::Arc;
use std::time::Duration;

use exercise_16::ProfileCache;
use kit_harness::{
    Arg, Concurrency, Exercise, Failure, Message, ServiceError, User, UserApi, measure, msg,
};
use tokio::task::JoinSet;

const EXERCISE: Exercise = Exercise::new("exercise-16");
const FETCH_LATENCY: Duration = Duration::from_millis(500);
const SLOW_USER: u32 = 2;
const SLOW_FETCH: Duration = Duration::from_secs(2);

/// A shared cache in front of an API answering in 0.5 s (user 2: 2 s).
fn cache() -> (Arc<ProfileCache>, UserApi) {
    let api = UserApi::new()
        .with_latency(FETCH_LATENCY)
        .with_latency_for(SLOW_USER, SLOW_FETCH);
    (Arc::new(ProfileCache::new(api.clone())), api)
}

/// Ten request handlers, one task each, asking for `ids` at the same moment; their answers
/// in the order of `ids`.
async fn handlers_for(
    cache: &Arc<ProfileCache>,
    ids: impl IntoIterator<Item = u32>,
) -> Vec<(u32, Result<User, ServiceError>)> {
    let mut handlers = JoinSet::new();
    for id in ids {
        let cache = Arc::clone(cache);
        handlers.spawn(async move { (id, cache.get(id).await) });
    }
    let mut answers = handlers.join_all().await;
    answers.sort_by_key(|(id, _)| *id);
    answers
}

fn wrong_answers(answers: &[(u32, Result<User, ServiceError>)]) -> Vec<Message> {
    answers
        .iter()
        .filter(|(id, answer)| answer.as_ref().map(|user| user.id) != Ok(*id))
        .map(|(id, answer)| {
            msg!(
                "exercise-16-wrong-answer",
                id = *id,
                got = format!("{answer:?}")
            )
        })
        .collect()
}

#[kit_harness::check(start_paused = true)]
async fn every_caller_gets_its_profile_and_it_is_cached() {
    let (cache, api) = cache();
    let first_round = handlers_for(&cache, (1..=10).filter(|&id| id != SLOW_USER)).await;
    let second_round = handlers_for(&cache, (1..=10).filter(|&id| id != SLOW_USER)).await;
    let wrong: Vec<Message> = wrong_answers(&first_round)
        .into_iter()
        .chain(wrong_answers(&second_round))
        .collect();
    EXERCISE.ensure(wrong.is_empty(), || {
        Failure::new(msg!(
            "exercise-16-every-caller-gets-its-profile-and-it-is-cached-problem",
            wrong = Arg::list(wrong.clone(), "; ")
        ))
        .help(msg!(
            "exercise-16-every-caller-gets-its-profile-and-it-is-cached-help"
        ))
    });
    EXERCISE.assert_calls(
        &api.stats(),
        9,
        msg!("exercise-16-every-caller-gets-its-profile-and-it-is-cached-help-2"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_failed_fetch_is_reported() {
    let api = UserApi::new().with_latency(FETCH_LATENCY).failing_for(4);
    let cache = ProfileCache::new(api);
    let answer = cache.get(4).await;
    EXERCISE.ensure(
        answer
            == Err(ServiceError::Failed {
                service: "user API",
                key: 4,
            }),
        || {
            Failure::new(msg!(
                "exercise-16-a-failed-fetch-is-reported-problem",
                answer = format!("{:?}", answer)
            ))
            .help(msg!("exercise-16-a-failed-fetch-is-reported-help"))
        },
    );
}

#[kit_harness::check(start_paused = true)]
async fn ten_misses_for_different_users_take_half_a_second() {
    let (cache, api) = cache();
    let users = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]; // ten users, none of them the slow one
    let run = measure(handlers_for(&cache, users)).await;
    EXERCISE
        .elapsed(
            msg!("exercise-16-ten-misses-for-different-users-take-half-a-second-what"),
            run.elapsed,
        )
        .between(FETCH_LATENCY, FETCH_LATENCY + Duration::from_millis(100))
        .reference(Concurrency::Unbounded)
        .too_slow_means(msg!(
            "exercise-16-ten-misses-for-different-users-take-half-a-second-too-slow"
        ))
        .help(msg!(
            "exercise-16-ten-misses-for-different-users-take-half-a-second-help"
        ))
        .check();
    // The time counts only for a run that did the work: a plain 0.5 s sleep would match it.
    EXERCISE.assert_calls(
        &api.stats(),
        10,
        msg!("exercise-16-fetches-for-different-users-run-at-the-same-time-help"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn fetches_for_different_users_run_at_the_same_time() {
    let (cache, api) = cache();
    let _ = handlers_for(&cache, [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]).await;
    let stats = api.stats();
    EXERCISE.assert_calls(
        &stats,
        10,
        msg!("exercise-16-fetches-for-different-users-run-at-the-same-time-help"),
    );
    EXERCISE.assert_overlapped(
        &stats,
        10,
        msg!("exercise-16-fetches-for-different-users-run-at-the-same-time-help-2"),
    );
}

#[kit_harness::check(start_paused = true)]
async fn a_cache_hit_never_waits_for_a_slow_fetch() {
    let (cache, api) = cache();
    let _ = cache.get(1).await; // user 1 is now cached
    // A handler asks for user 2, whose fetch takes 2 s; let it start.
    let slow_handler = {
        let cache = Arc::clone(&cache);
        tokio::spawn(async move { cache.get(SLOW_USER).await })
    };
    tokio::time::sleep(Duration::from_millis(10)).await;

    let hit = measure(cache.get(1)).await;
    let slow_fetch_in_flight = api.stats().in_flight;
    let _ = slow_handler.await;

    EXERCISE.ensure(hit.value.as_ref().map(|user| user.id) == Ok(1), || {
        Failure::new(msg!(
            "exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem",
            value = format!("{:?}", hit.value)
        ))
        .help(msg!(
            "exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help"
        ))
    });
    EXERCISE
        .elapsed(
            msg!("exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-what"),
            hit.elapsed,
        )
        .between(Duration::ZERO, Duration::from_millis(10))
        .too_slow_means(msg!(
            "exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-too-slow"
        ))
        .help(msg!(
            "exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-2"
        ))
        .check();
    EXERCISE.ensure(slow_fetch_in_flight == 1, || {
        Failure::new(msg!(
            "exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem-2",
            slow_fetch_in_flight = slow_fetch_in_flight
        ))
        .help(msg!(
            "exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-3"
        ))
    });
}
