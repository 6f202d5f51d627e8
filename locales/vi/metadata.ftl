### Texts whose English lives in data files, not in a .ftl file: each exercise's
### title and topic (`kit list`), hint (`kit hint`) and the "why it matters" line of
### each check (exercises/info.toml), and the source policy's teaching texts
### (crates/kit/src/src_policy.toml). Written by locales/placeholders.py from those files.

## exercise-01: Ten users in the time of one

# The exercise's title, one line in `kit list`.
exercise-01-title = Lấy mười user trong thời gian lấy một
# The concept it teaches, a short phrase in `kit list`.
exercise-01-topic = await tuần tự và các future chạy đồng thời
# `kit hint`: a nudge, not the answer.
exercise-01-hint = `.await` không khởi động thứ gì chạy ngầm cả: nó chờ, ngay tại chỗ đó, cho đến khi đúng request ấy xong. Một vòng lặp có `.await` bên trong chỉ gửi request thứ 2 sau khi request thứ 1 đã trả lời. Sẽ thế nào nếu trước tiên bạn tạo đủ mười future request (gọi `fetch_user` chưa gửi gì đi cả), rồi chờ tất cả chúng cùng một lúc? Hãy xem module `futures::future` có gì dành cho một danh sách future.
# The "why it matters" line of the check `returns_the_ten_users_in_order` (behaviour).
exercise-01-check-returns-the-ten-users-in-order = code chạy đồng thời vẫn trả về mọi kết quả, đúng thứ tự đã yêu cầu
# The "why it matters" line of the check `reports_a_failed_request` (behaviour).
exercise-01-check-reports-a-failed-request = request thất bại phải được báo lỗi, không được giấu đi
# The "why it matters" line of the check `ten_users_take_half_a_second` (timing).
exercise-01-check-ten-users-take-half-a-second = mười request 500 ms độc lập với nhau thì phải chạy chồng lên nhau và chỉ mất khoảng 0,5 giây, chứ không phải 5 giây
# The "why it matters" line of the check `all_ten_requests_are_in_flight_together` (bound).
exercise-01-check-all-ten-requests-are-in-flight-together = concurrency hiện rõ trên các bộ đếm của API: cả mười request cùng đang chạy một lúc

## exercise-02: The audit entry that never happened

# The exercise's title, one line in `kit list`.
exercise-02-title = Dòng audit không bao giờ được ghi
# The concept it teaches, a short phrase in `kit list`.
exercise-02-topic = future là lazy: .await bị bỏ quên
# `kit hint`: a nudge, not the answer.
exercise-02-hint = Gọi một async fn không làm nó chạy. Nó trả về một future, và một future hoàn toàn không làm gì cho đến khi có thứ gì đó điều khiển (drive) nó. Hãy đọc các cảnh báo của compiler cho `src/lib.rs`: một trong số đó chỉ vào một dòng mà công việc của nó bị vứt đi. Điều gì làm một future chạy, và điều gì mang lỗi của nó về tới caller?
# The "why it matters" line of the check `stores_the_order` (behaviour).
exercise-02-check-stores-the-order = bản thân đơn hàng được lưu và id của nó được trả về
# The "why it matters" line of the check `the_audit_log_records_the_order` (behaviour).
exercise-02-check-the-audit-log-records-the-order = một future không bao giờ được await thì không bao giờ chạy: tác dụng phụ (side effect) của nó không xảy ra
# The "why it matters" line of the check `placing_an_order_takes_both_writes` (timing).
exercise-02-check-placing-an-order-takes-both-writes = việc không tốn chút thời gian mô phỏng nào là việc đã bị bỏ qua: hai lần ghi 0,1 giây mất 0,2 giây
# The "why it matters" line of the check `a_failed_audit_write_is_reported` (behaviour).
exercise-02-check-a-failed-audit-write-is-reported = một future không được await cũng làm mất luôn lỗi của nó

## exercise-03: Start the task now, await it later

# The exercise's title, one line in `kit list`.
exercise-03-title = Khởi động task ngay, await sau
# The concept it teaches, a short phrase in `kit list`.
exercise-03-topic = tokio::spawn (create_task): cho việc khác chạy chồng lên một task đang chạy
# `kit hint`: a nudge, not the answer.
exercise-03-hint = `tokio::spawn` đã khởi động request lấy profile chạy ngầm: phần đó đúng rồi. Câu hỏi là khi nào bạn chờ JoinHandle của nó. Giữa lúc spawn task và lúc cần đến profile, hàm còn có thể làm việc gì khác?
# The "why it matters" line of the check `returns_profile_and_orders` (behaviour).
exercise-03-check-returns-profile-and-orders = dashboard có đúng profile và đúng các đơn hàng
# The "why it matters" line of the check `a_failed_profile_is_reported` (behaviour).
exercise-03-check-a-failed-profile-is-reported = lỗi của một task đã spawn đến được tay caller qua JoinHandle của nó
# The "why it matters" line of the check `the_dashboard_takes_as_long_as_the_slowest_call` (timing).
exercise-03-check-the-dashboard-takes-as-long-as-the-slowest-call = một task được khởi động trước các việc khác sẽ chạy chồng lên chúng: 0,4 giây, chứ không phải 0,4 giây + 0,3 giây
# The "why it matters" line of the check `the_query_runs_while_the_profile_loads` (timing).
exercise-03-check-the-query-runs-while-the-profile-loads = await một JoinHandle ngay sau khi spawn nó là code tuần tự

## exercise-04: One fails, all stop

# The exercise's title, one line in `kit list`.
exercise-04-title = Một task lỗi, tất cả dừng
# The concept it teaches, a short phrase in `kit list`.
exercise-04-topic = structured concurrency với JoinSet (TaskGroup): fail fast, cancel các task cùng nhóm
# `kit hint`: a nudge, not the answer.
exercise-04-hint = Có hai vấn đề: lỗi bị phát hiện muộn, và các task khác không bao giờ dừng. Await từng handle một thì thấy kết quả theo thứ tự spawn, chứ không theo thứ tự chúng xong; và drop một JoinHandle không dừng được task của nó. Hãy xem `tokio::task::JoinSet`: nó trả kết quả ra theo cách nào, và chuyện gì xảy ra với các task của nó khi set bị drop?
# The "why it matters" line of the check `returns_the_whole_team_in_order` (behaviour).
exercise-04-check-returns-the-whole-team-in-order = khi không có lỗi, cả mười user đều được trả về, theo thứ tự id
# The "why it matters" line of the check `returns_the_error_of_the_failed_fetch` (behaviour).
exercise-04-check-returns-the-error-of-the-failed-fetch = caller nhận được đúng lỗi đầu tiên
# The "why it matters" line of the check `a_failure_is_returned_promptly` (timing).
exercise-04-check-a-failure-is-returned-promptly = nhận kết quả theo thứ tự hoàn thành thì lỗi lộ ra ngay khi nó xảy ra
# The "why it matters" line of the check `the_other_fetches_are_cancelled` (behaviour).
exercise-04-check-the-other-fetches-are-cancelled = khi đã có câu trả lời, các task cùng nhóm bị cancel, chứ không bị bỏ mặc chạy tiếp

## exercise-05: Save each report as it arrives

# The exercise's title, one line in `kit list`.
exercise-05-title = Lưu mỗi báo cáo ngay khi nó về
# The concept it teaches, a short phrase in `kit list`.
exercise-05-topic = xử lý từng kết quả ngay khi nó xong (as_completed) với FuturesUnordered
# `kit hint`: a nudge, not the answer.
exercise-05-hint = Năm lần fetch đã chạy cùng lúc rồi: vấn đề nằm ở thứ tự bạn xem kết quả của chúng. Một vòng lặp qua các handle lấy chúng theo thứ tự đã gửi đi, nên một kết quả phải chờ mọi kết quả chậm hơn được gửi trước nó. `as_completed` của Python trả kết quả theo thứ tự chúng xong; hãy tìm trong `futures::stream` một tập hợp future làm được điều tương tự (hoặc xem `JoinSet` có gì).
# The "why it matters" line of the check `saves_every_report` (behaviour).
exercise-05-check-saves-every-report = mỗi báo cáo được lưu đúng một lần, và các id trả về theo thứ tự đã lưu
# The "why it matters" line of the check `a_failed_fetch_is_reported` (behaviour).
exercise-05-check-a-failed-fetch-is-reported = một lần fetch thất bại được trả về dưới dạng lỗi
# The "why it matters" line of the check `each_report_is_saved_when_it_arrives` (timing).
exercise-05-check-each-report-is-saved-when-it-arrives = kết quả lấy theo thứ tự hoàn thành được xử lý ngay khi nó về, chứ không phải sau cái chậm nhất
# The "why it matters" line of the check `the_import_takes_the_slowest_fetch_plus_one_save` (timing).
exercise-05-check-the-import-takes-the-slowest-fetch-plus-one-save = xử lý kết quả ngay khi nó về thì đến cuối chỉ còn lại phần xử lý của cái chậm nhất

## exercise-06: A hung dependency must not hang the caller

# The exercise's title, one line in `kit list`.
exercise-06-title = Dependency bị treo không được kéo caller treo theo
# The concept it teaches, a short phrase in `kit list`.
exercise-06-topic = giới hạn thời gian cho mọi I/O (wait_for) với tokio::time::timeout
# `kit hint`: a nudge, not the answer.
exercise-06-hint = Một service ngừng trả lời thì không thất bại: nó chỉ đơn giản là không bao giờ trả về, và một `.await` trên nó cũng chờ lâu y như vậy. Python bọc những lời gọi như thế trong `asyncio.wait_for(call, timeout=...)`. Hãy tìm trong `tokio::time` hàm song sinh của nó, và nghĩ xem nó trả về gì khi hết giờ, và nó làm gì với lời gọi mà nó đã bỏ cuộc. Mỗi lời gọi cần một giới hạn của riêng mình.
# The "why it matters" line of the check `loads_the_dashboard_when_both_answer` (behaviour).
exercise-06-check-loads-the-dashboard-when-both-answer = các lời gọi bình thường vẫn tải được dashboard
# The "why it matters" line of the check `a_slow_but_healthy_call_is_not_cut_off` (behaviour).
exercise-06-check-a-slow-but-healthy-call-is-not-cut-off = mỗi lời gọi có giới hạn riêng: hai lời gọi 0,9 giây đều nằm trong giới hạn
# The "why it matters" line of the check `a_hung_api_fails_at_the_limit` (timing).
exercise-06-check-a-hung-api-fails-at-the-limit = có giới hạn thời gian thì một dependency bị treo chỉ làm caller mất đúng khoảng giới hạn, chứ không phải trọn thời gian treo
# The "why it matters" line of the check `a_hung_database_fails_at_the_limit` (timing).
exercise-06-check-a-hung-database-fails-at-the-limit = mọi I/O đều cần giới hạn riêng, kể cả lời gọi thứ hai
# The "why it matters" line of the check `the_error_names_the_call_that_hung` (behaviour).
exercise-06-check-the-error-names-the-call-that-hung = timeout là một lỗi mà caller có thể xử lý, và nó cho biết lời gọi nào đã hết giờ
# The "why it matters" line of the check `the_hung_call_is_cancelled` (behaviour).
exercise-06-check-the-hung-call-is-cancelled = một lời gọi bị bỏ dở khi hết giờ sẽ bị cancel, chứ không bị để chạy tiếp

## exercise-07: Ask two replicas, keep the first answer

# The exercise's title, one line in `kit list`.
exercise-07-title = Hỏi hai replica, lấy câu trả lời đến trước
# The concept it teaches, a short phrase in `kit list`.
exercise-07-topic = chạy đua và lấy cái xong trước (wait FIRST_COMPLETED) với select!, và thứ gì bị cancel
# `kit hint`: a nudge, not the answer.
exercise-07-hint = `join!` chờ cho đến khi mọi future của nó đều xong; bạn cần điều ngược lại: xong ngay khi BẤT KỲ future nào xong. Tokio có một macro poll nhiều future cùng lúc và chạy nhánh của future hoàn thành đầu tiên. Nó làm gì với future của các nhánh thua cuộc?
# The "why it matters" line of the check `returns_the_user` (behaviour).
exercise-07-check-returns-the-user = user được trả về, bất kể replica nào nhanh hơn
# The "why it matters" line of the check `both_replicas_are_asked_at_once` (bound).
exercise-07-check-both-replicas-are-asked-at-once = một cuộc đua khởi động cả hai request cùng lúc, mỗi request một lần
# The "why it matters" line of the check `answers_at_the_faster_replicas_latency` (timing).
exercise-07-check-answers-at-the-faster-replicas-latency = lấy cái xong trước thì trả lời theo độ trễ của replica nhanh hơn, chứ không phải của replica chậm hơn
# The "why it matters" line of the check `the_slower_request_is_cancelled` (behaviour).
exercise-07-check-the-slower-request-is-cancelled = request thua cuộc bị cancel, chứ không bị để chạy tiếp vô ích

## exercise-08: A legacy library that blocks

# The exercise's title, one line in `kit list`.
exercise-08-title = Một thư viện legacy hay block
# The concept it teaches, a short phrase in `kit list`.
exercise-08-topic = chuyển blocking call ra khỏi runtime bằng spawn_blocking (to_thread)
# `kit hint`: a nudge, not the answer.
exercise-08-hint = Thư viện legacy không có phiên bản async và bạn không được sửa nó, nên bản thân việc block vẫn còn đó. Điều có thể thay đổi là nó block thread NÀO. Python giao những lời gọi như vậy cho `asyncio.to_thread`; tokio có một pool thread dành riêng cho code blocking, và một hàm trong `tokio::task` chạy closure trên pool đó rồi trả cho bạn một thứ để `.await`.
# The "why it matters" line of the check `returns_the_report` (behaviour).
exercise-08-check-returns-the-report = báo cáo đúng là thứ mà thư viện legacy tạo ra
# The "why it matters" line of the check `a_missing_template_is_an_error` (behaviour).
exercise-08-check-a-missing-template-is-an-error = lỗi I/O của thư viện đến được tay caller
# The "why it matters" line of the check `building_a_report_never_blocks_the_runtime` (stall).
exercise-08-check-building-a-report-never-blocks-the-runtime = một blocking call trên thread của runtime làm mọi task khác đứng lại: hãy chạy nó trên blocking pool

## exercise-09: A slow hash in a login handler

# The exercise's title, one line in `kit list`.
exercise-09-title = Một hàm hash chậm trong handler đăng nhập
# The concept it teaches, a short phrase in `kit list`.
exercise-09-topic = đưa công việc CPU-bound ra khỏi runtime (run_in_executor với process pool): rayon và một channel oneshot
# `kit hint`: a nudge, not the answer.
exercise-09-hint = Phép tính không có `.await` nào bên trong, nên `async fn` không thể bắt nó chia sẻ thread: trong lúc nó chạy, runtime không chạy được gì khác. Tài liệu gốc đẩy loại việc này sang một executor pool. Trong Rust, một thread pool dành cho tính toán (rayon, đã có sẵn trong dependency) có thể chạy nó; làm thế nào để kết quả quay về task đang chờ mà không block task đó? Hãy xem các channel trong `tokio::sync`.
# The "why it matters" line of the check `derives_the_right_keys` (behaviour).
exercise-09-check-derives-the-right-keys = mỗi caller nhận được key tạo từ chính mật khẩu của mình
# The "why it matters" line of the check `hashing_never_blocks_the_runtime` (stall).
exercise-09-check-hashing-never-blocks-the-runtime = một phép tính dài trên thread của runtime block thread đó y như bất kỳ blocking call nào

## exercise-10: A thousand requests, ten at a time

# The exercise's title, one line in `kit list`.
exercise-10-title = Một nghìn request, mỗi lần mười
# The concept it teaches, a short phrase in `kit list`.
exercise-10-topic = concurrency có giới hạn (Semaphore): tối đa N request đang chạy, và luôn đủ N khi còn việc
# `kit hint`: a nudge, not the answer.
exercise-10-hint = Khởi động mọi request cùng lúc thì nhanh nhưng thô lỗ: API chỉ cho phép mười request một lúc. Khởi động từng cái một thì lịch sự nhưng chậm. Bạn cần một cửa sổ mười request trượt dần: hễ một request xong thì request tiếp theo bắt đầu. Python dùng Semaphore cho việc này; tokio cũng có Semaphore, và `futures::stream::StreamExt` có một adapter poll tối đa n future của một stream cùng lúc mà vẫn giữ nguyên thứ tự của chúng.
# The "why it matters" line of the check `returns_the_thousand_users_in_order` (behaviour).
exercise-10-check-returns-the-thousand-users-in-order = một loạt request có giới hạn vẫn trả về mọi kết quả, đúng thứ tự đã yêu cầu
# The "why it matters" line of the check `reports_a_failed_request` (behaviour).
exercise-10-check-reports-a-failed-request = request thất bại phải được báo lỗi, không được giấu đi
# The "why it matters" line of the check `never_more_requests_in_flight_than_allowed` (bound).
exercise-10-check-never-more-requests-in-flight-than-allowed = một nghìn request cùng lúc sẽ làm phía bên kia quá tải: hãy giữ số request đang chạy không vượt quá mức cho phép
# The "why it matters" line of the check `as_many_requests_in_flight_as_allowed` (bound).
exercise-10-check-as-many-requests-in-flight-as-allowed = có giới hạn không có nghĩa là tuần tự: số request chạy cùng nhau phải đạt đúng mức cho phép
# The "why it matters" line of the check `the_window_slides_instead_of_waiting_for_batches` (timing).
exercise-10-check-the-window-slides-instead-of-waiting-for-batches = cửa sổ trượt khởi động request tiếp theo ngay khi có một request xong; còn chia thành từng loạt cố định thì loạt nào cũng phải chờ request chậm nhất của nó

## exercise-11: The nightly job: 30 calls per minute

# The exercise's title, one line in `kit list`.
exercise-11-title = Nightly job: 30 lời gọi mỗi phút
# The concept it teaches, a short phrase in `kit list`.
exercise-11-topic = rate limit: giãn nhịp thời điểm bắt đầu các lời gọi trên một cửa sổ trượt
# `kit hint`: a nudge, not the answer.
exercise-11-hint = Rate limit đếm lúc các lời gọi BẮT ĐẦU, trong mọi cửa sổ 60 giây. 30 lời gọi mỗi phút là cứ 2 giây bắt đầu một lời gọi. Sleep sau mỗi lời gọi cũng giãn chúng ra, nhưng giãn bằng độ trễ của lời gọi cộng thời gian sleep, tức là chậm hơn mức cần thiết. Thứ gì trong `tokio::time` tick vào những thời điểm cố định, bất kể việc giữa hai lần tick mất bao lâu?
# The "why it matters" line of the check `scores_every_user_in_order` (behaviour).
exercise-11-check-scores-every-user-in-order = một lời gọi bị rate limit từ chối là một user không có điểm
# The "why it matters" line of the check `no_call_is_refused` (bound).
exercise-11-check-no-call-is-refused = giãn nhịp các lời gọi nghĩa là không lời gọi nào bị từ chối, và không lời gọi nào phải retry
# The "why it matters" line of the check `at_most_thirty_calls_in_any_minute` (bound).
exercise-11-check-at-most-thirty-calls-in-any-minute = rate limit phải được tôn trọng trên mọi cửa sổ trượt, không chỉ theo từng phút tròn
# The "why it matters" line of the check `the_job_takes_as_long_as_the_limit_requires` (timing).
exercise-11-check-the-job-takes-as-long-as-the-limit-requires = giãn thời điểm bắt đầu theo giới hạn (2 giây), chứ không theo độ trễ cộng thêm một khoảng chờ

## exercise-12: A queue, three workers and backpressure

# The exercise's title, one line in `kit list`.
exercise-12-title = Một queue, ba worker và backpressure
# The concept it teaches, a short phrase in `kit list`.
exercise-12-topic = worker pool trên một channel có giới hạn (asyncio.Queue + worker): backpressure và shutdown
# `kit hint`: a nudge, not the answer.
exercise-12-hint = Mỗi lượt upload một task nghĩa là có bao nhiêu upload thì có bấy nhiêu lần resize, tất cả cùng một lúc. Thay vào đó, hãy khởi động `workers` task một lần duy nhất, và để mỗi task lấy ảnh từ một queue, mỗi lần một ảnh. Channel nào của tokio bắt bên gửi phải chờ khi nó đầy? Các worker có thể dùng chung receiver của nó đằng sau một Mutex async. Và khi nào `recv` của một worker trả về `None`, để worker đó biết mà dừng?
# The "why it matters" line of the check `resizes_every_image_exactly_once` (behaviour).
exercise-12-check-resizes-every-image-exactly-once = mỗi việc trong queue được đúng một worker nhận
# The "why it matters" line of the check `exactly_the_pool_size_in_flight` (bound).
exercise-12-check-exactly-the-pool-size-in-flight = một pool N worker xử lý đúng N việc cùng lúc
# The "why it matters" line of the check `the_uploads_wait_while_the_queue_is_full` (bound).
exercise-12-check-the-uploads-wait-while-the-queue-is-full = một queue có giới hạn giữ producer lại (backpressure) thay vì để việc chất đống
# The "why it matters" line of the check `workers_stop_when_the_uploads_run_out` (behaviour).
exercise-12-check-workers-stop-when-the-uploads-run-out = drop sender để đóng queue, rồi chờ cho mọi worker dừng hẳn
# The "why it matters" line of the check `resizing_keeps_three_workers_busy` (timing).
exercise-12-check-resizing-keeps-three-workers-busy = một worker rảnh nhận ngay việc tiếp theo: ba worker chia nhau công việc, không loạt nào phải chờ việc chậm nhất của nó

## exercise-13: The audit entries that vanished at exit

# The exercise's title, one line in `kit list`.
exercise-13-title = Những dòng audit biến mất lúc thoát
# The concept it teaches, a short phrase in `kit list`.
exercise-13-topic = task detached: theo dõi chúng (JoinSet) và graceful shutdown
# `kit hint`: a nudge, not the answer.
exercise-13-hint = `tokio::spawn` là đúng: thao tác ghi nên chạy ngầm. Rắc rối nằm ở JoinHandle mà nó trả về, bị drop ngay tại chỗ: không ai chờ được task đó hay đọc được kết quả của nó. Audit log có thể giữ các task của nó ở đâu, để `shutdown` chờ được từng task và biết mỗi task đã kết thúc ra sao? Hãy xem `tokio::task::JoinSet`.
# The "why it matters" line of the check `every_event_is_written_before_shutdown_returns` (behaviour).
exercise-13-check-every-event-is-written-before-shutdown-returns = graceful shutdown trả về khi công việc chạy ngầm đã xong: không sớm hơn, và cũng không vào một thời điểm do nó đoán
# The "why it matters" line of the check `no_write_is_lost_when_the_program_exits` (behaviour).
exercise-13-check-no-write-is-lost-when-the-program-exits = khi main trả về, runtime drop mọi task còn đang chạy: việc của các task detached bị mất
# The "why it matters" line of the check `a_failed_write_is_reported_at_shutdown` (behaviour).
exercise-13-check-a-failed-write-is-reported-at-shutdown = lỗi của một task detached chẳng đi đến đâu; lỗi của một task được theo dõi thì đến được tay caller
# The "why it matters" line of the check `shutdown_waits_for_the_writes` (timing).
exercise-13-check-shutdown-waits-for-the-writes = shutdown chờ các lần ghi đang chạy (0,1 giây), và các lần ghi ấy vẫn chạy đồng thời với nhau

## exercise-14: Every answer, even the failures

# The exercise's title, one line in `kit list`.
exercise-14-title = Mọi câu trả lời, kể cả các lỗi
# The concept it teaches, a short phrase in `kit list`.
exercise-14-topic = thu về mọi kết quả và lỗi mà không cancel phần còn lại (gather với return_exceptions)
# `kit hint`: a nudge, not the answer.
exercise-14-hint = `try_join_all` coi mười lần fetch là một thao tác duy nhất, thành thì cùng thành, hỏng thì cùng hỏng: lỗi đầu tiên thắng và phần còn lại bị drop. Ở đây mỗi user là một chuyện riêng. Trong Rust, lỗi vốn đã là một giá trị, một `Result`; combinator nào chờ mọi future và trả lại từng output nguyên vẹn, theo đúng thứ tự?
# The "why it matters" line of the check `reports_every_user_that_was_fetched` (behaviour).
exercise-14-check-reports-every-user-that-was-fetched = một lời gọi thất bại không vứt bỏ kết quả của các lời gọi khác
# The "why it matters" line of the check `reports_every_failure_in_its_place` (behaviour).
exercise-14-check-reports-every-failure-in-its-place = mọi lỗi đều được báo, ở đúng vị trí của lời gọi đã thất bại
# The "why it matters" line of the check `no_fetch_is_cancelled` (behaviour).
exercise-14-check-no-fetch-is-cancelled = thu về mọi kết quả nghĩa là không lời gọi nào bị cancel khi một lời gọi khác thất bại
# The "why it matters" line of the check `the_batch_takes_as_long_as_the_slowest_fetch` (timing).
exercise-14-check-the-batch-takes-as-long-as-the-slowest-fetch = một báo cáo đầy đủ xong khi lời gọi chậm nhất xong, chứ không phải khi gặp lỗi đầu tiên

## exercise-15: One page at a time

# The exercise's title, one line in `kit list`.
exercise-15-title = Mỗi lần một trang
# The concept it teaches, a short phrase in `kit list`.
exercise-15-topic = async stream (async generator) cho phân trang: lazy, chỉ một trang trong bộ nhớ
# `kit hint`: a nudge, not the answer.
exercise-15-hint = Một `Stream` chỉ làm việc trong lúc consumer của nó chờ `next()`, nên nó có thể lấy một trang đúng vào lúc consumer cần một user mà nó chưa có. Stream của code khởi đầu giấu bên trong một vòng lặp tải hết mọi thứ trước item đầu tiên. Hãy nghĩ về vòng lặp `while True` trong tài liệu gốc như một trạng thái (số của trang tiếp theo) cùng một bước async biến một trạng thái thành một trang và trạng thái kế tiếp: constructor nào trong `futures::stream` được dựng đúng từ những thứ đó? Sau đó biến các trang thành các user mà không collect chúng lại.
# The "why it matters" line of the check `yields_every_user_in_order` (behaviour).
exercise-15-check-yields-every-user-in-order = một stream yield mọi item của mọi trang, theo đúng thứ tự
# The "why it matters" line of the check `a_failed_page_ends_the_stream_with_its_error` (behaviour).
exercise-15-check-a-failed-page-ends-the-stream-with-its-error = một trang bị lỗi kết thúc stream bằng lỗi của nó, sau các item đã lấy được
# The "why it matters" line of the check `the_first_user_arrives_after_one_page` (timing).
exercise-15-check-the-first-user-arrives-after-one-page = một stream lazy yield item đầu tiên sau một trang, và chỉ lấy trang tiếp theo khi được đòi
# The "why it matters" line of the check `stopping_early_fetches_only_the_pages_needed` (bound).
exercise-15-check-stopping-early-fetches-only-the-pages-needed = một consumer dừng sớm chỉ gây ra các request cho những trang nó đã dùng
# The "why it matters" line of the check `at_most_one_page_is_buffered` (bound).
exercise-15-check-at-most-one-page-is-buffered = streaming chỉ giữ một trang trong bộ nhớ, dù danh sách dài đến đâu

## exercise-16: The cache that became a queue

# The exercise's title, one line in `kit list`.
exercise-16-title = Cache biến thành hàng đợi
# The concept it teaches, a short phrase in `kit list`.
exercise-16-topic = lock giữ qua .await bắt mọi caller xếp hàng; hãy thu hẹp phạm vi của guard
# `kit hint`: a nudge, not the answer.
exercise-16-hint = Guard giữ lock cho đến khi nó bị drop, và một binding `let` chỉ drop nó ở cuối scope. Trong code khởi đầu, những dòng nào chạy trong lúc lock đang bị giữ, và dòng nào trong số đó chờ 0,5 giây? Hãy nghĩ xem thứ thực sự cần được bảo vệ là gì: cái map, hay lần fetch? (Nếu bạn chuyển sang `std::sync::Mutex`, lời phàn nàn của compiler rằng một future không phải là `Send` và cảnh báo `lock-across-await` của asynclint đều chỉ vào cùng một lỗi.)
# The "why it matters" line of the check `every_caller_gets_its_profile_and_it_is_cached` (behaviour).
exercise-16-check-every-caller-gets-its-profile-and-it-is-cached = mỗi handler nhận đúng profile của mình, và một profile đã fetch thì được trả lời từ cache
# The "why it matters" line of the check `a_failed_fetch_is_reported` (behaviour).
exercise-16-check-a-failed-fetch-is-reported = một lần fetch thất bại đến được tay caller
# The "why it matters" line of the check `ten_misses_for_different_users_take_half_a_second` (timing).
exercise-16-check-ten-misses-for-different-users-take-half-a-second = một lock bị giữ suốt lần fetch 0,5 giây bắt mười handler xếp hàng chờ: 5 giây thay vì 0,5 giây
# The "why it matters" line of the check `fetches_for_different_users_run_at_the_same_time` (bound).
exercise-16-check-fetches-for-different-users-run-at-the-same-time = các lần fetch cho những key khác nhau chạy cùng lúc khi không có lock nào bị giữ qua chúng
# The "why it matters" line of the check `a_cache_hit_never_waits_for_a_slow_fetch` (timing).
exercise-16-check-a-cache-hit-never-waits-for-a-slow-fetch = một cache hit được trả lời ngay, kể cả khi một lần fetch chậm cho key khác đang chạy

## exercise-17: Every connection comes back

# The exercise's title, one line in `kit list`.
exercise-17-title = Connection nào cũng phải quay về
# The concept it teaches, a short phrase in `kit list`.
exercise-17-topic = dọn dẹp tài nguyên (async with): một guard trả connection về trong Drop của nó
# `kit hint`: a nudge, not the answer.
exercise-17-hint = Code khởi đầu trả connection về ở đâu, và những lối thoát nào khỏi `handle_request` bỏ qua dòng đó? Hãy nhớ rằng một timeout hay một task bị abort sẽ dừng future ngay giữa một `.await`: không dòng nào sau đó được chạy. Trong Rust chỉ có một thứ chạy trên mọi lối thoát, kể cả những lối ấy: chuyện gì xảy ra với một giá trị khi nó ra khỏi scope? Hãy để `acquire` trao ra một giá trị biết pool của nó.
# The "why it matters" line of the check `returns_the_row` (behaviour).
exercise-17-check-returns-the-row = một request trả về row của nó và trả lại connection của nó
# The "why it matters" line of the check `no_connection_leaks_after_failed_queries` (behaviour).
exercise-17-check-no-connection-leaks-after-failed-queries = một lỗi trả về bằng `?` không được bỏ qua việc trả lại connection
# The "why it matters" line of the check `no_connection_leaks_after_timeouts` (behaviour).
exercise-17-check-no-connection-leaks-after-timeouts = timeout drop future ngay giữa lúc await: chỉ Drop mới trả lại được connection
# The "why it matters" line of the check `no_connection_leaks_after_cancelled_tasks` (behaviour).
exercise-17-check-no-connection-leaks-after-cancelled-tasks = một task bị abort thì bị drop ngay giữa lúc await: chỉ Drop mới trả lại được connection
# The "why it matters" line of the check `the_pool_never_exceeds_its_size` (bound).
exercise-17-check-the-pool-never-exceeds-its-size = pool không bao giờ cho mượn nhiều connection hơn số nó sở hữu, và giữ cho tất cả đều bận

## exercise-18: A handler in the time of its slowest call

# The exercise's title, one line in `kit list`.
exercise-18-title = Handler chỉ mất thời gian của lời gọi chậm nhất
# The concept it teaches, a short phrase in `kit list`.
exercise-18-topic = case study: một DB query và một HTTP call chạy đồng thời với tokio::try_join!
# `kit hint`: a nudge, not the answer.
exercise-18-hint = Request lấy profile có dùng gì từ kết quả của câu query database không? Nếu không, chẳng có gì bắt handler phải chờ cái này xong rồi mới bắt đầu cái kia. Handler trong tài liệu gốc đưa cả hai cho `asyncio.gather`; tokio có một macro poll nhiều future trên cùng một task và dừng ở lỗi đầu tiên. Cả hai future phải thất bại với cùng một kiểu lỗi.
# The "why it matters" line of the check `returns_the_account_and_the_profile` (behaviour).
exercise-18-check-returns-the-account-and-the-profile = handler trả lời bằng row của database và body của API
# The "why it matters" line of the check `a_failure_on_either_side_is_an_error` (behaviour).
exercise-18-check-a-failure-on-either-side-is-an-error = một query thất bại hay một HTTP call thất bại đều được báo là lỗi của bên đó
# The "why it matters" line of the check `a_slow_api_sets_the_pace` (timing).
exercise-18-check-a-slow-api-sets-the-pace = hai lời gọi độc lập mất thời gian bằng lời gọi chậm hơn (0,5 giây), chứ không phải tổng của chúng (0,8 giây)
# The "why it matters" line of the check `a_slow_database_sets_the_pace` (timing).
exercise-18-check-a-slow-database-sets-the-pace = bên nào chậm hơn thì bên đó quyết định độ trễ: 0,6 giây, chứ không phải 0,8 giây
# The "why it matters" line of the check `the_query_and_the_request_overlap` (bound).
exercise-18-check-the-query-and-the-request-overlap = database và HTTP service đã nhận các lời gọi của mình cùng một lúc

## exercise-19: A sync library that calls back into async code

# The exercise's title, one line in `kit list`.
exercise-19-title = Thư viện đồng bộ gọi ngược vào code async
# The concept it teaches, a short phrase in `kit list`.
exercise-19-topic = block_on bên trong runtime: giữ nguyên async, hoặc bắc cầu từ spawn_blocking
# `kit hint`: a nudge, not the answer.
exercise-19-hint = `block_on` chờ một future bằng cách cho thread đang gọi nó ngủ (park). Ở đây đó là thread nào, và trong lúc nó ngủ thì ai lẽ ra phải điều khiển lần tra giá? Có hai lối ra: thư viện hỏi giá các sản phẩm của đơn hàng, thứ bạn biết trước khi nó chạy, nên có thể lấy giá trước bằng các await bình thường; hoặc thư viện có thể chạy trên một thread được phép block (`asyncio.to_thread` của Python trong `tokio::task` tên là gì?). Hãy lấy `Handle::current()` trước khi rời runtime.
# The "why it matters" line of the check `prices_every_line_from_the_catalogue` (behaviour).
exercise-19-check-prices-every-line-from-the-catalogue = block_on trên một thread của runtime sẽ panic: chính thread đó là thread phải điều khiển future
# The "why it matters" line of the check `works_on_a_current_thread_runtime` (behaviour).
exercise-19-check-works-on-a-current-thread-runtime = code block trên runtime sẽ thất bại hoặc deadlock trên runtime current_thread, còn block_in_place chỉ có trên runtime multi-thread
# The "why it matters" line of the check `a_failed_price_lookup_is_reported` (behaviour).
exercise-19-check-a-failed-price-lookup-is-reported = lỗi của service đi xuyên qua thư viện đồng bộ để về tới caller
# The "why it matters" line of the check `pricing_never_blocks_the_runtime` (stall).
exercise-19-check-pricing-never-blocks-the-runtime = việc chờ công việc async từ code đồng bộ phải diễn ra trên một thread được phép block, không phải thread của runtime

## exercise-20: Heartbeats that eat the frames

# The exercise's title, one line in `kit list`.
exercise-20-title = Heartbeat nuốt mất frame
# The concept it teaches, a short phrase in `kit list`.
exercise-20-topic = cancel safety trong vòng lặp select!: giữ lại lần đọc còn dang dở (một buffer, một future đã pin, một task)
# `kit hint`: a nudge, not the answer.
exercise-20-hint = Mỗi lần heartbeat thắng trong `select!`, lần đọc frame bị drop. Lần đọc đó đã lấy những gì ra khỏi kết nối rồi, và nó giữ chúng ở đâu? Hãy tìm mục "Cancel safety" trong tài liệu của `AsyncReadExt::read_exact` và `AsyncReadExt::read_buf`. Các byte nằm trong một buffer sống lâu hơn vòng lặp thì không thể bị drop cùng một future; một future bạn tạo một lần, ở ngoài vòng lặp, cũng vậy.
# The "why it matters" line of the check `every_frame_arrives_intact` (behaviour).
exercise-20-check-every-frame-arrives-intact = select! drop future thua cuộc: một lần đọc bị cancel giữa chừng làm mất các byte nó đã lấy
# The "why it matters" line of the check `each_frame_is_delivered_as_soon_as_it_is_complete` (timing).
exercise-20-check-each-frame-is-delivered-as-soon-as-it-is-complete = một bộ đọc cancel safe vẫn giao mỗi frame ngay khi byte cuối cùng của nó tới
# The "why it matters" line of the check `the_heartbeat_keeps_its_rhythm` (timing).
exercise-20-check-the-heartbeat-keeps-its-rhythm = heartbeat phải giữ đúng nhịp trong lúc một frame chậm đang tới: việc đọc và việc tick cùng chờ song song
# The "why it matters" line of the check `a_connection_cut_mid_frame_is_an_error` (behaviour).
exercise-20-check-a-connection-cut-mid-frame-is-an-error = các byte còn sót lại khi stream kết thúc là một frame bị cắt cụt, không phải một kết thúc gọn gàng

## exercise-21: Waiting for the migrations without looking every 100 ms

# The exercise's title, one line in `kit list`.
exercise-21-title = Chờ migration xong mà không phải 100 ms lại ngó một lần
# The concept it teaches, a short phrase in `kit list`.
exercise-21-topic = busy waiting và được báo (asyncio.Event): watch và Notify
# `kit hint`: a nudge, not the answer.
exercise-21-hint = Không cách nào làm một vòng lặp ngủ-rồi-kiểm-tra vừa phản ứng nhanh vừa rẻ: sleep ngắn thì thức dậy thường xuyên, sleep dài thì nhận ra muộn. Thay vì để các handler hỏi “xong chưa?”, hãy để `mark_done` báo cho chúng. Python có `asyncio.Event` cho việc này. Trong `tokio::sync`, hãy tìm một channel giữ một giá trị và cho phép bên nhận chờ cho đến khi giá trị đúng như nó muốn, hoặc tìm một lời báo trơn (và đọc xem nó làm gì với một task bắt đầu chờ sau khi lời báo đã được gửi đi).
# The "why it matters" line of the check `a_request_after_the_migrations_goes_straight_through` (behaviour).
exercise-21-check-a-request-after-the-migrations-goes-straight-through = một lời báo chỉ đánh thức các task đang chờ sẵn: hãy giữ lại trạng thái cho những ai đến sau
# The "why it matters" line of the check `waiting_requests_resume_the_moment_the_migrations_end` (timing).
exercise-21-check-waiting-requests-resume-the-moment-the-migrations-end = một task thỉnh thoảng mới kiểm tra sẽ nhận ra muộn; một task được báo thì chạy tiếp ngay lập tức
# The "why it matters" line of the check `waiting_lets_the_runtime_sleep` (bound).
exercise-21-check-waiting-lets-the-runtime-sleep = một vòng lặp ngủ-rồi-kiểm-tra đánh thức runtime ở mỗi lần kiểm tra dù chẳng có gì thay đổi, còn kiểm tra thưa hơn thì chỉ khiến nó nhận ra muộn

## exercise-22: Gather what is independent, chain what is not

# The exercise's title, one line in `kit list`.
exercise-22-title = Gom những gì độc lập, nối chuỗi những gì phụ thuộc
# The concept it teaches, a short phrase in `kit list`.
exercise-22-topic = await độc lập (gom chúng lại) và await phụ thuộc (một cursor phân trang), và các chuỗi chạy song song nhau
# `kit hint`: a nudge, not the answer.
exercise-22-hint = Hãy nhìn từng vòng lặp và hỏi: lượt này cần gì mà chỉ lượt trước mới đưa được? Một request lấy profile cần một id, thứ bạn đã có sẵn; một request lấy trang cần một cursor, thứ mà chỉ trang trước mới đưa được cho bạn. Một vòng lặp có thể cho mọi request của nó chạy cùng lúc; vòng kia thì không, và không combinator nào thay đổi được điều đó. Sau đó hãy hỏi cùng câu ấy về hai vòng lặp: chuỗi trang có cần đến các profile không? Hãy xem `tokio::try_join!`.
# The "why it matters" line of the check `the_report_has_every_customer_and_invoice` (behaviour).
exercise-22-check-the-report-has-every-customer-and-invoice = mọi profile theo đúng thứ tự được hỏi, mọi hoá đơn theo đúng thứ tự trang
# The "why it matters" line of the check `a_failed_request_is_reported` (behaviour).
exercise-22-check-a-failed-request-is-reported = một profile bị lỗi hay một trang bị lỗi đều là lỗi của báo cáo
# The "why it matters" line of the check `the_profiles_are_fetched_together` (bound).
exercise-22-check-the-profiles-are-fetched-together = các request không cần gì từ nhau thì đều có thể chạy cùng lúc
# The "why it matters" line of the check `the_pages_follow_the_cursor_chain` (bound).
exercise-22-check-the-pages-follow-the-cursor-chain = một request cần cursor từ câu trả lời trước thì không thể bắt đầu trước câu trả lời đó
# The "why it matters" line of the check `the_report_takes_as_long_as_the_page_chain` (timing).
exercise-22-check-the-report-takes-as-long-as-the-page-chain = một chuỗi tuần tự vẫn chạy song song với các việc độc lập: báo cáo mất đúng 1,0 giây của chuỗi

## The source policy: what a learner's src/ may not use
##
## $name (text): what was found: a path as kit found it (`tokio::time::advance`), or one of
##   the policy-construct-... phrases below, in this language

policy-clock-control-problem = `{ $name }` điều khiển đồng hồ của tokio từ src/
policy-clock-control-why = các test chấm điểm đo code của bạn trên đồng hồ tạm dừng của tokio; code tự tạm dừng, tự chỉnh hay tự cho chạy lại đồng hồ đó là làm giả thời gian mà mục kiểm tra đo, và ngoài runtime của test các hàm này sẽ panic
policy-clock-control-help = hãy chờ thời gian trôi bằng `tokio::time::sleep`, `sleep_until` hoặc `interval`, và để runtime lo chuyện đồng hồ

policy-process-exit-problem = `{ $name }` kết thúc cả process từ src/
policy-process-exit-why = một hàm thư viện kết thúc process sẽ kéo caller của nó chết theo, và ở đây nó dừng test chấm điểm trước khi test kịp báo kết quả, nên mục kiểm tra thất bại
policy-process-exit-help = hãy trả về một lỗi (`Result`) và để caller quyết định phải làm gì với nó

policy-outside-world-problem = `{ $name }` truy cập ra bên ngoài code của bạn từ src/
policy-outside-world-why = code của một bài tập nhận mọi thứ nó cần qua các tham số của hàm; code đọc file (kể cả bộ nhớ và dòng lệnh của chính process của nó), khởi chạy chương trình khác hay xem mình được khởi chạy ra sao có thể biết được mục kiểm tra nào đang chạy nó, thậm chí làm giả kết quả của mục kiểm tra đó
policy-outside-world-help = hãy chỉ làm việc với các tham số và service mà hàm được nhận: không bài tập nào cần đến file, chương trình khác hay môi trường của process

policy-macro-built-path-problem = một macro dựng một đường dẫn vào `{ $name }` từ một biến của macro
policy-macro-built-path-why = kit không thể biết một đường dẫn như vậy gọi hàm nào, và `{ $name }` chứa những hàm mà src/ không được dùng
policy-macro-built-path-help = hãy viết đầy đủ đường dẫn của hàm bạn gọi

policy-linker-attribute-problem = `#[{ $name }]` thay đổi những gì linker nhìn thấy
policy-linker-attribute-why = các attribute này có thể thay thế hoặc móc vào các symbol của chương trình chạy test chấm điểm; không bài tập nào cần đến chúng
policy-linker-attribute-help = hãy bỏ attribute đó đi: các item Rust bình thường là đủ cho mọi bài tập

policy-caller-attribute-problem = `#[{ $name }]` chuyển vị trí của caller vào cho code bên trong
policy-caller-attribute-why = các service mô phỏng chỉ cho các test chấm điểm xem bộ đếm của chúng, và nhận ra test qua chỗ chúng được gọi; `#[track_caller]` cho phép src/ lấy vị trí của một test làm vị trí của chính mình
policy-caller-attribute-help = hãy bỏ attribute đó đi: các hàm của một bài tập không bao giờ cần biết vị trí của caller

policy-unsafe-problem = { $name } trong src/
policy-unsafe-why = code unsafe có thể phá vỡ những bảo đảm mà các test chấm điểm dựa vào, và không bài tập nào cần đến nó: bài nào cũng giải được bằng các API an toàn của tokio và std
policy-unsafe-help = hãy bỏ code unsafe đi và dùng API an toàn làm được việc đó

policy-hidden-source-problem = { $name } đưa vào code mà kit không kiểm tra được
policy-hidden-source-why = kit kiểm tra các file nằm dưới src/; code được include từ nơi khác sẽ lọt ra ngoài việc kiểm tra đó
policy-hidden-source-help = hãy đặt mỗi module trong một file dưới src/ và khai báo nó bằng một dòng `mod name;` bình thường

policy-unreadable-problem = kit không đọc được file này: { $name }
policy-unreadable-why = một file kit không parse được là một file kit không kiểm tra được, nên nó không thể được tính vào điểm
policy-unreadable-help = hãy làm cho file thành Rust hợp lệ (cargo build sẽ chỉ ra chỗ chưa hợp lệ)

## What the rules above name as $name when they find a construct rather than a path
policy-construct-unsafe-block = một khối `unsafe`
policy-construct-unsafe-fn = một `unsafe fn`
policy-construct-unsafe-impl = một `unsafe impl`
policy-construct-unsafe-trait = một `unsafe trait`
policy-construct-unsafe-mod = một `unsafe mod`
policy-construct-unsafe-attribute = một attribute `unsafe(..)`
policy-construct-extern-block = một khối `extern`
policy-construct-path-attribute = một attribute `#[path]`
