### Texts whose English lives in data files, not in a .ftl file: each exercise's
### title and topic (`kit list`), hint (`kit hint`) and the "why it matters" line of
### each check (exercises/info.toml), and the source policy's teaching texts
### (crates/kit/src/src_policy.toml). Written by locales/placeholders.py from those files.

## exercise-01: Ten users in the time of one

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-01-title = Ten users in the time of one
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-01-topic = sequential awaits vs concurrent futures
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-01-hint = `.await` does not start anything in the background: it waits, right there, until that one request is done. A loop with an `.await` inside sends request 2 only after request 1 has answered. What if you first made all ten request futures (calling `fetch_user` does not send anything yet), and then waited for all of them at once? Look at what the `futures::future` module offers for a list of futures.
# The "why it matters" line of the check `returns_the_ten_users_in_order` (behaviour).
# TODO(translate)
exercise-01-check-returns-the-ten-users-in-order = concurrent code still returns every result, in the order asked for
# The "why it matters" line of the check `reports_a_failed_request` (behaviour).
# TODO(translate)
exercise-01-check-reports-a-failed-request = a failed request is reported, not hidden
# The "why it matters" line of the check `ten_users_take_half_a_second` (timing).
# TODO(translate)
exercise-01-check-ten-users-take-half-a-second = ten independent 500 ms requests should overlap and take about 0.5 s, not 5 s
# The "why it matters" line of the check `all_ten_requests_are_in_flight_together` (bound).
# TODO(translate)
exercise-01-check-all-ten-requests-are-in-flight-together = concurrency is visible in the API's counters: all ten requests in flight at once

## exercise-02: The audit entry that never happened

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-02-title = The audit entry that never happened
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-02-topic = futures are lazy: the forgotten .await
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-02-hint = Calling an async fn does not run it. It returns a future, and a future does nothing at all until something drives it. Read the compiler's warnings for `src/lib.rs`: one of them points at a line whose work is thrown away. What makes a future run, and what carries its error to the caller?
# The "why it matters" line of the check `stores_the_order` (behaviour).
# TODO(translate)
exercise-02-check-stores-the-order = the order itself is stored and its id returned
# The "why it matters" line of the check `the_audit_log_records_the_order` (behaviour).
# TODO(translate)
exercise-02-check-the-audit-log-records-the-order = a future that is never awaited never runs: its side effect does not happen
# The "why it matters" line of the check `placing_an_order_takes_both_writes` (timing).
# TODO(translate)
exercise-02-check-placing-an-order-takes-both-writes = work that takes no simulated time was skipped: two 0.1 s writes take 0.2 s
# The "why it matters" line of the check `a_failed_audit_write_is_reported` (behaviour).
# TODO(translate)
exercise-02-check-a-failed-audit-write-is-reported = an unawaited future also loses its error

## exercise-03: Start the task now, await it later

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-03-title = Start the task now, await it later
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-03-topic = tokio::spawn (create_task): overlap work with a running task
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-03-hint = `tokio::spawn` already starts the profile request in the background: that part is right. The question is when you wait for its JoinHandle. What else could the function do between spawning the task and needing the profile?
# The "why it matters" line of the check `returns_profile_and_orders` (behaviour).
# TODO(translate)
exercise-03-check-returns-profile-and-orders = the dashboard holds the right profile and orders
# The "why it matters" line of the check `a_failed_profile_is_reported` (behaviour).
# TODO(translate)
exercise-03-check-a-failed-profile-is-reported = a spawned task's error reaches the caller through its JoinHandle
# The "why it matters" line of the check `the_dashboard_takes_as_long_as_the_slowest_call` (timing).
# TODO(translate)
exercise-03-check-the-dashboard-takes-as-long-as-the-slowest-call = a task started before other work overlaps it: 0.4 s, not 0.4 s + 0.3 s
# The "why it matters" line of the check `the_query_runs_while_the_profile_loads` (timing).
# TODO(translate)
exercise-03-check-the-query-runs-while-the-profile-loads = awaiting a JoinHandle right after spawning it is sequential code

## exercise-04: One fails, all stop

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-04-title = One fails, all stop
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-04-topic = structured concurrency with JoinSet (TaskGroup): fail fast, cancel the siblings
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-04-hint = Two problems: the failure is noticed late, and the other tasks never stop. Awaiting handles one by one sees results in spawn order, not in the order they finish; and a dropped JoinHandle does not stop its task. Look at `tokio::task::JoinSet`: how does it hand out results, and what happens to its tasks when the set is dropped?
# The "why it matters" line of the check `returns_the_whole_team_in_order` (behaviour).
# TODO(translate)
exercise-04-check-returns-the-whole-team-in-order = without failures all ten users come back, in id order
# The "why it matters" line of the check `returns_the_error_of_the_failed_fetch` (behaviour).
# TODO(translate)
exercise-04-check-returns-the-error-of-the-failed-fetch = the first failure is what the caller gets
# The "why it matters" line of the check `a_failure_is_returned_promptly` (timing).
# TODO(translate)
exercise-04-check-a-failure-is-returned-promptly = results in completion order reveal a failure the moment it happens
# The "why it matters" line of the check `the_other_fetches_are_cancelled` (behaviour).
# TODO(translate)
exercise-04-check-the-other-fetches-are-cancelled = when the answer is known, the sibling tasks are cancelled, not left running

## exercise-05: Save each report as it arrives

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-05-title = Save each report as it arrives
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-05-topic = process results as they complete (as_completed) with FuturesUnordered
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-05-hint = The five fetches already run at the same time: the problem is the order in which you look at them. A loop over the handles takes them in the order they were submitted, so a result waits for every slower one submitted before it. Python's `as_completed` hands results out in the order they finish; look in `futures::stream` for a collection of futures that does the same (or at what `JoinSet` offers).
# The "why it matters" line of the check `saves_every_report` (behaviour).
# TODO(translate)
exercise-05-check-saves-every-report = every report is saved once, and the ids come back in saving order
# The "why it matters" line of the check `a_failed_fetch_is_reported` (behaviour).
# TODO(translate)
exercise-05-check-a-failed-fetch-is-reported = a failed fetch is returned as the error
# The "why it matters" line of the check `each_report_is_saved_when_it_arrives` (timing).
# TODO(translate)
exercise-05-check-each-report-is-saved-when-it-arrives = results taken in completion order are handled the moment they arrive, not after the slowest
# The "why it matters" line of the check `the_import_takes_the_slowest_fetch_plus_one_save` (timing).
# TODO(translate)
exercise-05-check-the-import-takes-the-slowest-fetch-plus-one-save = handling results as they arrive leaves only the slowest one's handling at the end

## exercise-06: A hung dependency must not hang the caller

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-06-title = A hung dependency must not hang the caller
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-06-topic = a time limit on every I/O (wait_for) with tokio::time::timeout
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-06-hint = A service that stops answering does not fail: it just never returns, and an `.await` on it waits just as long. Python wraps such calls in `asyncio.wait_for(call, timeout=...)`. Look in `tokio::time` for its twin, and think about what it returns when the time is up and what it does with the call it gave up on. Every call needs its own limit.
# The "why it matters" line of the check `loads_the_dashboard_when_both_answer` (behaviour).
# TODO(translate)
exercise-06-check-loads-the-dashboard-when-both-answer = healthy calls still load the dashboard
# The "why it matters" line of the check `a_slow_but_healthy_call_is_not_cut_off` (behaviour).
# TODO(translate)
exercise-06-check-a-slow-but-healthy-call-is-not-cut-off = each call has its own limit: two 0.9 s calls are both within it
# The "why it matters" line of the check `a_hung_api_fails_at_the_limit` (timing).
# TODO(translate)
exercise-06-check-a-hung-api-fails-at-the-limit = with a time limit, a hung dependency costs the caller the limit, not the hang
# The "why it matters" line of the check `a_hung_database_fails_at_the_limit` (timing).
# TODO(translate)
exercise-06-check-a-hung-database-fails-at-the-limit = every I/O needs its own limit, the second call too
# The "why it matters" line of the check `the_error_names_the_call_that_hung` (behaviour).
# TODO(translate)
exercise-06-check-the-error-names-the-call-that-hung = a timeout is an error the caller can act on, and it says which call ran out of time
# The "why it matters" line of the check `the_hung_call_is_cancelled` (behaviour).
# TODO(translate)
exercise-06-check-the-hung-call-is-cancelled = a call abandoned at its time limit is cancelled, not left running

## exercise-07: Ask two replicas, keep the first answer

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-07-title = Ask two replicas, keep the first answer
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-07-topic = racing and first-completed (wait FIRST_COMPLETED) with select!, and what gets cancelled
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-07-hint = `join!` waits until every one of its futures is done; you need the opposite: done as soon as ANY of them is. Tokio has a macro that polls several futures together and runs the branch of the first one to complete. What does it do with the futures of the branches that lost?
# The "why it matters" line of the check `returns_the_user` (behaviour).
# TODO(translate)
exercise-07-check-returns-the-user = the user comes back whichever replica is faster
# The "why it matters" line of the check `both_replicas_are_asked_at_once` (bound).
# TODO(translate)
exercise-07-check-both-replicas-are-asked-at-once = a race starts both requests together, once each
# The "why it matters" line of the check `answers_at_the_faster_replicas_latency` (timing).
# TODO(translate)
exercise-07-check-answers-at-the-faster-replicas-latency = first-completed answers at the faster replica's latency, not the slower one's
# The "why it matters" line of the check `the_slower_request_is_cancelled` (behaviour).
# TODO(translate)
exercise-07-check-the-slower-request-is-cancelled = the losing request is cancelled, not left running for nothing

## exercise-08: A legacy library that blocks

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-08-title = A legacy library that blocks
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-08-topic = a blocking call on the runtime moved to spawn_blocking (to_thread)
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-08-hint = The legacy library has no async version and you may not change it, so the blocking itself stays. What can change is WHICH thread it blocks. Python hands such calls to `asyncio.to_thread`; tokio has a pool of threads meant for blocking code, and a function in `tokio::task` that runs a closure there and gives you something to `.await`.
# The "why it matters" line of the check `returns_the_report` (behaviour).
# TODO(translate)
exercise-08-check-returns-the-report = the report is what the legacy library produces
# The "why it matters" line of the check `a_missing_template_is_an_error` (behaviour).
# TODO(translate)
exercise-08-check-a-missing-template-is-an-error = the library's I/O error reaches the caller
# The "why it matters" line of the check `building_a_report_never_blocks_the_runtime` (stall).
# TODO(translate)
exercise-08-check-building-a-report-never-blocks-the-runtime = a blocking call on the runtime's thread stops every other task: run it on the blocking pool

## exercise-09: A slow hash in a login handler

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-09-title = A slow hash in a login handler
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-09-topic = CPU-bound work off the runtime (run_in_executor with a process pool): rayon and a oneshot channel
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-09-hint = Computation has no `.await` inside, so `async fn` cannot make it share the thread: while it runs, the runtime runs nothing else. The seeds send such work to an executor pool. In Rust a thread pool made for computing (rayon, already a dependency) can run it; how could the result get back to the waiting task without blocking it? Look at the channels in `tokio::sync`.
# The "why it matters" line of the check `derives_the_right_keys` (behaviour).
# TODO(translate)
exercise-09-check-derives-the-right-keys = each caller gets the key of its own password
# The "why it matters" line of the check `hashing_never_blocks_the_runtime` (stall).
# TODO(translate)
exercise-09-check-hashing-never-blocks-the-runtime = a long computation on the runtime's thread blocks it like any blocking call

## exercise-10: A thousand requests, ten at a time

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-10-title = A thousand requests, ten at a time
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-10-topic = bounded concurrency (Semaphore): at most N in flight, always N while work remains
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-10-hint = Starting every request at once is fast and rude: the API allows ten at a time. Starting them one by one is polite and slow. You want a window of ten that slides: whenever one request finishes, the next one starts. Python uses a Semaphore for this; tokio has one too, and `futures::stream::StreamExt` has an adapter that polls at most n futures of a stream at once, keeping their order.
# The "why it matters" line of the check `returns_the_thousand_users_in_order` (behaviour).
# TODO(translate)
exercise-10-check-returns-the-thousand-users-in-order = a bounded batch still returns every result, in the order asked for
# The "why it matters" line of the check `reports_a_failed_request` (behaviour).
# TODO(translate)
exercise-10-check-reports-a-failed-request = a failed request is reported, not hidden
# The "why it matters" line of the check `never_more_requests_in_flight_than_allowed` (bound).
# TODO(translate)
exercise-10-check-never-more-requests-in-flight-than-allowed = a thousand requests at once overwhelm the other side: keep at most the allowed number in flight
# The "why it matters" line of the check `as_many_requests_in_flight_as_allowed` (bound).
# TODO(translate)
exercise-10-check-as-many-requests-in-flight-as-allowed = bounded is not sequential: as many requests as allowed should run together
# The "why it matters" line of the check `the_window_slides_instead_of_waiting_for_batches` (timing).
# TODO(translate)
exercise-10-check-the-window-slides-instead-of-waiting-for-batches = a sliding window starts the next request when one finishes; fixed batches wait for their slowest request

## exercise-11: The nightly job: 30 calls per minute

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-11-title = The nightly job: 30 calls per minute
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-11-topic = rate limiting: pace call starts over a sliding window
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-11-hint = A rate limit counts when calls START, in every 60 s window. 30 per minute is one start every 2 s. Sleeping after each call also spaces them, but by the call's latency plus the sleep, which is slower than needed. What in `tokio::time` ticks at fixed points in time, however long the work between two ticks took?
# The "why it matters" line of the check `scores_every_user_in_order` (behaviour).
# TODO(translate)
exercise-11-check-scores-every-user-in-order = a call refused by the rate limit is a user without a score
# The "why it matters" line of the check `no_call_is_refused` (bound).
# TODO(translate)
exercise-11-check-no-call-is-refused = pacing the calls means no call is refused, and none needs a retry
# The "why it matters" line of the check `at_most_thirty_calls_in_any_minute` (bound).
# TODO(translate)
exercise-11-check-at-most-thirty-calls-in-any-minute = a rate limit holds over every sliding window, not only whole minutes
# The "why it matters" line of the check `the_job_takes_as_long_as_the_limit_requires` (timing).
# TODO(translate)
exercise-11-check-the-job-takes-as-long-as-the-limit-requires = space call starts by the limit (2 s), not by latency plus a delay

## exercise-12: A queue, three workers and backpressure

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-12-title = A queue, three workers and backpressure
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-12-topic = worker pool on a bounded channel (asyncio.Queue + workers): backpressure and shutdown
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-12-hint = A task per upload means as many resizes as uploads, all at once. Instead, start `workers` tasks once, and let each take images from a queue, one at a time. Which tokio channel makes the sender wait when it is full? The workers can share its receiver behind an async Mutex. And when does a worker's `recv` return `None`, so that it can stop?
# The "why it matters" line of the check `resizes_every_image_exactly_once` (behaviour).
# TODO(translate)
exercise-12-check-resizes-every-image-exactly-once = every queued job is taken by exactly one worker
# The "why it matters" line of the check `exactly_the_pool_size_in_flight` (bound).
# TODO(translate)
exercise-12-check-exactly-the-pool-size-in-flight = a pool of N workers processes exactly N jobs at once
# The "why it matters" line of the check `the_uploads_wait_while_the_queue_is_full` (bound).
# TODO(translate)
exercise-12-check-the-uploads-wait-while-the-queue-is-full = a bounded queue holds the producer back (backpressure) instead of piling up work
# The "why it matters" line of the check `workers_stop_when_the_uploads_run_out` (behaviour).
# TODO(translate)
exercise-12-check-workers-stop-when-the-uploads-run-out = drop the sender to close the queue, then wait for every worker to stop
# The "why it matters" line of the check `resizing_keeps_three_workers_busy` (timing).
# TODO(translate)
exercise-12-check-resizing-keeps-three-workers-busy = a free worker takes the next job at once: three workers share the work, no batch waits for its slowest job

## exercise-13: The audit entries that vanished at exit

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-13-title = The audit entries that vanished at exit
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-13-topic = detached tasks: track them (JoinSet) and shut down gracefully
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-13-hint = `tokio::spawn` is right: the write should run in the background. The trouble is the JoinHandle it returns, dropped on the spot: nobody can wait for that task or read its result. Where could the audit log keep its tasks, so that `shutdown` can wait for each one and hear how it ended? Look at `tokio::task::JoinSet`.
# The "why it matters" line of the check `every_event_is_written_before_shutdown_returns` (behaviour).
# TODO(translate)
exercise-13-check-every-event-is-written-before-shutdown-returns = a graceful shutdown returns only when the background work is done
# The "why it matters" line of the check `no_write_is_lost_when_the_program_exits` (behaviour).
# TODO(translate)
exercise-13-check-no-write-is-lost-when-the-program-exits = when main returns, the runtime drops every task still running: detached work is lost
# The "why it matters" line of the check `a_failed_write_is_reported_at_shutdown` (behaviour).
# TODO(translate)
exercise-13-check-a-failed-write-is-reported-at-shutdown = a detached task's error goes nowhere; a tracked task's error reaches the caller
# The "why it matters" line of the check `shutdown_waits_for_the_writes` (timing).
# TODO(translate)
exercise-13-check-shutdown-waits-for-the-writes = shutdown waits for the writes in flight (0.1 s), which still run concurrently

## exercise-14: Every answer, even the failures

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-14-title = Every answer, even the failures
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-14-topic = collect every result and error without cancelling the rest (gather with return_exceptions)
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-14-hint = `try_join_all` treats ten fetches as one operation that fails as a whole: the first error wins and the rest are dropped. Here each user stands alone. In Rust an error is already a value, a `Result`; which combinator waits for every future and hands back each output as it is, in order?
# The "why it matters" line of the check `reports_every_user_that_was_fetched` (behaviour).
# TODO(translate)
exercise-14-check-reports-every-user-that-was-fetched = one failed call does not throw away the results of the others
# The "why it matters" line of the check `reports_every_failure_in_its_place` (behaviour).
# TODO(translate)
exercise-14-check-reports-every-failure-in-its-place = every error is reported, in the place of the call that failed
# The "why it matters" line of the check `no_fetch_is_cancelled` (behaviour).
# TODO(translate)
exercise-14-check-no-fetch-is-cancelled = collecting every result means no call is cancelled when another fails
# The "why it matters" line of the check `the_batch_takes_as_long_as_the_slowest_fetch` (timing).
# TODO(translate)
exercise-14-check-the-batch-takes-as-long-as-the-slowest-fetch = a complete report is ready when the slowest call is, not at the first error

## exercise-15: One page at a time

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-15-title = One page at a time
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-15-topic = async streams (async generators) for pagination: lazy, one page in memory
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-15-hint = A `Stream` only works while its consumer waits on `next()`, so it can fetch a page exactly when the consumer needs a user it does not have yet. The starter's stream hides a loop that loads everything before the first item. Think of the seed's `while True` loop as a state (the next page number) and one async step that turns a state into a page and the next state: which constructor in `futures::stream` is built from exactly that? Then turn pages into users without collecting them.
# The "why it matters" line of the check `yields_every_user_in_order` (behaviour).
# TODO(translate)
exercise-15-check-yields-every-user-in-order = a stream yields every item of every page, in order
# The "why it matters" line of the check `a_failed_page_ends_the_stream_with_its_error` (behaviour).
# TODO(translate)
exercise-15-check-a-failed-page-ends-the-stream-with-its-error = a failed page ends the stream with its error, after the items already fetched
# The "why it matters" line of the check `the_first_user_arrives_after_one_page` (timing).
# TODO(translate)
exercise-15-check-the-first-user-arrives-after-one-page = a lazy stream yields the first item after one page, and fetches the next page on demand
# The "why it matters" line of the check `stopping_early_fetches_only_the_pages_needed` (bound).
# TODO(translate)
exercise-15-check-stopping-early-fetches-only-the-pages-needed = a consumer that stops early causes only the requests for the pages it used
# The "why it matters" line of the check `at_most_one_page_is_buffered` (bound).
# TODO(translate)
exercise-15-check-at-most-one-page-is-buffered = streaming keeps one page in memory, whatever the length of the listing

## exercise-16: The cache that became a queue

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-16-title = The cache that became a queue
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-16-topic = a lock held across .await serialises every caller; scope the guard
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-16-hint = A guard holds its lock until it is dropped, and a `let` binding drops it only at the end of its scope. In the starter, which lines run while the lock is held, and which of them waits 0.5 s? Think about what actually needs protecting: the map, or the fetch? (If you switch to `std::sync::Mutex`, the compiler's complaint that a future is not `Send` and asynclint's `lock-across-await` warning both point at the same mistake.)
# The "why it matters" line of the check `every_caller_gets_its_profile_and_it_is_cached` (behaviour).
# TODO(translate)
exercise-16-check-every-caller-gets-its-profile-and-it-is-cached = each handler gets its own profile, and a fetched profile is answered from the cache
# The "why it matters" line of the check `a_failed_fetch_is_reported` (behaviour).
# TODO(translate)
exercise-16-check-a-failed-fetch-is-reported = a failed fetch reaches the caller
# The "why it matters" line of the check `ten_misses_for_different_users_take_half_a_second` (timing).
# TODO(translate)
exercise-16-check-ten-misses-for-different-users-take-half-a-second = a lock held during a 0.5 s fetch makes ten handlers wait in line: 5 s instead of 0.5 s
# The "why it matters" line of the check `fetches_for_different_users_run_at_the_same_time` (bound).
# TODO(translate)
exercise-16-check-fetches-for-different-users-run-at-the-same-time = fetches for different keys are in flight together when no lock is held across them
# The "why it matters" line of the check `a_cache_hit_never_waits_for_a_slow_fetch` (timing).
# TODO(translate)
exercise-16-check-a-cache-hit-never-waits-for-a-slow-fetch = a cache hit is answered at once, even while another key's slow fetch is running

## exercise-17: Every connection comes back

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-17-title = Every connection comes back
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-17-topic = resource cleanup (async with): a guard whose Drop returns the connection
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-17-hint = Where does the starter give the connection back, and which ways out of `handle_request` skip that line? Remember that a timeout or an aborted task stops a future in the middle of an `.await`: no line after it runs. Only one thing in Rust runs on every exit, including those: what happens to a value when it goes out of scope? Let `acquire` hand out a value that knows its pool.
# The "why it matters" line of the check `returns_the_row` (behaviour).
# TODO(translate)
exercise-17-check-returns-the-row = a request returns its row and gives its connection back
# The "why it matters" line of the check `no_connection_leaks_after_failed_queries` (behaviour).
# TODO(translate)
exercise-17-check-no-connection-leaks-after-failed-queries = an error returned with `?` must not skip giving the connection back
# The "why it matters" line of the check `no_connection_leaks_after_timeouts` (behaviour).
# TODO(translate)
exercise-17-check-no-connection-leaks-after-timeouts = a timeout drops the future mid-await: only Drop gives the connection back
# The "why it matters" line of the check `no_connection_leaks_after_cancelled_tasks` (behaviour).
# TODO(translate)
exercise-17-check-no-connection-leaks-after-cancelled-tasks = an aborted task is dropped mid-await: only Drop gives the connection back
# The "why it matters" line of the check `the_pool_never_exceeds_its_size` (bound).
# TODO(translate)
exercise-17-check-the-pool-never-exceeds-its-size = a pool never lends more connections than it owns, and keeps all of them busy

## exercise-18: A handler in the time of its slowest call

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-18-title = A handler in the time of its slowest call
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-18-topic = case study: a DB query and an HTTP call concurrently with tokio::try_join!
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-18-hint = Does the profile request use anything the database query returns? If not, nothing obliges the handler to wait for one before starting the other. The seed's handler passes both to `asyncio.gather`; tokio has a macro that polls several futures on the same task and stops at the first error. Both futures must fail with the same error type.
# The "why it matters" line of the check `returns_the_account_and_the_profile` (behaviour).
# TODO(translate)
exercise-18-check-returns-the-account-and-the-profile = the handler answers with the database row and the API's body
# The "why it matters" line of the check `a_failure_on_either_side_is_an_error` (behaviour).
# TODO(translate)
exercise-18-check-a-failure-on-either-side-is-an-error = a failed query or a failed HTTP call is reported as that side's error
# The "why it matters" line of the check `a_slow_api_sets_the_pace` (timing).
# TODO(translate)
exercise-18-check-a-slow-api-sets-the-pace = two independent calls take as long as the slower one (0.5 s), not their sum (0.8 s)
# The "why it matters" line of the check `a_slow_database_sets_the_pace` (timing).
# TODO(translate)
exercise-18-check-a-slow-database-sets-the-pace = whichever side is slower sets the latency: 0.6 s, not 0.8 s
# The "why it matters" line of the check `the_query_and_the_request_overlap` (bound).
# TODO(translate)
exercise-18-check-the-query-and-the-request-overlap = the database and the HTTP service saw their calls at the same time

## exercise-19: A sync library that calls back into async code

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-19-title = A sync library that calls back into async code
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-19-topic = block_on inside the runtime: keep it async, or bridge from spawn_blocking
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-19-hint = `block_on` waits for a future by parking the thread that calls it. Which thread is that here, and who else was supposed to drive the price lookup while it sleeps? Two ways out: the library asks for the products of the order, which you know before it runs, so the prices could be fetched first with ordinary awaits; or the library could run on a thread that is allowed to block (what is Python's `asyncio.to_thread` called in `tokio::task`?). Capture `Handle::current()` before you leave the runtime.
# The "why it matters" line of the check `prices_every_line_from_the_catalogue` (behaviour).
# TODO(translate)
exercise-19-check-prices-every-line-from-the-catalogue = block_on on a runtime thread panics: that thread is the one that must drive the future
# The "why it matters" line of the check `works_on_a_current_thread_runtime` (behaviour).
# TODO(translate)
exercise-19-check-works-on-a-current-thread-runtime = code that blocks on the runtime fails or deadlocks on a current_thread runtime, and block_in_place only exists on the multi-thread one
# The "why it matters" line of the check `a_failed_price_lookup_is_reported` (behaviour).
# TODO(translate)
exercise-19-check-a-failed-price-lookup-is-reported = the service's error crosses the sync library back to the caller
# The "why it matters" line of the check `pricing_never_blocks_the_runtime` (stall).
# TODO(translate)
exercise-19-check-pricing-never-blocks-the-runtime = waiting for async work from sync code must happen on a thread that may block, not the runtime's

## exercise-20: Heartbeats that eat the frames

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-20-title = Heartbeats that eat the frames
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-20-topic = cancel safety in a select! loop: keep the unfinished read (a buffer, a pinned future, a task)
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-20-hint = Each time the heartbeat wins the `select!`, the frame read is dropped. What had that read already taken off the connection, and where was it keeping it? Look for "Cancel safety" in the docs of `AsyncReadExt::read_exact` and `AsyncReadExt::read_buf`. Bytes kept in a buffer that outlives the loop cannot be dropped with a future; neither can a future you create once, outside the loop.
# The "why it matters" line of the check `every_frame_arrives_intact` (behaviour).
# TODO(translate)
exercise-20-check-every-frame-arrives-intact = select! drops the losing future: a read cancelled halfway loses the bytes it had taken
# The "why it matters" line of the check `each_frame_is_delivered_as_soon_as_it_is_complete` (timing).
# TODO(translate)
exercise-20-check-each-frame-is-delivered-as-soon-as-it-is-complete = a cancel-safe reader still delivers each frame the moment its last byte arrives
# The "why it matters" line of the check `the_heartbeat_keeps_its_rhythm` (timing).
# TODO(translate)
exercise-20-check-the-heartbeat-keeps-its-rhythm = the heartbeat must keep ticking while a slow frame arrives: reading and ticking wait together
# The "why it matters" line of the check `a_connection_cut_mid_frame_is_an_error` (behaviour).
# TODO(translate)
exercise-20-check-a-connection-cut-mid-frame-is-an-error = bytes left over when the stream ends are a frame cut off, not a clean end

## exercise-21: Waiting for the migrations without looking every 100 ms

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-21-title = Waiting for the migrations without looking every 100 ms
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-21-topic = busy waiting vs being notified (asyncio.Event): watch and Notify
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-21-hint = Nothing can make a sleep-and-check loop both prompt and cheap: a short sleep wakes often, a long one notices late. Instead of the handlers asking "done yet?", let `mark_done` tell them. Python has `asyncio.Event` for this. In `tokio::sync`, look for a channel that holds one value and lets a receiver wait until the value is what it wants, or for a bare notification (and read what it does for a task that starts waiting after the notification was sent).
# The "why it matters" line of the check `a_request_after_the_migrations_goes_straight_through` (behaviour).
# TODO(translate)
exercise-21-check-a-request-after-the-migrations-goes-straight-through = a notification only wakes tasks already waiting: keep the state for those who come later
# The "why it matters" line of the check `waiting_requests_resume_the_moment_the_migrations_end` (timing).
# TODO(translate)
exercise-21-check-waiting-requests-resume-the-moment-the-migrations-end = a task that checks now and then notices late; a notified task resumes at once
# The "why it matters" line of the check `waiting_lets_the_runtime_sleep` (bound).
# TODO(translate)
exercise-21-check-waiting-lets-the-runtime-sleep = a sleep-and-check loop wakes the runtime at every check, though nothing changed

## exercise-22: Gather what is independent, chain what is not

# The exercise's title, one line in `kit list`.
# TODO(translate)
exercise-22-title = Gather what is independent, chain what is not
# The concept it teaches, a short phrase in `kit list`.
# TODO(translate)
exercise-22-topic = independent awaits (gather them) vs dependent awaits (a pagination cursor), and chains side by side
# `kit hint`: a nudge, not the answer.
# TODO(translate)
exercise-22-hint = Look at each loop and ask: what does this pass need that only the previous pass can give it? A profile request needs an id, which you already have; a page request needs a cursor, which only the page before can give you. One loop can have all its requests in flight at once; the other cannot, and no combinator changes that. Then ask the same question about the two loops: does the page chain need the profiles? Look at `tokio::try_join!`.
# The "why it matters" line of the check `the_report_has_every_customer_and_invoice` (behaviour).
# TODO(translate)
exercise-22-check-the-report-has-every-customer-and-invoice = every profile in the order asked, every invoice in page order
# The "why it matters" line of the check `a_failed_request_is_reported` (behaviour).
# TODO(translate)
exercise-22-check-a-failed-request-is-reported = a failed profile or a failed page is the report's error
# The "why it matters" line of the check `the_profiles_are_fetched_together` (bound).
# TODO(translate)
exercise-22-check-the-profiles-are-fetched-together = requests that need nothing from each other can all be in flight at once
# The "why it matters" line of the check `the_pages_follow_the_cursor_chain` (bound).
# TODO(translate)
exercise-22-check-the-pages-follow-the-cursor-chain = a request that needs the previous answer's cursor cannot start before that answer
# The "why it matters" line of the check `the_report_takes_as_long_as_the_page_chain` (timing).
# TODO(translate)
exercise-22-check-the-report-takes-as-long-as-the-page-chain = a sequential chain still runs beside independent work: the report takes the chain's 1.0 s

## The source policy: what a learner's src/ may not use
##
## $name (text): what was found, as kit names it in English (`tokio::time::advance`,
##   an `unsafe` block)

# TODO(translate)
policy-clock-control-problem = `{ $name }` controls tokio's clock from src/
# TODO(translate)
policy-clock-control-why = the grading tests measure your code on tokio's paused clock; code that pauses, moves or resumes that clock itself fakes the time a check measures, and outside a test runtime these functions panic
# TODO(translate)
policy-clock-control-help = wait for time to pass with `tokio::time::sleep`, `sleep_until` or `interval`, and leave the clock to the runtime

# TODO(translate)
policy-process-exit-problem = `{ $name }` ends the whole process from src/
# TODO(translate)
policy-process-exit-why = a library function that ends the process takes its caller down with it, and here it stops the grading test before it can report, so the check fails
# TODO(translate)
policy-process-exit-help = return an error (`Result`) and let the caller decide what to do with it

# TODO(translate)
policy-macro-built-path-problem = a macro builds a path into `{ $name }` from a macro variable
# TODO(translate)
policy-macro-built-path-why = kit cannot tell which function such a path calls, and `{ $name }` holds functions that src/ may not use
# TODO(translate)
policy-macro-built-path-help = write the path of the function you call out in full

# TODO(translate)
policy-linker-attribute-problem = `#[{ $name }]` changes what the linker sees
# TODO(translate)
policy-linker-attribute-why = these attributes can replace or hook symbols of the program that runs the grading tests; an exercise never needs them
# TODO(translate)
policy-linker-attribute-help = remove the attribute: plain Rust items are all an exercise needs

# TODO(translate)
policy-unsafe-problem = { $name } in src/
# TODO(translate)
policy-unsafe-why = unsafe code can break the guarantees the grading tests rely on, and no exercise needs it: each one is solved with safe tokio and std APIs
# TODO(translate)
policy-unsafe-help = remove the unsafe code and use the safe API that does the job

# TODO(translate)
policy-hidden-source-problem = { $name } brings in code kit cannot check
# TODO(translate)
policy-hidden-source-why = kit checks the files under src/; code included from elsewhere escapes that check
# TODO(translate)
policy-hidden-source-help = keep every module in a file under src/ and declare it with a plain `mod name;`

# TODO(translate)
policy-unreadable-problem = kit could not read this file: { $name }
# TODO(translate)
policy-unreadable-why = a file kit cannot parse is a file kit cannot check, so it cannot count towards a grade
# TODO(translate)
policy-unreadable-help = make the file valid Rust (cargo build shows where it is not)
