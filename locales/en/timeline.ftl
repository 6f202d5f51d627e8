### kit's timelines: the drawing under a timing or bound check (`kit grade`, and every check
### with `kit grade --timeline`). A panel shows the learner's calls on one time axis, a row per
### call with a bar from its start to its end, the number of calls in flight along the bottom
### and the check's limit marked; under a failed check, the same drawing for the shape correct
### code has ("how correct code runs"). Messages start lowercase and end without a period.
###
### Row labels (a call's label, "in flight", "time", "over 10", "busiest 60.0 s") sit in a
### column left of the drawing, at most 24 characters wide: keep them short. Titles and the
### limit line are sentences above the drawing.
###
### Arguments: a `(number)` selects plural forms; a `(duration)` is already rendered by the
### `seconds` message of harness.ftl ("0.5 s"); a `(text)` is shown as it is (a phrase of the
### exercise or a service's name, both already in this language).

## Titles and limits, one per panel

# Title of a timing check's panel.
# $what (text): what the check measured, a phrase of the exercise ("fetching 10 users")
# $took (duration): the simulated time the learner's run took
timeline-your-run-took = your run: { $what } took { $took }

# Title of a bound check's panel, and of a panel of calls to one service.
# $calls (number): how many calls the learner's run made
# $service (text): the service's name ("user API"), a noun phrase without an article
timeline-your-run-calls = your run: { $calls ->
        [one] { $calls } call
       *[other] { $calls } calls
    } to the { $service }

# Title of a panel of calls to several services.
# $calls (number): how many calls the learner's run made
timeline-your-run-calls-to-services = your run: { $calls ->
        [one] { $calls } call
       *[other] { $calls } calls
    }

# The limit of a timing check, under its title.
# $at_least (duration): the least time correct code takes
# $at_most (duration): the most time correct code takes
timeline-expected-time = the check expects { $at_least } to { $at_most }

# The limit of a timing check whose least and most time are the same.
# $time (duration): the time correct code takes
timeline-expected-time-exactly = the check expects { $time }

# The limit of a check on how many calls may run at once.
# $limit (number): the most calls allowed in flight at once
# $peak (number): the most that were
timeline-in-flight-limit = at most { $limit } may be in flight at once; { $peak } { $peak ->
        [one] was
       *[other] were
    }

# The limit of a check that calls overlapped.
# $at_least (number): how many completed calls should have been in flight at once
# $peak (number): the most that were
timeline-overlap-expected = at least { $at_least } completed calls should be in flight at once; { $peak } { $peak ->
        [one] was
       *[other] were
    }

# The limit of a rate-limit check.
# $calls (number): the most calls allowed to start within one window
# $window (duration): the window ("60.0 s")
# $busiest (number): the most calls that started within one window
timeline-rate-limit = at most { $calls } may start within any { $window }; { $busiest } did

## The reference shape, drawn under a failed check

# Title of the reference drawing.
# $took (duration): the simulated time correct code takes
# $shape (text): how correct code schedules the calls, one of the timeline-shape-... messages
timeline-reference-title = how correct code runs: { $took }, { $shape }

# The shape without a limit: every call starts at once.
# $calls (number): how many calls
timeline-shape-all-at-once = { $calls ->
        [one] the call at once
       *[other] all { $calls } calls at once
    }

# The shape under a limit on calls in flight.
# $in_flight (number): the most calls in flight at once
timeline-shape-at-most = { $in_flight } in flight, the next starting as one finishes

# The shape under a rate limit.
# $calls (number): the most calls allowed to start within one window
# $window (duration): the window ("60.0 s")
timeline-shape-rate = each call as soon as { $calls ->
        [one] { $calls } call
       *[other] { $calls } calls
    } per { $window } allows

## Row labels (short: they share a column at most 24 characters wide)

# Label of the row counting the calls in flight.
timeline-in-flight = in flight

# Label of the row marking where more calls were in flight than allowed; also its legend entry.
# $limit (number): the most calls allowed in flight at once
timeline-over-limit = over { $limit }

# Label of the row marking a rate limit's busiest window.
# $window (duration): the window ("60.0 s")
timeline-busiest-window = busiest { $window }

# Label of the time axis.
timeline-time-axis = time

# Label of a call's row: the service and the call's argument (a user id, a row key).
# $service (text): the service's name ("user API")
# $key (text): the call's argument, a whole number ("7")
timeline-call-label = { $service } { $key }

## Rows left out

# The line standing for call rows left out of a long drawing.
# $calls (number): how many rows are left out
timeline-more-calls = { $calls ->
        [one] { $calls } more call
       *[other] { $calls } more calls
    }

# Calls the check's record had no room for.
# $calls (number): how many calls were not recorded
timeline-not-recorded = { $calls ->
        [one] { $calls } more call was not recorded
       *[other] { $calls } more calls were not recorded
    }

## The legend under a drawing: each mark with its word

# A call that returned.
timeline-outcome-completed = completed
# A call that returned an error.
timeline-outcome-failed = failed
# A call the service refused (over its rate limit).
timeline-outcome-refused = refused
# A call started and then cancelled before it finished.
timeline-outcome-dropped = dropped
# A call still running when the check looked.
timeline-outcome-still-running = still running
# The marks of a timing check's least and most time.
timeline-limit-mark = limit
