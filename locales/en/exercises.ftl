### Every exercise's own messages: what its grading checks say when they fail. Each section
### belongs to one exercise (`exercise-NN-`), and each message ID names the check that shows it
### (`exercise-01-ten-users-take-half-a-second-...`) and its part: `problem` (the first line:
### what was measured and what is wrong), `why` (why it matters at run time), `help` (what
### correct code does), `what` (what a timing check measured, inserted into the harness's
### "{ $what } took 0.5 s of simulated time"), `too-slow` / `too-fast` (what a time out of
### bounds means, inserted after that sentence's colon).
###
### Arguments: a `(number)` selects plural forms; a `(duration)` is already rendered by the
### `seconds` message ("0.5 s"); a `(message)` is another message of this catalogue, rendered
### first; a `(text)` is shown as it is: usually a Rust value as `{:?}` prints it
### (`Ok([1, 2])`, `Err(Failed { service: "user API", key: 4 })`), or an error's own text.
###
### The titles, topics, hints and "why it matters" lines of `kit list`, `kit hint` and
### `kit grade` are not here: their English is in exercises/info.toml, and the other
### languages give them as `exercise-NN-title`, `-topic`, `-hint` and `-check-<test>`.

## exercise-01: Ten users in the time of one

# returns_the_ten_users_in_order: problem
# $ids (text): the ids of the users returned, as Rust prints a list ([1, 2, 3])
exercise-01-returns-the-ten-users-in-order-problem = expected users 1 to 10 in id order, got ids { $ids }
# returns_the_ten_users_in_order: help
exercise-01-returns-the-ten-users-in-order-help = keep the results in the order the requests were made, whatever order they finish in
# returns_the_ten_users_in_order: help
exercise-01-returns-the-ten-users-in-order-help-2 = fetch each of the ten users from the API
# reports_a_failed_request: problem
# $result (text): what the function returned, as Rust prints it (Ok([...]) or Err(...))
exercise-01-reports-a-failed-request-problem = user 4 could not be fetched, but the function returned { $result }
# reports_a_failed_request: help
exercise-01-reports-a-failed-request-help = return the error of the failed request instead of hiding it
# ten_users_take_half_a_second: what
exercise-01-ten-users-take-half-a-second-what = fetching 10 users
# ten_users_take_half_a_second: too-slow
exercise-01-ten-users-take-half-a-second-too-slow = the requests ran one after another
# ten_users_take_half_a_second: help
exercise-01-ten-users-take-half-a-second-help = create all ten request futures first, then await them together (`futures::future::try_join_all`); concurrent code finishes in about 0.5 s
# all_ten_requests_are_in_flight_together: help
exercise-01-all-ten-requests-are-in-flight-together-help = fetch each of the ten users exactly once
# all_ten_requests_are_in_flight_together: help
exercise-01-all-ten-requests-are-in-flight-together-help-2 = an `.await` inside the loop waits for each request before sending the next; collect the futures first and await them all at once
# returns_the_ten_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
exercise-01-fetching-failed = fetching ten users failed: { $error }

## exercise-02: The audit entry that never happened

# stores_the_order: problem
# $result (text): what `place_order` returned, as Rust prints it (Ok(1), Err(...))
# $orders (text): the rows of the orders table, as Rust prints a list of strings
exercise-02-stores-the-order-problem = placing alice's order returned { $result } and left the orders table as { $orders }
# stores_the_order: help
exercise-02-stores-the-order-help = insert the order and return the id the database gave it
# the_audit_log_records_the_order: why
exercise-02-the-audit-log-records-the-order-why = calling an async fn only creates a future; a future that is dropped without being awaited never runs
# only: help
exercise-02-the-audit-log-records-the-order-help = await the audit write (and pass its error on with `?`)
# placing_an_order_takes_both_writes: what
exercise-02-placing-an-order-takes-both-writes-what = placing an order
# placing_an_order_takes_both_writes: too-fast
exercise-02-placing-an-order-takes-both-writes-too-fast = two writes of 0.1 s each, one after the other, take 0.2 s; finishing sooner means one write never ran: a future that is not awaited takes no time because it does nothing
# placing_an_order_takes_both_writes: too-slow
exercise-02-placing-an-order-takes-both-writes-too-slow = the two writes should take 0.2 s together
# a_failed_audit_write_is_reported: problem
# $result (text): what `place_order` returned, as Rust prints it
exercise-02-a-failed-audit-write-is-reported-problem = the audit write failed, but `place_order` returned { $result }
# a_failed_audit_write_is_reported: why
exercise-02-a-failed-audit-write-is-reported-why = an error inside a future nobody awaits is lost, like the work itself
# a_failed_audit_write_is_reported: help
exercise-02-a-failed-audit-write-is-reported-help = await the audit write and pass its error on with `?`
# the_audit_log_records_the_order: problem, when the audit log is empty
# $inserts (number): the inserts the database saw
exercise-02-the-audit-log-records-the-order-problem-empty = the audit log is empty after `place_order` returned; the database saw { $inserts } insert(s), so the audit write never started
# the_audit_log_records_the_order: problem, when the audit log holds something else
# $audit_log (text): the audit log's rows, as Rust prints a list of strings
exercise-02-the-audit-log-records-the-order-problem-wrong = the audit log holds { $audit_log }, expected ["order 1 placed by alice"]

## exercise-03: Start the task now, await it later

# returns_profile_and_orders: problem
# $dashboard (text): what `build_dashboard` returned, as Rust prints it
exercise-03-returns-profile-and-orders-problem = expected user 7's profile and orders, got { $dashboard }
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help = fetch the profile of `user_id` and query the orders of the same user
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help-2 = fetch the profile from the users API, once
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help-3 = query the orders from the database, once
# a_failed_profile_is_reported: problem
# $dashboard (text): what `build_dashboard` returned, as Rust prints it
exercise-03-a-failed-profile-is-reported-problem = the profile request failed, but `build_dashboard` returned { $dashboard }
# a_failed_profile_is_reported: help
exercise-03-a-failed-profile-is-reported-help = await the task's JoinHandle and pass the request's error on with `?`
# the_dashboard_takes_as_long_as_the_slowest_call: what
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-what = building the dashboard
# the_dashboard_takes_as_long_as_the_slowest_call: too-slow
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-too-slow = the 0.4 s profile request and the 0.3 s query ran one after the other (0.7 s)
# the_dashboard_takes_as_long_as_the_slowest_call: help
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-help = keep the JoinHandle, run the query while the task works, and await the handle afterwards: the dashboard then takes as long as the slowest call, 0.4 s
# the_query_runs_while_the_profile_loads: problem
# $profile_calls (number): completed profile requests
# $query_calls (number): completed database queries
exercise-03-the-query-runs-while-the-profile-loads-problem = expected one completed profile request and one completed query, saw { $profile_calls } and { $query_calls }
# the_query_runs_while_the_profile_loads: help
exercise-03-the-query-runs-while-the-profile-loads-help = fetch the profile once and query the orders once
# the_query_runs_while_the_profile_loads: problem
# $query_started (duration): when the database query started
# $profile_started (duration): when the profile request started
exercise-03-the-query-runs-while-the-profile-loads-problem-2 = the database query started at { $query_started } of simulated time, when the profile request (started at { $profile_started }) had already finished: the spawned task was awaited right away
# the_query_runs_while_the_profile_loads: why
exercise-03-the-query-runs-while-the-profile-loads-why = awaiting a JoinHandle immediately after `tokio::spawn` is a sequential call with extra steps: the caller waits and does nothing meanwhile
# the_query_runs_while_the_profile_loads: help
exercise-03-the-query-runs-while-the-profile-loads-help-2 = start the task, do the other work, then await the handle

## exercise-04: One fails, all stop

# returns_the_whole_team_in_order: problem
# $team (text): what `fetch_team` returned, as Rust prints it
exercise-04-returns-the-whole-team-in-order-problem = expected users 1 to 10 in id order, got { $team }
# returns_the_whole_team_in_order: help
exercise-04-returns-the-whole-team-in-order-help = results arrive in completion order: sort them by id before returning
# returns_the_whole_team_in_order: help
exercise-04-returns-the-whole-team-in-order-help-2 = fetch each of the ten users from the API
# returns_the_error_of_the_failed_fetch: problem
# $result (text): what `fetch_team` returned, as Rust prints it
exercise-04-returns-the-error-of-the-failed-fetch-problem = fetching user 4 failed, but `fetch_team` returned { $result }
# returns_the_error_of_the_failed_fetch: help
exercise-04-returns-the-error-of-the-failed-fetch-help = pass the first error on to the caller
# a_failure_is_returned_promptly: what
exercise-04-a-failure-is-returned-promptly-what = returning user 4's failure
# a_failure_is_returned_promptly: too-slow
exercise-04-a-failure-is-returned-promptly-too-slow = user 4 failed after 0.1 s, but the caller only heard of it once the fetches awaited before it had finished
# a_failure_is_returned_promptly: help
exercise-04-a-failure-is-returned-promptly-help = take results in the order they complete (`JoinSet::join_next`) and return on the first error: the failure then arrives after 0.1 s
# a_failure_is_returned_promptly: problem (the time counts only for a run that did the work)
# $started (number): how many of the 10 fetches had started when `fetch_team` returned
exercise-04-a-failure-is-returned-promptly-problem = `fetch_team` returned user 4's failure after starting { $started } of the 10 fetches: a failure counts as returned promptly only while the whole team is being fetched
# the_other_fetches_are_cancelled: help
exercise-04-the-other-fetches-are-cancelled-help = spawn the fetches into a `tokio::task::JoinSet` and return on the first error: dropping the set aborts the tasks still in it

## exercise-05: Save each report as it arrives

# saves_every_report: problem
# $saved (text): what the function returned, as Rust prints it
# $reports_table (text): the rows of the reports table, as Rust prints a list of strings
exercise-05-saves-every-report-problem = expected the reports of users 1 to 5 saved once each and their ids returned in saving order, got { $saved } with the rows { $reports_table }
# saves_every_report: help
exercise-05-saves-every-report-help = save every report with `db.insert(REPORTS_TABLE, user.name)` and return the ids in the order you saved them
# a_failed_fetch_is_reported: problem
# $saved (text): what the function returned, as Rust prints it
exercise-05-a-failed-fetch-is-reported-problem = fetching user 3's report failed, but the function returned { $saved }
# a_failed_fetch_is_reported: help
exercise-05-a-failed-fetch-is-reported-help = pass the first error on to the caller with `?`
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help = fetch each of the five reports once
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help-2 = save each of the five reports once
# each_report_is_saved_when_it_arrives: problem
# $arrivals (list): when each report arrived: durations joined by ", "
# $saves (list): when each report was saved: durations joined by ", "
exercise-05-each-report-is-saved-when-it-arrives-problem = the reports arrived at { $arrivals } of simulated time, but were saved at { $saves }
# each_report_is_saved_when_it_arrives: why
exercise-05-each-report-is-saved-when-it-arrives-why = awaiting results in the order they were submitted makes every fast result wait behind the slow one before it: the 0.1 s report is handled only after 1.0 s
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help-3 = take the results in completion order (`FuturesUnordered` and `next()`, or a `JoinSet` and `join_next()`) and save each one as soon as it is handed out
# the_import_takes_the_slowest_fetch_plus_one_save: what
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-what = fetching and saving the five reports
# the_import_takes_the_slowest_fetch_plus_one_save: too-slow
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-too-slow = the four fast reports were saved only after the slow one arrived, one save after another (1.0 s + 5 × 0.05 s)
# the_import_takes_the_slowest_fetch_plus_one_save: help
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-help = when every fast report is saved as it arrives, only the slowest one's save is left at the end: 1.0 s + 0.05 s

## exercise-06: A hung dependency must not hang the caller

# loads_the_dashboard_when_both_answer: problem
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-loads-the-dashboard-when-both-answer-problem = expected user 7's profile and orders, got { $dashboard }
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help = fetch the profile of `user_id` and query the orders of the same user
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help-2 = fetch the profile from the users API, once
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help-3 = query the orders from the database, once
# a_slow_but_healthy_call_is_not_cut_off: problem
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-slow-but-healthy-call-is-not-cut-off-problem = both calls answered in 0.9 s, within their 1 s limit, but the dashboard was { $dashboard }
# a_slow_but_healthy_call_is_not_cut_off: why
exercise-06-a-slow-but-healthy-call-is-not-cut-off-why = a limit shorter than a healthy call turns a slow day into an outage
# a_slow_but_healthy_call_is_not_cut_off: help
exercise-06-a-slow-but-healthy-call-is-not-cut-off-help = give EACH call its own 1 s limit (`TIME_LIMIT`), not the whole function
# a_hung_api_fails_at_the_limit: what
exercise-06-a-hung-api-fails-at-the-limit-what = loading the dashboard while the users API hangs
# a_hung_api_fails_at_the_limit: too-slow
exercise-06-a-hung-api-fails-at-the-limit-too-slow = the caller waited as long as the hung API did
# a_hung_api_fails_at_the_limit: help
exercise-06-a-hung-api-fails-at-the-limit-help = wrap the call in `tokio::time::timeout(TIME_LIMIT, ...)`: the caller then gets an error after 1 s, however long the API hangs
# a_hung_api_fails_at_the_limit: problem (the time counts only for a run that did the work)
# $requests (number): how many profile requests were started
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-hung-api-fails-at-the-limit-problem = the dashboard came back as { $dashboard } after { $requests } profile request(s): the time counts only for a call that was made and given up on at the limit
# a_hung_database_fails_at_the_limit: what
exercise-06-a-hung-database-fails-at-the-limit-what = loading the dashboard while the database hangs
# a_hung_database_fails_at_the_limit: too-slow
exercise-06-a-hung-database-fails-at-the-limit-too-slow = the query had no time limit: the caller waited as long as the hung database did
# a_hung_database_fails_at_the_limit: help
exercise-06-a-hung-database-fails-at-the-limit-help = every I/O needs its own limit: after the 0.3 s profile, the query should give up after 1 s (1.3 s in all)
# a_hung_database_fails_at_the_limit: problem (the time counts only for a run that did the work)
# $queries (number): how many orders queries were started
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-hung-database-fails-at-the-limit-problem = the dashboard came back as { $dashboard } after { $queries } orders query(ies): the time counts only for a query that was made and given up on at the limit
# the_error_names_the_call_that_hung: problem
# $profile_hung (text): what it returned when the API hung, as Rust prints it
# $orders_hung (text): what it returned when the database hung, as Rust prints it
# $failed (text): what it returned when the API failed, as Rust prints it
exercise-06-the-error-names-the-call-that-hung-problem = expected `TimedOut(Profile)` when the API hangs, `TimedOut(Orders)` when the database hangs and `Failed(..)` when the API fails; got { $profile_hung }, { $orders_hung } and { $failed }
# the_error_names_the_call_that_hung: why
exercise-06-the-error-names-the-call-that-hung-why = the caller can only retry, fall back or alert if it knows WHAT went wrong
# the_error_names_the_call_that_hung: help
exercise-06-the-error-names-the-call-that-hung-help = map `timeout`'s `Elapsed` error to `LoadError::TimedOut(step)` and pass the call's own error on with `?`
# the_hung_call_is_cancelled: help
exercise-06-the-hung-call-is-cancelled-help = `tokio::time::timeout` drops the future it wraps when the time is up, which cancels the call; a timeout around a spawned task's JoinHandle leaves the task running (abort it, or time out the call itself)
# the_hung_call_is_cancelled: problem
exercise-06-the-hung-call-is-cancelled-problem = the database was queried although the profile request had timed out
# the_hung_call_is_cancelled: help
exercise-06-the-hung-call-is-cancelled-help-2 = return the timeout error at once, with `?`

## exercise-07: Ask two replicas, keep the first answer

# returns_the_user: problem
# $user (text): what the function returned, as Rust prints it
exercise-07-returns-the-user-problem = expected user 7, got { $user }
# returns_the_user: help
exercise-07-returns-the-user-help = return the answer of the replica that answered first
# returns_the_user: problem
exercise-07-returns-the-user-problem-2 = neither replica completed a request, yet a user was returned
# returns_the_user: help
exercise-07-returns-the-user-help-2 = return the answer a replica gave
# both_replicas_are_asked_at_once: problem
# $asked_a (number): requests sent to replica A
# $first_a (message): when replica A was first asked (exercise-07-first-request-...)
# $asked_b (number): requests sent to replica B
# $first_b (message): when replica B was first asked
exercise-07-both-replicas-are-asked-at-once-problem = replica A was asked { $asked_a } time(s), first { $first_a }; replica B { $asked_b } time(s), first { $first_b }: expected one request to each, both at 0.0 s
# both_replicas_are_asked_at_once: why
exercise-07-both-replicas-are-asked-at-once-why = a race only helps if both runners start together: asking one replica after the other waits for both
# both_replicas_are_asked_at_once: help
exercise-07-both-replicas-are-asked-at-once-help = poll both request futures together in one `tokio::select!`
# answers_at_the_faster_replicas_latency: what
exercise-07-answers-at-the-faster-replicas-latency-what = fetching from two replicas (0.8 s and 0.2 s)
# answers_at_the_faster_replicas_latency: too-slow
exercise-07-answers-at-the-faster-replicas-latency-too-slow = the caller waited for the slower replica too
# answers_at_the_faster_replicas_latency: help
exercise-07-answers-at-the-faster-replicas-latency-help = `tokio::select!` over both requests completes as soon as the first one does: 0.2 s here
# the_slower_request_is_cancelled: problem
# $slow_cancelled (number): the slower replica's requests that were cancelled (1 is right)
# $slow_completed (number): the slower replica's requests that ran to the end
# $fast_succeeded (number): the faster replica's requests that succeeded (1 is right)
exercise-07-the-slower-request-is-cancelled-problem = the slower replica's request was { $slow_cancelled ->
        [1] cancelled
       *[other] not cancelled ({ $slow_completed } ran to the end)
    }; the faster one's { $fast_succeeded ->
        [1] succeeded
       *[other] did not succeed
    }
# the_slower_request_is_cancelled: why
exercise-07-the-slower-request-is-cancelled-why = a request whose answer nobody needs still holds a connection and still loads the replica: racing without cancelling doubles the load for nothing
# the_slower_request_is_cancelled: help
exercise-07-the-slower-request-is-cancelled-help = `tokio::select!` drops the futures of the branches that lost, which cancels them; spawned tasks are not cancelled by dropping their JoinHandle (abort them)
# When a replica was first asked, inserted as $first_a / $first_b below: never asked
exercise-07-first-request-never = never
# When a replica was first asked
# $at (duration): the simulated time of its first request
exercise-07-first-request-at = at { $at }

## exercise-08: A legacy library that blocks

# assert_the_library_ran: problem
# $completed (number): queries the legacy library's database completed
exercise-08-assert-the-library-ran-problem = the legacy library's database completed { $completed } queries, expected 1: the report must come from `legacy::run_report_query`
# assert_the_library_ran: why
exercise-08-assert-the-library-ran-why = the exercise is about running code you cannot change without blocking the runtime; skipping the library, or copying what it does, avoids the question
# assert_the_library_ran: help
exercise-08-assert-the-library-ran-help = call `legacy::run_report_query` once, on a thread where blocking is allowed
# returns_the_report: problem
# $expected (text): the right report, quoted as Rust prints a string
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-returns-the-report-problem = expected { $expected }, got { $report }
# returns_the_report: help
exercise-08-returns-the-report-help = return what `legacy::run_report_query` returns for the same template and user
# a_missing_template_is_an_error: problem
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-a-missing-template-is-an-error-problem = the template file does not exist, but `report_for` returned { $report }
# a_missing_template_is_an_error: help
exercise-08-a-missing-template-is-an-error-help = pass the library's `io::Error` on to the caller: the JoinHandle's own error only means the closure panicked
# building_a_report_never_blocks_the_runtime: help
exercise-08-building-a-report-never-blocks-the-runtime-help = the legacy library blocks its thread for 0.4 s; run it on tokio's blocking pool with `tokio::task::spawn_blocking(move || ...)` and `.await` the handle, so the runtime's thread stays free
# building_a_report_never_blocks_the_runtime: problem
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-building-a-report-never-blocks-the-runtime-problem = the report failed: { $report }
# building_a_report_never_blocks_the_runtime: help
exercise-08-building-a-report-never-blocks-the-runtime-help-2 = return what `legacy::run_report_query` returns

## exercise-09: A slow hash in a login handler

# derives_the_right_keys: problem
# $alice (text): the key derived for the first login, in hexadecimal (0x...)
# $bob (text): the key derived for the second login, in hexadecimal
# $expected_alice (text): the right key for the first login, in hexadecimal
# $expected_bob (text): the right key for the second login, in hexadecimal
exercise-09-derives-the-right-keys-problem = two logins at once got the keys { $alice } and { $bob }, expected { $expected_alice } and { $expected_bob }
# derives_the_right_keys: help
exercise-09-derives-the-right-keys-help = return what `kdf::stretch(&password, rounds)` computes, for each caller its own
# hashing_never_blocks_the_runtime: help
exercise-09-hashing-never-blocks-the-runtime-help = run the computation on threads meant for it: `rayon::spawn` with a `tokio::sync::oneshot` channel to send the key back (or `tokio::task::spawn_blocking`), and `.await` the result
# hashing_never_blocks_the_runtime: problem
# $key (text): the key derived, in hexadecimal
# $expected (text): the right key, in hexadecimal
exercise-09-hashing-never-blocks-the-runtime-problem = the derived key was { $key }, expected { $expected }
# hashing_never_blocks_the_runtime: help
exercise-09-hashing-never-blocks-the-runtime-help-2 = return what `kdf::stretch(&password, rounds)` computes

## exercise-10: A thousand requests, ten at a time

# returns_the_thousand_users_in_order: problem
# $expected (number): the users asked for
# $got (number): the users returned
# $first (text): the ids of the first users returned, as Rust prints a list
exercise-10-returns-the-thousand-users-in-order-problem = expected users 1 to { $expected } in id order, got { $got } users starting with ids { $first }
# returns_the_thousand_users_in_order: help
exercise-10-returns-the-thousand-users-in-order-help = keep the results in input order: `buffered` does, `buffer_unordered` does not
# returns_the_thousand_users_in_order: help
exercise-10-returns-the-thousand-users-in-order-help-2 = fetch each user from the API, exactly once
# reports_a_failed_request: problem
# $outcome (message): what it returned instead (exercise-10-outcome-...)
exercise-10-reports-a-failed-request-problem = user 500 could not be fetched, but the function returned { $outcome }
# reports_a_failed_request: help
exercise-10-reports-a-failed-request-help = return the error of the failed request instead of hiding it
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help = fetch each of the 1000 users exactly once
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-2 = start a request only when fewer than ten are running: `futures::stream::iter(..).buffered(max_in_flight)`, or a `tokio::sync::Semaphore` with `max_in_flight` permits
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-3 = fetch each user exactly once
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-4 = the limit is the caller's: use the `max_in_flight` argument, not a constant of your own
# as_many_requests_in_flight_as_allowed: help
exercise-10-as-many-requests-in-flight-as-allowed-help = bounded is not sequential: keep `max_in_flight` requests running, starting the next one as soon as one finishes
# the_window_slides_instead_of_waiting_for_batches: what
exercise-10-the-window-slides-instead-of-waiting-for-batches-what = fetching 1000 users, ten at a time
# the_window_slides_instead_of_waiting_for_batches: too-fast
# $at_least (duration): the least the work needs, ten at a time
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-fast = ten at a time, 1000 requests of 0.1 s or 0.3 s need at least { $at_least }: the total work shared by ten; a faster run had more than ten in flight
# the_window_slides_instead_of_waiting_for_batches: too-slow
# $fixed_batches (duration): how long fixed batches of ten take
# $at_least (duration): how long a sliding window takes
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-slow = the window did not slide: fixed batches of ten wait for the slowest request of each batch and take { $fixed_batches }, while a window that starts the next request the moment one finishes takes about { $at_least }
# BOUND_HELP: const
exercise-10-bound-help = keep `max_in_flight` requests in flight, starting the next one the moment one finishes (`StreamExt::buffered(max_in_flight)`, or a Semaphore with `max_in_flight` permits)
# What the function returned instead of the error, inserted as $outcome
# $users (number): the users it returned
exercise-10-outcome-users = { $users } users and no error
# What the function returned instead of the error
# $error (text): the error it returned, as its own Display text (English)
exercise-10-outcome-error = the error `{ $error }`
# returns_the_thousand_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
exercise-10-fetching-failed = fetching the users failed: { $error }

## exercise-11: The nightly job: 30 calls per minute

# scores_every_user_in_order: why
exercise-11-scores-every-user-in-order-why = a refused call is a user without a score: the nightly job did not do its job
# scores_every_user_in_order: help
exercise-11-scores-every-user-in-order-help = each score must come from the endpoint: call it once per prompt
# no_call_is_refused: problem
# $rejected (number): calls the endpoint refused
# $started (number): calls made
exercise-11-no-call-is-refused-problem = the LLM endpoint refused { $rejected } of { $started } calls for going over 30 calls per minute
# no_call_is_refused: why
exercise-11-no-call-is-refused-why = the endpoint answers a call over its limit with an error (HTTP 429), not a score
# no_call_is_refused: help
exercise-11-no-call-is-refused-help = call the endpoint once per user, and pace the calls rather than retrying refused ones
# at_most_thirty_calls_in_any_minute: help
exercise-11-at-most-thirty-calls-in-any-minute-help = a rate limit is kept by pacing the calls, not by skipping them: call the endpoint once per user
# the_job_takes_as_long_as_the_limit_requires: help
exercise-11-the-job-takes-as-long-as-the-limit-requires-help = call the endpoint once per user: a job that skips calls finishes early for nothing
# the_job_takes_as_long_as_the_limit_requires: problem
# $elapsed (duration): how long the job took
exercise-11-the-job-takes-as-long-as-the-limit-requires-problem = the nightly job took only { $elapsed } of simulated time: its calls started too close together
# the_job_takes_as_long_as_the_limit_requires: why
exercise-11-the-job-takes-as-long-as-the-limit-requires-why = at 30 calls per minute, the last of 90 calls cannot start before 120 s; calls started sooner are refused by the endpoint
# the_job_takes_as_long_as_the_limit_requires: what
exercise-11-the-job-takes-as-long-as-the-limit-requires-what = the nightly job
# the_job_takes_as_long_as_the_limit_requires: too-slow
exercise-11-the-job-takes-as-long-as-the-limit-requires-too-slow = the calls were spaced more than the limit requires; 90 calls at 30 per minute finish in 3 minutes (sleeping 2 s after each 0.5 s call spaces them 2.5 s apart)
# PACE_HELP: const
exercise-11-pace-help = start one call every 2 s (`tokio::time::interval`), measuring from one call's start to the next, not from its end
# scores_every_user_in_order: problem
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
exercise-11-scores-every-user-in-order-problem = { $scored } of { $users } users got their score ({ $answers } answers returned)
# scores_every_user_in_order: problem, when some call failed
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
# $error (text): the first failed call's error, as its own Display text (English)
exercise-11-scores-every-user-in-order-problem-failure = { $scored } of { $users } users got their score ({ $answers } answers returned); the first failure: { $error }

## exercise-12: A queue, three workers and backpressure

# returned: problem
exercise-12-returned-problem = `resize_all` never returned: the workers are still waiting for images
# returned: why
exercise-12-returned-why = a worker's `recv` returns `None` only when every `Sender` of the queue has been dropped; while one is alive, the workers wait forever
# returned: help
exercise-12-returned-help = drop the sender once the last upload is queued, then wait for the workers
# resizes_every_image_exactly_once: problem
# $images (number): images uploaded
# $wrong (list): the images resized a wrong number of times (exercise-12-image-resized-times), joined by ", "
exercise-12-resizes-every-image-exactly-once-problem = each of the { $images } images should be resized once, but the resizer saw { $wrong }
# resizes_every_image_exactly_once: why
exercise-12-resizes-every-image-exactly-once-why = an image lost from the queue is never resized; one taken twice is paid for twice
# resizes_every_image_exactly_once: help
exercise-12-resizes-every-image-exactly-once-help = each image goes into the queue once, and each queued image is taken by one worker
# resizes_every_image_exactly_once: problem
# $images (number): images resized
# $resized (number): the count `resize_all` returned
exercise-12-resizes-every-image-exactly-once-problem-2 = { $images } images were resized, but `resize_all` reported { $resized }
# resizes_every_image_exactly_once: help
exercise-12-resizes-every-image-exactly-once-help-2 = add up what each worker resized once they have all stopped
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help = backpressure slows the uploads down, it does not skip them: resize every image
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $images (number): uploads in all
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the most uploads that fit: one per worker, the queue full, and the one waiting to be sent
exercise-12-the-uploads-wait-while-the-queue-is-full-problem = { $early } of { $images } uploads were pulled before the first resize finished; with { $workers } workers and a queue of { $queue_capacity }, at most { $room } fit
# the_uploads_wait_while_the_queue_is_full: why
exercise-12-the-uploads-wait-while-the-queue-is-full-why = without backpressure a fast producer piles up every upload in memory while the workers fall behind
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help-2 = make the queue a bounded `tokio::sync::mpsc::channel(queue_capacity)`: `send` then waits while the queue is full, and the upload loop with it
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the uploads the workers and the queue had room for
exercise-12-the-uploads-wait-while-the-queue-is-full-problem-2 = only { $early } uploads were pulled before the first resize finished; the { $workers } workers and the queue of { $queue_capacity } had room for { $room }
# the_uploads_wait_while_the_queue_is_full: why
exercise-12-the-uploads-wait-while-the-queue-is-full-why-2 = a queue that is never filled does not smooth bursts: workers wait for the producer
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help-3 = keep pulling uploads and queueing them until `send` has to wait
# workers_stop_when_the_uploads_run_out: help
exercise-12-workers-stop-when-the-uploads-run-out-help = the workers stop once every queued image is resized, not before
# workers_stop_when_the_uploads_run_out: problem
# $alive (number): tasks still alive
# $still_running (number): resizes still running
exercise-12-workers-stop-when-the-uploads-run-out-problem = `resize_all` returned while { $alive } tasks were still alive and { $still_running } resizes were still running
# workers_stop_when_the_uploads_run_out: why
exercise-12-workers-stop-when-the-uploads-run-out-why = work still running after the function returns is work nobody waits for: it is lost when the program exits
# workers_stop_when_the_uploads_run_out: help
exercise-12-workers-stop-when-the-uploads-run-out-help-2 = after the last upload is queued, drop the sender and await every worker: each one stops when `recv` returns `None`
# resizing_keeps_three_workers_busy: problem
# $elapsed (duration): how long resizing took
exercise-12-resizing-keeps-three-workers-busy-problem = resizing 60 images took only { $elapsed } of simulated time: more than 3 ran at once, or `resize_all` returned before the last images were done
# resizing_keeps_three_workers_busy: why
# $at_least (duration): the least three workers need
# $total (duration): all the resizing work added up
exercise-12-resizing-keeps-three-workers-busy-why = 3 workers resizing one image at a time need at least { $at_least } for these 60 images: the { $total } of work shared by three
# resizing_keeps_three_workers_busy: what
exercise-12-resizing-keeps-three-workers-busy-what = resizing 60 images
# resizing_keeps_three_workers_busy: too-slow
# $batches_of_three (duration): how long batches of three take
exercise-12-resizing-keeps-three-workers-busy-too-slow = fewer than 3 resizes were running most of the time; workers that take the next image as soon as they are free finish in about 4.1 s, while batches of three that wait for their slowest image take { $batches_of_three }
# exactly_the_pool_size_in_flight: help
# $workers (number): the pool size this run asked for
exercise-12-exactly-the-pool-size-in-flight-help = start exactly `workers` tasks ({ $workers } here) that each take one image at a time from the queue: never more resizes at once, and never fewer while images wait
# resizing_keeps_three_workers_busy: help
exercise-12-resizing-keeps-three-workers-busy-help = exactly `workers` tasks, each resizing one image after another, keep the pool busy
# One image resized a wrong number of times, in the list $wrong below
# $image (number): the image's number
# $times (number): how often it was resized (0, 2...)
exercise-12-image-resized-times = image { $image } { $times } times

## exercise-13: The audit entries that vanished at exit

# assert_all_written: problem
# $written (number): events found in the audit log
# $events (number): events recorded
# $when (message): when the audit log was looked at (exercise-13-when-... or exercise-13-after-...)
exercise-13-assert-all-written-problem = { $written } of the { $events } recorded events were in the audit log { $when }
# assert_all_written: why
exercise-13-assert-all-written-why = a detached task is not waited for by anyone: when the program stops, the runtime drops it halfway and its write is lost
# no_write_is_lost_when_the_program_exits: problem
# $dropped (number): audit writes cancelled
# $started (number): audit writes started
exercise-13-no-write-is-lost-when-the-program-exits-problem = { $dropped } of the { $started } audit writes were cancelled when the program ended
# no_write_is_lost_when_the_program_exits: why
exercise-13-no-write-is-lost-when-the-program-exits-why = returning from `main` stops the runtime, and the runtime drops every task still running: writes nobody waited for are cut off (the seed's fire-and-forget leak)
# assert_returned_with_the_last_write: problem
# $late_by (duration): how long after the last write `shutdown` returned
# $last_write (duration): when the last write finished
# $returned (duration): when `shutdown` returned
exercise-13-shutdown-returned-late-problem = `shutdown` returned { $late_by } after the last write had finished (the last write at { $last_write } of simulated time, `shutdown` at { $returned })
# assert_returned_with_the_last_write: why
exercise-13-shutdown-returned-late-why = a shutdown that sleeps guesses how long the writes take instead of waiting for them: too short and writes are lost, too long and every stop of the program waits for nothing; a shutdown that joins its tasks returns the moment the last one is done
# a_failed_write_is_reported_at_shutdown: problem
# $failures (text): the errors `shutdown` returned, as Rust prints a list
exercise-13-a-failed-write-is-reported-at-shutdown-problem = the third audit write failed, but `shutdown` reported { $failures }
# a_failed_write_is_reported_at_shutdown: why
exercise-13-a-failed-write-is-reported-at-shutdown-why = an error inside a detached task goes nowhere: nobody holds its JoinHandle
# a_failed_write_is_reported_at_shutdown: help
exercise-13-a-failed-write-is-reported-at-shutdown-help = join every write you spawned (`JoinSet::join_next`) and keep the errors it hands back
# shutdown_waits_for_the_writes: problem
# $elapsed (duration): when `shutdown` returned
# $events (number): writes still running
# $write_latency (duration): how long one write takes
exercise-13-shutdown-waits-for-the-writes-problem = `shutdown` returned after { $elapsed } of simulated time, before the { $events } writes still running could finish (each takes { $write_latency })
# shutdown_waits_for_the_writes: why
exercise-13-shutdown-waits-for-the-writes-why = a shutdown that does not wait lets the program end with its work half done
# shutdown_waits_for_the_writes: what
exercise-13-shutdown-waits-for-the-writes-what = shutting down with 5 writes in flight
# shutdown_waits_for_the_writes: too-slow
# $write_latency (duration): how long one write took in this run (drawn for every run)
exercise-13-shutdown-waits-for-the-writes-too-slow = the writes ran one after another; started in the background by `record`, they overlap and all finish after { $write_latency }
# shutdown_waits_for_the_writes: help
exercise-13-shutdown-waits-for-the-writes-help = spawn each write in `record` and only wait for them in `shutdown`
# TRACK_HELP: const
exercise-13-track-help = keep every write you spawn (a `tokio::task::JoinSet` in the struct) and, in `shutdown`, wait until each of them has finished
# When the audit log was looked at, inserted as $when
exercise-13-when-shutdown-returned = when `shutdown` returned
# When the audit log was looked at, inserted as $when
exercise-13-after-the-program-ended = after the program ended

## exercise-14: Every answer, even the failures

# reports_every_user_that_was_fetched: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
exercise-14-reports-every-user-that-was-fetched-problem = the 8 users that were fetched should each be in their place in the report, but { $wrong }
# reports_every_user_that_was_fetched: why
exercise-14-reports-every-user-that-was-fetched-why = users 3 and 7 failed, but the other eight were fetched: one failure should not throw their results away
# reports_every_user_that_was_fetched: help
exercise-14-reports-every-user-that-was-fetched-help = fetch each of the ten users from the API
# reports_every_failure_in_its_place: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
exercise-14-reports-every-failure-in-its-place-problem = users 3 and 7 failed, but the report does not hold both errors in their places ({ $wrong })
# reports_every_failure_in_its_place: why
exercise-14-reports-every-failure-in-its-place-why = stopping at the first error hides every later one: the caller fixes one problem at a time
# no_fetch_is_cancelled: problem
# $dropped (number): fetches cancelled
# $started (number): fetches started
exercise-14-no-fetch-is-cancelled-problem = { $dropped } of the { $started } fetches were cancelled before they returned
# no_fetch_is_cancelled: why
exercise-14-no-fetch-is-cancelled-why = `try_join_all` drops every fetch still running when one fails: their work is wasted and their results never reach the caller
# the_batch_takes_as_long_as_the_slowest_fetch: problem
# $elapsed (duration): when the report was ready
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-problem = the report was ready after { $elapsed } of simulated time, when the first fetch failed: the slower fetches (0.5 s) were dropped unfinished
# the_batch_takes_as_long_as_the_slowest_fetch: why
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-why = a report that includes every user cannot be ready before the slowest fetch
# the_batch_takes_as_long_as_the_slowest_fetch: what
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-what = the team report
# the_batch_takes_as_long_as_the_slowest_fetch: too-slow
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-too-slow = the fetches ran one after another
# the_batch_takes_as_long_as_the_slowest_fetch: help
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-help = start all ten fetches together and wait for all of them: 0.5 s in total
# GATHER_HELP: const
exercise-14-gather-help = wait for every fetch and keep each `Result` as it is: `futures::future::join_all` over the fetches, not `try_join_all`
# A report entry, inserted as $got in exercise-14-misplaced: there was none
exercise-14-entry-nothing = nothing
# A report entry that is a user
# $user (number): the user's id
exercise-14-entry-user = user { $user }
# A report entry that is an error
# $error (text): the error's own Display text (English)
exercise-14-entry-error = the error `{ $error }`
# One wrong entry of the report; a list of them, joined by "; ", is the $wrong of the problems above
# $id (number): the user whose entry is wrong
# $got (message): what the entry holds (exercise-14-entry-...)
exercise-14-misplaced = user { $id }: got { $got }

## exercise-15: One page at a time

# yields_every_user_in_order: problem
# $ids (text): the ids (or the error) the stream yielded, as Rust prints it
exercise-15-yields-every-user-in-order-problem = expected users 1 to 50 in id order from 5 pages, got { $ids }
# yields_every_user_in_order: help
exercise-15-yields-every-user-in-order-help = yield the users of each page in order, then continue with the page it names as next
# yields_every_user_in_order: help
exercise-15-yields-every-user-in-order-help-2 = fetch each of the five pages from the API
# a_failed_page_ends_the_stream_with_its_error: problem
# $users_before_error (number): users yielded before the first error
# $rest (text): the items after them, as Rust prints a list
exercise-15-a-failed-page-ends-the-stream-with-its-error-problem = page 3 failed: expected the 20 users of pages 1 and 2, then page 3's error, then the end of the stream; got { $users_before_error } users followed by { $rest }
# a_failed_page_ends_the_stream_with_its_error: help
exercise-15-a-failed-page-ends-the-stream-with-its-error-help = yield the error as the stream's last item and stop: do not skip the failed page
# the_first_user_arrives_after_one_page: what
exercise-15-the-first-user-arrives-after-one-page-what = getting the first user
# the_first_user_arrives_after_one_page: too-slow
exercise-15-the-first-user-arrives-after-one-page-too-slow = the stream fetched more than the first page (0.2 s) before yielding anything
# the_first_user_arrives_after_one_page: help
exercise-15-the-first-user-arrives-after-one-page-help = yield the users of page 1 as soon as page 1 has arrived: the first user then arrives after 0.2 s, not after all five pages (1.0 s)
# the_first_user_arrives_after_one_page: what
exercise-15-the-first-user-arrives-after-one-page-what-2 = getting users 2 to 11
# the_first_user_arrives_after_one_page: too-slow
exercise-15-the-first-user-arrives-after-one-page-too-slow-2 = fetching the next page took longer than one page's latency
# the_first_user_arrives_after_one_page: help
exercise-15-the-first-user-arrives-after-one-page-help-2 = fetch page 2 when the consumer asks for user 11, and only page 2
# the_first_user_arrives_after_one_page: problem (the time counts only for a stream that did the work)
# $first (text): the stream's first item, as Rust prints it
# $pages (number): how many page requests had completed
exercise-15-the-first-user-arrives-after-one-page-problem = the stream yielded { $first } first, after { $pages } completed page request(s): the time counts only for user 1, from page 1
# the_first_user_arrives_after_one_page: problem-2
# $count (number): how many users the stream yielded when asked for users 2 to 11
# $pages (number): how many page requests had completed
exercise-15-the-first-user-arrives-after-one-page-problem-2 = the stream yielded { $count } of users 2 to 11, after { $pages } completed page request(s): the time counts only for users the pages really held
# stopping_early_fetches_only_the_pages_needed: problem
# $taken (number): users the consumer got
exercise-15-stopping-early-fetches-only-the-pages-needed-problem = the consumer asked for 15 users and got { $taken }
# stopping_early_fetches_only_the_pages_needed: help
exercise-15-stopping-early-fetches-only-the-pages-needed-help = yield every user of every page, one item per user
# stopping_early_fetches_only_the_pages_needed: problem
# $asked (number): pages asked for
# $pages (text): the page numbers asked for, as Rust prints a list
exercise-15-stopping-early-fetches-only-the-pages-needed-problem-2 = the consumer stopped after 15 users, which two pages hold, but the API was asked for { $asked } page(s): { $pages }
# stopping_early_fetches_only_the_pages_needed: why
exercise-15-stopping-early-fetches-only-the-pages-needed-why = a stream should do work only when its consumer asks for the next item: every page fetched ahead is a wasted request, and a caller that stops early still pays for the whole listing
# stopping_early_fetches_only_the_pages_needed: help
exercise-15-stopping-early-fetches-only-the-pages-needed-help-2 = fetch the next page inside the stream, at the moment the consumer needs a user the current page does not have (`futures::stream::try_unfold`)
# at_most_one_page_is_buffered: problem
# $consumed (number): users the stream yielded
exercise-15-at-most-one-page-is-buffered-problem = the stream yielded { $consumed } users, expected 50
# at_most_one_page_is_buffered: help
exercise-15-at-most-one-page-is-buffered-help = yield every user of every page
# at_most_one_page_is_buffered: problem
# $held (number): users fetched but not consumed yet
# $after (number): users the consumer had taken by then
# $page_size (number): users per page
exercise-15-at-most-one-page-is-buffered-problem-2 = { $held } users were in memory, fetched but not yet consumed, after the consumer had taken { $after }; a page holds { $page_size }
# at_most_one_page_is_buffered: why
exercise-15-at-most-one-page-is-buffered-why = streaming exists so that a listing of a million users costs the memory of one page: loading every page first, or fetching ahead, makes memory grow with the size of the listing
# at_most_one_page_is_buffered: help
exercise-15-at-most-one-page-is-buffered-help-2 = keep only the current page and fetch the next one when it is used up

## exercise-16: The cache that became a queue

# every_caller_gets_its_profile_and_it_is_cached: problem
# $wrong (list): the wrong answers (exercise-16-wrong-answer), joined by "; "
exercise-16-every-caller-gets-its-profile-and-it-is-cached-problem = handlers got the wrong profiles: { $wrong }
# One wrong answer, in the list $wrong above
# $id (number): the user a handler asked for
# $got (text): what it got, as Rust prints it (`Ok(User { .. })`, `Err(..)`)
exercise-16-wrong-answer = user { $id } got { $got }
# every_caller_gets_its_profile_and_it_is_cached: help
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help = return the profile of the id that was asked for, from the cache or the API
# every_caller_gets_its_profile_and_it_is_cached: help
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help-2 = fetch each user once, remember the profile, and answer later requests from the cache
# a_failed_fetch_is_reported: problem
# $answer (text): what the cache returned, as Rust prints it
exercise-16-a-failed-fetch-is-reported-problem = fetching user 4 failed, but the cache returned { $answer }
# a_failed_fetch_is_reported: help
exercise-16-a-failed-fetch-is-reported-help = pass the API's error on to the caller and cache nothing for that user
# ten_misses_for_different_users_take_half_a_second: what
exercise-16-ten-misses-for-different-users-take-half-a-second-what = ten handlers asking for ten different users
# ten_misses_for_different_users_take_half_a_second: too-slow
exercise-16-ten-misses-for-different-users-take-half-a-second-too-slow = each handler waited for the cache's lock, which the previous one held during its whole 0.5 s fetch
# ten_misses_for_different_users_take_half_a_second: help
exercise-16-ten-misses-for-different-users-take-half-a-second-help = take the lock to look up the map, release it before awaiting the API, and take it again to insert: ten fetches for ten users then overlap and take 0.5 s, not 5 s
# fetches_for_different_users_run_at_the_same_time: help
exercise-16-fetches-for-different-users-run-at-the-same-time-help = fetch each of the ten users exactly once
# fetches_for_different_users_run_at_the_same_time: help
exercise-16-fetches-for-different-users-run-at-the-same-time-help-2 = a guard kept alive across `.await` turns the lock into a queue for the whole service: drop it (end its scope, or clone the value out) before awaiting the fetch
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $value (text): what the cache returned, as Rust prints it
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem = asked for cached user 1, got { $value }
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help = answer from the cache
# a_cache_hit_never_waits_for_a_slow_fetch: what
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-what = answering cached user 1 while user 2 was being fetched
# a_cache_hit_never_waits_for_a_slow_fetch: too-slow
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-too-slow = the hit waited for the lock, held by the handler fetching user 2 for 2 s
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-2 = a cache hit needs no I/O and should answer at once: hold the lock only while reading or writing the map
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $slow_fetch_in_flight (number): fetches in flight at that moment
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem-2 = when the cache hit returned, { $slow_fetch_in_flight } fetch(es) were in flight; the 2 s fetch of user 2 should still have been running
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-3 = a hit must be answered while the slow fetch of another user is in progress

## exercise-17: Every connection comes back

# assert_every_connection_came_back: problem
# $after (message): when the pool was checked (exercise-17-after-...), at the start of the sentence
# $idle (number): connections back in the pool
# $pool_size (number): the pool's connections
# $probe_outcome (message): what new requests then met (exercise-17-probe-...)
exercise-17-assert-every-connection-came-back-problem = { $after }, { $idle } of the pool's { $pool_size } connections were back in the pool: { $probe_outcome }
# assert_every_connection_came_back: why
exercise-17-assert-every-connection-came-back-why = a connection that is not given back is lost for good: the pool shrinks with every error, and once it is empty every request waits forever, like the seed's unclosed `ClientSession`
# returns_the_row: problem
# $answer (text): what the handler returned, as Rust prints it
exercise-17-returns-the-row-problem = expected row 7, got { $answer }
# returns_the_row: help
exercise-17-returns-the-row-help = query the row under `key` with the borrowed connection
# returns_the_row: help
exercise-17-returns-the-row-help-2 = query the database once, over the borrowed connection
# no_connection_leaks_after_failed_queries: problem
# $answers (text): what the requests returned, as Rust prints a list
exercise-17-no-connection-leaks-after-failed-queries-problem = the query for key 13 fails, but the 5 requests returned { $answers }
# no_connection_leaks_after_failed_queries: help
exercise-17-no-connection-leaks-after-failed-queries-help = pass the query's error on to the caller
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help = run one query per request
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-2 = every query must go through a connection borrowed from the pool: wait for an idle one instead of opening a new one
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-3 = the pool lends out all its connections at once: do not hold a lock across the query
# the_pool_never_exceeds_its_size: what
exercise-17-the-pool-never-exceeds-its-size-what = 20 requests through a pool of 3
# the_pool_never_exceeds_its_size: too-slow
exercise-17-the-pool-never-exceeds-its-size-too-slow = the pool did not keep its 3 connections busy
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-4 = 20 queries, 3 at a time, take 7 rounds of 0.1 s
# What happened to new requests after the checked ones, inserted as $probe_outcome
# $pool_size (number): the requests sent, as many as the pool has connections
# $elapsed (duration): how long they took together
exercise-17-probe-slow = { $pool_size } new requests then took { $elapsed } instead of one 0.1 s round
# What happened to new requests after the checked ones
# $pool_size (number): the requests sent, as many as the pool has connections
# $waited (duration): how long they waited
exercise-17-probe-gave-up = { $pool_size } new requests then waited { $waited } for a connection and gave up
# When the pool was checked, inserted as $after at the start of exercise-17-assert-every-connection-came-back-problem
exercise-17-after-one-request = after one successful request
# returns_the_row: help
exercise-17-returns-the-row-help-3 = give the connection back when the request is done
# When the pool was checked
exercise-17-after-failed-queries = after 5 requests whose query failed
# no_connection_leaks_after_failed_queries: help
exercise-17-no-connection-leaks-after-failed-queries-help-2 = the `?` returns before the connection is released: make `acquire` return a guard type that gives the connection back in its `Drop`, so every way out of the handler returns it
# When the pool was checked
exercise-17-after-timeouts = after 5 requests were cut short by a 0.2 s timeout
# a timed-out request: help
exercise-17-timeout-help = a timeout drops the request's future mid-query, so code after the `.await` never runs: only a `Drop` impl runs on every exit; return the connection from a guard's `Drop`
# When the pool was checked
# $cancelled (number): the aborted tasks that were in the middle of a query
exercise-17-after-aborts = after 6 request tasks were aborted ({ $cancelled } of them mid-query)
# an aborted request: help
exercise-17-abort-help = an aborted task is dropped where it stands, mid-`.await`: return the connection from a guard's `Drop`, which runs when the task is dropped

## exercise-18: A handler in the time of its slowest call

# returns_the_account_and_the_profile: problem
# $page (text): what the handler returned, as Rust prints it
exercise-18-returns-the-account-and-the-profile-problem = expected user 7's account row and profile, got { $page }
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help = query the row of `user_id` and fetch `/profiles/{"{"}user_id{"}"}` from the profile API
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help-2 = query the database once
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help-3 = call the profile API once
# a_failure_on_either_side_is_an_error: problem
# $api_failed (text): what the handler returned, as Rust prints it
exercise-18-a-failure-on-either-side-is-an-error-problem = the profile API answered HTTP 500, but the handler returned { $api_failed }
# a_failure_on_either_side_is_an_error: help
exercise-18-a-failure-on-either-side-is-an-error-help = return the profile request's error (`HandlerError::ProfileApi`)
# a_failure_on_either_side_is_an_error: problem
# $db_failed (text): what the handler returned, as Rust prints it
exercise-18-a-failure-on-either-side-is-an-error-problem-2 = the database query failed, but the handler returned { $db_failed }
# a_failure_on_either_side_is_an_error: help
exercise-18-a-failure-on-either-side-is-an-error-help-2 = return the query's error (`HandlerError::Database`)
# a_slow_api_sets_the_pace: what
exercise-18-a-slow-api-sets-the-pace-what = a request with a 0.3 s query and a 0.5 s API call
# a_slow_api_sets_the_pace: too-slow
exercise-18-a-slow-api-sets-the-pace-too-slow = the query and the API call ran one after the other (0.8 s)
# a_slow_api_sets_the_pace: help
exercise-18-a-slow-api-sets-the-pace-help = start both and await them together (`tokio::try_join!`): the request then takes as long as the slower call, 0.5 s
# a_slow_database_sets_the_pace: what
exercise-18-a-slow-database-sets-the-pace-what = a request with a 0.6 s query and a 0.2 s API call
# a_slow_database_sets_the_pace: help
exercise-18-a-slow-database-sets-the-pace-help = start both and await them together (`tokio::try_join!`): the request then takes as long as the slower call, 0.6 s
# the_query_and_the_request_overlap: problem
# $queries (number): completed database queries
# $requests (number): completed profile requests
exercise-18-the-query-and-the-request-overlap-problem = expected one completed query and one completed profile request, saw { $queries } and { $requests }
# the_query_and_the_request_overlap: help
exercise-18-the-query-and-the-request-overlap-help = query the database once and call the profile API once
# the_query_and_the_request_overlap: problem
# $query_start (duration): when the query started
# $query_end (duration): when it ended
# $request_start (duration): when the profile request started
# $request_end (duration): when it ended
exercise-18-the-query-and-the-request-overlap-problem-2 = the query ran from { $query_start } to { $query_end } and the profile request from { $request_start } to { $request_end } of simulated time: they never overlapped
# the_query_and_the_request_overlap: why
exercise-18-the-query-and-the-request-overlap-why = in a handler, a call that waits for an unrelated one adds its whole latency to every request the service answers
# the_query_and_the_request_overlap: help
exercise-18-the-query-and-the-request-overlap-help-2 = neither call needs the other's result: run them together with `tokio::try_join!`
# The test could not start its simulated HTTP server (a problem of the machine, not of the code)
# $error (text): the system's own error text (English)
exercise-18-no-loopback = could not start the loopback profile API: { $error }

## exercise-19: A sync library that calls back into async code

# stopped: what
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread` (tokio's names)
exercise-19-stopped-what = pricing the order on a { $runtime } runtime
# assert_priced: problem
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread`
# $error (text): the error's own Display text (English)
exercise-19-assert-priced-problem = pricing the order on a { $runtime } runtime failed: { $error }
# assert_priced: help
exercise-19-assert-priced-help = return the invoice the library builds from the catalogue's prices
# assert_priced: help
exercise-19-assert-priced-help-2 = let the library price every line with the catalogue's unit prices
# assert_priced: help
exercise-19-assert-priced-help-3 = look up the price of each of the 8 products of the order once
# assert_priced: problem
exercise-19-assert-priced-problem-2 = the catalogue was not asked once for each product of the order
# assert_priced: why
exercise-19-assert-priced-why = every lookup is a network call: each product's price is needed once
# assert_priced: help
exercise-19-assert-priced-help-4 = look up each product of the order once
# a_failed_price_lookup_is_reported: problem
# $invoice (text): what pricing returned, as Rust prints it
exercise-19-a-failed-price-lookup-is-reported-problem = the lookup of product 23 failed, but pricing the order returned { $invoice }
# a_failed_price_lookup_is_reported: help
exercise-19-a-failed-price-lookup-is-reported-help = return the catalogue's error to the caller, as the library does with the callback's
# pricing_never_blocks_the_runtime: help
# $lookup (duration): how long one price lookup takes
# $all_lookups (duration): how long the eight take together
# $help (message): exercise-19-help, the exercise's general advice
exercise-19-pricing-never-blocks-the-runtime-help = eight lookups of { $lookup } each block a thread for { $all_lookups } in all; that thread must not be the runtime's. { $help }
# HELP: const
exercise-19-help = keep it async: fetch the prices first (each lookup is an ordinary `.await`), then give the library a callback that only reads them; or run the library on tokio's blocking pool with `tokio::task::spawn_blocking`, a thread where `Handle::block_on` is allowed
# stopped: why, when `block_in_place` panicked on a current_thread runtime
exercise-19-stopped-why-block-in-place = `block_in_place` exists only on the multi-thread runtime, and a library cannot choose the runtime its callers use: on a current_thread runtime it panics
# stopped: why, when `block_on` panicked inside the runtime
exercise-19-stopped-why-block-on = `block_on` parks its thread until the future completes, but on a runtime thread that future can only make progress if this very thread drives it: tokio panics rather than deadlock
# stopped: why, when the runtime deadlocked
exercise-19-stopped-why-deadlock = a runtime thread parked until a future completes, while only that thread could drive the future's timer: a deadlock (`futures::executor::block_on` does this on a current_thread runtime)
# assert_priced: problem, when the invoice has the wrong number of lines
# $invoice_lines (number): lines of the invoice
# $order_lines (number): lines of the order
exercise-19-wrong-line-count = the invoice has { $invoice_lines } lines, the order { $order_lines }
# assert_priced: problem, when an invoice line has the wrong product or price
# $product (number): the product on the invoice line
# $unit_cents (number): its unit price on the invoice, in cents
# $ordered (number): the product the order has on that line
# $price (number): that product's price in the catalogue, in cents
exercise-19-wrong-unit-price = invoice line for product { $product } has unit price { $unit_cents } cents; the catalogue says product { $ordered } costs { $price }
# assert_priced: problem, when the total is wrong
# $total_cents (number): the invoice's total, in cents
# $expected_total (number): the right total, in cents
exercise-19-wrong-total = the invoice totals { $total_cents } cents; at the catalogue's prices the order costs { $expected_total }

## exercise-20: Heartbeats that eat the frames

# receive_from: what
exercise-20-receive-from-what = receiving the frames
# receive_from: why
exercise-20-receive-from-why = on tokio's paused clock, time moves only when every task waits; a loop that never waits (an interval created inside the loop is ready at once, on every pass) keeps the runtime busy forever, and in production it burns a CPU core
# every_frame_arrives_intact: problem
# $frames (number): frames the peer sends
# $intact (number): frames that arrived intact
# $garbled (number): frames that arrived garbled
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
# $bytes_sent (number): bytes the peer had sent
# $total_bytes (number): bytes the peer sends in all
exercise-20-every-frame-arrives-intact-problem = the peer sends { $frames } frames: { $intact } arrived intact and { $garbled } more garbled, { $ending }; by then the peer had sent { $bytes_sent } of its { $total_bytes } bytes
# every_frame_arrives_intact: why
exercise-20-every-frame-arrives-intact-why = `select!` drops the futures of the branches that lose: a `read_exact` cancelled by the heartbeat has already taken part of a frame off the connection, those bytes are gone, and every later read starts in the middle of a frame
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem = frame { $number } was never delivered: the receiver stopped before the peer could finish sending it ({ $ending })
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $completed_at (duration): when its last byte arrived
# $what (message): what became of it (exercise-20-frame-...)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem-2 = frame { $number } was complete at { $completed_at } of simulated time but { $what }
# each_frame_is_delivered_as_soon_as_it_is_complete: why
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-why = a frame that waits for anything else (the next heartbeat, the end of the stream, the frames after it) reaches the application late, or never
# each_frame_is_delivered_as_soon_as_it_is_complete: help
# $help (message): the message exercise-20-help
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-help = hand each frame to `deliver` as soon as its last byte has arrived. { $help }
# the_heartbeat_keeps_its_rhythm: problem
# $unexpected (list): what the peer received besides heartbeats (harness-peer-unexpected-frame), joined by "; "
exercise-20-the-heartbeat-keeps-its-rhythm-problem = the peer received { $unexpected }
# the_heartbeat_keeps_its_rhythm: help
exercise-20-the-heartbeat-keeps-its-rhythm-help = write nothing but the heartbeat, `HEARTBEAT`, to the connection
# the_heartbeat_keeps_its_rhythm: why
exercise-20-the-heartbeat-keeps-its-rhythm-why = a heartbeat proves the receiver is alive: one that waits until a slow frame is complete (or comes in bursts) tells the peer nothing, and the peer may hang up on a healthy client
# the_heartbeat_keeps_its_rhythm: help
exercise-20-the-heartbeat-keeps-its-rhythm-help-2 = wait for the next frame and the next tick in the same `select!`, with one `tokio::time::interval` created before the loop
# a_connection_cut_mid_frame_is_an_error: problem
# $intact (number): frames delivered intact
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
exercise-20-a-connection-cut-mid-frame-is-an-error-problem = the peer sent 2 frames and hung up halfway through a third; { $intact } frames were delivered intact, { $ending }
# a_connection_cut_mid_frame_is_an_error: why
exercise-20-a-connection-cut-mid-frame-is-an-error-why = a frame cut off is data lost: reporting a clean end of stream hides it
# a_connection_cut_mid_frame_is_an_error: help
exercise-20-a-connection-cut-mid-frame-is-an-error-help = deliver the complete frames, then return an `io::ErrorKind::UnexpectedEof` error when the stream ends with part of a frame received
# HELP: const
exercise-20-help = keep every byte you read: read into a buffer that lives outside the loop with `read_buf` (cancel safe: a cancelled call has read nothing) and cut whole frames out of it, or create the frame-reading future once, outside the loop, and poll it with `&mut` in the `select!`
# How `receive_frames` ended, inserted as $ending after a comma: it did not end
# $after (duration): how long the check waited after the peer hung up
exercise-20-ending-still-receiving = and it was still receiving { $after } after the peer hung up
# How `receive_frames` ended: it returned Ok
# $at (duration): when it returned
exercise-20-ending-ok = then it returned Ok at { $at } of simulated time
# How `receive_frames` ended: it returned an error
# $at (duration): when it failed
# $error (text): the io::Error's own text (English, from Rust)
exercise-20-ending-failed = then it failed at { $at } of simulated time: { $error }
# What became of a frame, inserted as $what after "but": delivered late
# $at (duration): when it was delivered
exercise-20-frame-delivered-at = was delivered at { $at }
# What became of a frame: delivered with the wrong bytes
exercise-20-frame-delivered-garbled = was delivered garbled
# What became of a frame: never delivered
exercise-20-frame-never-delivered = was never delivered
# the_heartbeat_keeps_its_rhythm: problem, when no heartbeat came
exercise-20-no-heartbeat = the peer received no heartbeat at all
# the_heartbeat_keeps_its_rhythm: problem, when the peer heard nothing for too long
# $from (duration): the start of the silence
# $to (duration): its end
# $silence (duration): its length
exercise-20-heartbeat-silence = the peer heard nothing from { $from } to { $to } of simulated time: no heartbeat for { $silence }
# the_heartbeat_keeps_its_rhythm: problem, when two heartbeats came too close together
# $gap (duration): the time between them
# $first (duration): when the first arrived
# $second (duration): when the second arrived
# $interval (duration): the heartbeat interval
exercise-20-heartbeats-crowded = two heartbeats arrived { $gap } apart (at { $first } and { $second }), the interval is { $interval }

## exercise-21: Waiting for the migrations without looking every 100 ms

# run_isolated: what
exercise-21-run-isolated-what = waiting for the migrations
# run_isolated: why
exercise-21-run-isolated-why = tokio's paused clock moves only when every task waits; a loop that only yields (or spins) never lets the runtime rest, so the migrations' end never even comes, and in production it burns a CPU core
# a_request_after_the_migrations_goes_straight_through: why
exercise-21-a-request-after-the-migrations-goes-straight-through-why = a notification only wakes the tasks that are waiting when it is sent: a request that arrives later needs the state itself (`Notify::notify_waiters` keeps nothing)
# a_request_after_the_migrations_goes_straight_through: help
exercise-21-a-request-after-the-migrations-goes-straight-through-help = keep the state, not only the wake-up: check it before waiting, or use a `watch` channel, whose `wait_for` looks at the current value first
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $still_waiting (number): requests still waiting
# $handlers (number): requests in all
# $waited (duration): how long the check waited for them
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem = { $still_waiting } of the { $handlers } requests were still waiting { $waited } after the migrations ended
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why = `mark_done` must wake every waiting handler: `Notify::notify_one` wakes one, and a handler that starts waiting just after a `notify_waiters` misses it
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $first (duration): when the first request resumed
# $migrations_done (duration): when the migrations ended
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-2 = a request resumed at { $first } of simulated time, before the migrations ended at { $migrations_done }
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-2 = a handler that does not wait for the migrations reads a half-migrated database
# waiting_requests_resume_the_moment_the_migrations_end: help
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-help = return from `wait_until_done` only once `mark_done` has been called
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $migrations_done (duration): when the migrations ended
# $late_by (duration): how late the last request resumed
# $last (duration): when the last request resumed
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-3 = the migrations ended at { $migrations_done }, but the requests resumed up to { $late_by } later (the last at { $last })
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-3 = a handler that checks a flag now and then notices the change only at its next check: each waits up to one interval too long, and a shorter interval only trades that delay for more wake-ups
# waiting_lets_the_runtime_sleep: problem
# $handlers (number): requests waiting
# $quiet (duration): how long nothing happened
# $quiet_wakeups (number): times the runtime was woken meanwhile
exercise-21-waiting-lets-the-runtime-sleep-problem = while { $handlers } requests waited { $quiet } of simulated time for the migrations, the runtime was woken { $quiet_wakeups } times, though nothing happened until they ended
# waiting_lets_the_runtime_sleep: why
exercise-21-waiting-lets-the-runtime-sleep-why = a sleep-and-check loop wakes its task at every check whether or not anything changed: waiting should cost nothing, and a thousand waiting requests would cost a thousand times more
# waiting_lets_the_runtime_sleep: problem when the quiet came from checking seldom
# $migrations_done (duration): when the migrations ended
# $still_waiting (number): requests that had not resumed at all
# $late_by (duration): how late the last request resumed (or how long the test waited)
exercise-21-waiting-lets-the-runtime-sleep-late-problem = the runtime slept, but only because the waiting requests looked too seldom: the migrations ended at { $migrations_done } and { $still_waiting ->
        [0] the last request noticed { $late_by } later
       *[other] { $still_waiting } requests had still not noticed { $late_by } later
    }
# waiting_lets_the_runtime_sleep: why, when the quiet came from checking seldom
exercise-21-waiting-lets-the-runtime-sleep-late-why = a sleep-and-check loop trades one cost for the other: checking every 100 ms wakes the runtime ten times a second per request, checking every minute is quiet but a minute late; a handler woken by `mark_done` is both quiet and on time
# HELP: const
exercise-21-help = let `mark_done` wake the waiting handlers: keep the state in a `tokio::sync::watch` channel (`send_replace(true)`, and `subscribe().wait_for(|done| *done)` to wait), or put a `tokio::sync::Notify` beside the flag
# a_request_after_the_migrations_goes_straight_through: problem
# $waited (duration): how long the request waited
exercise-21-already-done-waited = the migrations were already done, yet the request waited { $waited } of simulated time
# a_request_after_the_migrations_goes_straight_through: problem, when the request never returned
# $later (duration): how long the check waited for it
exercise-21-already-done-still-waiting = the migrations were already done, yet the request was still waiting { $later } later

## exercise-22: Gather what is independent, chain what is not

# the_report_has_every_customer_and_invoice: problem
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
exercise-22-the-report-has-every-customer-and-invoice-problem = building the report failed: { $error }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help = fetch each profile and every page with what the services hand out: a page's cursor comes from the page before
# the_report_has_every_customer_and_invoice: problem
# $customers (text): the customer ids asked for, as Rust prints a list
# $ids (text): the customer ids in the report, as Rust prints a list
exercise-22-the-report-has-every-customer-and-invoice-problem-2 = asked for customers { $customers }, the report has { $ids }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-2 = keep the profiles in the order of the ids, whatever order the answers come in
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-3 = fetch each customer's profile from the users API once
# the_report_has_every_customer_and_invoice: problem
# $expected (number): invoices the billing API holds
# $pages (number): pages the billing API holds
# $invoices (number): invoices in the report
# $shape (text): `reordered` when the report has every invoice but not in page order, else `other`
exercise-22-the-report-has-every-customer-and-invoice-problem-3 = the billing API holds { $expected } invoices on { $pages } pages; the report has { $invoices }{ $shape ->
        [reordered] , not in page order
       *[other] {""}
    }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-4 = follow `next_cursor` from page to page until a page names no next one
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
exercise-22-a-failed-request-is-reported-problem = the profile of customer 9 could not be fetched, but the report came back as { $report }
# a_failed_request_is_reported: help
exercise-22-a-failed-request-is-reported-help = return the error of the failed request
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
exercise-22-a-failed-request-is-reported-problem-2 = page 3 of the invoices could not be fetched, but the report came back as { $report }
# a_failed_request_is_reported: help
exercise-22-a-failed-request-is-reported-help-2 = return the error of the failed page
# the_profiles_are_fetched_together: help
exercise-22-the-profiles-are-fetched-together-help = fetch each customer's profile once
# the_profiles_are_fetched_together: help
exercise-22-the-profiles-are-fetched-together-help-2 = a profile request needs nothing from the previous one's answer: start them all before awaiting any (a concurrency bound, if you use one, must leave room for ten)
# the_pages_follow_the_cursor_chain: why
exercise-22-the-pages-follow-the-cursor-chain-why = a page's request carries the cursor the previous page returned: it depends on that answer, and no amount of concurrency can send it earlier; a guessed or repeated request is refused or fetches the same invoices twice
# the_pages_follow_the_cursor_chain: help
exercise-22-the-pages-follow-the-cursor-chain-help = keep the page loop sequential: request the first page without a cursor, then each next page with the `next_cursor` of the page before
# the_report_takes_as_long_as_the_page_chain: what
exercise-22-the-report-takes-as-long-as-the-page-chain-what = building the report (10 profiles of 0.5 s, 5 pages of 0.2 s)
# the_report_takes_as_long_as_the_page_chain: too-slow
exercise-22-the-report-takes-as-long-as-the-page-chain-too-slow = something waited that did not have to: the profiles one after another, or the pages after the profiles
# the_report_takes_as_long_as_the_page_chain: help
# $chain (duration): how long the page chain takes
exercise-22-the-report-takes-as-long-as-the-page-chain-help = the profiles need nothing from each other (together: 0.5 s) and the pages need nothing from the profiles: only the page chain is sequential, so the report takes { $chain }
# the_report_takes_as_long_as_the_page_chain: too-fast
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast = each page needs the cursor of the page before it, so five pages of 0.2 s take at least 1.0 s
# the_report_takes_as_long_as_the_page_chain: too-fast-help
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast-help = request each page with the cursor the previous page returned
# How the report came back, inserted as $report after "came back as": a report
# $customers (number): customers in it
# $invoices (number): invoices in it
exercise-22-outcome-ok = Ok ({ $customers } customers, { $invoices } invoices)
# How the report came back: an error
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
exercise-22-outcome-error = an error: { $error }
# The error of a request with a made-up cursor, inserted as $error
exercise-22-unknown-cursor = the billing API refused a cursor it never issued
# the_pages_follow_the_cursor_chain: problem, a request with a made-up cursor
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $cursor (text): the cursor it carried, quoted as Rust prints a string
exercise-22-chain-unknown-cursor = request { $number } (at { $at }) carried the cursor { $cursor }, which the billing API never issued
# the_pages_follow_the_cursor_chain: problem, a request for the wrong page
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $page (number): the page it asked for
exercise-22-chain-wrong-page = request { $number } (at { $at }) asked for page { $page }: the pages must be requested once each, in order
# the_pages_follow_the_cursor_chain: problem, a request sent before its cursor existed
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $issued_at (duration): when the page before it handed out its cursor
exercise-22-chain-too-early = request { $number } started at { $at }, before its cursor was received at { $issued_at }
# the_pages_follow_the_cursor_chain: problem, too many or too few page requests
# $requests (number): page requests made
# $pages (number): pages the billing API holds
exercise-22-chain-request-count = the billing API got { $requests } page requests for its { $pages } pages







