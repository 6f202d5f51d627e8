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
timeline-your-run-took = lần chạy của bạn: { $what } mất { $took }

# Title of a bound check's panel, and of a panel of calls to one service.
# $calls (number): how many calls the learner's run made
# $service (text): the service's name ("user API"), a noun phrase without an article
timeline-your-run-calls = lần chạy của bạn: { $calls } lời gọi tới { $service }

# Title of a panel of calls to several services.
# $calls (number): how many calls the learner's run made
timeline-your-run-calls-to-services = lần chạy của bạn: { $calls } lời gọi

# The limit of a timing check, under its title.
# $at_least (duration): the least time correct code takes
# $at_most (duration): the most time correct code takes
timeline-expected-time = mục kiểm tra đòi hỏi từ { $at_least } đến { $at_most }

# The limit of a timing check whose least and most time are the same.
# $time (duration): the time correct code takes
timeline-expected-time-exactly = mục kiểm tra đòi hỏi đúng { $time }

# The limit of a check on how many calls may run at once.
# $limit (number): the most calls allowed in flight at once
# $peak (number): the most that were
timeline-in-flight-limit = tối đa { $limit } lời gọi được chạy cùng lúc; thực tế có { $peak }

# The limit of a check that calls overlapped.
# $at_least (number): how many completed calls should have been in flight at once
# $peak (number): the most that were
timeline-overlap-expected = phải có ít nhất { $at_least } lời gọi chạy cùng một lúc (chỉ tính các lời gọi chạy xong); thực tế có { $peak }

# The limit of a rate-limit check.
# $calls (number): the most calls allowed to start within one window
# $window (duration): the window ("60.0 s")
# $busiest (number): the most calls that started within one window
timeline-rate-limit = trong mọi khoảng { $window }, tối đa { $calls } lời gọi được bắt đầu; thực tế có { $busiest }

## The reference shape, drawn under a failed check

# Title of the reference drawing.
# $took (duration): the simulated time correct code takes
# $shape (text): how correct code schedules the calls, one of the timeline-shape-... messages
timeline-reference-title = code đúng chạy thế này: { $took }, { $shape }

# The shape without a limit: every call starts at once.
# $calls (number): how many calls
timeline-shape-all-at-once = { $calls } lời gọi bắt đầu ngay từ đầu

# The shape under a limit on calls in flight.
# $in_flight (number): the most calls in flight at once
timeline-shape-at-most = { $in_flight } lời gọi chạy cùng lúc, hễ một lời gọi xong thì lời gọi tiếp theo bắt đầu

# The shape under a rate limit.
# $calls (number): the most calls allowed to start within one window
# $window (duration): the window ("60.0 s")
timeline-shape-rate = mỗi lời gọi bắt đầu ngay khi giới hạn { $calls } lời gọi mỗi { $window } cho phép

## Row labels (short: they share a column at most 24 characters wide)

# Label of the row counting the calls in flight.
timeline-in-flight = đang chạy

# Label of the row marking where more calls were in flight than allowed; also its legend entry.
# $limit (number): the most calls allowed in flight at once
timeline-over-limit = vượt { $limit }

# Label of the row marking a rate limit's busiest window.
# $window (duration): the window ("60.0 s")
timeline-busiest-window = { $window } bận nhất

# Label of the time axis.
timeline-time-axis = thời gian

# Label of a call's row: the service and the call's argument (a user id, a row key).
# $service (text): the service's name ("user API")
# $key (text): the call's argument, a whole number ("7")
timeline-call-label = { $service } { $key }

## Rows left out

# The line standing for call rows left out of a long drawing.
# $calls (number): how many rows are left out
timeline-more-calls = còn { $calls } lời gọi nữa

# Calls the check's record had no room for.
# $calls (number): how many calls were not recorded
timeline-not-recorded = { $calls } lời gọi khác không được ghi lại

## The legend under a drawing: each mark with its word

# A call that returned.
timeline-outcome-completed = xong
# A call that returned an error.
timeline-outcome-failed = lỗi
# A call the service refused (over its rate limit).
timeline-outcome-refused = bị từ chối
# A call started and then cancelled before it finished.
timeline-outcome-dropped = bị drop
# A call still running when the check looked.
timeline-outcome-still-running = vẫn đang chạy
# The marks of a timing check's least and most time.
timeline-limit-mark = giới hạn
