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
seconds = { $seconds } giây

## Names of the simulated services, as the messages below insert them ("the user API was
## never called"). Each is a noun phrase without an article.

service-user-api = user API
service-users-http-api = users HTTP API
service-paged-users-api = users API phân trang
service-profile-api = profile API
service-database = database
service-legacy-database = database legacy
service-llm-endpoint = endpoint LLM
service-billing-api = billing API
service-price-catalogue = bảng giá
service-image-resizer = service resize ảnh

## Timing checks on tokio's paused clock (simulated time).

# A run over the upper bound.
# $what (message): what was measured, a phrase of the exercise ("fetching 10 users")
# $measured (duration): the simulated time it took
# $diagnosis (message): what the slowness means, a phrase of the exercise, or
#   harness-elapsed-more-than-needed
harness-elapsed-too-slow = { $what } mất { $measured } thời gian mô phỏng: { $diagnosis }

# The diagnosis of a slow run when the exercise gives none.
# $at_most (duration): the most correct code needs
harness-elapsed-more-than-needed = lâu hơn mức { $at_most } mà code đúng cần

# A run under the lower bound.
# $what (message): what was measured, a phrase of the exercise
# $measured (duration): the simulated time it took
# $at_least (duration): the least the simulated work needs
harness-elapsed-too-fast = { $what } chỉ mất { $measured } thời gian mô phỏng, ít hơn mức { $at_least } mà phần việc mô phỏng cần
harness-elapsed-too-fast-why = đồng hồ tạm dừng của tokio chỉ chạy khi mọi task đều đang chờ một timer: một blocking call như `std::thread::sleep` không làm nó nhích lên, còn việc bị bỏ qua thì chẳng tốn chút thời gian nào
harness-elapsed-too-fast-help = await mọi lời gọi service bằng API async của nó; đừng block và đừng bỏ qua lời gọi nào

## The stall watchdog (real time).

# $stalled (duration): the longest time the runtime could not run its tasks
# $threshold (duration): the longest stall the check allows
harness-stall-problem = runtime đã bị block trong { $stalled } (watchdog chỉ cho phép { $threshold })
harness-stall-why = trong lúc một task block thread của nó, không task nào khác trên thread đó được chạy: mọi request đều phải chờ

## Checks on a service's call counters. Dropped calls were started and then cancelled before
## they finished; they never count as calls.
##
## $service (message): the service's name (see above)
## $dropped (number): calls started and dropped before they finished; the selector adds a
##   clause about them, or nothing when there are none

# The service was never called.
# $expected (number): the calls expected
harness-calls-never-called = { $service } chưa được gọi lần nào, trong khi cần { $expected } lời gọi

# $started (number): calls started
# $completed (number): calls that completed
# $expected (number): the calls expected
harness-calls-some-dropped = { $started } lời gọi tới { $service } đã bắt đầu nhưng chỉ { $completed } lời gọi chạy xong, trong khi cần { $expected }: số còn lại đã bị drop trước khi kịp xong

# $completed (number): calls that completed
# $expected (number): the calls expected
harness-calls-wrong-count = { $service } đã hoàn thành { $completed } lời gọi, trong khi cần { $expected }{ $dropped ->
        [0] {""}
       *[other] ; ngoài ra { $dropped } lời gọi nữa đã bắt đầu rồi bị drop trước khi kịp xong
    }
harness-calls-too-few-why = một future không làm gì cả cho đến khi được await (hoặc được spawn), và một lời gọi bị drop trước khi trả về thì chưa làm xong việc của nó
harness-calls-too-many-why = mỗi lời gọi thừa là thêm tải cho phía bên kia và thêm thời gian caller phải chờ

# No call completed, so none overlapped.
# $at_least (number): the calls expected in flight at once
harness-overlap-none-completed = không lời gọi nào tới { $service } chạy xong, nên không có lời gọi nào chạy chồng lên nhau; cần { $at_least } lời gọi đang chạy cùng lúc{ $dropped ->
        [0] {""}
       *[other] ; ngoài ra { $dropped } lời gọi nữa đã bắt đầu rồi bị drop trước khi kịp xong
    }

# $completed (number): calls that completed
harness-overlap-never = { $completed } lời gọi tới { $service } đã chạy xong nhưng chưa bao giờ chồng lên nhau: tại mọi thời điểm chỉ có nhiều nhất 1 lời gọi đang chạy{ $dropped ->
        [0] {""}
       *[other] ; ngoài ra { $dropped } lời gọi nữa đã bắt đầu rồi bị drop trước khi kịp xong
    }

# $overlap (number): the most completed calls in flight at one moment
# $completed (number): calls that completed
# $at_least (number): the calls expected in flight at once
harness-overlap-too-few = trong { $completed } lời gọi tới { $service } đã chạy xong, cùng một lúc chỉ có nhiều nhất { $overlap } lời gọi đang chạy, trong khi cần { $at_least }{ $dropped ->
        [0] {""}
       *[other] ; ngoài ra { $dropped } lời gọi nữa đã bắt đầu rồi bị drop trước khi kịp xong
    }
harness-overlap-why = một lời gọi phải chờ lời gọi trước xong mới bắt đầu sẽ cộng trọn độ trễ của nó vào tổng thời gian

# $in_flight (number): the most calls in flight at one moment
# $limit (number): the most allowed
harness-in-flight-problem = có { $in_flight } lời gọi tới { $service } đang chạy cùng một lúc; giới hạn là { $limit }
harness-in-flight-why = một loạt request ồ ạt không giới hạn sẽ vắt kiệt connection, bộ nhớ và cả sự kiên nhẫn của phía bên kia

# $calls (number): calls started within one window
# $window (duration): the rate limit's window
# $first (duration): when the first of those calls started, in simulated time
# $last (duration): when the last of them started
# $limit (number): the calls allowed per window
harness-rate-problem = { $calls } lời gọi tới { $service } đã bắt đầu trong vòng { $window } (từ mốc { $first } đến mốc { $last } của thời gian mô phỏng); giới hạn là { $limit } lời gọi mỗi { $window }
harness-rate-why = các lời gọi vượt giới hạn sẽ bị từ chối, nên công việc bị mất hoặc bị retry dồn dập thành một cơn bão request

# $at_least (number): the cancelled calls expected
# $completed (number): calls that ran to the end
harness-cancelled-problem = { $dropped } lời gọi tới { $service } đã bị cancel, trong khi cần ít nhất { $at_least }; { $completed } lời gọi đã chạy đến cùng
harness-cancelled-why = việc không còn ai chờ vẫn giữ connection và vẫn gọi tới service: drop một JoinHandle không dừng được task của nó

# A limit check on code that completed no call.
harness-no-calls-never-called = { $service } chưa được gọi lần nào
# $started (number): calls started, every one of them dropped
harness-no-calls-all-dropped = { $started } lời gọi tới { $service } đã bắt đầu, và lời gọi nào cũng bị drop trước khi kịp xong
# $limit (text): which limit was checked, `in-flight` or `rate`
harness-no-calls-why = { $limit ->
        [rate] rate limit
       *[in-flight] giới hạn số lời gọi đang chạy
    } chỉ có ý nghĩa với code thực sự làm việc: không lời gọi nào chạy xong thì chẳng có gì để kiểm tra

## Work run on a runtime of its own under a real-time deadline.
##
## $what (message): the work, a phrase of the exercise ("pricing the order on a
##   current_thread runtime")

# $location (text): file:line:column of the panic
# $message (text): the panic's own message, as Rust or the code wrote it
harness-stopped-panicked-at = { $what } bị panic tại { $location }: { $message }
# $message (text): the panic's own message
harness-stopped-panicked = { $what } bị panic: { $message }
# $deadline (duration): the real time the work was given
harness-stopped-stuck = { $what } vẫn còn chạy sau { $deadline } thời gian thực

## The clock witness: code that moves tokio's paused clock by hand.

# $by (duration): how far the clock jumped
# $at (duration): the simulated time at which it jumped
harness-clock-jump-problem = đồng hồ đã nhảy thêm { $by } sau mốc { $at } của thời gian mô phỏng trong khi không có timer nào tới hạn: có thứ gì đó đã tự tay chỉnh đồng hồ của tokio (`tokio::time::advance`)
harness-clock-jump-why = trên đồng hồ tạm dừng của tokio, thời gian chỉ trôi khi mọi task đều đang chờ một timer; tự tay chỉnh đồng hồ là làm giả thời gian mà mục kiểm tra đo, và `advance` sẽ panic nếu chạy ngoài runtime của test
harness-clock-jump-help = hãy chờ bằng `tokio::time::sleep`, `sleep_until` hoặc `interval`, và đừng bao giờ gọi `tokio::time::pause`, `advance` hay `resume` từ src/

## The framed peer: a simulated network peer that sends length-prefixed frames.

# Something the receiver wrote that is not a heartbeat.
# $length (number): the frame's length in bytes
# $at (duration): when it arrived, in simulated time
harness-peer-unexpected-frame = một frame dài { $length } byte tới lúc { $at }, ở chỗ chỉ được có heartbeat (frame rỗng)
