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
error-line = помилка: { $message }
# The line under a message that says what to do.
# $help (text): the advice
help-line = порада: { $help }

# A file operation failed.
# $action (text): the operation, one of the keys below
# $path (text): the file or folder
# $error (text): the system's own error text (English)
error-io = не вдалося { $action ->
        [read] прочитати
        [write] записати
        [create] створити
        [remove] видалити
        [find] знайти
        [lock] заблокувати
        [open] відкрити
        [run] запустити
        [wait-for] дочекатися
        [back-up] зберегти резервну копію
       *[other] { $action }
    } { $path }: { $error }

# $code (text): the language asked for
# $source (text): where it was asked for: `--lang` or `KIT_LANG`
error-unknown-language = kit не знає мови `{ $code }` (її задано через { $source })
# $codes (text): the codes kit speaks, `en, vi, uk`
error-unknown-language-help = kit знає такі мови: { $codes }

# $error (text): the system's own error text (English)
error-current-folder = не вдалося прочитати поточну теку: { $error }
# $seconds (text): the value given
error-time-limit = --time-limit { $seconds } — це не додатна кількість секунд
error-every-exercise-done = усі вправи вже виконано
error-every-exercise-done-help = назвіть вправу, щоб оцінити її ще раз, або додайте --all
# $path (text): the exercise list's path
error-no-exercise = у { $path } ще немає жодної вправи
error-no-exercise-help = додайте таблицю [[exercises]] (див. exercises/AUTHORING.md)
# $id (text): the exercise id
error-not-embedded = цей бінарний файл kit не містить копії `{ $id }`: його зібрано ще до того, як з'явилася ця вправа
error-not-embedded-help = перезберіть kit (`cargo build -p kit`), щоб він містив поточні вправи
# $query (text): what the learner typed
error-no-such-exercise = вправи `{ $query }` не існує
# $id (text): the closest exercise's id
# $slug (text): its slug
error-no-such-exercise-did-you-mean = можливо, ви мали на увазі `{ $id }` ({ $slug })? `kit list` показує всі вправи
error-no-such-exercise-help = `kit list` показує всі вправи
# $root (text): the folder given
error-not-a-kit-root = { $root } — не коренева тека kit: у ній немає exercises/info.toml
error-not-a-kit-root-help = вкажіть у --root (або в змінній KIT_ROOT) теку, що містить exercises/info.toml
# $start (text): the folder kit started from
error-no-kit-root = exercises/info.toml немає ні в { $start }, ні в жодній із батьківських тек
error-no-kit-root-help = запускайте kit у робочій копії набору вправ або вкажіть --root DIR
# $path (text): the progress file
error-progress-damaged-help = файл прогресу пошкоджено; видаліть { $path }, щоб почати облік прогресу з нуля
# $program (text): the cargo command tried
error-cargo-not-found = cargo не знайдено (kit пробував запустити `{ $program }`)
error-cargo-not-found-help = встановіть Rust через rustup (https://rustup.rs) або вкажіть шлях до cargo у змінній CARGO
# $program (text): the cargo command
# $error (text): the system's own error text (English)
error-cargo-cannot-run = не вдалося запустити `{ $program }`: { $error }
# $error (text): the system's own error text (English)
error-cargo-unfinished = cargo не завершив роботу: { $error }
# $error (text): the system's own error text (English)
error-watch-files = не вдалося стежити за файлами: { $error }
# $path (text): the folder
# $error (text): the system's own error text (English)
error-watch-folder = не вдалося стежити за { $path }: { $error }
error-watcher-stopped = стеження за файлами припинилося
# $path (text): the package folder
# $error (text): asynclint's own error text (English)
error-lint-failed = asynclint не зміг перевірити { $path }: { $error }
# $error (text): the system's own error text (English)
error-no-random = система не надала випадкових байтів: { $error }

## Progress lines (on stderr)

# $exercises (text): the exercise ids, joined by ", "
progress-building = збирання: { $exercises }...
# $count (number): how many exercises
progress-building-verify = збирання початкового коду й розв'язків ({ $count } { $count ->
        [one] вправа
        [few] вправи
       *[other] вправ
    })...
# $check (text): the check's name
# $elapsed (duration): how long it has run
# $limit (duration): when kit stops it
progress-still-running = перевірка `{ $check }` виконується вже { $elapsed } (kit зупинить її, коли мине { $limit })
# $path (text): the grading folder
progress-waiting-for-lock = інший kit зараз оцінює вправу в { $path }, чекаємо, доки він завершить...

## kit list

# $score (number): points scored
# $max (number): points possible
list-done = виконано { $score }/{ $max }
# $score (number): points scored the last time
# $max (number): points possible
list-pending-scored = ще не виконано (востаннє { $score }/{ $max })
list-pending = ще не виконано
# $done (number): exercises done
# $total (number): exercises in the kit
# $percent (number): done, in percent
list-progress = прогрес: виконано { $done } з { $total } { $total ->
        [one] вправи
       *[other] вправ
    } ({ $percent }%)
# $id (text): the next exercise's id
# $slug (text): its slug
list-next = далі: `kit grade { $id }` ({ $slug })

## kit hint
##
## The hint itself is the exercise's `exercise-NN-hint` (exercises.ftl).

# $hint (text): the exercise's hint
hint-hint = підказка: { $hint }
# $readme (text): the README's path (README.vi.md, README.uk.md where the exercise has one)
hint-concept = пояснення: { $readme }
# $seed (text): the seed documents' section (in the seeds' own languages)
hint-seed = нотатки:   { $seed }

## kit reset

# $id (text): the exercise id
# $files (number): files restored
reset-restored = вправу { $id } відновлено в початковому вигляді ({ $files } { $files ->
        [one] файл
        [few] файли
       *[other] файлів
    })
# $path (text): the backup folder
reset-backup = ваш попередній код збережено в { $path }

## kit watch
##
## The keys (q, h, n, Enter) are what the learner types: keep them.

# $id (text): the exercise id
watch-grading = оцінювання { $id }...
# $id (text): the exercise id
watch-passed = { $id } пройдено: введіть n + Enter, щоб перейти до наступної вправи
# $id (text): the exercise id
watch-watching = стежу за змінами в { $id } (q + Enter — вийти, h — підказка, Enter — оцінити ще раз)
# $id (text): the exercise id
watch-last-exercise = { $id } — остання вправа

## The grade report

# After the exercise's title, when the reference solution was graded.
report-reference-solution = (еталонний розв'язок)
# $path (text): the graded src/ folder
report-graded = оцінено: { $path }
# $reason (text): why (one of the not-graded-... messages)
report-cannot-grade = kit не може оцінити цю вправу: { $reason }
# $id (text): the exercise id
report-cannot-grade-help = створіть її знову або виконайте `kit reset { $id }`, щоб відновити вправу (kit спершу збереже резервну копію ваших файлів)
report-policy-header = ваш src/ використовує те, чого оцінювання не дозволяє, тому жодна перевірка не запускалася:
report-policy-why = чому: { $why }
report-compile-errors-header = ваш код не компілюється, тому жодна перевірка не змогла запуститися:
# The verdict column; keep each short (at most 9 characters).
verdict-pass = ПРОЙДЕНО
verdict-fail = ПРОВАЛЕНО
verdict-hung = ЗАВИСЛА
verdict-missing = НЕМАЄ
verdict-not-built = ПРОПУЩЕНО
# The kind column (timing, bound, stall, lint, behaviour).
kind-timing = час
kind-bound = лічильник
kind-stall = зависання
kind-lint = лінтер
kind-behaviour = поведінка
# $teaches (text): the check's "why it matters" line (exercise-NN-check-...)
report-why-it-matters = чому це важливо: { $teaches }
report-output-header = вивід перевірки (останні рядки):
report-lint-header = asynclint також дещо знайшов (балів за це не знімають, але виправити варто):
# $path (text): the symlink's path
report-symlink-note = примітка: { $path } — символьне посилання; kit оцінює лише звичайні файли
# $files (text): the changed files, joined by ", "
# $id (text): the exercise id
report-edited-note = примітка: kit оцінює з власною копією файлів вправи, тож ваші зміни в { $files } не враховано (`kit reset { $id }` відновлює ці файли)
report-passed = пройдено
report-not-passed = ще не пройдено
# $score (number): points scored
# $max (number): points possible
# $verdict (text): report-passed or report-not-passed
report-score = бали: { $score }/{ $max } · { $verdict }
# $id (text): the exercise id
report-fix-help = виправте перевірки вище, збережіть файл і знову запустіть `kit grade { $id }`; `kit hint { $id }` підкаже, куди рухатися
# After `kit grade --all`.
# $passed (number): exercises passed
# $failed (number): exercises not passed
report-all-total = оцінювання: пройдено { $passed }, не пройдено { $failed }

## kit verify (run by CI and by authors: every starter fails as documented, every solution
## passes)

# The status column of a verified exercise; keep it short (at most 4 characters).
verify-ok = ок
# $dir (text): the exercise folder's name
verify-unlisted = { $dir } немає в exercises/info.toml, тож її ніколи не оцінюють і не перевіряють
# $dir (text): the exercise folder's name
verify-unverified = { $dir } не перевірено
# $errors (text): the first lines of cargo's errors
verify-starter-does-not-compile = початковий код не компілюється, а він має компілюватися й не проходити перевірки із задокументованої причини:
    { $errors }
# $check (text): the check's name
# $kind (text): its kind (a kind-... message)
# $documented (text): the kinds the starter may fail, a verify-list-or
# $status (text): what the check said
verify-starter-fails-undocumented = початковий код не проходить `{ $check }` (вид: { $kind }), хоча starter_fails називає лише { $documented }: { $status }
# $documented (text): the kinds the starter should fail, a verify-list-or
verify-starter-passes = початковий код проходить усі перевірки, а щоб чогось навчити, він має провалити перевірку такого виду: { $documented }
# $exercise (text): the exercise's id
# $listed (text): the kind as info.toml spells it
# $kind (text): the same kind (a kind-... message)
# $checks (number): how many checks of that kind the exercise has
verify-starter-listed-kind-passes = { $exercise }: starter_fails називає `{ $listed }`, але початковий код проходить { $checks ->
        [1] перевірку
       *[other] усі перевірки ({ $checks })
    } цього виду ({ $kind }): або початковий код уже не показує цієї помилки, або перевірка перестала її ловити
# $failed (text): the kinds failed, a verify-list-and
# $score (number): points scored
# $max (number): points possible
verify-starter-ok = початковий код провалює перевірки, як і задокументовано: { $failed } ({ $score }/{ $max })
# $errors (text): the first lines of cargo's errors
verify-solution-does-not-compile = розв'язок не компілюється:
    { $errors }
# $check (text): the check's name
# $kind (text): its kind (a kind-... message)
# $status (text): what the check said
verify-solution-fails = розв'язок не проходить `{ $check }` ({ $kind }): { $status }
# $findings (number): asynclint's findings
# $rendered (text): asynclint's findings (English, as asynclint prints them)
verify-solution-not-clean = asynclint знаходить у розв'язку { $findings } { $findings ->
        [one] проблему
        [few] проблеми
       *[other] проблем
    }, а розв'язок має бути чистим:
    { $rendered }
# $score (number): points scored
# $max (number): points possible
verify-solution-ok = розв'язок набирає { $score }/{ $max }, asynclint нічого не знаходить
# $dir (text): the exercise folder
verify-no-readme = { $dir }/README.md відсутній або порожній
# $dir (text): the exercise folder
verify-no-tests = { $dir }/tests/grade.rs відсутній
# $dir (text): the exercise folder
verify-no-todo = у { $dir }/src немає позначки `// TODO:`, а учень має бачити, що саме редагувати
# $dir (text): the solution folder
verify-no-solution = теки { $dir }/src немає, а кожна вправа потребує розв'язку
# $check (text): the check's name
verify-check-without-test = info.toml містить перевірку `{ $check }`, але в tests/grade.rs немає такого тесту
# $test (text): the test's name
verify-test-without-check = у tests/grade.rs є тест `{ $test }`, якого info.toml не містить серед перевірок
verify-stale-starter = копія початкового коду в цьому бінарному файлі kit відрізняється від файлів на диску, тож `kit reset` відновив би стару версію; оновіть час зміни exercises/info.toml (touch) і перезберіть kit
# $side (text): `starter` or `solution` (kept in English: the folder's role)
# $problems (number): how many problems
verify-problems = { $side }: { $problems } { $problems ->
        [one] проблема
        [few] проблеми
       *[other] проблем
    }
# $side (text): `starter` or `solution`
# $problem (text): the problem's first line
verify-problem = { $side }: { $problem }
# $warning (text): the warning
verify-warning = попередження: { $warning }
# $passed (number): sides that passed (each exercise has two: starter and solution)
# $failed (number): sides that failed
verify-total = перевірка вправ: пройдено { $passed }, не пройдено { $failed }
# $limit (duration): the time limit
verify-hung = зависла (зупинено через { $limit })
verify-no-such-test = у tests/grade.rs немає такого тесту
verify-did-not-compile = не скомпілювалося
# A list of check kinds: "timing, bound and stall".
# $items (text): every kind but the last, joined by ", "
# $last (text): the last kind
verify-list-and = { $items } і { $last }
# A list of check kinds: "timing or bound".
# $items (text): every kind but the last, joined by ", "
# $last (text): the last kind
verify-list-or = { $items } або { $last }

## Why a check did not pass

# $name (text): the test's name
failure-missing-test = у tests/grade.rs немає тесту `{ $name }`: метадані вправи застаріли
failure-not-compiled = не запущено: код не компілюється
# $reason (text): why (a not-graded-... message)
failure-not-run = не запущено: { $reason }
# $violations (text): the violations, one per line
failure-not-run-policy = не запущено: ваш src/ використовує те, чого оцінювання не дозволяє
    { $violations }
failure-binary-changed = тестовий бінарний файл змінився після того, як kit його зібрав: щось у вашому коді записало в теку збирання kit, тож kit не може довіряти цьому запуску
# $limit (duration): the time limit
hang-killed = перевірка все ще виконувалася після { $limit } реального часу, тож kit її зупинив
# $cause (text): one of the hang-cause-... messages
hang-usually = найчастіше причина така: { $cause }
hang-cause-paused = на призупиненому годиннику tokio змодельований час іде вперед лише тоді, коли кожне завдання чекає на таймер або I/O. Цикл, який ніколи не доходить до `.await` (активне очікування, `std::thread::sleep`, блокуючий `recv` чи захоплення блокуючого м'ютекса), зупиняє цей годинник назавжди; так само діє завдання, що чекає на те, чого ніколи не буде (канал, у який ніхто не надсилає, м'ютекс, який утримує саме це завдання)
hang-cause-real = щось ніколи не завершується: блокуючий виклик або цикл без `.await` тримає зайнятим єдиний потік середовища виконання, або завдання чекає на те, чого ніколи не буде
hang-cause-other = щось ніколи не завершується: взаємне блокування (deadlock), очікування того, чого ніколи не буде, або нескінченний цикл

## A check's own record (what the grading test said)

# A panic in the learner's code.
# $location (text): file:line:column
# $message (text): the panic's message, as the code or Rust wrote it
record-your-code-panicked = ваш код запанікував у { $location }: { $message }
# $why (text): why it matters (the check's message)
record-why = чому: { $why }
# $help (text): what to do (the check's message)
record-help = порада: { $help }
# $id (text): the exercise id
record-see-hint = див. підказку: `kit hint { $id }`
record-no-reason = перевірка не пройшла, не пояснивши чому

## A check that ended without a trustworthy verdict

# $what (text): one of the record-forged-... phrases
record-forged = файл вердиктів kit для цієї перевірки містить { $what ->
        [line] рядок
        [other-check] запис іншої перевірки
        [second-verdict] другий вердикт
       *[record] запис
    }, якого перевірка kit не записувала: щось у вашому коді записало туди, тож kit не може довіряти цьому запуску
# $how (text): how the process ended (an exit-... message)
exit-before-start = тестовий процес { $how } ще до початку перевірки
exit-zero-before-finish = процес завершився до кінця перевірки (з кодом 0): може, у вашому коді є `std::process::exit`?
# $how (text): how the process ended (an exit-... message)
exit-before-finish = процес { $how } до кінця перевірки
# $code (number): the exit code
exit-code = завершився з кодом { $code }
exit-aborted = аварійно перервався (переповнення стека, `std::process::abort` або паніка під час паніки)
exit-sigkill = був примусово завершений (SIGKILL)
exit-segfault = аварійно завершився (помилка сегментації)
# $signal (number): the signal's number
exit-signal = був завершений сигналом { $signal }
# $status (text): the system's description
exit-other = завершився ({ $status })

## Why an exercise could not be graded at all

# $path (text): the src/ folder
not-graded-missing-src = вашої теки { $path }/ немає
# $path (text): the src/ folder
# $files (number): the most files kit reads
# $mib (number): the most MiB kit reads
not-graded-too-big = ваша тека { $path }/ містить понад { $files } { $files ->
        [one] файл
        [few] файли
       *[other] файлів
    } або { $mib } МіБ: kit оцінює вихідний код, а не дані
# $path (text): the file
# $error (text): the system's own error text (English)
not-graded-unreadable = не вдалося прочитати { $path }: { $error }
# $path (text): the src/ folder
not-graded-no-lib = вашого файлу { $path }/lib.rs немає, а саме його оцінює kit
# $path (text): the missing file
# $id (text): the exercise id
not-graded-missing-file = вашого файлу { $path } немає (у початковому коді він є; `kit reset { $id }` відновить вправу)

## The lint check

lint-teaches = asynclint перевіряє src/ на асинхронні пастки, яких не бачать тести
