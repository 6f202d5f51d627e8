//! Grading tests for exercise 12: every image is resized exactly once (the resizer's per-key
//! calls), exactly `workers` resizes run at once (max in flight), the upload stream is held
//! back while the queue is full (when each upload was pulled, on tokio's paused clock), and
//! `resize_all` returns only once every worker has stopped (the runtime's live task count).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use exercise_12::resize_all;
use futures::stream::{self, Stream, StreamExt};
use kit_harness::{Concurrency, Exercise, Failure, SimService, format_duration, measure};
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
            Failure::new("`resize_all` never returned: the workers are still waiting for images")
                .why(
                    "a worker's `recv` returns `None` only when every `Sender` of the queue \
                     has been dropped; while one is alive, the workers wait forever",
                )
                .help("drop the sender once the last upload is queued, then wait for the workers"),
        )
    })
}

#[kit_harness::check(start_paused = true)]
async fn resizes_every_image_exactly_once() {
    let resizer = resizer();
    let resized = returned(run(&resizer, WORKERS).await);
    let stats = resizer.stats();
    let wrong: Vec<String> = (1..=IMAGES)
        .filter_map(|image| {
            match stats
                .calls_for(image)
                .filter(|call| call.completed())
                .count()
            {
                1 => None,
                times => Some(format!("image {image} {times} times")),
            }
        })
        .collect();
    EXERCISE.ensure(wrong.is_empty(), || {
        Failure::new(format!(
            "each of the {IMAGES} images should be resized once, but the resizer saw {}",
            wrong.join(", ")
        ))
        .why("an image lost from the queue is never resized; one taken twice is paid for twice")
        .help("each image goes into the queue once, and each queued image is taken by one worker")
    });
    EXERCISE.ensure(resized == IMAGES as usize, || {
        Failure::new(format!(
            "{IMAGES} images were resized, but `resize_all` reported {resized}"
        ))
        .help("add up what each worker resized once they have all stopped")
    });
}

#[kit_harness::check(start_paused = true)]
async fn exactly_the_pool_size_in_flight() {
    for workers in [WORKERS, 5] {
        let resizer = resizer();
        returned(run(&resizer, workers).await);
        let stats = resizer.stats();
        let help = format!(
            "start exactly `workers` tasks ({workers} here) that each take one image at a time \
             from the queue: never more resizes at once, and never fewer while images wait"
        );
        EXERCISE.assert_in_flight_at_most(&stats, workers, &help);
        EXERCISE.assert_overlapped(&stats, workers, &help);
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
        "backpressure slows the uploads down, it does not skip them: resize every image",
    );

    // Before the first resize ends, the only room is the queue, the workers' hands and the
    // image the upload loop holds while it waits to queue it.
    let pulled_at = pulled_at.lock().unwrap_or_else(PoisonError::into_inner);
    let early = pulled_at.iter().filter(|&&at| at < LATENCY).count();
    let room = WORKERS + QUEUE_CAPACITY;
    EXERCISE.ensure(early <= room + 1, || {
        Failure::new(format!(
            "{early} of {IMAGES} uploads were pulled before the first resize finished; with \
             {WORKERS} workers and a queue of {QUEUE_CAPACITY}, at most {} fit",
            room + 1
        ))
        .why(
            "without backpressure a fast producer piles up every upload in memory while the \
             workers fall behind",
        )
        .help(
            "make the queue a bounded `tokio::sync::mpsc::channel(queue_capacity)`: `send` \
             then waits while the queue is full, and the upload loop with it",
        )
    });
    EXERCISE.ensure(early >= room, || {
        Failure::new(format!(
            "only {early} uploads were pulled before the first resize finished; the \
             {WORKERS} workers and the queue of {QUEUE_CAPACITY} had room for {room}"
        ))
        .why("a queue that is never filled does not smooth bursts: workers wait for the producer")
        .help("keep pulling uploads and queueing them until `send` has to wait")
    });
}

#[kit_harness::check(start_paused = true)]
async fn workers_stop_when_the_uploads_run_out() {
    let resizer = resizer();
    returned(run(&resizer, WORKERS).await);
    EXERCISE.assert_calls(
        &resizer.stats(),
        IMAGES as usize,
        "the workers stop once every queued image is resized, not before",
    );
    let still_running = resizer.stats().in_flight;
    let alive = tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks();
    EXERCISE.ensure(still_running == 0 && alive == 0, || {
        Failure::new(format!(
            "`resize_all` returned while {alive} tasks were still alive and {still_running} \
             resizes were still running"
        ))
        .why(
            "work still running after the function returns is work nobody waits for: it is \
             lost when the program exits",
        )
        .help(
            "after the last upload is queued, drop the sender and await every worker: each one \
             stops when `recv` returns `None`",
        )
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
    let help = "exactly `workers` tasks, each resizing one image after another, keep the pool busy";
    EXERCISE
        .elapsed("resizing 60 images", run.elapsed)
        .between(at_least, POOL_AT_MOST)
        .reference(Concurrency::AtMost(WORKERS))
        // Here a run faster than the bound does not mean blocked or skipped work (the
        // harness's generic diagnosis) but too many resizes at once: a message of its own.
        .too_fast_failure(
            Failure::new(format!(
                "resizing 60 images took only {} of simulated time: more than 3 ran at once, or \
                 `resize_all` returned before the last images were done",
                format_duration(run.elapsed)
            ))
            .why(format!(
                "3 workers resizing one image at a time need at least {} for these 60 images: the \
                 {} of work shared by three",
                format_duration(at_least),
                format_duration(total)
            ))
            .help(help),
        )
        .too_slow_means(format!(
            "fewer than 3 resizes were running most of the time; workers that take the next \
             image as soon as they are free finish in about 4.1 s, while batches of three that \
             wait for their slowest image take {}",
            format_duration(BATCHES_OF_THREE)
        ))
        .help(help)
        .check();
}
