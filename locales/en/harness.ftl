### kit-harness: the teaching messages the grading checks of every exercise share. kit shows
### them when a check fails, under the check's name: the first line says what the check
### measured and what is wrong, `why` says why it matters at run time, `help` what correct
### code does. Messages start lowercase and end without a period.
###
### Arguments: a `(number)` selects plural forms; a `(duration)` is already rendered by the
### `seconds` message below ("0.5 s"); a `(message)` is another message of this catalogue,
### rendered first (a service's name, a phrase of the exercise); a `(text)` is shown as it is.

## Units

# A duration in seconds, as every message shows it.
# $seconds (number): the seconds, with one to three decimals (5.0, 0.25)
seconds = { $seconds } s

## Names of the simulated services, as the messages below insert them ("the user API was
## never called"). Each is a noun phrase without an article.

service-user-api = user API
service-users-http-api = users HTTP API
service-paged-users-api = paged users API
service-profile-api = profile API
service-database = database
service-legacy-database = legacy database
service-llm-endpoint = LLM endpoint
service-billing-api = billing API
service-price-catalogue = price catalogue
service-image-resizer = image resizer

## Timing checks on tokio's paused clock (simulated time).

# A run over the upper bound.
# $what (message): what was measured, a phrase of the exercise ("fetching 10 users")
# $measured (duration): the simulated time it took
# $diagnosis (message): what the slowness means, a phrase of the exercise, or
#   harness-elapsed-more-than-needed
harness-elapsed-too-slow = { $what } took { $measured } of simulated time: { $diagnosis }

# The diagnosis of a slow run when the exercise gives none.
# $at_most (duration): the most correct code needs
harness-elapsed-more-than-needed = more than the { $at_most } correct code needs

# A run under the lower bound.
# $what (message): what was measured, a phrase of the exercise
# $measured (duration): the simulated time it took
# $at_least (duration): the least the simulated work needs
harness-elapsed-too-fast = { $what } took only { $measured } of simulated time, less than the { $at_least } the simulated work needs
harness-elapsed-too-fast-why = tokio's paused clock moves only while every task waits on a timer: a blocking call such as `std::thread::sleep` does not move it, and skipped work takes no time at all
harness-elapsed-too-fast-help = await every service call with its async API; do not block and do not skip calls

## The stall watchdog (real time).

# $stalled (duration): the longest time the runtime could not run its tasks
# $threshold (duration): the longest stall the check allows
harness-stall-problem = the runtime was blocked for { $stalled } (the watchdog allows { $threshold })
harness-stall-why = while one task blocks its thread, no other task on that thread runs: every request waits

## Checks on a service's call counters. Dropped calls were started and then cancelled before
## they finished; they never count as calls.
##
## $service (message): the service's name (see above)
## $dropped (number): calls started and dropped before they finished; the selector adds a
##   clause about them, or nothing when there are none

# The service was never called.
# $expected (number): the calls expected
harness-calls-never-called = the { $service } was never called, expected { $expected } calls

# $started (number): calls started
# $completed (number): calls that completed
# $expected (number): the calls expected
harness-calls-some-dropped = { $started } calls to the { $service } were started but only { $completed } completed, expected { $expected }: the others were dropped before they finished

# $completed (number): calls that completed
# $expected (number): the calls expected
harness-calls-wrong-count = the { $service } completed { $completed } calls, expected { $expected }{ $dropped ->
        [0] {""}
        [one] ; 1 more was started and dropped before it finished
       *[other] ; { $dropped } more were started and dropped before they finished
    }
harness-calls-too-few-why = a future does nothing until it is awaited (or spawned), and a call dropped before it returns did not do its work
harness-calls-too-many-why = every extra call is load on the other side and time the caller waits

# No call completed, so none overlapped.
# $at_least (number): the calls expected in flight at once
harness-overlap-none-completed = no call to the { $service } completed, so none overlapped; expected { $at_least } in flight at once{ $dropped ->
        [0] {""}
        [one] ; 1 more was started and dropped before it finished
       *[other] ; { $dropped } more were started and dropped before they finished
    }

# $completed (number): calls that completed
harness-overlap-never = the { $completed } completed calls to the { $service } never overlapped: at most 1 was in flight at any moment{ $dropped ->
        [0] {""}
        [one] ; 1 more was started and dropped before it finished
       *[other] ; { $dropped } more were started and dropped before they finished
    }

# $overlap (number): the most completed calls in flight at one moment
# $completed (number): calls that completed
# $at_least (number): the calls expected in flight at once
harness-overlap-too-few = at most { $overlap } of the { $completed } completed calls to the { $service } were in flight at the same moment, expected { $at_least }{ $dropped ->
        [0] {""}
        [one] ; 1 more was started and dropped before it finished
       *[other] ; { $dropped } more were started and dropped before they finished
    }
harness-overlap-why = a call that waits for the previous one to finish adds its whole latency to the total

# $in_flight (number): the most calls in flight at one moment
# $limit (number): the most allowed
harness-in-flight-problem = { $in_flight } calls to the { $service } were in flight at the same moment; the limit is { $limit }
harness-in-flight-why = an unbounded burst exhausts connections, memory and the other side's patience

# $calls (number): calls started within one window
# $window (duration): the rate limit's window
# $first (duration): when the first of those calls started, in simulated time
# $last (duration): when the last of them started
# $limit (number): the calls allowed per window
harness-rate-problem = { $calls } calls to the { $service } started within { $window } (between { $first } and { $last } of simulated time); the limit is { $limit } per { $window }
harness-rate-why = calls over the limit are refused, so work is lost or retried in a storm

# $at_least (number): the cancelled calls expected
# $completed (number): calls that ran to the end
harness-cancelled-problem = { $dropped } calls to the { $service } were cancelled, expected at least { $at_least }; { $completed } ran to the end
harness-cancelled-why = work nobody waits for any more still holds connections and still hits the service: a dropped JoinHandle does not stop its task

# A limit check on code that completed no call.
harness-no-calls-never-called = the { $service } was never called
# $started (number): calls started, every one of them dropped
harness-no-calls-all-dropped = { $started } calls to the { $service } were started and every one was dropped before it finished
# $limit (text): which limit was checked, `in-flight` or `rate`
harness-no-calls-why = { $limit ->
        [rate] a rate limit
       *[in-flight] a limit on calls in flight
    } is only respected by code that does the work: no completed call, nothing to check

## Work run on a runtime of its own under a real-time deadline.
##
## $what (message): the work, a phrase of the exercise ("pricing the order on a
##   current_thread runtime")

# $location (text): file:line:column of the panic
# $message (text): the panic's own message, as Rust or the code wrote it
harness-stopped-panicked-at = { $what } panicked at { $location }: { $message }
# $message (text): the panic's own message
harness-stopped-panicked = { $what } panicked: { $message }
# $deadline (duration): the real time the work was given
harness-stopped-stuck = { $what } was still running after { $deadline } of real time

## The clock witness: code that moves tokio's paused clock by hand.

# $by (duration): how far the clock jumped
# $at (duration): the simulated time at which it jumped
harness-clock-jump-problem = the clock jumped { $by } past { $at } of simulated time while no timer was due: something moved tokio's clock by hand (`tokio::time::advance`)
harness-clock-jump-why = on tokio's paused clock time moves only while every task waits on a timer; moving it by hand fakes the time a check measures, and `advance` panics outside a test runtime
harness-clock-jump-help = wait with `tokio::time::sleep`, `sleep_until` or `interval`, and never call `tokio::time::pause`, `advance` or `resume` from src/

## The framed peer: a simulated network peer that sends length-prefixed frames.

# Something the receiver wrote that is not a heartbeat.
# $length (number): the frame's length in bytes
# $at (duration): when it arrived, in simulated time
harness-peer-unexpected-frame = a frame of { $length } bytes at { $at }, where only heartbeats (empty frames) belong
