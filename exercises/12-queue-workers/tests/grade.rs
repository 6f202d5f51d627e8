//! Grading tests for exercise 12: every image is resized exactly once (the resizer's per-key
//! calls), exactly `workers` resizes run at once (max in flight), the upload stream is held
//! back while the queue is full (when each upload was pulled, on tokio's paused clock), and
//! `resize_all` returns only once every worker has stopped (the runtime's live task count).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use exercise_12::resize_all;
use futures::stream::{self, Stream, StreamExt};
use kit_harness::{Arg, Concurrency, Exercise, Failure, Message, SimService, measure, msg};
use tokio::time::Instant;

const EXERCISE: Exercise = Exercise::new("exercise-12");
/// Resizes take 0.1 s or 0.3 s: two fast images, two slow ones, and so on. Uniform latencies
/// would let a pool that works in fixed batches of three keep pace with a real pool.
const LATENCY: Duration = Duration::from_millis(100);
const SLOW_RESIZE: Duration = Duration::from_millis(300);
/// Three workers taking the next image as soon as they are free: 4.1 s (the 12 s of work
/// shared by three is 4.0 s). Batches of three that wait for their slowest image take 6.0 s.
const POOL_AT_MOST: Duration = Duration::from_millis(4_200);
const BATCHES_OF_THREE: Duration = Duration::from_secs(6);
const IMAGES: u64 = 60;
const WORKERS: usize = 3;
const QUEUE_CAPACITY: usize = 5;
/// Far longer than any correct run (2 s): a run still going by then never ends.
const HANG_LIMIT: Duration = Duration::from_secs(60);

fn resizer() -> SimService {
    (1..=IMAGES)
        .filter(|image| ((image - 1) / 2) % 2 == 1)
        .fold(
            SimService::new("image resizer", LATENCY),
            |resizer, image| resizer.with_latency_for(image, SLOW_RESIZE),
        )
}

/// Images 1 to `IMAGES`, recording when (since `origin`) `resize_all` pulled each one.
fn uploads(
    origin: Instant,
    pulled_at: &Arc<Mutex<Vec<Duration>>>,
) -> impl Stream<Item = u64> + Unpin + use<> {
    let pulled_at = Arc::clone(pulled_at);
    stream::iter(1..=IMAGES).inspect(move |_| {
        pulled_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(origin.elapsed());
    })
}

/// Run `resize_all` over the 60 uploads; `None` when it did not return within `HANG_LIMIT`.
async fn run(resizer: &SimService, workers: usize) -> Option<usize> {
    let pulled_at = Arc::default();
    let work = resize_all(
        resizer,
        uploads(Instant::now(), &pulled_at),
        workers,
        QUEUE_CAPACITY,
    );
    tokio::time::timeout(HANG_LIMIT, work).await.ok()
}

#[track_caller]
fn returned(resized: Option<usize>) -> usize {
    resized.unwrap_or_else(|| {
        EXERCISE.fail(
            Failure::new(msg!("exercise-12-returned-problem"))
                .why(msg!("exercise-12-returned-why"))
                .help(msg!("exercise-12-returned-help")),
        )
    })
}

#[kit_harness::check(start_paused = true)]
async fn resizes_every_image_exactly_once() {
    let resizer = resizer();
    let resized = returned(run(&resizer, WORKERS).await);
    let stats = resizer.stats();
    let wrong: Vec<Message> = (1..=IMAGES)
        .filter_map(|image| {
            match stats
                .calls_for(image)
                .filter(|call| call.completed())
                .count()
            {
                1 => None,
                times => Some(msg!(
                    "exercise-12-image-resized-times",
                    image = image,
                    times = times
                )),
            }
        })
        .collect();
    EXERCISE.ensure(wrong.is_empty(), || {
        Failure::new(msg!(
            "exercise-12-resizes-every-image-exactly-once-problem",
            images = IMAGES,
            wrong = Arg::list(wrong.clone(), ", ")
        ))
        .why(msg!("exercise-12-resizes-every-image-exactly-once-why"))
        .help(msg!("exercise-12-resizes-every-image-exactly-once-help"))
    });
    EXERCISE.ensure(resized == IMAGES as usize, || {
        Failure::new(msg!(
            "exercise-12-resizes-every-image-exactly-once-problem-2",
            images = IMAGES,
            resized = resized
        ))
        .help(msg!("exercise-12-resizes-every-image-exactly-once-help-2"))
    });
}

#[kit_harness::check(start_paused = true)]
async fn exactly_the_pool_size_in_flight() {
    for workers in [WORKERS, 5] {
        let resizer = resizer();
        returned(run(&resizer, workers).await);
        let stats = resizer.stats();
        let help = msg!(
            "exercise-12-exactly-the-pool-size-in-flight-help",
            workers = workers
        );
        EXERCISE.assert_in_flight_at_most(&stats, workers, help.clone());
        EXERCISE.assert_overlapped(&stats, workers, help);
    }
}

#[kit_harness::check(start_paused = true)]
async fn the_uploads_wait_while_the_queue_is_full() {
    let resizer = resizer();
    let pulled_at = Arc::new(Mutex::new(Vec::new()));
    let work = resize_all(
        &resizer,
        uploads(Instant::now(), &pulled_at),
        WORKERS,
        QUEUE_CAPACITY,
    );
    returned(tokio::time::timeout(HANG_LIMIT, work).await.ok());
    EXERCISE.assert_calls(
        &resizer.stats(),
        IMAGES as usize,
        msg!("exercise-12-the-uploads-wait-while-the-queue-is-full-help"),
    );

    // Before the first resize ends, the only room is the queue, the workers' hands and the
    // image the upload loop holds while it waits to queue it.
    let pulled_at = pulled_at.lock().unwrap_or_else(PoisonError::into_inner);
    let early = pulled_at.iter().filter(|&&at| at < LATENCY).count();
    let room = WORKERS + QUEUE_CAPACITY;
    EXERCISE.ensure(early <= room + 1, || {
        Failure::new(msg!(
            "exercise-12-the-uploads-wait-while-the-queue-is-full-problem",
            early = early,
            images = IMAGES,
            workers = WORKERS,
            queue_capacity = QUEUE_CAPACITY,
            room = room + 1
        ))
        .why(msg!(
            "exercise-12-the-uploads-wait-while-the-queue-is-full-why"
        ))
        .help(msg!(
            "exercise-12-the-uploads-wait-while-the-queue-is-full-help-2"
        ))
    });
    EXERCISE.ensure(early >= room, || {
        Failure::new(msg!(
            "exercise-12-the-uploads-wait-while-the-queue-is-full-problem-2",
            early = early,
            workers = WORKERS,
            queue_capacity = QUEUE_CAPACITY,
            room = room
        ))
        .why(msg!(
            "exercise-12-the-uploads-wait-while-the-queue-is-full-why-2"
        ))
        .help(msg!(
            "exercise-12-the-uploads-wait-while-the-queue-is-full-help-3"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn workers_stop_when_the_uploads_run_out() {
    let resizer = resizer();
    returned(run(&resizer, WORKERS).await);
    EXERCISE.assert_calls(
        &resizer.stats(),
        IMAGES as usize,
        msg!("exercise-12-workers-stop-when-the-uploads-run-out-help"),
    );
    let still_running = resizer.stats().in_flight;
    let alive = tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks();
    EXERCISE.ensure(still_running == 0 && alive == 0, || {
        Failure::new(msg!(
            "exercise-12-workers-stop-when-the-uploads-run-out-problem",
            alive = alive,
            still_running = still_running
        ))
        .why(msg!(
            "exercise-12-workers-stop-when-the-uploads-run-out-why"
        ))
        .help(msg!(
            "exercise-12-workers-stop-when-the-uploads-run-out-help-2"
        ))
    });
}

#[kit_harness::check(start_paused = true)]
async fn resizing_keeps_three_workers_busy() {
    let resizer = resizer();
    let pulled_at = Arc::default();
    let work = resize_all(
        &resizer,
        uploads(Instant::now(), &pulled_at),
        WORKERS,
        QUEUE_CAPACITY,
    );
    let run = measure(tokio::time::timeout(HANG_LIMIT, work)).await;
    returned(run.value.ok());
    // The total work shared by three workers: no pool of three can be faster.
    let total: Duration = (1..=IMAGES).map(|image| resizer.latency_for(image)).sum();
    let at_least = total / WORKERS as u32;
    let help = msg!("exercise-12-resizing-keeps-three-workers-busy-help");
    EXERCISE
        .elapsed(
            msg!("exercise-12-resizing-keeps-three-workers-busy-what"),
            run.elapsed,
        )
        .between(at_least, POOL_AT_MOST)
        .reference(Concurrency::AtMost(WORKERS))
        // Here a run faster than the bound does not mean blocked or skipped work (the
        // harness's generic diagnosis) but too many resizes at once: a message of its own.
        .too_fast_failure(
            Failure::new(msg!(
                "exercise-12-resizing-keeps-three-workers-busy-problem",
                elapsed = run.elapsed
            ))
            .why(msg!(
                "exercise-12-resizing-keeps-three-workers-busy-why",
                at_least = at_least,
                total = total
            ))
            .help(help.clone()),
        )
        .too_slow_means(msg!(
            "exercise-12-resizing-keeps-three-workers-busy-too-slow",
            batches_of_three = BATCHES_OF_THREE
        ))
        .help(help)
        .check();
    // The time counts only for a run that did the work: a plain sleep would match it.
    EXERCISE.assert_calls(
        &resizer.stats(),
        IMAGES as usize,
        msg!("exercise-12-the-uploads-wait-while-the-queue-is-full-help"),
    );
}
