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
exercise-01-returns-the-ten-users-in-order-problem = cần các user từ 1 đến 10 theo thứ tự id, nhưng nhận được các id { $ids }
# returns_the_ten_users_in_order: help
exercise-01-returns-the-ten-users-in-order-help = giữ kết quả theo thứ tự các request được tạo ra, bất kể chúng xong theo thứ tự nào
# returns_the_ten_users_in_order: help
exercise-01-returns-the-ten-users-in-order-help-2 = lấy đủ cả mười user từ API
# reports_a_failed_request: problem
# $result (text): what the function returned, as Rust prints it (Ok([...]) or Err(...))
exercise-01-reports-a-failed-request-problem = không lấy được user 4, nhưng hàm lại trả về { $result }
# reports_a_failed_request: help
exercise-01-reports-a-failed-request-help = trả về lỗi của request thất bại thay vì giấu nó đi
# ten_users_take_half_a_second: what
exercise-01-ten-users-take-half-a-second-what = lấy 10 user
# ten_users_take_half_a_second: too-slow
exercise-01-ten-users-take-half-a-second-too-slow = các request đã chạy lần lượt, cái này xong mới đến cái kia
# ten_users_take_half_a_second: help
exercise-01-ten-users-take-half-a-second-help = tạo cả mười future request trước, rồi await chúng cùng lúc (`futures::future::try_join_all`); code chạy đồng thời xong trong khoảng 0,5 giây
# all_ten_requests_are_in_flight_together: help
exercise-01-all-ten-requests-are-in-flight-together-help = lấy mỗi user trong mười user đúng một lần
# all_ten_requests_are_in_flight_together: help
exercise-01-all-ten-requests-are-in-flight-together-help-2 = một `.await` trong vòng lặp chờ từng request xong rồi mới gửi request kế tiếp; hãy gom các future lại trước, rồi await tất cả cùng một lúc
# returns_the_ten_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
exercise-01-fetching-failed = lấy mười user thất bại: { $error }

## exercise-02: The audit entry that never happened

# stores_the_order: problem
# $result (text): what `place_order` returned, as Rust prints it (Ok(1), Err(...))
# $orders (text): the rows of the orders table, as Rust prints a list of strings
exercise-02-stores-the-order-problem = đặt đơn hàng của alice trả về { $result }, và bảng orders sau đó là { $orders }
# stores_the_order: help
exercise-02-stores-the-order-help = insert đơn hàng và trả về id mà database cấp cho nó
# the_audit_log_records_the_order: why
exercise-02-the-audit-log-records-the-order-why = gọi một async fn chỉ tạo ra một future; future bị drop mà chưa được await thì không bao giờ chạy
# only: help
exercise-02-the-audit-log-records-the-order-help = await lần ghi audit (và trả lỗi của nó về cho caller bằng `?`)
# placing_an_order_takes_both_writes: what
exercise-02-placing-an-order-takes-both-writes-what = đặt một đơn hàng
# placing_an_order_takes_both_writes: too-fast
exercise-02-placing-an-order-takes-both-writes-too-fast = hai lần ghi, mỗi lần 0,1 giây, nối tiếp nhau thì mất 0,2 giây; xong sớm hơn nghĩa là có một lần ghi chưa hề chạy: future không được await thì không tốn chút thời gian nào, vì nó chẳng làm gì cả
# placing_an_order_takes_both_writes: too-slow
exercise-02-placing-an-order-takes-both-writes-too-slow = hai lần ghi cộng lại chỉ nên mất 0,2 giây
# a_failed_audit_write_is_reported: problem
# $result (text): what `place_order` returned, as Rust prints it
exercise-02-a-failed-audit-write-is-reported-problem = lần ghi audit thất bại, nhưng `place_order` lại trả về { $result }
# a_failed_audit_write_is_reported: why
exercise-02-a-failed-audit-write-is-reported-why = lỗi bên trong một future không ai await sẽ biến mất, cùng với chính công việc của future đó
# a_failed_audit_write_is_reported: help
exercise-02-a-failed-audit-write-is-reported-help = await lần ghi audit và trả lỗi của nó về cho caller bằng `?`
# the_audit_log_records_the_order: problem, when the audit log is empty
# $inserts (number): the inserts the database saw
exercise-02-the-audit-log-records-the-order-problem-empty = audit log vẫn trống sau khi `place_order` trả về; database thấy { $inserts } lần insert, nên lần ghi audit chưa hề bắt đầu
# the_audit_log_records_the_order: problem, when the audit log holds something else
# $audit_log (text): the audit log's rows, as Rust prints a list of strings
exercise-02-the-audit-log-records-the-order-problem-wrong = audit log chứa { $audit_log }, nhưng lẽ ra phải là ["order 1 placed by alice"]

## exercise-03: Start the task now, await it later

# returns_profile_and_orders: problem
# $dashboard (text): what `build_dashboard` returned, as Rust prints it
exercise-03-returns-profile-and-orders-problem = cần profile và đơn hàng của user 7, nhưng nhận được { $dashboard }
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help = lấy profile của `user_id` và query đơn hàng của chính user đó
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help-2 = lấy profile từ users API, một lần thôi
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help-3 = query đơn hàng từ database, một lần thôi
# a_failed_profile_is_reported: problem
# $dashboard (text): what `build_dashboard` returned, as Rust prints it
exercise-03-a-failed-profile-is-reported-problem = request profile thất bại, nhưng `build_dashboard` lại trả về { $dashboard }
# a_failed_profile_is_reported: help
exercise-03-a-failed-profile-is-reported-help = await JoinHandle của task và trả lỗi của request về cho caller bằng `?`
# the_dashboard_takes_as_long_as_the_slowest_call: what
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-what = dựng dashboard
# the_dashboard_takes_as_long_as_the_slowest_call: too-slow
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-too-slow = request profile 0,4 giây và câu query 0,3 giây đã chạy lần lượt, cái này xong mới đến cái kia (0,7 giây)
# the_dashboard_takes_as_long_as_the_slowest_call: help
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-help = giữ JoinHandle lại, chạy câu query trong lúc task đang làm việc, rồi mới await handle: khi đó dựng dashboard chỉ mất bằng lời gọi chậm nhất, 0,4 giây
# the_query_runs_while_the_profile_loads: problem
# $profile_calls (number): completed profile requests
# $query_calls (number): completed database queries
exercise-03-the-query-runs-while-the-profile-loads-problem = cần đúng một request profile và một câu query đã hoàn tất, nhưng thấy { $profile_calls } request profile và { $query_calls } câu query
# the_query_runs_while_the_profile_loads: help
exercise-03-the-query-runs-while-the-profile-loads-help = lấy profile một lần và query đơn hàng một lần
# the_query_runs_while_the_profile_loads: problem
# $query_started (duration): when the database query started
# $profile_started (duration): when the profile request started
exercise-03-the-query-runs-while-the-profile-loads-problem-2 = câu query database bắt đầu lúc { $query_started } thời gian mô phỏng, khi request profile (bắt đầu lúc { $profile_started }) đã xong rồi: task vừa spawn đã bị await ngay lập tức
# the_query_runs_while_the_profile_loads: why
exercise-03-the-query-runs-while-the-profile-loads-why = await JoinHandle ngay sau `tokio::spawn` chỉ là một lời gọi tuần tự đi đường vòng: caller đứng chờ và chẳng làm gì trong lúc đó
# the_query_runs_while_the_profile_loads: help
exercise-03-the-query-runs-while-the-profile-loads-help-2 = khởi động task, làm việc khác, rồi mới await handle

## exercise-04: One fails, all stop

# returns_the_whole_team_in_order: problem
# $team (text): what `fetch_team` returned, as Rust prints it
exercise-04-returns-the-whole-team-in-order-problem = cần các user từ 1 đến 10 theo thứ tự id, nhưng nhận được { $team }
# returns_the_whole_team_in_order: help
exercise-04-returns-the-whole-team-in-order-help = kết quả đến theo thứ tự hoàn thành: hãy sắp xếp chúng theo id trước khi trả về
# returns_the_whole_team_in_order: help
exercise-04-returns-the-whole-team-in-order-help-2 = lấy đủ cả mười user từ API
# returns_the_error_of_the_failed_fetch: problem
# $result (text): what `fetch_team` returned, as Rust prints it
exercise-04-returns-the-error-of-the-failed-fetch-problem = lấy user 4 thất bại, nhưng `fetch_team` lại trả về { $result }
# returns_the_error_of_the_failed_fetch: help
exercise-04-returns-the-error-of-the-failed-fetch-help = trả lỗi đầu tiên về cho caller
# a_failure_is_returned_promptly: what
exercise-04-a-failure-is-returned-promptly-what = trả về lỗi của user 4
# a_failure_is_returned_promptly: too-slow
exercise-04-a-failure-is-returned-promptly-too-slow = user 4 thất bại sau 0,1 giây, nhưng caller chỉ biết chuyện đó khi các lần fetch được await trước nó đã xong
# a_failure_is_returned_promptly: help
exercise-04-a-failure-is-returned-promptly-help = nhận kết quả theo thứ tự hoàn thành (`JoinSet::join_next`) và trả về ngay ở lỗi đầu tiên: khi đó lỗi đến sau 0,1 giây
# a_failure_is_returned_promptly: problem (the time counts only for a run that did the work)
# $started (number): how many of the 10 fetches had started when `fetch_team` returned
exercise-04-a-failure-is-returned-promptly-problem = `fetch_team` trả về lỗi của user 4 khi mới bắt đầu { $started } trên 10 lần fetch: lỗi chỉ được tính là trả về kịp thời khi cả mười user đều đang được fetch
# the_other_fetches_are_cancelled: help
exercise-04-the-other-fetches-are-cancelled-help = spawn các lần fetch vào một `tokio::task::JoinSet` và trả về ngay ở lỗi đầu tiên: drop JoinSet đó sẽ abort các task vẫn còn trong nó

## exercise-05: Save each report as it arrives

# saves_every_report: problem
# $saved (text): what the function returned, as Rust prints it
# $reports_table (text): the rows of the reports table, as Rust prints a list of strings
exercise-05-saves-every-report-problem = cần báo cáo của các user từ 1 đến 5, mỗi báo cáo được lưu đúng một lần, và id của chúng được trả về theo thứ tự lưu; nhưng nhận được { $saved }, với các dòng { $reports_table }
# saves_every_report: help
exercise-05-saves-every-report-help = lưu mọi báo cáo bằng `db.insert(REPORTS_TABLE, user.name)` và trả về các id theo đúng thứ tự bạn đã lưu
# a_failed_fetch_is_reported: problem
# $saved (text): what the function returned, as Rust prints it
exercise-05-a-failed-fetch-is-reported-problem = lấy báo cáo của user 3 thất bại, nhưng hàm lại trả về { $saved }
# a_failed_fetch_is_reported: help
exercise-05-a-failed-fetch-is-reported-help = trả lỗi đầu tiên về cho caller bằng `?`
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help = lấy mỗi báo cáo trong năm báo cáo đúng một lần
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help-2 = lưu mỗi báo cáo trong năm báo cáo đúng một lần
# each_report_is_saved_when_it_arrives: problem
# $arrivals (list): when each report arrived: durations joined by ", "
# $saves (list): when each report was saved: durations joined by ", "
exercise-05-each-report-is-saved-when-it-arrives-problem = các báo cáo đến lúc { $arrivals } thời gian mô phỏng, nhưng lại được lưu lúc { $saves }
# each_report_is_saved_when_it_arrives: why
exercise-05-each-report-is-saved-when-it-arrives-why = await kết quả theo thứ tự đã gửi đi bắt mọi kết quả nhanh phải xếp hàng sau kết quả chậm đứng trước nó: báo cáo 0,1 giây chỉ được xử lý sau 1,0 giây
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help-3 = nhận kết quả theo thứ tự hoàn thành (`FuturesUnordered` và `next()`, hoặc một `JoinSet` và `join_next()`) và lưu từng cái ngay khi nó được trao ra
# the_import_takes_the_slowest_fetch_plus_one_save: what
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-what = lấy và lưu năm báo cáo
# the_import_takes_the_slowest_fetch_plus_one_save: too-slow
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-too-slow = bốn báo cáo nhanh chỉ được lưu sau khi báo cáo chậm đã đến, lần lưu này nối tiếp lần lưu kia (1,0 giây + 5 × 0,05 giây)
# the_import_takes_the_slowest_fetch_plus_one_save: help
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-help = khi mỗi báo cáo nhanh được lưu ngay lúc nó đến, cuối cùng chỉ còn lại lần lưu của báo cáo chậm nhất: 1,0 giây + 0,05 giây

## exercise-06: A hung dependency must not hang the caller

# loads_the_dashboard_when_both_answer: problem
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-loads-the-dashboard-when-both-answer-problem = cần profile và đơn hàng của user 7, nhưng nhận được { $dashboard }
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help = lấy profile của `user_id` và query đơn hàng của chính user đó
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help-2 = lấy profile từ users API, một lần thôi
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help-3 = query đơn hàng từ database, một lần thôi
# a_slow_but_healthy_call_is_not_cut_off: problem
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-slow-but-healthy-call-is-not-cut-off-problem = cả hai lời gọi đều trả lời trong 0,9 giây, vẫn nằm trong giới hạn 1 giây của chúng, nhưng dashboard lại là { $dashboard }
# a_slow_but_healthy_call_is_not_cut_off: why
exercise-06-a-slow-but-healthy-call-is-not-cut-off-why = một giới hạn ngắn hơn thời gian của một lời gọi vẫn khoẻ mạnh sẽ biến một ngày service chạy chậm thành một sự cố sập dịch vụ
# a_slow_but_healthy_call_is_not_cut_off: help
exercise-06-a-slow-but-healthy-call-is-not-cut-off-help = cho TỪNG lời gọi một giới hạn 1 giây riêng (`TIME_LIMIT`), chứ không phải cho cả hàm
# a_hung_api_fails_at_the_limit: what
exercise-06-a-hung-api-fails-at-the-limit-what = tải dashboard khi users API bị treo
# a_hung_api_fails_at_the_limit: too-slow
exercise-06-a-hung-api-fails-at-the-limit-too-slow = caller đã chờ lâu đúng bằng thời gian API bị treo
# a_hung_api_fails_at_the_limit: help
exercise-06-a-hung-api-fails-at-the-limit-help = bọc lời gọi trong `tokio::time::timeout(TIME_LIMIT, ...)`: khi đó caller nhận được lỗi sau 1 giây, dù API có bị treo bao lâu đi nữa
# a_hung_api_fails_at_the_limit: problem (the time counts only for a run that did the work)
# $requests (number): how many profile requests were started
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-hung-api-fails-at-the-limit-problem = dashboard trả về là { $dashboard } sau { $requests } request profile: thời gian chỉ được tính cho một lời gọi đã thực sự được gửi đi rồi bỏ cuộc khi chạm giới hạn
# a_hung_database_fails_at_the_limit: what
exercise-06-a-hung-database-fails-at-the-limit-what = tải dashboard khi database bị treo
# a_hung_database_fails_at_the_limit: too-slow
exercise-06-a-hung-database-fails-at-the-limit-too-slow = câu query không có giới hạn thời gian: caller đã chờ lâu đúng bằng thời gian database bị treo
# a_hung_database_fails_at_the_limit: help
exercise-06-a-hung-database-fails-at-the-limit-help = mọi I/O đều cần giới hạn riêng: sau profile 0,3 giây, câu query phải bỏ cuộc sau 1 giây (tổng cộng 1,3 giây)
# a_hung_database_fails_at_the_limit: problem (the time counts only for a run that did the work)
# $queries (number): how many orders queries were started
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-hung-database-fails-at-the-limit-problem = dashboard trả về là { $dashboard } sau { $queries } câu query đơn hàng: thời gian chỉ được tính cho một câu query đã thực sự được gửi đi rồi bỏ cuộc khi chạm giới hạn
# the_error_names_the_call_that_hung: problem
# $profile_hung (text): what it returned when the API hung, as Rust prints it
# $orders_hung (text): what it returned when the database hung, as Rust prints it
# $failed (text): what it returned when the API failed, as Rust prints it
exercise-06-the-error-names-the-call-that-hung-problem = cần `TimedOut(Profile)` khi API bị treo, `TimedOut(Orders)` khi database bị treo và `Failed(..)` khi API bị lỗi; nhưng nhận được lần lượt { $profile_hung }, { $orders_hung } và { $failed }
# the_error_names_the_call_that_hung: why
exercise-06-the-error-names-the-call-that-hung-why = caller chỉ có thể retry, chuyển sang phương án dự phòng hay phát cảnh báo nếu nó biết CÁI GÌ đã hỏng
# the_error_names_the_call_that_hung: help
exercise-06-the-error-names-the-call-that-hung-help = đổi lỗi `Elapsed` của `timeout` thành `LoadError::TimedOut(step)`, và trả lỗi riêng của lời gọi về cho caller bằng `?`
# the_hung_call_is_cancelled: help
exercise-06-the-hung-call-is-cancelled-help = `tokio::time::timeout` drop future mà nó bọc khi hết giờ, và như thế là cancel lời gọi; còn timeout bọc quanh JoinHandle của một task đã spawn thì để task đó tiếp tục chạy (hãy abort task, hoặc đặt timeout cho chính lời gọi)
# the_hung_call_is_cancelled: problem
exercise-06-the-hung-call-is-cancelled-problem = database vẫn bị query dù request profile đã timeout
# the_hung_call_is_cancelled: help
exercise-06-the-hung-call-is-cancelled-help-2 = trả về lỗi timeout ngay lập tức, bằng `?`

## exercise-07: Ask two replicas, keep the first answer

# returns_the_user: problem
# $user (text): what the function returned, as Rust prints it
exercise-07-returns-the-user-problem = cần user 7, nhưng nhận được { $user }
# returns_the_user: help
exercise-07-returns-the-user-help = trả về câu trả lời của replica trả lời trước
# returns_the_user: problem
exercise-07-returns-the-user-problem-2 = không replica nào hoàn tất một request, vậy mà vẫn có user được trả về
# returns_the_user: help
exercise-07-returns-the-user-help-2 = trả về câu trả lời mà một replica đã đưa ra
# both_replicas_are_asked_at_once: problem
# $asked_a (number): requests sent to replica A
# $first_a (message): when replica A was first asked (exercise-07-first-request-...)
# $asked_b (number): requests sent to replica B
# $first_b (message): when replica B was first asked
exercise-07-both-replicas-are-asked-at-once-problem = replica A nhận { $asked_a } request (request đầu tiên: { $first_a }), replica B nhận { $asked_b } request (request đầu tiên: { $first_b }): lẽ ra mỗi bên nhận đúng một request, cả hai lúc 0,0 giây
# both_replicas_are_asked_at_once: why
exercise-07-both-replicas-are-asked-at-once-why = chạy đua chỉ có ích khi cả hai cùng xuất phát: hỏi xong replica này rồi mới hỏi replica kia thì phải chờ cả hai
# both_replicas_are_asked_at_once: help
exercise-07-both-replicas-are-asked-at-once-help = poll cả hai future request cùng lúc trong một `tokio::select!`
# answers_at_the_faster_replicas_latency: what
exercise-07-answers-at-the-faster-replicas-latency-what = lấy dữ liệu từ hai replica (0,8 giây và 0,2 giây)
# answers_at_the_faster_replicas_latency: too-slow
exercise-07-answers-at-the-faster-replicas-latency-too-slow = caller đã chờ cả replica chậm hơn
# answers_at_the_faster_replicas_latency: help
exercise-07-answers-at-the-faster-replicas-latency-help = `tokio::select!` trên cả hai request sẽ xong ngay khi request đầu tiên xong: ở đây là 0,2 giây
# the_slower_request_is_cancelled: problem
# $slow_cancelled (number): the slower replica's requests that were cancelled (1 is right)
# $slow_completed (number): the slower replica's requests that ran to the end
# $fast_succeeded (number): the faster replica's requests that succeeded (1 is right)
exercise-07-the-slower-request-is-cancelled-problem = request tới replica chậm hơn { $slow_cancelled ->
        [1] đã bị cancel
       *[other] không bị cancel ({ $slow_completed } request đã chạy tới cùng)
    }; request tới replica nhanh hơn { $fast_succeeded ->
        [1] đã thành công
       *[other] không thành công
    }
# the_slower_request_is_cancelled: why
exercise-07-the-slower-request-is-cancelled-why = một request mà không ai cần câu trả lời vẫn giữ một connection và vẫn tạo tải cho replica: chạy đua mà không cancel thì tải tăng gấp đôi mà chẳng được gì
# the_slower_request_is_cancelled: help
exercise-07-the-slower-request-is-cancelled-help = `tokio::select!` drop future của các nhánh thua, và như thế là cancel chúng; còn task đã spawn thì không bị cancel khi JoinHandle của nó bị drop (hãy abort các task đó)
# When a replica was first asked, inserted as $first_a / $first_b below: never asked
exercise-07-first-request-never = không có
# When a replica was first asked
# $at (duration): the simulated time of its first request
exercise-07-first-request-at = lúc { $at }

## exercise-08: A legacy library that blocks

# assert_the_library_ran: problem
# $completed (number): queries the legacy library's database completed
exercise-08-assert-the-library-ran-problem = database của thư viện legacy đã hoàn tất { $completed } câu query, lẽ ra phải là 1: báo cáo phải đến từ `legacy::run_report_query`
# assert_the_library_ran: why
exercise-08-assert-the-library-ran-why = bài tập này dạy cách chạy code mà bạn không sửa được sao cho không block runtime; bỏ qua thư viện, hay chép lại những gì nó làm, là né tránh câu hỏi chính
# assert_the_library_ran: help
exercise-08-assert-the-library-ran-help = gọi `legacy::run_report_query` một lần, trên một thread được phép block
# returns_the_report: problem
# $expected (text): the right report, quoted as Rust prints a string
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-returns-the-report-problem = cần { $expected }, nhưng nhận được { $report }
# returns_the_report: help
exercise-08-returns-the-report-help = trả về đúng thứ mà `legacy::run_report_query` trả về cho cùng template và user đó
# a_missing_template_is_an_error: problem
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-a-missing-template-is-an-error-problem = file template không tồn tại, nhưng `report_for` lại trả về { $report }
# a_missing_template_is_an_error: help
exercise-08-a-missing-template-is-an-error-help = trả `io::Error` của thư viện về cho caller: lỗi riêng của JoinHandle chỉ có nghĩa là closure đã panic
# building_a_report_never_blocks_the_runtime: help
exercise-08-building-a-report-never-blocks-the-runtime-help = thư viện legacy block thread của nó trong 0,4 giây; hãy chạy nó trên blocking pool của tokio bằng `tokio::task::spawn_blocking(move || ...)` rồi `.await` handle, để thread của runtime luôn rảnh
# building_a_report_never_blocks_the_runtime: problem
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-building-a-report-never-blocks-the-runtime-problem = dựng báo cáo thất bại: { $report }
# building_a_report_never_blocks_the_runtime: help
exercise-08-building-a-report-never-blocks-the-runtime-help-2 = trả về đúng thứ mà `legacy::run_report_query` trả về

## exercise-09: A slow hash in a login handler

# derives_the_right_keys: problem
# $alice (text): the key derived for the first login, in hexadecimal (0x...)
# $bob (text): the key derived for the second login, in hexadecimal
# $expected_alice (text): the right key for the first login, in hexadecimal
# $expected_bob (text): the right key for the second login, in hexadecimal
exercise-09-derives-the-right-keys-problem = hai lượt đăng nhập cùng lúc nhận được các key { $alice } và { $bob }, lẽ ra phải là { $expected_alice } và { $expected_bob }
# derives_the_right_keys: help
exercise-09-derives-the-right-keys-help = trả về kết quả mà `kdf::stretch(&password, rounds)` tính ra, mỗi caller nhận đúng kết quả của mình
# hashing_never_blocks_the_runtime: help
exercise-09-hashing-never-blocks-the-runtime-help = chạy phép tính trên các thread dành riêng cho việc đó: `rayon::spawn` cùng một channel `tokio::sync::oneshot` để gửi key về (hoặc `tokio::task::spawn_blocking`), rồi `.await` kết quả
# hashing_never_blocks_the_runtime: problem
# $key (text): the key derived, in hexadecimal
# $expected (text): the right key, in hexadecimal
exercise-09-hashing-never-blocks-the-runtime-problem = key tính ra là { $key }, lẽ ra phải là { $expected }
# hashing_never_blocks_the_runtime: help
exercise-09-hashing-never-blocks-the-runtime-help-2 = trả về kết quả mà `kdf::stretch(&password, rounds)` tính ra

## exercise-10: A thousand requests, ten at a time

# returns_the_thousand_users_in_order: problem
# $expected (number): the users asked for
# $got (number): the users returned
# $first (text): the ids of the first users returned, as Rust prints a list
exercise-10-returns-the-thousand-users-in-order-problem = cần các user từ 1 đến { $expected } theo thứ tự id, nhưng nhận được { $got } user, bắt đầu bằng các id { $first }
# returns_the_thousand_users_in_order: help
exercise-10-returns-the-thousand-users-in-order-help = giữ kết quả theo thứ tự đầu vào: `buffered` giữ thứ tự, còn `buffer_unordered` thì không
# returns_the_thousand_users_in_order: help
exercise-10-returns-the-thousand-users-in-order-help-2 = lấy mỗi user từ API, đúng một lần
# reports_a_failed_request: problem
# $outcome (message): what it returned instead (exercise-10-outcome-...)
exercise-10-reports-a-failed-request-problem = không lấy được user 500, nhưng hàm lại trả về { $outcome }
# reports_a_failed_request: help
exercise-10-reports-a-failed-request-help = trả về lỗi của request thất bại thay vì giấu nó đi
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help = lấy mỗi user trong 1000 user đúng một lần
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-2 = chỉ bắt đầu một request khi đang có ít hơn mười request chạy: `futures::stream::iter(..).buffered(max_in_flight)`, hoặc một `tokio::sync::Semaphore` với `max_in_flight` permit
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-3 = lấy mỗi user đúng một lần
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-4 = giới hạn là do caller đặt: hãy dùng tham số `max_in_flight`, đừng dùng một hằng số của riêng bạn
# as_many_requests_in_flight_as_allowed: help
exercise-10-as-many-requests-in-flight-as-allowed-help = có giới hạn không có nghĩa là tuần tự: hãy luôn giữ `max_in_flight` request đang chạy, và bắt đầu request kế tiếp ngay khi có một request xong
# the_window_slides_instead_of_waiting_for_batches: what
exercise-10-the-window-slides-instead-of-waiting-for-batches-what = lấy 1000 user, mười user cùng lúc
# the_window_slides_instead_of_waiting_for_batches: too-fast
# $at_least (duration): the least the work needs, ten at a time
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-fast = với mười request cùng lúc, 1000 request 0,1 giây hoặc 0,3 giây cần ít nhất { $at_least }: tổng khối lượng công việc chia cho mười; chạy nhanh hơn thế nghĩa là đã có hơn mười request chạy cùng lúc
# the_window_slides_instead_of_waiting_for_batches: too-slow
# $fixed_batches (duration): how long fixed batches of ten take
# $at_least (duration): how long a sliding window takes
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-slow = cửa sổ đã không trượt: các loạt cố định mười request phải chờ request chậm nhất của mỗi loạt và mất { $fixed_batches }, trong khi một cửa sổ bắt đầu request kế tiếp ngay khi có một request xong chỉ mất khoảng { $at_least }
# BOUND_HELP: const
exercise-10-bound-help = luôn giữ `max_in_flight` request đang chạy, bắt đầu request kế tiếp ngay khi có một request xong (`StreamExt::buffered(max_in_flight)`, hoặc một Semaphore với `max_in_flight` permit)
# What the function returned instead of the error, inserted as $outcome
# $users (number): the users it returned
exercise-10-outcome-users = { $users } user và không có lỗi nào
# What the function returned instead of the error
# $error (text): the error it returned, as its own Display text (English)
exercise-10-outcome-error = lỗi `{ $error }`
# returns_the_thousand_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
exercise-10-fetching-failed = lấy các user thất bại: { $error }

## exercise-11: The nightly job: 30 calls per minute

# scores_every_user_in_order: why
exercise-11-scores-every-user-in-order-why = một lời gọi bị từ chối là một user không có score: nightly job đã không làm tròn việc của nó
# scores_every_user_in_order: help
exercise-11-scores-every-user-in-order-help = mỗi score phải đến từ endpoint: gọi nó một lần cho mỗi prompt
# no_call_is_refused: problem
# $rejected (number): calls the endpoint refused
# $started (number): calls made
exercise-11-no-call-is-refused-problem = LLM endpoint đã từ chối { $rejected } trong số { $started } lời gọi vì vượt quá 30 lời gọi mỗi phút
# no_call_is_refused: why
exercise-11-no-call-is-refused-why = endpoint trả lời một lời gọi vượt giới hạn bằng một lỗi (HTTP 429), chứ không phải bằng một score
# no_call_is_refused: help
exercise-11-no-call-is-refused-help = gọi endpoint một lần cho mỗi user, và giãn nhịp các lời gọi thay vì retry những lời gọi bị từ chối
# at_most_thirty_calls_in_any_minute: help
exercise-11-at-most-thirty-calls-in-any-minute-help = rate limit được tôn trọng bằng cách giãn nhịp các lời gọi, chứ không phải bằng cách bỏ bớt chúng: gọi endpoint một lần cho mỗi user
# the_job_takes_as_long_as_the_limit_requires: help
exercise-11-the-job-takes-as-long-as-the-limit-requires-help = gọi endpoint một lần cho mỗi user: một job bỏ bớt lời gọi thì có xong sớm cũng chẳng để làm gì
# the_job_takes_as_long_as_the_limit_requires: problem
# $elapsed (duration): how long the job took
exercise-11-the-job-takes-as-long-as-the-limit-requires-problem = nightly job chỉ mất { $elapsed } thời gian mô phỏng: các lời gọi của nó bắt đầu quá sát nhau
# the_job_takes_as_long_as_the_limit_requires: why
exercise-11-the-job-takes-as-long-as-the-limit-requires-why = với 30 lời gọi mỗi phút, lời gọi cuối cùng trong 90 lời gọi không thể bắt đầu trước mốc 120 giây; những lời gọi bắt đầu sớm hơn sẽ bị endpoint từ chối
# the_job_takes_as_long_as_the_limit_requires: what
exercise-11-the-job-takes-as-long-as-the-limit-requires-what = nightly job
# the_job_takes_as_long_as_the_limit_requires: too-slow
exercise-11-the-job-takes-as-long-as-the-limit-requires-too-slow = các lời gọi bị giãn cách nhiều hơn mức giới hạn đòi hỏi; 90 lời gọi với nhịp 30 lời gọi mỗi phút xong trong 3 phút (sleep 2 giây sau mỗi lời gọi 0,5 giây thì các lời gọi cách nhau 2,5 giây)
# PACE_HELP: const
exercise-11-pace-help = bắt đầu một lời gọi mỗi 2 giây (`tokio::time::interval`), tính từ lúc một lời gọi bắt đầu đến lúc lời gọi sau bắt đầu, chứ không phải từ lúc nó kết thúc
# scores_every_user_in_order: problem
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
exercise-11-scores-every-user-in-order-problem = { $scored } trong số { $users } user nhận được score của mình ({ $answers } câu trả lời được trả về)
# scores_every_user_in_order: problem, when some call failed
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
# $error (text): the first failed call's error, as its own Display text (English)
exercise-11-scores-every-user-in-order-problem-failure = { $scored } trong số { $users } user nhận được score của mình ({ $answers } câu trả lời được trả về); lỗi đầu tiên: { $error }

## exercise-12: A queue, three workers and backpressure

# returned: problem
exercise-12-returned-problem = `resize_all` không bao giờ trả về: các worker vẫn đang chờ ảnh
# returned: why
exercise-12-returned-why = `recv` của worker chỉ trả về `None` khi mọi `Sender` của queue đã bị drop; chừng nào còn một sender sống, các worker sẽ chờ mãi mãi
# returned: help
exercise-12-returned-help = drop sender ngay khi upload cuối cùng đã vào queue, rồi chờ các worker
# resizes_every_image_exactly_once: problem
# $images (number): images uploaded
# $wrong (list): the images resized a wrong number of times (exercise-12-image-resized-times), joined by ", "
exercise-12-resizes-every-image-exactly-once-problem = mỗi ảnh trong { $images } ảnh lẽ ra được resize đúng một lần, nhưng image resizer ghi nhận { $wrong }
# resizes_every_image_exactly_once: why
exercise-12-resizes-every-image-exactly-once-why = ảnh bị lạc khỏi queue thì không bao giờ được resize; ảnh bị lấy hai lần thì phải trả tiền hai lần
# resizes_every_image_exactly_once: help
exercise-12-resizes-every-image-exactly-once-help = mỗi ảnh vào queue một lần, và mỗi ảnh trong queue chỉ do một worker lấy
# resizes_every_image_exactly_once: problem
# $images (number): images resized
# $resized (number): the count `resize_all` returned
exercise-12-resizes-every-image-exactly-once-problem-2 = { $images } ảnh đã được resize, nhưng `resize_all` lại báo { $resized }
# resizes_every_image_exactly_once: help
exercise-12-resizes-every-image-exactly-once-help-2 = cộng số ảnh mà từng worker đã resize, sau khi tất cả các worker đã dừng
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help = backpressure làm các upload chậm lại, chứ không bỏ qua chúng: hãy resize mọi ảnh
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $images (number): uploads in all
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the most uploads that fit: one per worker, the queue full, and the one waiting to be sent
exercise-12-the-uploads-wait-while-the-queue-is-full-problem = { $early } trong số { $images } upload đã bị kéo về trước khi lần resize đầu tiên xong; với { $workers } worker và một queue chứa được { $queue_capacity }, chỉ có chỗ cho tối đa { $room }
# the_uploads_wait_while_the_queue_is_full: why
exercise-12-the-uploads-wait-while-the-queue-is-full-why = không có backpressure, một producer nhanh sẽ dồn mọi upload vào bộ nhớ trong khi các worker ngày càng tụt lại phía sau
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help-2 = dùng một `tokio::sync::mpsc::channel(queue_capacity)` có giới hạn làm queue: khi đó `send` sẽ chờ trong lúc queue đầy, và vòng lặp upload cũng chờ theo
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the uploads the workers and the queue had room for
exercise-12-the-uploads-wait-while-the-queue-is-full-problem-2 = chỉ { $early } upload được kéo về trước khi lần resize đầu tiên xong; { $workers } worker và queue chứa được { $queue_capacity } lẽ ra có chỗ cho { $room }
# the_uploads_wait_while_the_queue_is_full: why
exercise-12-the-uploads-wait-while-the-queue-is-full-why-2 = một queue không bao giờ được lấp đầy thì không đỡ được các đợt dồn dập: worker phải ngồi chờ producer
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help-3 = cứ tiếp tục kéo upload về và đưa vào queue cho đến khi `send` phải chờ
# workers_stop_when_the_uploads_run_out: help
exercise-12-workers-stop-when-the-uploads-run-out-help = các worker dừng khi mọi ảnh trong queue đã được resize, không sớm hơn
# workers_stop_when_the_uploads_run_out: problem
# $alive (number): tasks still alive
# $still_running (number): resizes still running
exercise-12-workers-stop-when-the-uploads-run-out-problem = `resize_all` đã trả về trong khi { $alive } task vẫn còn sống và { $still_running } lần resize vẫn đang chạy
# workers_stop_when_the_uploads_run_out: why
exercise-12-workers-stop-when-the-uploads-run-out-why = công việc vẫn còn chạy sau khi hàm trả về là công việc không ai chờ: nó sẽ mất khi chương trình thoát
# workers_stop_when_the_uploads_run_out: help
exercise-12-workers-stop-when-the-uploads-run-out-help-2 = sau khi upload cuối cùng đã vào queue, hãy drop sender và await mọi worker: mỗi worker tự dừng khi `recv` trả về `None`
# resizing_keeps_three_workers_busy: problem
# $elapsed (duration): how long resizing took
exercise-12-resizing-keeps-three-workers-busy-problem = resize 60 ảnh chỉ mất { $elapsed } thời gian mô phỏng: đã có hơn 3 lần resize chạy cùng lúc, hoặc `resize_all` đã trả về trước khi những ảnh cuối cùng xong
# resizing_keeps_three_workers_busy: why
# $at_least (duration): the least three workers need
# $total (duration): all the resizing work added up
exercise-12-resizing-keeps-three-workers-busy-why = 3 worker, mỗi worker resize một ảnh mỗi lần, cần ít nhất { $at_least } cho 60 ảnh này: { $total } công việc chia cho ba
# resizing_keeps_three_workers_busy: what
exercise-12-resizing-keeps-three-workers-busy-what = resize 60 ảnh
# resizing_keeps_three_workers_busy: too-slow
# $batches_of_three (duration): how long batches of three take
exercise-12-resizing-keeps-three-workers-busy-too-slow = phần lớn thời gian có ít hơn 3 lần resize đang chạy; các worker lấy ảnh kế tiếp ngay khi rảnh sẽ xong trong khoảng 4,1 giây, còn các loạt ba ảnh chờ ảnh chậm nhất của mình thì mất { $batches_of_three }
# exactly_the_pool_size_in_flight: help
# $workers (number): the pool size this run asked for
exercise-12-exactly-the-pool-size-in-flight-help = khởi động đúng `workers` task (ở đây là { $workers }), mỗi task lấy từng ảnh một từ queue: không bao giờ có nhiều lần resize cùng lúc hơn thế, và cũng không bao giờ ít hơn khi vẫn còn ảnh đang chờ
# resizing_keeps_three_workers_busy: help
exercise-12-resizing-keeps-three-workers-busy-help = đúng `workers` task, mỗi task resize hết ảnh này đến ảnh khác, sẽ giữ cho pool luôn bận
# One image resized a wrong number of times, in the list $wrong below
# $image (number): the image's number
# $times (number): how often it was resized (0, 2...)
exercise-12-image-resized-times = ảnh { $image }: { $times } lần

## exercise-13: The audit entries that vanished at exit

# assert_all_written: problem
# $written (number): events found in the audit log
# $events (number): events recorded
# $when (message): when the audit log was looked at (exercise-13-when-... or exercise-13-after-...)
exercise-13-assert-all-written-problem = { $when }, audit log có { $written } trong số { $events } sự kiện đã được ghi nhận
# assert_all_written: why
exercise-13-assert-all-written-why = không ai chờ một task detached: khi chương trình dừng, runtime drop nó giữa chừng và lần ghi của nó bị mất
# no_write_is_lost_when_the_program_exits: problem
# $dropped (number): audit writes cancelled
# $started (number): audit writes started
exercise-13-no-write-is-lost-when-the-program-exits-problem = { $dropped } trong số { $started } lần ghi audit đã bị cancel khi chương trình kết thúc
# no_write_is_lost_when_the_program_exits: why
exercise-13-no-write-is-lost-when-the-program-exits-why = trả về từ `main` làm runtime dừng lại, và runtime drop mọi task còn đang chạy: những lần ghi không ai chờ sẽ bị cắt ngang (chính là “fire-and-forget task leak” của tài liệu gốc)
# assert_returned_with_the_last_write: problem
# $late_by (duration): how long after the last write `shutdown` returned
# $last_write (duration): when the last write finished
# $returned (duration): when `shutdown` returned
exercise-13-shutdown-returned-late-problem = `shutdown` trả về { $late_by } sau khi lần ghi cuối cùng đã xong (lần ghi cuối xong lúc { $last_write } thời gian mô phỏng, `shutdown` trả về lúc { $returned })
# assert_returned_with_the_last_write: why
exercise-13-shutdown-returned-late-why = một `shutdown` chỉ sleep là đang đoán các lần ghi mất bao lâu thay vì chờ chúng: đoán ngắn quá thì mất dữ liệu ghi, dài quá thì mỗi lần dừng chương trình lại phải chờ vô ích; một `shutdown` join các task của nó sẽ trả về ngay khi task cuối cùng xong
# a_failed_write_is_reported_at_shutdown: problem
# $failures (text): the errors `shutdown` returned, as Rust prints a list
exercise-13-a-failed-write-is-reported-at-shutdown-problem = lần ghi audit thứ ba thất bại, nhưng `shutdown` lại báo { $failures }
# a_failed_write_is_reported_at_shutdown: why
exercise-13-a-failed-write-is-reported-at-shutdown-why = lỗi bên trong một task detached chẳng đi đến đâu cả: không ai giữ JoinHandle của nó
# a_failed_write_is_reported_at_shutdown: help
exercise-13-a-failed-write-is-reported-at-shutdown-help = join mọi lần ghi mà bạn đã spawn (`JoinSet::join_next`) và giữ lại các lỗi nó trả về
# shutdown_waits_for_the_writes: problem
# $elapsed (duration): when `shutdown` returned
# $events (number): writes still running
# $write_latency (duration): how long one write takes
exercise-13-shutdown-waits-for-the-writes-problem = `shutdown` trả về sau { $elapsed } thời gian mô phỏng, trước khi { $events } lần ghi còn đang chạy kịp xong (mỗi lần mất { $write_latency })
# shutdown_waits_for_the_writes: why
exercise-13-shutdown-waits-for-the-writes-why = một lần shutdown không chờ sẽ để chương trình kết thúc khi công việc mới làm được một nửa
# shutdown_waits_for_the_writes: what
exercise-13-shutdown-waits-for-the-writes-what = shutdown khi có 5 lần ghi đang chạy
# shutdown_waits_for_the_writes: too-slow
exercise-13-shutdown-waits-for-the-writes-too-slow = các lần ghi đã chạy lần lượt; nếu được `record` khởi động chạy ngầm, chúng sẽ chạy chồng lên nhau và cùng xong sau { $write_latency }
# shutdown_waits_for_the_writes: help
exercise-13-shutdown-waits-for-the-writes-help = spawn từng lần ghi trong `record` và chỉ chờ chúng trong `shutdown`
# TRACK_HELP: const
exercise-13-track-help = giữ lại mọi lần ghi bạn spawn (một `tokio::task::JoinSet` trong struct) và, trong `shutdown`, chờ cho đến khi tất cả đều đã xong
# When the audit log was looked at, inserted as $when
exercise-13-when-shutdown-returned = khi `shutdown` trả về
# When the audit log was looked at, inserted as $when
exercise-13-after-the-program-ended = sau khi chương trình kết thúc

## exercise-14: Every answer, even the failures

# reports_every_user_that_was_fetched: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
exercise-14-reports-every-user-that-was-fetched-problem = 8 user đã lấy được lẽ ra phải nằm đúng vị trí của mình trong báo cáo, nhưng báo cáo ghi { $wrong }
# reports_every_user_that_was_fetched: why
exercise-14-reports-every-user-that-was-fetched-why = user 3 và 7 thất bại, nhưng tám user còn lại đã lấy được: một lần thất bại không nên khiến kết quả của họ bị vứt bỏ
# reports_every_user_that_was_fetched: help
exercise-14-reports-every-user-that-was-fetched-help = lấy đủ cả mười user từ API
# reports_every_failure_in_its_place: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
exercise-14-reports-every-failure-in-its-place-problem = user 3 và 7 thất bại, nhưng báo cáo không có đủ cả hai lỗi ở đúng vị trí của chúng ({ $wrong })
# reports_every_failure_in_its_place: why
exercise-14-reports-every-failure-in-its-place-why = dừng lại ở lỗi đầu tiên sẽ che mất mọi lỗi sau đó: caller chỉ sửa được từng vấn đề một
# no_fetch_is_cancelled: problem
# $dropped (number): fetches cancelled
# $started (number): fetches started
exercise-14-no-fetch-is-cancelled-problem = { $dropped } trong số { $started } lần fetch đã bị cancel trước khi kịp trả về
# no_fetch_is_cancelled: why
exercise-14-no-fetch-is-cancelled-why = `try_join_all` drop mọi lần fetch còn đang chạy khi có một lần thất bại: công sức của chúng bị phí, và kết quả của chúng không bao giờ đến được tay caller
# the_batch_takes_as_long_as_the_slowest_fetch: problem
# $elapsed (duration): when the report was ready
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-problem = báo cáo đã xong sau { $elapsed } thời gian mô phỏng, đúng lúc lần fetch đầu tiên thất bại: các lần fetch chậm hơn (0,5 giây) đã bị drop khi chưa xong
# the_batch_takes_as_long_as_the_slowest_fetch: why
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-why = một báo cáo có đủ mọi user thì không thể xong trước lần fetch chậm nhất
# the_batch_takes_as_long_as_the_slowest_fetch: what
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-what = báo cáo của team
# the_batch_takes_as_long_as_the_slowest_fetch: too-slow
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-too-slow = các lần fetch đã chạy lần lượt, cái này xong mới đến cái kia
# the_batch_takes_as_long_as_the_slowest_fetch: help
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-help = khởi động cả mười lần fetch cùng lúc và chờ tất cả: tổng cộng 0,5 giây
# GATHER_HELP: const
exercise-14-gather-help = chờ mọi lần fetch và giữ nguyên từng `Result`: dùng `futures::future::join_all` cho các lần fetch, chứ không phải `try_join_all`
# A report entry, inserted as $got in exercise-14-misplaced: there was none
exercise-14-entry-nothing = trống
# A report entry that is a user
# $user (number): the user's id
exercise-14-entry-user = user { $user }
# A report entry that is an error
# $error (text): the error's own Display text (English)
exercise-14-entry-error = lỗi `{ $error }`
# One wrong entry of the report; a list of them, joined by "; ", is the $wrong of the problems above
# $id (number): the user whose entry is wrong
# $got (message): what the entry holds (exercise-14-entry-...)
exercise-14-misplaced = user { $id }: { $got }

## exercise-15: One page at a time

# yields_every_user_in_order: problem
# $ids (text): the ids (or the error) the stream yielded, as Rust prints it
exercise-15-yields-every-user-in-order-problem = cần các user từ 1 đến 50 theo thứ tự id, từ 5 trang, nhưng nhận được { $ids }
# yields_every_user_in_order: help
exercise-15-yields-every-user-in-order-help = yield các user của mỗi trang theo thứ tự, rồi đi tiếp đến trang mà trang đó chỉ định là trang kế tiếp
# yields_every_user_in_order: help
exercise-15-yields-every-user-in-order-help-2 = lấy đủ cả năm trang từ API
# a_failed_page_ends_the_stream_with_its_error: problem
# $users_before_error (number): users yielded before the first error
# $rest (text): the items after them, as Rust prints a list
exercise-15-a-failed-page-ends-the-stream-with-its-error-problem = trang 3 thất bại: cần 20 user của trang 1 và 2, rồi lỗi của trang 3, rồi kết thúc stream; nhưng nhận được { $users_before_error } user, theo sau là { $rest }
# a_failed_page_ends_the_stream_with_its_error: help
exercise-15-a-failed-page-ends-the-stream-with-its-error-help = yield lỗi làm item cuối cùng của stream rồi dừng: đừng bỏ qua trang bị lỗi
# the_first_user_arrives_after_one_page: what
exercise-15-the-first-user-arrives-after-one-page-what = nhận user đầu tiên
# the_first_user_arrives_after_one_page: too-slow
exercise-15-the-first-user-arrives-after-one-page-too-slow = stream đã lấy nhiều hơn trang đầu tiên (0,2 giây) trước khi yield bất cứ thứ gì
# the_first_user_arrives_after_one_page: help
exercise-15-the-first-user-arrives-after-one-page-help = yield các user của trang 1 ngay khi trang 1 đến: khi đó user đầu tiên đến sau 0,2 giây, chứ không phải sau cả năm trang (1,0 giây)
# the_first_user_arrives_after_one_page: what
exercise-15-the-first-user-arrives-after-one-page-what-2 = nhận các user từ 2 đến 11
# the_first_user_arrives_after_one_page: too-slow
exercise-15-the-first-user-arrives-after-one-page-too-slow-2 = lấy trang kế tiếp đã tốn lâu hơn độ trễ của một trang
# the_first_user_arrives_after_one_page: help
exercise-15-the-first-user-arrives-after-one-page-help-2 = lấy trang 2 khi consumer hỏi đến user 11, và chỉ lấy trang 2 thôi
# the_first_user_arrives_after_one_page: problem (the time counts only for a stream that did the work)
# $first (text): the stream's first item, as Rust prints it
# $pages (number): how many page requests had completed
exercise-15-the-first-user-arrives-after-one-page-problem = stream đã yield { $first } đầu tiên, sau { $pages } request trang đã hoàn thành: thời gian chỉ được tính cho user 1, lấy từ trang 1
# the_first_user_arrives_after_one_page: problem-2
# $count (number): how many users the stream yielded when asked for users 2 to 11
# $pages (number): how many page requests had completed
exercise-15-the-first-user-arrives-after-one-page-problem-2 = stream đã yield { $count } trong số các user từ 2 đến 11, sau { $pages } request trang đã hoàn thành: thời gian chỉ được tính cho những user thực sự có trong các trang
# stopping_early_fetches_only_the_pages_needed: problem
# $taken (number): users the consumer got
exercise-15-stopping-early-fetches-only-the-pages-needed-problem = consumer hỏi 15 user và nhận được { $taken }
# stopping_early_fetches_only_the_pages_needed: help
exercise-15-stopping-early-fetches-only-the-pages-needed-help = yield mọi user của mọi trang, mỗi user một item
# stopping_early_fetches_only_the_pages_needed: problem
# $asked (number): pages asked for
# $pages (text): the page numbers asked for, as Rust prints a list
exercise-15-stopping-early-fetches-only-the-pages-needed-problem-2 = consumer đã dừng sau 15 user, vốn nằm gọn trong hai trang, nhưng API đã bị hỏi { $asked } trang: { $pages }
# stopping_early_fetches_only_the_pages_needed: why
exercise-15-stopping-early-fetches-only-the-pages-needed-why = stream chỉ nên làm việc khi consumer của nó hỏi item kế tiếp: mỗi trang lấy trước là một request lãng phí, và caller dừng sớm vẫn phải trả giá cho toàn bộ danh sách
# stopping_early_fetches_only_the_pages_needed: help
exercise-15-stopping-early-fetches-only-the-pages-needed-help-2 = lấy trang kế tiếp bên trong stream, đúng vào lúc consumer cần một user mà trang hiện tại không có (`futures::stream::try_unfold`)
# at_most_one_page_is_buffered: problem
# $consumed (number): users the stream yielded
exercise-15-at-most-one-page-is-buffered-problem = stream đã yield { $consumed } user, lẽ ra phải là 50
# at_most_one_page_is_buffered: help
exercise-15-at-most-one-page-is-buffered-help = yield mọi user của mọi trang
# at_most_one_page_is_buffered: problem
# $held (number): users fetched but not consumed yet
# $after (number): users the consumer had taken by then
# $page_size (number): users per page
exercise-15-at-most-one-page-is-buffered-problem-2 = sau khi consumer đã lấy { $after } user, có { $held } user nằm trong bộ nhớ, đã được lấy về nhưng chưa được dùng tới; một trang chỉ chứa { $page_size } user
# at_most_one_page_is_buffered: why
exercise-15-at-most-one-page-is-buffered-why = stream tồn tại để một danh sách một triệu user chỉ tốn bộ nhớ của một trang: tải hết mọi trang trước, hay lấy trước các trang, sẽ làm bộ nhớ tăng theo kích thước của danh sách
# at_most_one_page_is_buffered: help
exercise-15-at-most-one-page-is-buffered-help-2 = chỉ giữ trang hiện tại, và lấy trang kế tiếp khi đã dùng hết trang này

## exercise-16: The cache that became a queue

# every_caller_gets_its_profile_and_it_is_cached: problem
# $wrong (list): the wrong answers (exercise-16-wrong-answer), joined by "; "
exercise-16-every-caller-gets-its-profile-and-it-is-cached-problem = các handler nhận sai profile: { $wrong }
# One wrong answer, in the list $wrong above
# $id (number): the user a handler asked for
# $got (text): what it got, as Rust prints it (`Ok(User { .. })`, `Err(..)`)
exercise-16-wrong-answer = user { $id } nhận được { $got }
# every_caller_gets_its_profile_and_it_is_cached: help
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help = trả về profile của đúng id được hỏi, lấy từ cache hoặc từ API
# every_caller_gets_its_profile_and_it_is_cached: help
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help-2 = lấy mỗi user một lần, nhớ lại profile, và trả lời các request sau từ cache
# a_failed_fetch_is_reported: problem
# $answer (text): what the cache returned, as Rust prints it
exercise-16-a-failed-fetch-is-reported-problem = lấy user 4 thất bại, nhưng cache lại trả về { $answer }
# a_failed_fetch_is_reported: help
exercise-16-a-failed-fetch-is-reported-help = trả lỗi của API về cho caller và không cache gì cho user đó
# ten_misses_for_different_users_take_half_a_second: what
exercise-16-ten-misses-for-different-users-take-half-a-second-what = mười handler hỏi mười user khác nhau
# ten_misses_for_different_users_take_half_a_second: too-slow
exercise-16-ten-misses-for-different-users-take-half-a-second-too-slow = mỗi handler phải chờ lock của cache, trong khi handler trước giữ lock suốt cả lần fetch 0,5 giây của mình
# ten_misses_for_different_users_take_half_a_second: help
exercise-16-ten-misses-for-different-users-take-half-a-second-help = lấy lock để tra map, nhả lock ra trước khi await API, rồi lấy lại lock để insert: khi đó mười lần fetch cho mười user chạy chồng lên nhau và mất 0,5 giây, chứ không phải 5 giây
# fetches_for_different_users_run_at_the_same_time: help
exercise-16-fetches-for-different-users-run-at-the-same-time-help = lấy mỗi user trong mười user đúng một lần
# fetches_for_different_users_run_at_the_same_time: help
exercise-16-fetches-for-different-users-run-at-the-same-time-help-2 = một guard còn sống qua `.await` biến lock thành một hàng đợi cho cả service: hãy drop guard (kết thúc scope của nó, hoặc clone giá trị ra) trước khi await lần fetch
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $value (text): what the cache returned, as Rust prints it
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem = hỏi user 1 đã có trong cache, nhưng nhận được { $value }
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help = trả lời từ cache
# a_cache_hit_never_waits_for_a_slow_fetch: what
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-what = trả lời user 1 (đã có trong cache) trong lúc user 2 đang được fetch
# a_cache_hit_never_waits_for_a_slow_fetch: too-slow
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-too-slow = lần cache hit đã phải chờ lock, vốn bị handler đang fetch user 2 giữ suốt 2 giây
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-2 = một cache hit không cần I/O và phải được trả lời ngay: chỉ giữ lock trong lúc đọc hoặc ghi map
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $slow_fetch_in_flight (number): fetches in flight at that moment
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem-2 = khi cache hit trả về, có { $slow_fetch_in_flight } lần fetch đang chạy; lẽ ra lần fetch 2 giây của user 2 vẫn còn đang chạy
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-3 = một cache hit phải được trả lời trong khi lần fetch chậm của một user khác vẫn đang diễn ra

## exercise-17: Every connection comes back

# assert_every_connection_came_back: problem
# $after (message): when the pool was checked (exercise-17-after-...), at the start of the sentence
# $idle (number): connections back in the pool
# $pool_size (number): the pool's connections
# $probe_outcome (message): what new requests then met (exercise-17-probe-...)
exercise-17-assert-every-connection-came-back-problem = { $after }, { $idle } trong số { $pool_size } connection của pool đã về lại pool: { $probe_outcome }
# assert_every_connection_came_back: why
exercise-17-assert-every-connection-came-back-why = một connection không được trả lại là mất luôn: pool co lại sau mỗi lỗi, và khi pool cạn thì mọi request đều chờ mãi mãi, giống như `ClientSession` không được close trong tài liệu gốc
# returns_the_row: problem
# $answer (text): what the handler returned, as Rust prints it
exercise-17-returns-the-row-problem = cần row 7, nhưng nhận được { $answer }
# returns_the_row: help
exercise-17-returns-the-row-help = query row ứng với `key` bằng connection đã mượn
# returns_the_row: help
exercise-17-returns-the-row-help-2 = query database một lần, qua connection đã mượn
# no_connection_leaks_after_failed_queries: problem
# $answers (text): what the requests returned, as Rust prints a list
exercise-17-no-connection-leaks-after-failed-queries-problem = câu query cho key 13 bị lỗi, nhưng 5 request lại trả về { $answers }
# no_connection_leaks_after_failed_queries: help
exercise-17-no-connection-leaks-after-failed-queries-help = trả lỗi của câu query về cho caller
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help = chạy một câu query cho mỗi request
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-2 = mọi câu query đều phải đi qua một connection mượn từ pool: hãy chờ một connection rảnh thay vì mở connection mới
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-3 = pool cho mượn cùng lúc tất cả connection của nó: đừng giữ lock qua câu query
# the_pool_never_exceeds_its_size: what
exercise-17-the-pool-never-exceeds-its-size-what = 20 request qua một pool 3 connection
# the_pool_never_exceeds_its_size: too-slow
exercise-17-the-pool-never-exceeds-its-size-too-slow = pool đã không giữ cả 3 connection của nó luôn bận
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-4 = 20 câu query, 3 câu cùng lúc, mất 7 lượt 0,1 giây
# What happened to new requests after the checked ones, inserted as $probe_outcome
# $pool_size (number): the requests sent, as many as the pool has connections
# $elapsed (duration): how long they took together
exercise-17-probe-slow = { $pool_size } request mới sau đó mất { $elapsed } thay vì một lượt 0,1 giây
# What happened to new requests after the checked ones
# $pool_size (number): the requests sent, as many as the pool has connections
# $waited (duration): how long they waited
exercise-17-probe-gave-up = { $pool_size } request mới sau đó chờ connection suốt { $waited } rồi bỏ cuộc
# When the pool was checked, inserted as $after at the start of exercise-17-assert-every-connection-came-back-problem
exercise-17-after-one-request = sau một request thành công
# returns_the_row: help
exercise-17-returns-the-row-help-3 = trả connection lại khi request đã xong
# When the pool was checked
exercise-17-after-failed-queries = sau 5 request có câu query bị lỗi
# no_connection_leaks_after_failed_queries: help
exercise-17-no-connection-leaks-after-failed-queries-help-2 = `?` trả về trước khi connection được nhả ra: hãy cho `acquire` trả về một kiểu guard trả connection lại trong `Drop` của nó, để mọi lối thoát khỏi handler đều trả connection về
# When the pool was checked
exercise-17-after-timeouts = sau khi 5 request bị timeout 0,2 giây cắt ngang
# a timed-out request: help
exercise-17-timeout-help = timeout drop future của request ngay giữa câu query, nên code sau `.await` không bao giờ chạy: chỉ impl `Drop` mới chạy trên mọi lối thoát; hãy trả connection về từ `Drop` của một guard
# When the pool was checked
# $cancelled (number): the aborted tasks that were in the middle of a query
exercise-17-after-aborts = sau khi 6 task request bị abort ({ $cancelled } task trong số đó đang giữa chừng câu query)
# an aborted request: help
exercise-17-abort-help = task bị abort sẽ bị drop ngay tại chỗ nó đang đứng, giữa một `.await`: hãy trả connection về từ `Drop` của một guard, vốn chạy khi task bị drop

## exercise-18: A handler in the time of its slowest call

# returns_the_account_and_the_profile: problem
# $page (text): what the handler returned, as Rust prints it
exercise-18-returns-the-account-and-the-profile-problem = cần row tài khoản và profile của user 7, nhưng nhận được { $page }
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help = query row của `user_id` và lấy `/profiles/{"{"}user_id{"}"}` từ profile API
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help-2 = query database một lần
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help-3 = gọi profile API một lần
# a_failure_on_either_side_is_an_error: problem
# $api_failed (text): what the handler returned, as Rust prints it
exercise-18-a-failure-on-either-side-is-an-error-problem = profile API trả lời HTTP 500, nhưng handler lại trả về { $api_failed }
# a_failure_on_either_side_is_an_error: help
exercise-18-a-failure-on-either-side-is-an-error-help = trả về lỗi của request profile (`HandlerError::ProfileApi`)
# a_failure_on_either_side_is_an_error: problem
# $db_failed (text): what the handler returned, as Rust prints it
exercise-18-a-failure-on-either-side-is-an-error-problem-2 = câu query database thất bại, nhưng handler lại trả về { $db_failed }
# a_failure_on_either_side_is_an_error: help
exercise-18-a-failure-on-either-side-is-an-error-help-2 = trả về lỗi của câu query (`HandlerError::Database`)
# a_slow_api_sets_the_pace: what
exercise-18-a-slow-api-sets-the-pace-what = một request có câu query 0,3 giây và lời gọi API 0,5 giây
# a_slow_api_sets_the_pace: too-slow
exercise-18-a-slow-api-sets-the-pace-too-slow = câu query và lời gọi API đã chạy lần lượt, cái này xong mới đến cái kia (0,8 giây)
# a_slow_api_sets_the_pace: help
exercise-18-a-slow-api-sets-the-pace-help = khởi động cả hai và await chúng cùng lúc (`tokio::try_join!`): khi đó request chỉ mất bằng lời gọi chậm hơn, 0,5 giây
# a_slow_database_sets_the_pace: what
exercise-18-a-slow-database-sets-the-pace-what = một request có câu query 0,6 giây và lời gọi API 0,2 giây
# a_slow_database_sets_the_pace: help
exercise-18-a-slow-database-sets-the-pace-help = khởi động cả hai và await chúng cùng lúc (`tokio::try_join!`): khi đó request chỉ mất bằng lời gọi chậm hơn, 0,6 giây
# the_query_and_the_request_overlap: problem
# $queries (number): completed database queries
# $requests (number): completed profile requests
exercise-18-the-query-and-the-request-overlap-problem = cần đúng một câu query và một request profile đã hoàn tất, nhưng thấy { $queries } câu query và { $requests } request profile
# the_query_and_the_request_overlap: help
exercise-18-the-query-and-the-request-overlap-help = query database một lần và gọi profile API một lần
# the_query_and_the_request_overlap: problem
# $query_start (duration): when the query started
# $query_end (duration): when it ended
# $request_start (duration): when the profile request started
# $request_end (duration): when it ended
exercise-18-the-query-and-the-request-overlap-problem-2 = câu query chạy từ { $query_start } đến { $query_end }, còn request profile từ { $request_start } đến { $request_end } thời gian mô phỏng: chúng không hề chạy chồng lên nhau
# the_query_and_the_request_overlap: why
exercise-18-the-query-and-the-request-overlap-why = trong một handler, lời gọi nào phải chờ một lời gọi chẳng liên quan gì đến nó sẽ cộng toàn bộ độ trễ của lời gọi kia vào mọi request mà service trả lời
# the_query_and_the_request_overlap: help
exercise-18-the-query-and-the-request-overlap-help-2 = không lời gọi nào cần kết quả của lời gọi kia: hãy chạy chúng cùng lúc bằng `tokio::try_join!`
# The test could not start its simulated HTTP server (a problem of the machine, not of the code)
# $error (text): the system's own error text (English)
exercise-18-no-loopback = không khởi động được profile API trên loopback: { $error }

## exercise-19: A sync library that calls back into async code

# stopped: what
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread` (tokio's names)
exercise-19-stopped-what = tính giá đơn hàng trên runtime { $runtime }
# assert_priced: problem
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread`
# $error (text): the error's own Display text (English)
exercise-19-assert-priced-problem = tính giá đơn hàng trên runtime { $runtime } thất bại: { $error }
# assert_priced: help
exercise-19-assert-priced-help = trả về hoá đơn mà thư viện lập từ các giá trong bảng giá
# assert_priced: help
exercise-19-assert-priced-help-2 = để thư viện tính giá mọi dòng bằng đơn giá trong bảng giá
# assert_priced: help
exercise-19-assert-priced-help-3 = tra giá của mỗi sản phẩm trong 8 sản phẩm của đơn hàng đúng một lần
# assert_priced: problem
exercise-19-assert-priced-problem-2 = bảng giá không được hỏi đúng một lần cho mỗi sản phẩm của đơn hàng
# assert_priced: why
exercise-19-assert-priced-why = mỗi lần tra giá là một lời gọi qua mạng: giá của mỗi sản phẩm chỉ cần tra một lần
# assert_priced: help
exercise-19-assert-priced-help-4 = tra giá mỗi sản phẩm của đơn hàng một lần
# a_failed_price_lookup_is_reported: problem
# $invoice (text): what pricing returned, as Rust prints it
exercise-19-a-failed-price-lookup-is-reported-problem = tra giá sản phẩm 23 thất bại, nhưng việc tính giá đơn hàng lại trả về { $invoice }
# a_failed_price_lookup_is_reported: help
exercise-19-a-failed-price-lookup-is-reported-help = trả lỗi của bảng giá về cho caller, như thư viện vẫn làm với lỗi của callback
# pricing_never_blocks_the_runtime: help
# $lookup (duration): how long one price lookup takes
# $all_lookups (duration): how long the eight take together
# $help (message): exercise-19-help, the exercise's general advice
exercise-19-pricing-never-blocks-the-runtime-help = tám lần tra giá, mỗi lần { $lookup }, block một thread tổng cộng { $all_lookups }; thread đó không được là thread của runtime. { $help }
# HELP: const
exercise-19-help = giữ nguyên async: lấy giá trước (mỗi lần tra giá là một `.await` bình thường), rồi đưa cho thư viện một callback chỉ việc đọc các giá đó; hoặc chạy thư viện trên blocking pool của tokio bằng `tokio::task::spawn_blocking`, một thread mà ở đó `Handle::block_on` được phép
# stopped: why, when `block_in_place` panicked on a current_thread runtime
exercise-19-stopped-why-block-in-place = `block_in_place` chỉ dùng được trên runtime multi-thread, mà một thư viện thì không chọn được runtime của caller: trên runtime `current_thread` nó panic
# stopped: why, when `block_on` panicked inside the runtime
exercise-19-stopped-why-block-on = `block_on` cho thread của nó ngủ (park) cho đến khi future xong, nhưng trên một thread của runtime, future đó chỉ tiến triển được nếu chính thread này chạy nó: tokio chọn panic thay vì để deadlock
# stopped: why, when the runtime deadlocked
exercise-19-stopped-why-deadlock = một thread của runtime ngủ chờ một future xong, trong khi chỉ chính thread đó mới chạy được timer của future ấy: deadlock (`futures::executor::block_on` gây ra đúng chuyện này trên runtime `current_thread`)
# assert_priced: problem, when the invoice has the wrong number of lines
# $invoice_lines (number): lines of the invoice
# $order_lines (number): lines of the order
exercise-19-wrong-line-count = hoá đơn có { $invoice_lines } dòng, còn đơn hàng có { $order_lines } dòng
# assert_priced: problem, when an invoice line has the wrong product or price
# $product (number): the product on the invoice line
# $unit_cents (number): its unit price on the invoice, in cents
# $ordered (number): the product the order has on that line
# $price (number): that product's price in the catalogue, in cents
exercise-19-wrong-unit-price = dòng hoá đơn của sản phẩm { $product } có đơn giá { $unit_cents } cent; theo bảng giá, sản phẩm { $ordered } có giá { $price } cent
# assert_priced: problem, when the total is wrong
# $total_cents (number): the invoice's total, in cents
# $expected_total (number): the right total, in cents
exercise-19-wrong-total = tổng hoá đơn là { $total_cents } cent; tính theo bảng giá, đơn hàng có giá { $expected_total } cent

## exercise-20: Heartbeats that eat the frames

# receive_from: what
exercise-20-receive-from-what = nhận các frame
# receive_from: why
exercise-20-receive-from-why = trên đồng hồ tạm dừng của tokio, thời gian chỉ trôi khi mọi task đều đang chờ; một vòng lặp không bao giờ chờ (interval tạo bên trong vòng lặp thì sẵn sàng ngay lập tức, ở mọi lượt) sẽ giữ runtime bận mãi mãi, và trên production nó đốt trọn một core CPU
# every_frame_arrives_intact: problem
# $frames (number): frames the peer sends
# $intact (number): frames that arrived intact
# $garbled (number): frames that arrived garbled
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
# $bytes_sent (number): bytes the peer had sent
# $total_bytes (number): bytes the peer sends in all
exercise-20-every-frame-arrives-intact-problem = peer gửi { $frames } frame: { $intact } frame tới nguyên vẹn, { $garbled } frame bị hỏng, { $ending }; đến lúc đó peer đã gửi { $bytes_sent } trong tổng số { $total_bytes } byte
# every_frame_arrives_intact: why
exercise-20-every-frame-arrives-intact-why = `select!` drop future của các nhánh thua: một `read_exact` bị heartbeat cancel đã kịp lấy một phần frame ra khỏi kết nối, những byte đó mất luôn, và mọi lần đọc sau đều bắt đầu từ giữa một frame
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem = frame { $number } không bao giờ được giao: bên nhận đã dừng trước khi peer kịp gửi xong frame đó ({ $ending })
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $completed_at (duration): when its last byte arrived
# $what (message): what became of it (exercise-20-frame-...)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem-2 = frame { $number } đã hoàn chỉnh lúc { $completed_at } thời gian mô phỏng, nhưng { $what }
# each_frame_is_delivered_as_soon_as_it_is_complete: why
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-why = một frame phải chờ bất cứ thứ gì khác (heartbeat kế tiếp, lúc stream kết thúc, các frame sau nó) sẽ đến tay ứng dụng muộn, hoặc không bao giờ đến
# each_frame_is_delivered_as_soon_as_it_is_complete: help
# $help (message): the message exercise-20-help
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-help = giao từng frame cho `deliver` ngay khi byte cuối cùng của nó tới. { $help }
# the_heartbeat_keeps_its_rhythm: problem
# $unexpected (list): what the peer received besides heartbeats (harness-peer-unexpected-frame), joined by "; "
exercise-20-the-heartbeat-keeps-its-rhythm-problem = peer đã nhận { $unexpected }
# the_heartbeat_keeps_its_rhythm: help
exercise-20-the-heartbeat-keeps-its-rhythm-help = không ghi gì vào kết nối ngoài heartbeat, `HEARTBEAT`
# the_heartbeat_keeps_its_rhythm: why
exercise-20-the-heartbeat-keeps-its-rhythm-why = heartbeat chứng minh bên nhận vẫn còn sống: một heartbeat phải chờ một frame chậm hoàn chỉnh (hoặc đến dồn dập từng chùm) thì chẳng cho peer biết gì cả, và peer có thể ngắt kết nối với một client vẫn khoẻ mạnh
# the_heartbeat_keeps_its_rhythm: help
exercise-20-the-heartbeat-keeps-its-rhythm-help-2 = chờ frame kế tiếp và tick kế tiếp trong cùng một `select!`, với một `tokio::time::interval` duy nhất được tạo trước vòng lặp
# a_connection_cut_mid_frame_is_an_error: problem
# $intact (number): frames delivered intact
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
exercise-20-a-connection-cut-mid-frame-is-an-error-problem = peer gửi 2 frame rồi ngắt kết nối khi frame thứ ba mới gửi được một nửa; { $intact } frame được giao nguyên vẹn, { $ending }
# a_connection_cut_mid_frame_is_an_error: why
exercise-20-a-connection-cut-mid-frame-is-an-error-why = một frame bị cắt ngang là dữ liệu bị mất: báo rằng stream kết thúc bình thường là che giấu điều đó
# a_connection_cut_mid_frame_is_an_error: help
exercise-20-a-connection-cut-mid-frame-is-an-error-help = giao các frame hoàn chỉnh, rồi trả về lỗi `io::ErrorKind::UnexpectedEof` khi stream kết thúc lúc mới nhận được một phần frame
# HELP: const
exercise-20-help = giữ lại mọi byte bạn đã đọc: đọc vào một buffer sống bên ngoài vòng lặp bằng `read_buf` (cancel safe: một lần gọi bị cancel thì chưa đọc gì cả) rồi cắt các frame hoàn chỉnh ra từ đó; hoặc tạo future đọc frame một lần, ở ngoài vòng lặp, rồi poll nó qua `&mut` trong `select!`
# How `receive_frames` ended, inserted as $ending after a comma: it did not end
# $after (duration): how long the check waited after the peer hung up
exercise-20-ending-still-receiving = và `receive_frames` vẫn còn đang nhận { $after } sau khi peer đã ngắt kết nối
# How `receive_frames` ended: it returned Ok
# $at (duration): when it returned
exercise-20-ending-ok = rồi `receive_frames` trả về Ok lúc { $at } thời gian mô phỏng
# How `receive_frames` ended: it returned an error
# $at (duration): when it failed
# $error (text): the io::Error's own text (English, from Rust)
exercise-20-ending-failed = rồi `receive_frames` thất bại lúc { $at } thời gian mô phỏng: { $error }
# What became of a frame, inserted as $what after "but": delivered late
# $at (duration): when it was delivered
exercise-20-frame-delivered-at = đến { $at } mới được giao
# What became of a frame: delivered with the wrong bytes
exercise-20-frame-delivered-garbled = được giao với nội dung bị hỏng
# What became of a frame: never delivered
exercise-20-frame-never-delivered = không bao giờ được giao
# the_heartbeat_keeps_its_rhythm: problem, when no heartbeat came
exercise-20-no-heartbeat = peer không nhận được heartbeat nào cả
# the_heartbeat_keeps_its_rhythm: problem, when the peer heard nothing for too long
# $from (duration): the start of the silence
# $to (duration): its end
# $silence (duration): its length
exercise-20-heartbeat-silence = peer không nghe thấy gì từ { $from } đến { $to } thời gian mô phỏng: suốt { $silence } không có heartbeat nào
# the_heartbeat_keeps_its_rhythm: problem, when two heartbeats came too close together
# $gap (duration): the time between them
# $first (duration): when the first arrived
# $second (duration): when the second arrived
# $interval (duration): the heartbeat interval
exercise-20-heartbeats-crowded = hai heartbeat tới cách nhau chỉ { $gap } (lúc { $first } và { $second }), trong khi nhịp là { $interval }

## exercise-21: Waiting for the migrations without looking every 100 ms

# run_isolated: what
exercise-21-run-isolated-what = chờ migration
# run_isolated: why
exercise-21-run-isolated-why = đồng hồ tạm dừng của tokio chỉ trôi khi mọi task đều đang chờ; một vòng lặp chỉ biết yield (hoặc quay tại chỗ) không bao giờ cho runtime được nghỉ, nên thời điểm migration kết thúc thậm chí không bao giờ tới, và trên production nó đốt trọn một core CPU
# a_request_after_the_migrations_goes_straight_through: why
exercise-21-a-request-after-the-migrations-goes-straight-through-why = một thông báo chỉ đánh thức những task đang chờ vào lúc nó được gửi: request đến sau phải đọc được chính trạng thái (`Notify::notify_waiters` không lưu lại gì cả)
# a_request_after_the_migrations_goes_straight_through: help
exercise-21-a-request-after-the-migrations-goes-straight-through-help = giữ lại trạng thái, chứ không chỉ lời đánh thức: kiểm tra trạng thái trước khi chờ, hoặc dùng một channel `watch`, vì `wait_for` của nó xem giá trị hiện tại trước tiên
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $still_waiting (number): requests still waiting
# $handlers (number): requests in all
# $waited (duration): how long the check waited for them
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem = { $still_waiting } trong số { $handlers } request vẫn còn đang chờ { $waited } sau khi migration đã kết thúc
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why = `mark_done` phải đánh thức mọi handler đang chờ: `Notify::notify_one` chỉ đánh thức một handler, còn handler bắt đầu chờ ngay sau một lần `notify_waiters` thì bỏ lỡ lời đánh thức đó
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $first (duration): when the first request resumed
# $migrations_done (duration): when the migrations ended
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-2 = có request đã chạy tiếp lúc { $first } thời gian mô phỏng, trước khi migration kết thúc lúc { $migrations_done }
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-2 = handler không chờ migration sẽ đọc một database mới migrate được một nửa
# waiting_requests_resume_the_moment_the_migrations_end: help
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-help = chỉ trả về từ `wait_until_done` sau khi `mark_done` đã được gọi
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $migrations_done (duration): when the migrations ended
# $late_by (duration): how late the last request resumed
# $last (duration): when the last request resumed
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-3 = migration kết thúc lúc { $migrations_done }, nhưng các request chạy tiếp muộn tới { $late_by } (request cuối cùng lúc { $last })
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-3 = handler thỉnh thoảng mới kiểm tra cờ thì chỉ nhận ra thay đổi ở lần kiểm tra kế tiếp: mỗi handler chờ thừa tới một khoảng nghỉ, và rút ngắn khoảng nghỉ chỉ là đổi độ trễ đó lấy nhiều lần thức dậy hơn
# waiting_lets_the_runtime_sleep: problem
# $handlers (number): requests waiting
# $quiet (duration): how long nothing happened
# $quiet_wakeups (number): times the runtime was woken meanwhile
exercise-21-waiting-lets-the-runtime-sleep-problem = trong lúc { $handlers } request chờ migration suốt { $quiet } thời gian mô phỏng, runtime đã bị đánh thức { $quiet_wakeups } lần, dù chẳng có gì xảy ra cho đến khi migration kết thúc
# waiting_lets_the_runtime_sleep: why
exercise-21-waiting-lets-the-runtime-sleep-why = một vòng lặp sleep rồi kiểm tra sẽ đánh thức task của nó ở mỗi lần kiểm tra, dù có gì thay đổi hay không: chờ lẽ ra không tốn gì cả, và một nghìn request đang chờ sẽ tốn gấp một nghìn lần
# waiting_lets_the_runtime_sleep: problem when the quiet came from checking seldom
# $migrations_done (duration): when the migrations ended
# $still_waiting (number): requests that had not resumed at all
# $late_by (duration): how late the last request resumed (or how long the test waited)
exercise-21-waiting-lets-the-runtime-sleep-late-problem = runtime được ngủ, nhưng chỉ vì các request đang chờ quá lâu mới kiểm tra một lần: migration xong lúc { $migrations_done } và { $still_waiting ->
        [0] request cuối cùng nhận ra sau đó { $late_by }
       *[other] { $still_waiting } request vẫn chưa nhận ra sau đó { $late_by }
    }
# waiting_lets_the_runtime_sleep: why, when the quiet came from checking seldom
exercise-21-waiting-lets-the-runtime-sleep-late-why = một vòng lặp ngủ-rồi-kiểm-tra chỉ đổi cái giá này lấy cái giá kia: kiểm tra mỗi 100 ms thì mỗi request đánh thức runtime mười lần một giây, kiểm tra mỗi phút thì yên lặng nhưng muộn cả phút; một handler được `mark_done` đánh thức thì vừa yên lặng vừa đúng lúc
# HELP: const
exercise-21-help = để `mark_done` đánh thức các handler đang chờ: giữ trạng thái trong một channel `tokio::sync::watch` (`send_replace(true)`, và `subscribe().wait_for(|done| *done)` để chờ), hoặc đặt một `tokio::sync::Notify` bên cạnh cờ
# a_request_after_the_migrations_goes_straight_through: problem
# $waited (duration): how long the request waited
exercise-21-already-done-waited = migration đã xong từ trước, vậy mà request vẫn chờ { $waited } thời gian mô phỏng
# a_request_after_the_migrations_goes_straight_through: problem, when the request never returned
# $later (duration): how long the check waited for it
exercise-21-already-done-still-waiting = migration đã xong từ trước, vậy mà { $later } sau, request vẫn còn đang chờ

## exercise-22: Gather what is independent, chain what is not

# the_report_has_every_customer_and_invoice: problem
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
exercise-22-the-report-has-every-customer-and-invoice-problem = dựng báo cáo thất bại: { $error }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help = lấy từng profile và mọi trang bằng đúng những gì các service trao cho bạn: cursor của một trang đến từ trang trước nó
# the_report_has_every_customer_and_invoice: problem
# $customers (text): the customer ids asked for, as Rust prints a list
# $ids (text): the customer ids in the report, as Rust prints a list
exercise-22-the-report-has-every-customer-and-invoice-problem-2 = đã hỏi các khách hàng { $customers }, nhưng báo cáo có { $ids }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-2 = giữ các profile theo thứ tự id, bất kể câu trả lời đến theo thứ tự nào
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-3 = lấy profile của mỗi khách hàng từ users API một lần
# the_report_has_every_customer_and_invoice: problem
# $expected (number): invoices the billing API holds
# $pages (number): pages the billing API holds
# $invoices (number): invoices in the report
# $shape (text): `reordered` when the report has every invoice but not in page order, else `other`
exercise-22-the-report-has-every-customer-and-invoice-problem-3 = billing API có { $expected } hoá đơn trên { $pages } trang; báo cáo có { $invoices }{ $shape ->
        [reordered] , nhưng không theo thứ tự trang
       *[other] {""}
    }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-4 = đi theo `next_cursor` từ trang này sang trang khác, cho đến khi gặp một trang không chỉ ra trang kế tiếp nào
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
exercise-22-a-failed-request-is-reported-problem = không lấy được profile của khách hàng 9, nhưng kết quả nhận được lại là { $report }
# a_failed_request_is_reported: help
exercise-22-a-failed-request-is-reported-help = trả về lỗi của request thất bại
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
exercise-22-a-failed-request-is-reported-problem-2 = không lấy được trang 3 của các hoá đơn, nhưng kết quả nhận được lại là { $report }
# a_failed_request_is_reported: help
exercise-22-a-failed-request-is-reported-help-2 = trả về lỗi của trang bị lỗi
# the_profiles_are_fetched_together: help
exercise-22-the-profiles-are-fetched-together-help = lấy profile của mỗi khách hàng một lần
# the_profiles_are_fetched_together: help
exercise-22-the-profiles-are-fetched-together-help-2 = request profile không cần gì từ câu trả lời của request trước: hãy khởi động tất cả trước khi await bất kỳ cái nào (nếu bạn dùng giới hạn concurrency, nó phải chừa chỗ cho mười)
# the_pages_follow_the_cursor_chain: why
exercise-22-the-pages-follow-the-cursor-chain-why = request của một trang mang theo cursor mà trang trước trả về: nó phụ thuộc vào câu trả lời đó, và concurrency nhiều đến mấy cũng không gửi nó sớm hơn được; một request đoán mò hay lặp lại sẽ bị từ chối, hoặc lấy cùng các hoá đơn hai lần
# the_pages_follow_the_cursor_chain: help
exercise-22-the-pages-follow-the-cursor-chain-help = giữ vòng lặp trang tuần tự: request trang đầu tiên không kèm cursor, rồi mỗi trang kế tiếp với `next_cursor` của trang trước nó
# the_report_takes_as_long_as_the_page_chain: what
exercise-22-the-report-takes-as-long-as-the-page-chain-what = dựng báo cáo (10 profile, mỗi cái 0,5 giây; 5 trang, mỗi trang 0,2 giây)
# the_report_takes_as_long_as_the_page_chain: too-slow
exercise-22-the-report-takes-as-long-as-the-page-chain-too-slow = có thứ đã phải chờ trong khi không cần chờ: các profile được lấy lần lượt từng cái một, hoặc các trang phải chờ các profile xong
# the_report_takes_as_long_as_the_page_chain: help
# $chain (duration): how long the page chain takes
exercise-22-the-report-takes-as-long-as-the-page-chain-help = các profile không cần gì từ nhau (chạy cùng lúc: 0,5 giây) và các trang không cần gì từ các profile: chỉ chuỗi trang là tuần tự, nên báo cáo mất { $chain }
# the_report_takes_as_long_as_the_page_chain: too-fast
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast = mỗi trang cần cursor của trang trước nó, nên năm trang 0,2 giây mất ít nhất 1,0 giây
# the_report_takes_as_long_as_the_page_chain: too-fast-help
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast-help = request mỗi trang với cursor mà trang trước đã trả về
# How the report came back, inserted as $report after "came back as": a report
# $customers (number): customers in it
# $invoices (number): invoices in it
exercise-22-outcome-ok = Ok ({ $customers } khách hàng, { $invoices } hoá đơn)
# How the report came back: an error
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
exercise-22-outcome-error = một lỗi: { $error }
# The error of a request with a made-up cursor, inserted as $error
exercise-22-unknown-cursor = billing API đã từ chối một cursor mà nó chưa bao giờ phát ra
# the_pages_follow_the_cursor_chain: problem, a request with a made-up cursor
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $cursor (text): the cursor it carried, quoted as Rust prints a string
exercise-22-chain-unknown-cursor = request thứ { $number } (lúc { $at }) mang cursor { $cursor }, một cursor mà billing API chưa bao giờ phát ra
# the_pages_follow_the_cursor_chain: problem, a request for the wrong page
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $page (number): the page it asked for
exercise-22-chain-wrong-page = request thứ { $number } (lúc { $at }) hỏi trang { $page }: mỗi trang phải được request đúng một lần, theo thứ tự
# the_pages_follow_the_cursor_chain: problem, a request sent before its cursor existed
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $issued_at (duration): when the page before it handed out its cursor
exercise-22-chain-too-early = request thứ { $number } bắt đầu lúc { $at }, trước khi cursor của nó được nhận lúc { $issued_at }
# the_pages_follow_the_cursor_chain: problem, too many or too few page requests
# $requests (number): page requests made
# $pages (number): pages the billing API holds
exercise-22-chain-request-count = billing API nhận { $requests } request trang cho { $pages } trang của nó







