### kit's own messages: the grade report, `kit list`, `kit hint`, `kit reset`, `kit watch`,
### `kit verify`, progress lines and errors. Messages start lowercase and end without a period.
### Text between backticks is a command, a file or Rust code: keep it as it is.
###
### Arguments: a `(number)` selects plural forms; a `(duration)` is already rendered by the
### `seconds` message of harness.ftl ("10 s"); a `(text)` is shown as it is (a path, an
### exercise id such as `exercise-01`, a check's name, an error's own text).

## Errors (kit stops with exit code 2)

# The first line of every error.
# $message (text): what is wrong, one of the error-... messages below (or, rarely, an error
#   of the system or of Rust, in English)
error-line = lỗi: { $message }
# The line under a message that says what to do.
# $help (text): the advice
help-line = cách sửa: { $help }

# A file operation failed.
# $action (text): the operation, one of the keys below
# $path (text): the file or folder
# $error (text): the system's own error text (English)
error-io = không thể { $action ->
        [read] đọc
        [write] ghi
        [create] tạo
        [remove] xoá
        [find] tìm thấy
        [lock] khoá
        [open] mở
        [run] chạy
        [wait-for] chờ
        [back-up] sao lưu
       *[other] { $action }
    } { $path }: { $error }

# $code (text): the language asked for
# $source (text): where it was asked for: `--lang` or `KIT_LANG`
error-unknown-language = kit không biết ngôn ngữ `{ $code }` (được yêu cầu qua { $source })
# $codes (text): the codes kit speaks, `en, vi, uk`
error-unknown-language-help = hãy chọn một trong các ngôn ngữ kit biết: { $codes }

# $error (text): the system's own error text (English)
error-current-folder = không thể đọc thư mục hiện tại: { $error }
# $seconds (text): the value given
error-time-limit = --time-limit { $seconds } không phải là một số giây dương
error-every-exercise-done = bạn đã làm xong mọi bài tập
error-every-exercise-done-help = nêu tên một bài tập để chấm lại bài đó, hoặc thêm --all
# $path (text): the exercise list's path
error-no-exercise = { $path } chưa có bài tập nào
error-no-exercise-help = thêm một bảng [[exercises]] (xem exercises/AUTHORING.md)
# $id (text): the exercise id
error-not-embedded = file thực thi kit này không có bản sao của `{ $id }`: nó được build trước khi bài tập ấy ra đời
error-not-embedded-help = build lại kit (`cargo build -p kit`) để nó chứa các bài tập hiện tại
# $query (text): what the learner typed
error-no-such-exercise = không có bài tập `{ $query }`
# $id (text): the closest exercise's id
# $slug (text): its slug
error-no-such-exercise-did-you-mean = ý bạn là `{ $id }` ({ $slug })? `kit list` liệt kê mọi bài tập
error-no-such-exercise-help = `kit list` liệt kê mọi bài tập
# $root (text): the folder given
error-not-a-kit-root = { $root } không phải thư mục gốc của kit: trong đó không có exercises/info.toml
error-not-a-kit-root-help = truyền --root (hoặc đặt KIT_ROOT) là thư mục chứa exercises/info.toml
# $start (text): the folder kit started from
error-no-kit-root = không tìm thấy exercises/info.toml trong { $start } hay bất kỳ thư mục cha nào của nó
error-no-kit-root-help = chạy kit bên trong bản checkout của bộ bài tập, hoặc truyền --root DIR
# $path (text): the progress file
error-progress-damaged-help = file tiến độ bị hỏng; hãy xoá { $path } để bắt đầu lại danh sách tiến độ từ đầu
# $program (text): the cargo command tried
error-cargo-not-found = không tìm thấy cargo (đã thử `{ $program }`)
error-cargo-not-found-help = cài Rust bằng rustup (https://rustup.rs), hoặc đặt biến CARGO là đường dẫn tới cargo
# $program (text): the cargo command
# $error (text): the system's own error text (English)
error-cargo-cannot-run = không thể chạy `{ $program }`: { $error }
# $error (text): the system's own error text (English)
error-cargo-unfinished = cargo không chạy xong: { $error }
# $error (text): the system's own error text (English)
error-watch-files = không thể theo dõi các file: { $error }
# $path (text): the folder
# $error (text): the system's own error text (English)
error-watch-folder = không thể theo dõi { $path }: { $error }
error-watcher-stopped = bộ theo dõi file đã dừng
# $path (text): the package folder
# $error (text): asynclint's own error text (English)
error-lint-failed = asynclint không kiểm tra được { $path }: { $error }
# $error (text): the system's own error text (English)
error-no-random = hệ thống không cấp được byte ngẫu nhiên nào: { $error }

## Progress lines (on stderr)

# $exercises (text): the exercise ids, joined by ", "
progress-building = đang build { $exercises }...
# $count (number): how many exercises
progress-building-verify = đang build { $count } code khởi đầu và lời giải...
# $check (text): the check's name
# $elapsed (duration): how long it has run
# $limit (duration): when kit stops it
progress-still-running = `{ $check }` vẫn đang chạy sau { $elapsed } (kit sẽ dừng nó ở mốc { $limit })
# $path (text): the grading folder
progress-waiting-for-lock = đang chờ một kit khác chấm điểm xong trong { $path }...

## kit list

# $score (number): points scored
# $max (number): points possible
list-done = xong { $score }/{ $max }
# $score (number): points scored the last time
# $max (number): points possible
list-pending-scored = chưa xong (lần trước { $score }/{ $max })
list-pending = chưa xong
# $done (number): exercises done
# $total (number): exercises in the kit
# $percent (number): done, in percent
list-progress = tiến độ: đã xong { $done }/{ $total } bài tập ({ $percent }%)
# $id (text): the next exercise's id
# $slug (text): its slug
list-next = bài tiếp theo: `kit grade { $id }` ({ $slug })

## kit hint
##
## The hint itself is the exercise's `exercise-NN-hint` (exercises.ftl).

# $hint (text): the exercise's hint
hint-hint = gợi ý: { $hint }
# $readme (text): the README's path (README.vi.md, README.uk.md where the exercise has one)
hint-concept = khái niệm:    { $readme }
# $seed (text): the seed documents' section (in the seeds' own languages)
hint-seed = tài liệu gốc: { $seed }

## kit reset

# $id (text): the exercise id
# $files (number): files restored
reset-restored = đã khôi phục { $id } về như ban đầu ({ $files } file)
# $path (text): the backup folder
reset-backup = code trước đó của bạn được lưu trong { $path }

## kit watch
##
## The keys (q, h, n, Enter) are what the learner types: keep them.

# $id (text): the exercise id
watch-grading = đang chấm { $id }...
# $id (text): the exercise id
watch-passed = { $id } đã đạt: gõ n + Enter để sang bài tập tiếp theo
# $id (text): the exercise id
watch-watching = đang theo dõi các thay đổi của { $id } (q + Enter để thoát, h để xem gợi ý, Enter để chấm lại)
# $id (text): the exercise id
watch-last-exercise = { $id } là bài tập cuối cùng

## The grade report

# After the exercise's title, when the reference solution was graded.
report-reference-solution = (lời giải mẫu)
# $path (text): the graded src/ folder
report-graded = đã chấm: { $path }
# $reason (text): why (one of the not-graded-... messages)
report-cannot-grade = kit không chấm được bài tập này: { $reason }
# $id (text): the exercise id
report-cannot-grade-help = hãy tạo lại hoặc sửa lại phần nêu ở trên, hoặc chạy `kit reset { $id }` để khôi phục bài tập (các file của bạn được sao lưu trước)
report-policy-header = src/ của bạn dùng những thứ mà việc chấm điểm không cho phép, nên không mục kiểm tra nào được chạy:
report-policy-why = vì sao: { $why }
report-compile-errors-header = code của bạn không biên dịch được, nên không mục kiểm tra nào chạy được:
# The verdict column; keep each short (at most 9 characters).
verdict-pass = ĐẠT
verdict-fail = KHÔNG ĐẠT
verdict-hung = BỊ TREO
verdict-missing = THIẾU
verdict-not-built = CHƯA CHẠY
# The kind column (timing, bound, stall, lint, behaviour).
kind-timing = thời gian
kind-bound = giới hạn
kind-stall = stall
kind-lint = lint
kind-behaviour = hành vi
# $teaches (text): the check's "why it matters" line (exercise-NN-check-...)
report-why-it-matters = vì sao quan trọng: { $teaches }
report-output-header = output của mục kiểm tra (các dòng cuối):
report-lint-header = asynclint còn tìm thấy (không tính điểm, nhưng nên sửa):
# $path (text): the symlink's path
report-symlink-note = lưu ý: { $path } là một symlink; kit chỉ chấm các file thường
# $files (text): the changed files, joined by ", "
# $id (text): the exercise id
report-edited-note = lưu ý: kit chấm bằng bản sao riêng của nó cho các file của bài tập; những thay đổi của bạn ở { $files } không được dùng đến (`kit reset { $id }` khôi phục chúng)
report-passed = đạt
report-not-passed = chưa đạt
# $score (number): points scored
# $max (number): points possible
# $verdict (text): report-passed or report-not-passed
report-score = điểm: { $score }/{ $max } · { $verdict }
# $id (text): the exercise id
report-fix-help = làm cho các mục kiểm tra ở trên đạt, lưu lại, rồi chạy lại `kit grade { $id }`; cần gợi ý thì chạy `kit hint { $id }`
# After `kit grade --all`.
# $passed (number): exercises passed
# $failed (number): exercises not passed
report-all-total = kết quả chấm: { $passed } bài đạt, { $failed } bài chưa đạt

## kit verify (run by CI and by authors: every starter fails as documented, every solution
## passes)

# The status column of a verified exercise; keep it short (at most 4 characters).
verify-ok = ok
# $dir (text): the exercise folder's name
verify-unlisted = { $dir } không có trong exercises/info.toml, nên không bao giờ được chấm hay verify
# $dir (text): the exercise folder's name
verify-unverified = { $dir } chưa được verify
# $errors (text): the first lines of cargo's errors
verify-starter-does-not-compile = code khởi đầu không biên dịch được; nó phải biên dịch được và thất bại đúng vì lý do đã ghi trong tài liệu:
    { $errors }
# $check (text): the check's name
# $kind (text): its kind (a kind-... message)
# $documented (text): the kinds the starter may fail, a verify-list-or
# $status (text): what the check said
verify-starter-fails-undocumented = code khởi đầu không qua `{ $check }`, một mục kiểm tra loại { $kind }, nhưng starter_fails chỉ ghi { $documented }: { $status }
# $documented (text): the kinds the starter should fail, a verify-list-or
verify-starter-passes = code khởi đầu qua được mọi mục kiểm tra: nó phải trượt một mục loại { $documented } thì mới dạy được điều gì
# $exercise (text): the exercise's id
# $listed (text): the kind as info.toml spells it
# $kind (text): the same kind (a kind-... message)
# $checks (number): how many checks of that kind the exercise has
verify-starter-listed-kind-passes = { $exercise }: starter_fails ghi `{ $listed }` nhưng code khởi đầu qua { $checks ->
        [1] mục kiểm tra loại { $kind }
       *[other] cả { $checks } mục kiểm tra loại { $kind }
    }: hoặc code khởi đầu không còn mắc lỗi đó, hoặc mục kiểm tra không còn bắt được lỗi đó
# $failed (text): the kinds failed, a verify-list-and
# $score (number): points scored
# $max (number): points possible
verify-starter-ok = code khởi đầu trượt các mục loại { $failed }, đúng như tài liệu ghi ({ $score }/{ $max })
# $errors (text): the first lines of cargo's errors
verify-solution-does-not-compile = lời giải không biên dịch được:
    { $errors }
# $check (text): the check's name
# $kind (text): its kind (a kind-... message)
# $status (text): what the check said
verify-solution-fails = lời giải không qua `{ $check }` ({ $kind }): { $status }
# $findings (number): asynclint's findings
# $rendered (text): asynclint's findings (English, as asynclint prints them)
verify-solution-not-clean = asynclint tìm thấy { $findings } vấn đề trong lời giải, trong khi lời giải phải sạch:
    { $rendered }
# $score (number): points scored
# $max (number): points possible
verify-solution-ok = lời giải đạt { $score }/{ $max }, asynclint không tìm thấy gì
# $dir (text): the exercise folder
verify-no-readme = { $dir }/README.md không có hoặc bị trống
# $dir (text): the exercise folder
verify-no-tests = thiếu { $dir }/tests/grade.rs
# $dir (text): the exercise folder
verify-no-todo = không có dấu `// TODO:` nào trong { $dir }/src: người học phải thấy được chỗ cần sửa
# $dir (text): the solution folder
verify-no-solution = thiếu { $dir }/src: bài tập nào cũng cần một lời giải
# $check (text): the check's name
verify-check-without-test = info.toml liệt kê mục kiểm tra `{ $check }` nhưng tests/grade.rs không có test nào như vậy
# $test (text): the test's name
verify-test-without-check = tests/grade.rs có test `{ $test }` mà info.toml không liệt kê là một mục kiểm tra
verify-stale-starter = bản sao code khởi đầu trong file thực thi kit này khác với các file trên đĩa, nên `kit reset` sẽ khôi phục bản cũ; hãy touch exercises/info.toml rồi build lại kit
# $side (text): `starter` or `solution` (kept in English: the folder's role)
# $problems (number): how many problems
verify-problems = { $side }: { $problems } vấn đề
# $side (text): `starter` or `solution`
# $problem (text): the problem's first line
verify-problem = { $side }: { $problem }
# $warning (text): the warning
verify-warning = cảnh báo: { $warning }
# $passed (number): sides that passed (each exercise has two: starter and solution)
# $failed (number): sides that failed
verify-total = verify: { $passed } đạt, { $failed } không đạt
# $limit (duration): the time limit
verify-hung = bị treo (đã bị kill sau { $limit })
verify-no-such-test = tests/grade.rs không có test này
verify-did-not-compile = không biên dịch được
# A list of check kinds: "timing, bound and stall".
# $items (text): every kind but the last, joined by ", "
# $last (text): the last kind
verify-list-and = { $items } và { $last }
# A list of check kinds: "timing or bound".
# $items (text): every kind but the last, joined by ", "
# $last (text): the last kind
verify-list-or = { $items } hoặc { $last }

## Why a check did not pass

# $name (text): the test's name
failure-missing-test = tests/grade.rs không có test nào tên `{ $name }`: metadata của bài tập đã lỗi thời
failure-not-compiled = không chạy: code không biên dịch được
# $reason (text): why (a not-graded-... message)
failure-not-run = không chạy: { $reason }
# $violations (text): the violations, one per line
failure-not-run-policy = không chạy: src/ của bạn dùng những thứ mà việc chấm điểm không cho phép
    { $violations }
failure-binary-changed = file thực thi của test đã thay đổi sau khi kit build nó: có thứ gì đó trong code của bạn đã ghi vào thư mục build của kit, nên kit không thể tin lần chạy này
# $limit (duration): the time limit
hang-killed = mục kiểm tra vẫn đang chạy sau { $limit } thời gian thực, nên kit đã dừng nó
# $cause (text): one of the hang-cause-... messages
hang-usually = thường là do: { $cause }
hang-cause-paused = trên đồng hồ tạm dừng của tokio, thời gian mô phỏng chỉ nhảy tới khi mọi task đều đang chờ một timer hoặc I/O: một vòng lặp không bao giờ await (một vòng lặp bận, `std::thread::sleep`, một lần `recv` hay lock kiểu blocking) làm đồng hồ đó đứng yên mãi mãi, và một task chờ một thứ không bao giờ đến (một channel không ai gửi vào, một lock do chính task đang chờ giữ) cũng vậy
hang-cause-real = có thứ không bao giờ xong: một blocking call hoặc một vòng lặp không bao giờ await giữ chặt thread duy nhất của runtime, hoặc một task chờ một thứ không bao giờ đến
hang-cause-other = có thứ không bao giờ xong: một deadlock, một lần chờ thứ không bao giờ đến, hoặc một vòng lặp không bao giờ kết thúc

## A check's own record (what the grading test said)

# A panic in the learner's code.
# $location (text): file:line:column
# $message (text): the panic's message, as the code or Rust wrote it
record-your-code-panicked = code của bạn bị panic tại { $location }: { $message }
# $why (text): why it matters (the check's message)
record-why = vì sao: { $why }
# $help (text): what to do (the check's message)
record-help = cách sửa: { $help }
# $id (text): the exercise id
record-see-hint = xem gợi ý: `kit hint { $id }`
record-no-reason = mục kiểm tra thất bại mà không cho biết lý do

## A check that ended without a trustworthy verdict

# $what (text): one of the record-forged-... phrases
record-forged = file kết quả của kit cho mục kiểm tra này chứa { $what ->
        [line] một dòng
        [other-check] bản ghi của một mục kiểm tra khác
        [second-verdict] một kết quả thứ hai
       *[record] một bản ghi
    } mà mục kiểm tra của kit không hề viết: có thứ gì đó trong code của bạn đã ghi vào file này, nên kit không thể tin lần chạy này
# $how (text): how the process ended (an exit-... message)
exit-before-start = process của test { $how } trước khi mục kiểm tra bắt đầu
exit-zero-before-finish = process đã thoát trước khi mục kiểm tra chạy xong (mã thoát 0): code của bạn có gọi `std::process::exit` không?
# $how (text): how the process ended (an exit-... message)
exit-before-finish = process { $how } trước khi mục kiểm tra chạy xong
# $code (number): the exit code
exit-code = đã thoát với mã { $code }
exit-aborted = đã bị abort (tràn stack, `std::process::abort`, hoặc một panic xảy ra ngay trong lúc đang panic)
exit-sigkill = đã bị kill (SIGKILL)
exit-segfault = đã crash (segmentation fault)
# $signal (number): the signal's number
exit-signal = đã bị kill bởi signal { $signal }
# $status (text): the system's description
exit-other = đã kết thúc ({ $status })

## Why an exercise could not be graded at all

# $path (text): the src/ folder
not-graded-missing-src = thiếu thư mục { $path }/ của bạn
# $path (text): the src/ folder
# $files (number): the most files kit reads
# $mib (number): the most MiB kit reads
not-graded-too-big = { $path }/ của bạn chứa hơn { $files } file hoặc hơn { $mib } MiB: kit chấm source code, không chấm dữ liệu
# $path (text): the file
# $error (text): the system's own error text (English)
not-graded-unreadable = không thể đọc { $path }: { $error }
# $path (text): the src/ folder
not-graded-no-lib = thiếu { $path }/lib.rs của bạn: đó là file kit chấm
# $path (text): the missing file
# $id (text): the exercise id
not-graded-missing-file = thiếu { $path } của bạn (code khởi đầu có file này; `kit reset { $id }` khôi phục bài tập)

## The lint check

lint-teaches = asynclint kiểm tra src/ để tìm những cái bẫy async mà test không nhìn thấy được
