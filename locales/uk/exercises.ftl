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
exercise-01-returns-the-ten-users-in-order-problem = очікувалися користувачі з 1 по 10 у порядку id, а отримано id { $ids }
# returns_the_ten_users_in_order: help
exercise-01-returns-the-ten-users-in-order-help = зберігайте результати в тому порядку, в якому надсилалися запити, хоч би в якому порядку вони завершувалися
# returns_the_ten_users_in_order: help
exercise-01-returns-the-ten-users-in-order-help-2 = отримайте з API кожного з десяти користувачів
# reports_a_failed_request: problem
# $result (text): what the function returned, as Rust prints it (Ok([...]) or Err(...))
exercise-01-reports-a-failed-request-problem = користувача 4 не вдалося отримати, але функція повернула { $result }
# reports_a_failed_request: help
exercise-01-reports-a-failed-request-help = поверніть помилку невдалого запиту, а не приховуйте її
# ten_users_take_half_a_second: what
exercise-01-ten-users-take-half-a-second-what = отримання 10 користувачів
# ten_users_take_half_a_second: too-slow
exercise-01-ten-users-take-half-a-second-too-slow = запити виконувалися один за одним
# ten_users_take_half_a_second: help
exercise-01-ten-users-take-half-a-second-help = спершу створіть усі десять future запитів, а тоді чекайте на них разом (`futures::future::try_join_all`): конкурентний код упорається приблизно за 0,5 с
# all_ten_requests_are_in_flight_together: help
exercise-01-all-ten-requests-are-in-flight-together-help = отримайте кожного з десяти користувачів рівно один раз
# all_ten_requests_are_in_flight_together: help
exercise-01-all-ten-requests-are-in-flight-together-help-2 = `.await` усередині циклу чекає на кожен запит, перш ніж надіслати наступний; спершу зберіть усі future, а тоді чекайте на них разом
# returns_the_ten_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
exercise-01-fetching-failed = не вдалося отримати десятьох користувачів: { $error }

## exercise-02: The audit entry that never happened

# stores_the_order: problem
# $result (text): what `place_order` returned, as Rust prints it (Ok(1), Err(...))
# $orders (text): the rows of the orders table, as Rust prints a list of strings
exercise-02-stores-the-order-problem = оформлення замовлення для alice повернуло { $result }, а в таблиці замовлень лишилося { $orders }
# stores_the_order: help
exercise-02-stores-the-order-help = збережіть замовлення й поверніть id, який дала йому база даних
# the_audit_log_records_the_order: why
exercise-02-the-audit-log-records-the-order-why = виклик асинхронної функції лише створює future, а future, який знищили, не дочекавшись його через `.await`, так ніколи й не виконується
# only: help
exercise-02-the-audit-log-records-the-order-help = дочекайтеся запису аудиту через `.await` (і передайте його помилку далі через `?`)
# placing_an_order_takes_both_writes: what
exercise-02-placing-an-order-takes-both-writes-what = оформлення замовлення
# placing_an_order_takes_both_writes: too-fast
exercise-02-placing-an-order-takes-both-writes-too-fast = два записи по 0,1 с, один за одним, тривають 0,2 с; якщо вийшло швидше, один із записів так і не виконався: future, на який ніхто не чекає, не забирає часу, бо нічого не робить
# placing_an_order_takes_both_writes: too-slow
exercise-02-placing-an-order-takes-both-writes-too-slow = два записи разом мають тривати 0,2 с
# a_failed_audit_write_is_reported: problem
# $result (text): what `place_order` returned, as Rust prints it
exercise-02-a-failed-audit-write-is-reported-problem = запис аудиту не вдався, але `place_order` повернула { $result }
# a_failed_audit_write_is_reported: why
exercise-02-a-failed-audit-write-is-reported-why = помилка всередині future, на який ніхто не чекає, губиться разом із самою роботою
# a_failed_audit_write_is_reported: help
exercise-02-a-failed-audit-write-is-reported-help = дочекайтеся запису аудиту через `.await` і передайте його помилку далі через `?`
# the_audit_log_records_the_order: problem, when the audit log is empty
# $inserts (number): the inserts the database saw
exercise-02-the-audit-log-records-the-order-problem-empty = журнал аудиту порожній, хоча `place_order` уже повернулася; база даних побачила { $inserts } { $inserts ->
        [one] вставку
        [few] вставки
        [many] вставок
       *[other] вставки
    }, тож запис аудиту навіть не почався
# the_audit_log_records_the_order: problem, when the audit log holds something else
# $audit_log (text): the audit log's rows, as Rust prints a list of strings
exercise-02-the-audit-log-records-the-order-problem-wrong = журнал аудиту містить { $audit_log }, а очікувалося ["order 1 placed by alice"]

## exercise-03: Start the task now, await it later

# returns_profile_and_orders: problem
# $dashboard (text): what `build_dashboard` returned, as Rust prints it
exercise-03-returns-profile-and-orders-problem = очікувалися профіль і замовлення користувача 7, а отримано { $dashboard }
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help = отримайте профіль `user_id` і запитайте замовлення того самого користувача
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help-2 = отримайте профіль з API користувачів, один раз
# returns_profile_and_orders: help
exercise-03-returns-profile-and-orders-help-3 = запитайте замовлення з бази даних, один раз
# a_failed_profile_is_reported: problem
# $dashboard (text): what `build_dashboard` returned, as Rust prints it
exercise-03-a-failed-profile-is-reported-problem = запит профілю не вдався, але `build_dashboard` повернула { $dashboard }
# a_failed_profile_is_reported: help
exercise-03-a-failed-profile-is-reported-help = дочекайтеся JoinHandle завдання й передайте помилку запиту далі через `?`
# the_dashboard_takes_as_long_as_the_slowest_call: what
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-what = збирання дашборда
# the_dashboard_takes_as_long_as_the_slowest_call: too-slow
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-too-slow = запит профілю на 0,4 с і запит до бази на 0,3 с виконувалися один за одним (0,7 с)
# the_dashboard_takes_as_long_as_the_slowest_call: help
exercise-03-the-dashboard-takes-as-long-as-the-slowest-call-help = збережіть JoinHandle, виконайте запит до бази, поки завдання працює, і лише потім дочекайтеся JoinHandle: тоді дашборд збирається стільки, скільки триває найповільніший виклик, тобто 0,4 с
# the_query_runs_while_the_profile_loads: problem
# $profile_calls (number): completed profile requests
# $query_calls (number): completed database queries
exercise-03-the-query-runs-while-the-profile-loads-problem = очікувалися один завершений запит профілю й один завершений запит до бази, а завершено запитів профілю: { $profile_calls }, запитів до бази: { $query_calls }
# the_query_runs_while_the_profile_loads: help
exercise-03-the-query-runs-while-the-profile-loads-help = отримайте профіль один раз і запитайте замовлення один раз
# the_query_runs_while_the_profile_loads: problem
# $query_started (duration): when the database query started
# $profile_started (duration): when the profile request started
exercise-03-the-query-runs-while-the-profile-loads-problem-2 = запит до бази даних почався на { $query_started } змодельованого часу, коли запит профілю (що почався на { $profile_started }) уже завершився: на запущене завдання чекали одразу ж
# the_query_runs_while_the_profile_loads: why
exercise-03-the-query-runs-while-the-profile-loads-why = чекати на JoinHandle одразу після `tokio::spawn` — це той самий послідовний виклик, тільки із зайвими кроками: викликаючий код чекає й тим часом нічого не робить
# the_query_runs_while_the_profile_loads: help
exercise-03-the-query-runs-while-the-profile-loads-help-2 = запустіть завдання, виконайте іншу роботу, а тоді дочекайтеся його JoinHandle

## exercise-04: One fails, all stop

# returns_the_whole_team_in_order: problem
# $team (text): what `fetch_team` returned, as Rust prints it
exercise-04-returns-the-whole-team-in-order-problem = очікувалися користувачі з 1 по 10 у порядку id, а отримано { $team }
# returns_the_whole_team_in_order: help
exercise-04-returns-the-whole-team-in-order-help = результати надходять у порядку завершення: відсортуйте їх за id, перш ніж повертати
# returns_the_whole_team_in_order: help
exercise-04-returns-the-whole-team-in-order-help-2 = отримайте з API кожного з десяти користувачів
# returns_the_error_of_the_failed_fetch: problem
# $result (text): what `fetch_team` returned, as Rust prints it
exercise-04-returns-the-error-of-the-failed-fetch-problem = не вдалося отримати користувача 4, але `fetch_team` повернула { $result }
# returns_the_error_of_the_failed_fetch: help
exercise-04-returns-the-error-of-the-failed-fetch-help = передайте першу помилку далі викликаючому коду
# a_failure_is_returned_promptly: what
exercise-04-a-failure-is-returned-promptly-what = повернення помилки користувача 4
# a_failure_is_returned_promptly: too-slow
exercise-04-a-failure-is-returned-promptly-too-slow = запит користувача 4 не вдався через 0,1 с, але викликаючий код дізнався про це лише тоді, коли завершилися запити, на які чекали перед ним
# a_failure_is_returned_promptly: help
exercise-04-a-failure-is-returned-promptly-help = беріть результати в тому порядку, в якому вони завершуються (`JoinSet::join_next`), і повертайтеся на першій помилці: тоді помилка доходить через 0,1 с
# the_other_fetches_are_cancelled: help
exercise-04-the-other-fetches-are-cancelled-help = запускайте запити як завдання в `tokio::task::JoinSet` і повертайтеся на першій помилці: знищення набору перериває (abort) завдання, що в ньому ще лишилися

## exercise-05: Save each report as it arrives

# saves_every_report: problem
# $saved (text): what the function returned, as Rust prints it
# $reports_table (text): the rows of the reports table, as Rust prints a list of strings
exercise-05-saves-every-report-problem = очікувалося, що звіти користувачів з 1 по 5 буде збережено по одному разу, а їхні id повернуто в порядку збереження; отримано { $saved }, а в таблиці звітів рядки { $reports_table }
# saves_every_report: help
exercise-05-saves-every-report-help = збережіть кожен звіт через `db.insert(REPORTS_TABLE, user.name)` і поверніть id у тому порядку, в якому ви їх зберігали
# a_failed_fetch_is_reported: problem
# $saved (text): what the function returned, as Rust prints it
exercise-05-a-failed-fetch-is-reported-problem = не вдалося отримати звіт користувача 3, але функція повернула { $saved }
# a_failed_fetch_is_reported: help
exercise-05-a-failed-fetch-is-reported-help = передайте першу помилку далі викликаючому коду через `?`
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help = отримайте кожен із п'яти звітів один раз
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help-2 = збережіть кожен із п'яти звітів один раз
# each_report_is_saved_when_it_arrives: problem
# $arrivals (list): when each report arrived: durations joined by ", "
# $saves (list): when each report was saved: durations joined by ", "
exercise-05-each-report-is-saved-when-it-arrives-problem = звіти надходили в моменти { $arrivals } змодельованого часу, а зберігалися в моменти { $saves }
# each_report_is_saved_when_it_arrives: why
exercise-05-each-report-is-saved-when-it-arrives-why = якщо чекати на результати в тому порядку, в якому їх подавали, кожен швидкий результат стоїть у черзі за повільним, поданим перед ним: звіт, готовий через 0,1 с, обробляють лише після 1,0 с
# each_report_is_saved_when_it_arrives: help
exercise-05-each-report-is-saved-when-it-arrives-help-3 = беріть результати в порядку завершення (`FuturesUnordered` і `next()` або `JoinSet` і `join_next()`) і зберігайте кожен, щойно його отримали
# the_import_takes_the_slowest_fetch_plus_one_save: what
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-what = отримання й збереження п'яти звітів
# the_import_takes_the_slowest_fetch_plus_one_save: too-slow
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-too-slow = чотири швидкі звіти було збережено лише тоді, коли надійшов повільний, і то один за одним (1,0 с + 5 × 0,05 с)
# the_import_takes_the_slowest_fetch_plus_one_save: help
exercise-05-the-import-takes-the-slowest-fetch-plus-one-save-help = коли кожен швидкий звіт зберігається, щойно надійшов, наприкінці лишається тільки збереження найповільнішого: 1,0 с + 0,05 с

## exercise-06: A hung dependency must not hang the caller

# loads_the_dashboard_when_both_answer: problem
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-loads-the-dashboard-when-both-answer-problem = очікувалися профіль і замовлення користувача 7, а отримано { $dashboard }
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help = отримайте профіль `user_id` і запитайте замовлення того самого користувача
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help-2 = отримайте профіль з API користувачів, один раз
# loads_the_dashboard_when_both_answer: help
exercise-06-loads-the-dashboard-when-both-answer-help-3 = запитайте замовлення з бази даних, один раз
# a_slow_but_healthy_call_is_not_cut_off: problem
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-slow-but-healthy-call-is-not-cut-off-problem = обидва виклики відповіли за 0,9 с, тобто вклалися у свій ліміт 1 с, але дашборд вийшов такий: { $dashboard }
# a_slow_but_healthy_call_is_not_cut_off: why
exercise-06-a-slow-but-healthy-call-is-not-cut-off-why = ліміт, коротший за справний виклик, перетворює день, коли сервіс просто повільніший, на відмову
# a_slow_but_healthy_call_is_not_cut_off: help
exercise-06-a-slow-but-healthy-call-is-not-cut-off-help = дайте КОЖНОМУ викликові власний ліміт 1 с (`TIME_LIMIT`), а не всій функції
# a_hung_api_fails_at_the_limit: what
exercise-06-a-hung-api-fails-at-the-limit-what = завантаження дашборда із завислим API користувачів
# a_hung_api_fails_at_the_limit: too-slow
exercise-06-a-hung-api-fails-at-the-limit-too-slow = викликаючий код чекав стільки ж, скільки висів API
# a_hung_api_fails_at_the_limit: help
exercise-06-a-hung-api-fails-at-the-limit-help = огорніть виклик у `tokio::time::timeout(TIME_LIMIT, ...)`: тоді викликаючий код отримає помилку через 1 с, хоч би як довго висів API
# a_hung_database_fails_at_the_limit: what
exercise-06-a-hung-database-fails-at-the-limit-what = завантаження дашборда із завислою базою даних
# a_hung_database_fails_at_the_limit: too-slow
exercise-06-a-hung-database-fails-at-the-limit-too-slow = запит до бази не мав обмеження в часі: викликаючий код чекав стільки ж, скільки висіла база даних
# a_hung_database_fails_at_the_limit: help
exercise-06-a-hung-database-fails-at-the-limit-help = кожна операція I/O потребує власного ліміту: після профілю (0,3 с) запит до бази має здатися через 1 с (разом 1,3 с)
# the_error_names_the_call_that_hung: problem
# $profile_hung (text): what it returned when the API hung, as Rust prints it
# $orders_hung (text): what it returned when the database hung, as Rust prints it
# $failed (text): what it returned when the API failed, as Rust prints it
exercise-06-the-error-names-the-call-that-hung-problem = очікувалися `TimedOut(Profile)`, коли висить API, `TimedOut(Orders)`, коли висить база даних, і `Failed(..)`, коли API завершується помилкою; отримано { $profile_hung }, { $orders_hung } і { $failed }
# the_error_names_the_call_that_hung: why
exercise-06-the-error-names-the-call-that-hung-why = повторити спробу, перейти на запасний варіант чи здійняти тривогу викликаючий код може, лише якщо знає, ЩО саме пішло не так
# the_error_names_the_call_that_hung: help
exercise-06-the-error-names-the-call-that-hung-help = перетворіть помилку `Elapsed` від `timeout` на `LoadError::TimedOut(step)`, а власну помилку виклику передайте далі через `?`
# the_hung_call_is_cancelled: help
exercise-06-the-hung-call-is-cancelled-help = `tokio::time::timeout` знищує future, який огортає, щойно час вийшов, і це скасовує виклик; тайм-аут навколо JoinHandle запущеного завдання лишає саме завдання працювати (перервіть його через abort або обмежте в часі сам виклик)
# the_hung_call_is_cancelled: problem
exercise-06-the-hung-call-is-cancelled-problem = до бази даних звернулися, хоча запит профілю вже не вклався в тайм-аут
# the_hung_call_is_cancelled: help
exercise-06-the-hung-call-is-cancelled-help-2 = повертайте помилку тайм-ауту одразу, через `?`

## exercise-07: Ask two replicas, keep the first answer

# returns_the_user: problem
# $user (text): what the function returned, as Rust prints it
exercise-07-returns-the-user-problem = очікувався користувач 7, а отримано { $user }
# returns_the_user: help
exercise-07-returns-the-user-help = поверніть відповідь тієї репліки, яка відповіла першою
# returns_the_user: problem
exercise-07-returns-the-user-problem-2 = жодна репліка не завершила запиту, а проте користувача повернуто
# returns_the_user: help
exercise-07-returns-the-user-help-2 = поверніть ту відповідь, яку дала репліка
# both_replicas_are_asked_at_once: problem
# $asked_a (number): requests sent to replica A
# $first_a (message): when replica A was first asked (exercise-07-first-request-...)
# $asked_b (number): requests sent to replica B
# $first_b (message): when replica B was first asked
exercise-07-both-replicas-are-asked-at-once-problem = репліку A запитали { $asked_a } { $asked_a ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }, { $first_a }; репліку B — { $asked_b } { $asked_b ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }, { $first_b }: очікувався один запит до кожної, обидва на 0,0 с
# both_replicas_are_asked_at_once: why
exercise-07-both-replicas-are-asked-at-once-why = перегони мають сенс, лише якщо обидва учасники стартують разом: якщо питати репліки одну за одною, доводиться чекати на обидві
# both_replicas_are_asked_at_once: help
exercise-07-both-replicas-are-asked-at-once-help = опитуйте обидва future запитів разом, в одному `tokio::select!`
# answers_at_the_faster_replicas_latency: what
exercise-07-answers-at-the-faster-replicas-latency-what = отримання відповіді від двох реплік (0,8 с і 0,2 с)
# answers_at_the_faster_replicas_latency: too-slow
exercise-07-answers-at-the-faster-replicas-latency-too-slow = викликаючий код чекав ще й на повільнішу репліку
# answers_at_the_faster_replicas_latency: help
exercise-07-answers-at-the-faster-replicas-latency-help = `tokio::select!` над обома запитами завершується, щойно завершився перший із них: тут це 0,2 с
# the_slower_request_is_cancelled: problem
# $slow_cancelled (number): the slower replica's requests that were cancelled (1 is right)
# $slow_completed (number): the slower replica's requests that ran to the end
# $fast_succeeded (number): the faster replica's requests that succeeded (1 is right)
exercise-07-the-slower-request-is-cancelled-problem = запит до повільнішої репліки { $slow_cancelled ->
        [1] скасовано
       *[other] не скасовано (до кінця дійшли: { $slow_completed })
    }; запит до швидшої { $fast_succeeded ->
        [1] вдався
       *[other] не вдався
    }
# the_slower_request_is_cancelled: why
exercise-07-the-slower-request-is-cancelled-why = запит, чия відповідь уже нікому не потрібна, і далі тримає з'єднання й навантажує репліку: перегони без скасування задарма подвоюють навантаження
# the_slower_request_is_cancelled: help
exercise-07-the-slower-request-is-cancelled-help = `tokio::select!` знищує future гілок, що програли, і це їх скасовує; а от запущені завдання знищення їхнього JoinHandle не скасовує (перервіть їх через abort)
# When a replica was first asked, inserted as $first_a / $first_b below: never asked
exercise-07-first-request-never = тобто жодного разу
# When a replica was first asked
# $at (duration): the simulated time of its first request
exercise-07-first-request-at = уперше на { $at }

## exercise-08: A legacy library that blocks

# assert_the_library_ran: problem
# $completed (number): queries the legacy library's database completed
exercise-08-assert-the-library-ran-problem = база даних старої бібліотеки завершила { $completed } { $completed ->
        [one] запит
        [few] запити
        [many] запитів
       *[other] запиту
    }, а очікувався 1: звіт має надходити від `legacy::run_report_query`
# assert_the_library_ran: why
exercise-08-assert-the-library-ran-why = ця вправа про те, як виконувати код, який не можна змінити, і не блокувати при цьому середовище виконання; якщо обійти бібліотеку або повторити те, що вона робить, питання так і лишиться без відповіді
# assert_the_library_ran: help
exercise-08-assert-the-library-ran-help = викличте `legacy::run_report_query` один раз, у потоці, де блокуватися дозволено
# returns_the_report: problem
# $expected (text): the right report, quoted as Rust prints a string
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-returns-the-report-problem = очікувалося { $expected }, а отримано { $report }
# returns_the_report: help
exercise-08-returns-the-report-help = поверніть те, що `legacy::run_report_query` повертає для того самого шаблону й користувача
# a_missing_template_is_an_error: problem
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-a-missing-template-is-an-error-problem = файлу шаблону не існує, але `report_for` повернула { $report }
# a_missing_template_is_an_error: help
exercise-08-a-missing-template-is-an-error-help = передайте `io::Error` бібліотеки далі викликаючому коду: власна помилка JoinHandle означає лише, що замикання запанікувало
# building_a_report_never_blocks_the_runtime: help
exercise-08-building-a-report-never-blocks-the-runtime-help = стара бібліотека блокує свій потік на 0,4 с; виконуйте її в пулі блокуючих потоків tokio через `tokio::task::spawn_blocking(move || ...)` і дочекайтеся JoinHandle через `.await`, щоб потік середовища виконання лишався вільним
# building_a_report_never_blocks_the_runtime: problem
# $report (text): what `report_for` returned, as Rust prints it
exercise-08-building-a-report-never-blocks-the-runtime-problem = не вдалося побудувати звіт: { $report }
# building_a_report_never_blocks_the_runtime: help
exercise-08-building-a-report-never-blocks-the-runtime-help-2 = поверніть те, що повертає `legacy::run_report_query`

## exercise-09: A slow hash in a login handler

# derives_the_right_keys: problem
# $alice (text): the key derived for the first login, in hexadecimal (0x...)
# $bob (text): the key derived for the second login, in hexadecimal
# $expected_alice (text): the right key for the first login, in hexadecimal
# $expected_bob (text): the right key for the second login, in hexadecimal
exercise-09-derives-the-right-keys-problem = два одночасні входи в систему отримали ключі { $alice } і { $bob }, а очікувалися { $expected_alice } і { $expected_bob }
# derives_the_right_keys: help
exercise-09-derives-the-right-keys-help = поверніть те, що обчислює `kdf::stretch(&password, rounds)`, кожному викликаючому коду — його власний ключ
# hashing_never_blocks_the_runtime: help
exercise-09-hashing-never-blocks-the-runtime-help = виконуйте обчислення в потоках, які для цього призначені: `rayon::spawn` із каналом `tokio::sync::oneshot`, щоб надіслати ключ назад (або `tokio::task::spawn_blocking`), і дочекайтеся результату через `.await`
# hashing_never_blocks_the_runtime: problem
# $key (text): the key derived, in hexadecimal
# $expected (text): the right key, in hexadecimal
exercise-09-hashing-never-blocks-the-runtime-problem = виведено ключ { $key }, а очікувався { $expected }
# hashing_never_blocks_the_runtime: help
exercise-09-hashing-never-blocks-the-runtime-help-2 = поверніть те, що обчислює `kdf::stretch(&password, rounds)`

## exercise-10: A thousand requests, ten at a time

# returns_the_thousand_users_in_order: problem
# $expected (number): the users asked for
# $got (number): the users returned
# $first (text): the ids of the first users returned, as Rust prints a list
# TODO(translate)
exercise-10-returns-the-thousand-users-in-order-problem = expected users 1 to { $expected } in id order, got { $got } users starting with ids { $first }
# returns_the_thousand_users_in_order: help
# TODO(translate)
exercise-10-returns-the-thousand-users-in-order-help = keep the results in input order: `buffered` does, `buffer_unordered` does not
# returns_the_thousand_users_in_order: help
# TODO(translate)
exercise-10-returns-the-thousand-users-in-order-help-2 = fetch each user from the API, exactly once
# reports_a_failed_request: problem
# $outcome (message): what it returned instead (exercise-10-outcome-...)
# TODO(translate)
exercise-10-reports-a-failed-request-problem = user 500 could not be fetched, but the function returned { $outcome }
# reports_a_failed_request: help
# TODO(translate)
exercise-10-reports-a-failed-request-help = return the error of the failed request instead of hiding it
# never_more_requests_in_flight_than_allowed: help
# TODO(translate)
exercise-10-never-more-requests-in-flight-than-allowed-help = fetch each of the 1000 users exactly once
# never_more_requests_in_flight_than_allowed: help
# TODO(translate)
exercise-10-never-more-requests-in-flight-than-allowed-help-2 = start a request only when fewer than ten are running: `futures::stream::iter(..).buffered(max_in_flight)`, or a `tokio::sync::Semaphore` with `max_in_flight` permits
# never_more_requests_in_flight_than_allowed: help
# TODO(translate)
exercise-10-never-more-requests-in-flight-than-allowed-help-3 = fetch each user exactly once
# never_more_requests_in_flight_than_allowed: help
# TODO(translate)
exercise-10-never-more-requests-in-flight-than-allowed-help-4 = the limit is the caller's: use the `max_in_flight` argument, not a constant of your own
# as_many_requests_in_flight_as_allowed: help
# TODO(translate)
exercise-10-as-many-requests-in-flight-as-allowed-help = bounded is not sequential: keep `max_in_flight` requests running, starting the next one as soon as one finishes
# the_window_slides_instead_of_waiting_for_batches: what
# TODO(translate)
exercise-10-the-window-slides-instead-of-waiting-for-batches-what = fetching 1000 users, ten at a time
# the_window_slides_instead_of_waiting_for_batches: too-fast
# $at_least (duration): the least the work needs, ten at a time
# TODO(translate)
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-fast = ten at a time, 1000 requests of 0.1 s or 0.3 s need at least { $at_least }: the total work shared by ten; a faster run had more than ten in flight
# the_window_slides_instead_of_waiting_for_batches: too-slow
# $fixed_batches (duration): how long fixed batches of ten take
# $at_least (duration): how long a sliding window takes
# TODO(translate)
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-slow = the window did not slide: fixed batches of ten wait for the slowest request of each batch and take { $fixed_batches }, while a window that starts the next request the moment one finishes takes about { $at_least }
# BOUND_HELP: const
# TODO(translate)
exercise-10-bound-help = keep `max_in_flight` requests in flight, starting the next one the moment one finishes (`StreamExt::buffered(max_in_flight)`, or a Semaphore with `max_in_flight` permits)
# What the function returned instead of the error, inserted as $outcome
# $users (number): the users it returned
# TODO(translate)
exercise-10-outcome-users = { $users } users and no error
# What the function returned instead of the error
# $error (text): the error it returned, as its own Display text (English)
# TODO(translate)
exercise-10-outcome-error = the error `{ $error }`
# returns_the_thousand_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
# TODO(translate)
exercise-10-fetching-failed = fetching the users failed: { $error }

## exercise-11: The nightly job: 30 calls per minute

# scores_every_user_in_order: why
# TODO(translate)
exercise-11-scores-every-user-in-order-why = a refused call is a user without a score: the nightly job did not do its job
# scores_every_user_in_order: help
# TODO(translate)
exercise-11-scores-every-user-in-order-help = each score must come from the endpoint: call it once per prompt
# no_call_is_refused: problem
# $rejected (number): calls the endpoint refused
# $started (number): calls made
# TODO(translate)
exercise-11-no-call-is-refused-problem = the LLM endpoint refused { $rejected } of { $started } calls for going over 30 calls per minute
# no_call_is_refused: why
# TODO(translate)
exercise-11-no-call-is-refused-why = the endpoint answers a call over its limit with an error (HTTP 429), not a score
# no_call_is_refused: help
# TODO(translate)
exercise-11-no-call-is-refused-help = call the endpoint once per user, and pace the calls rather than retrying refused ones
# at_most_thirty_calls_in_any_minute: help
# TODO(translate)
exercise-11-at-most-thirty-calls-in-any-minute-help = a rate limit is kept by pacing the calls, not by skipping them: call the endpoint once per user
# the_job_takes_as_long_as_the_limit_requires: help
# TODO(translate)
exercise-11-the-job-takes-as-long-as-the-limit-requires-help = call the endpoint once per user: a job that skips calls finishes early for nothing
# the_job_takes_as_long_as_the_limit_requires: problem
# $elapsed (duration): how long the job took
# TODO(translate)
exercise-11-the-job-takes-as-long-as-the-limit-requires-problem = the nightly job took only { $elapsed } of simulated time: its calls started too close together
# the_job_takes_as_long_as_the_limit_requires: why
# TODO(translate)
exercise-11-the-job-takes-as-long-as-the-limit-requires-why = at 30 calls per minute, the last of 90 calls cannot start before 120 s; calls started sooner are refused by the endpoint
# the_job_takes_as_long_as_the_limit_requires: what
# TODO(translate)
exercise-11-the-job-takes-as-long-as-the-limit-requires-what = the nightly job
# the_job_takes_as_long_as_the_limit_requires: too-slow
# TODO(translate)
exercise-11-the-job-takes-as-long-as-the-limit-requires-too-slow = the calls were spaced more than the limit requires; 90 calls at 30 per minute finish in 3 minutes (sleeping 2 s after each 0.5 s call spaces them 2.5 s apart)
# PACE_HELP: const
# TODO(translate)
exercise-11-pace-help = start one call every 2 s (`tokio::time::interval`), measuring from one call's start to the next, not from its end
# scores_every_user_in_order: problem
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
# TODO(translate)
exercise-11-scores-every-user-in-order-problem = { $scored } of { $users } users got their score ({ $answers } answers returned)
# scores_every_user_in_order: problem, when some call failed
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
# $error (text): the first failed call's error, as its own Display text (English)
# TODO(translate)
exercise-11-scores-every-user-in-order-problem-failure = { $scored } of { $users } users got their score ({ $answers } answers returned); the first failure: { $error }

## exercise-12: A queue, three workers and backpressure

# returned: problem
# TODO(translate)
exercise-12-returned-problem = `resize_all` never returned: the workers are still waiting for images
# returned: why
# TODO(translate)
exercise-12-returned-why = a worker's `recv` returns `None` only when every `Sender` of the queue has been dropped; while one is alive, the workers wait forever
# returned: help
# TODO(translate)
exercise-12-returned-help = drop the sender once the last upload is queued, then wait for the workers
# resizes_every_image_exactly_once: problem
# $images (number): images uploaded
# $wrong (list): the images resized a wrong number of times (exercise-12-image-resized-times), joined by ", "
# TODO(translate)
exercise-12-resizes-every-image-exactly-once-problem = each of the { $images } images should be resized once, but the resizer saw { $wrong }
# resizes_every_image_exactly_once: why
# TODO(translate)
exercise-12-resizes-every-image-exactly-once-why = an image lost from the queue is never resized; one taken twice is paid for twice
# resizes_every_image_exactly_once: help
# TODO(translate)
exercise-12-resizes-every-image-exactly-once-help = each image goes into the queue once, and each queued image is taken by one worker
# resizes_every_image_exactly_once: problem
# $images (number): images resized
# $resized (number): the count `resize_all` returned
# TODO(translate)
exercise-12-resizes-every-image-exactly-once-problem-2 = { $images } images were resized, but `resize_all` reported { $resized }
# resizes_every_image_exactly_once: help
# TODO(translate)
exercise-12-resizes-every-image-exactly-once-help-2 = add up what each worker resized once they have all stopped
# the_uploads_wait_while_the_queue_is_full: help
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-help = backpressure slows the uploads down, it does not skip them: resize every image
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $images (number): uploads in all
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the most uploads that fit: one per worker, the queue full, and the one waiting to be sent
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-problem = { $early } of { $images } uploads were pulled before the first resize finished; with { $workers } workers and a queue of { $queue_capacity }, at most { $room } fit
# the_uploads_wait_while_the_queue_is_full: why
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-why = without backpressure a fast producer piles up every upload in memory while the workers fall behind
# the_uploads_wait_while_the_queue_is_full: help
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-help-2 = make the queue a bounded `tokio::sync::mpsc::channel(queue_capacity)`: `send` then waits while the queue is full, and the upload loop with it
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the uploads the workers and the queue had room for
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-problem-2 = only { $early } uploads were pulled before the first resize finished; the { $workers } workers and the queue of { $queue_capacity } had room for { $room }
# the_uploads_wait_while_the_queue_is_full: why
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-why-2 = a queue that is never filled does not smooth bursts: workers wait for the producer
# the_uploads_wait_while_the_queue_is_full: help
# TODO(translate)
exercise-12-the-uploads-wait-while-the-queue-is-full-help-3 = keep pulling uploads and queueing them until `send` has to wait
# workers_stop_when_the_uploads_run_out: help
# TODO(translate)
exercise-12-workers-stop-when-the-uploads-run-out-help = the workers stop once every queued image is resized, not before
# workers_stop_when_the_uploads_run_out: problem
# $alive (number): tasks still alive
# $still_running (number): resizes still running
# TODO(translate)
exercise-12-workers-stop-when-the-uploads-run-out-problem = `resize_all` returned while { $alive } tasks were still alive and { $still_running } resizes were still running
# workers_stop_when_the_uploads_run_out: why
# TODO(translate)
exercise-12-workers-stop-when-the-uploads-run-out-why = work still running after the function returns is work nobody waits for: it is lost when the program exits
# workers_stop_when_the_uploads_run_out: help
# TODO(translate)
exercise-12-workers-stop-when-the-uploads-run-out-help-2 = after the last upload is queued, drop the sender and await every worker: each one stops when `recv` returns `None`
# resizing_keeps_three_workers_busy: problem
# $elapsed (duration): how long resizing took
# TODO(translate)
exercise-12-resizing-keeps-three-workers-busy-problem = resizing 60 images took only { $elapsed } of simulated time: more than 3 ran at once, or `resize_all` returned before the last images were done
# resizing_keeps_three_workers_busy: why
# $at_least (duration): the least three workers need
# $total (duration): all the resizing work added up
# TODO(translate)
exercise-12-resizing-keeps-three-workers-busy-why = 3 workers resizing one image at a time need at least { $at_least } for these 60 images: the { $total } of work shared by three
# resizing_keeps_three_workers_busy: what
# TODO(translate)
exercise-12-resizing-keeps-three-workers-busy-what = resizing 60 images
# resizing_keeps_three_workers_busy: too-slow
# $batches_of_three (duration): how long batches of three take
# TODO(translate)
exercise-12-resizing-keeps-three-workers-busy-too-slow = fewer than 3 resizes were running most of the time; workers that take the next image as soon as they are free finish in about 4.1 s, while batches of three that wait for their slowest image take { $batches_of_three }
# exactly_the_pool_size_in_flight: help
# $workers (number): the pool size this run asked for
# TODO(translate)
exercise-12-exactly-the-pool-size-in-flight-help = start exactly `workers` tasks ({ $workers } here) that each take one image at a time from the queue: never more resizes at once, and never fewer while images wait
# resizing_keeps_three_workers_busy: help
# TODO(translate)
exercise-12-resizing-keeps-three-workers-busy-help = exactly `workers` tasks, each resizing one image after another, keep the pool busy
# One image resized a wrong number of times, in the list $wrong below
# $image (number): the image's number
# $times (number): how often it was resized (0, 2...)
# TODO(translate)
exercise-12-image-resized-times = image { $image } { $times } times

## exercise-13: The audit entries that vanished at exit

# assert_all_written: problem
# $written (number): events found in the audit log
# $events (number): events recorded
# $when (message): when the audit log was looked at (exercise-13-when-... or exercise-13-after-...)
# TODO(translate)
exercise-13-assert-all-written-problem = { $written } of the { $events } recorded events were in the audit log { $when }
# assert_all_written: why
# TODO(translate)
exercise-13-assert-all-written-why = a detached task is not waited for by anyone: when the program stops, the runtime drops it halfway and its write is lost
# no_write_is_lost_when_the_program_exits: problem
# $dropped (number): audit writes cancelled
# $started (number): audit writes started
# TODO(translate)
exercise-13-no-write-is-lost-when-the-program-exits-problem = { $dropped } of the { $started } audit writes were cancelled when the program ended
# no_write_is_lost_when_the_program_exits: why
# TODO(translate)
exercise-13-no-write-is-lost-when-the-program-exits-why = returning from `main` stops the runtime, and the runtime drops every task still running: writes nobody waited for are cut off (the seed's fire-and-forget leak)
# a_failed_write_is_reported_at_shutdown: problem
# $failures (text): the errors `shutdown` returned, as Rust prints a list
# TODO(translate)
exercise-13-a-failed-write-is-reported-at-shutdown-problem = the third audit write failed, but `shutdown` reported { $failures }
# a_failed_write_is_reported_at_shutdown: why
# TODO(translate)
exercise-13-a-failed-write-is-reported-at-shutdown-why = an error inside a detached task goes nowhere: nobody holds its JoinHandle
# a_failed_write_is_reported_at_shutdown: help
# TODO(translate)
exercise-13-a-failed-write-is-reported-at-shutdown-help = join every write you spawned (`JoinSet::join_next`) and keep the errors it hands back
# shutdown_waits_for_the_writes: problem
# $elapsed (duration): when `shutdown` returned
# $events (number): writes still running
# $write_latency (duration): how long one write takes
# TODO(translate)
exercise-13-shutdown-waits-for-the-writes-problem = `shutdown` returned after { $elapsed } of simulated time, before the { $events } writes still running could finish (each takes { $write_latency })
# shutdown_waits_for_the_writes: why
# TODO(translate)
exercise-13-shutdown-waits-for-the-writes-why = a shutdown that does not wait lets the program end with its work half done
# shutdown_waits_for_the_writes: what
# TODO(translate)
exercise-13-shutdown-waits-for-the-writes-what = shutting down with 5 writes in flight
# shutdown_waits_for_the_writes: too-slow
# TODO(translate)
exercise-13-shutdown-waits-for-the-writes-too-slow = the writes ran one after another; started in the background by `record`, they overlap and all finish after 0.1 s
# shutdown_waits_for_the_writes: help
# TODO(translate)
exercise-13-shutdown-waits-for-the-writes-help = spawn each write in `record` and only wait for them in `shutdown`
# TRACK_HELP: const
# TODO(translate)
exercise-13-track-help = keep every write you spawn (a `tokio::task::JoinSet` in the struct) and, in `shutdown`, wait until each of them has finished
# When the audit log was looked at, inserted as $when
# TODO(translate)
exercise-13-when-shutdown-returned = when `shutdown` returned
# When the audit log was looked at, inserted as $when
# TODO(translate)
exercise-13-after-the-program-ended = after the program ended

## exercise-14: Every answer, even the failures

# reports_every_user_that_was_fetched: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
# TODO(translate)
exercise-14-reports-every-user-that-was-fetched-problem = the 8 users that were fetched should each be in their place in the report, but { $wrong }
# reports_every_user_that_was_fetched: why
# TODO(translate)
exercise-14-reports-every-user-that-was-fetched-why = users 3 and 7 failed, but the other eight were fetched: one failure should not throw their results away
# reports_every_user_that_was_fetched: help
# TODO(translate)
exercise-14-reports-every-user-that-was-fetched-help = fetch each of the ten users from the API
# reports_every_failure_in_its_place: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
# TODO(translate)
exercise-14-reports-every-failure-in-its-place-problem = users 3 and 7 failed, but the report does not hold both errors in their places ({ $wrong })
# reports_every_failure_in_its_place: why
# TODO(translate)
exercise-14-reports-every-failure-in-its-place-why = stopping at the first error hides every later one: the caller fixes one problem at a time
# no_fetch_is_cancelled: problem
# $dropped (number): fetches cancelled
# $started (number): fetches started
# TODO(translate)
exercise-14-no-fetch-is-cancelled-problem = { $dropped } of the { $started } fetches were cancelled before they returned
# no_fetch_is_cancelled: why
# TODO(translate)
exercise-14-no-fetch-is-cancelled-why = `try_join_all` drops every fetch still running when one fails: their work is wasted and their results never reach the caller
# the_batch_takes_as_long_as_the_slowest_fetch: problem
# $elapsed (duration): when the report was ready
# TODO(translate)
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-problem = the report was ready after { $elapsed } of simulated time, when the first fetch failed: the slower fetches (0.5 s) were dropped unfinished
# the_batch_takes_as_long_as_the_slowest_fetch: why
# TODO(translate)
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-why = a report that includes every user cannot be ready before the slowest fetch
# the_batch_takes_as_long_as_the_slowest_fetch: what
# TODO(translate)
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-what = the team report
# the_batch_takes_as_long_as_the_slowest_fetch: too-slow
# TODO(translate)
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-too-slow = the fetches ran one after another
# the_batch_takes_as_long_as_the_slowest_fetch: help
# TODO(translate)
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-help = start all ten fetches together and wait for all of them: 0.5 s in total
# GATHER_HELP: const
# TODO(translate)
exercise-14-gather-help = wait for every fetch and keep each `Result` as it is: `futures::future::join_all` over the fetches, not `try_join_all`
# A report entry, inserted as $got in exercise-14-misplaced: there was none
# TODO(translate)
exercise-14-entry-nothing = nothing
# A report entry that is a user
# $user (number): the user's id
# TODO(translate)
exercise-14-entry-user = user { $user }
# A report entry that is an error
# $error (text): the error's own Display text (English)
# TODO(translate)
exercise-14-entry-error = the error `{ $error }`
# One wrong entry of the report; a list of them, joined by "; ", is the $wrong of the problems above
# $id (number): the user whose entry is wrong
# $got (message): what the entry holds (exercise-14-entry-...)
# TODO(translate)
exercise-14-misplaced = user { $id }: got { $got }

## exercise-15: One page at a time

# yields_every_user_in_order: problem
# $ids (text): the ids (or the error) the stream yielded, as Rust prints it
# TODO(translate)
exercise-15-yields-every-user-in-order-problem = expected users 1 to 50 in id order from 5 pages, got { $ids }
# yields_every_user_in_order: help
# TODO(translate)
exercise-15-yields-every-user-in-order-help = yield the users of each page in order, then continue with the page it names as next
# yields_every_user_in_order: help
# TODO(translate)
exercise-15-yields-every-user-in-order-help-2 = fetch each of the five pages from the API
# a_failed_page_ends_the_stream_with_its_error: problem
# $users_before_error (number): users yielded before the first error
# $rest (text): the items after them, as Rust prints a list
# TODO(translate)
exercise-15-a-failed-page-ends-the-stream-with-its-error-problem = page 3 failed: expected the 20 users of pages 1 and 2, then page 3's error, then the end of the stream; got { $users_before_error } users followed by { $rest }
# a_failed_page_ends_the_stream_with_its_error: help
# TODO(translate)
exercise-15-a-failed-page-ends-the-stream-with-its-error-help = yield the error as the stream's last item and stop: do not skip the failed page
# the_first_user_arrives_after_one_page: what
# TODO(translate)
exercise-15-the-first-user-arrives-after-one-page-what = getting the first user
# the_first_user_arrives_after_one_page: too-slow
# TODO(translate)
exercise-15-the-first-user-arrives-after-one-page-too-slow = the stream fetched more than the first page (0.2 s) before yielding anything
# the_first_user_arrives_after_one_page: help
# TODO(translate)
exercise-15-the-first-user-arrives-after-one-page-help = yield the users of page 1 as soon as page 1 has arrived: the first user then arrives after 0.2 s, not after all five pages (1.0 s)
# the_first_user_arrives_after_one_page: what
# TODO(translate)
exercise-15-the-first-user-arrives-after-one-page-what-2 = getting users 2 to 11
# the_first_user_arrives_after_one_page: too-slow
# TODO(translate)
exercise-15-the-first-user-arrives-after-one-page-too-slow-2 = fetching the next page took longer than one page's latency
# the_first_user_arrives_after_one_page: help
# TODO(translate)
exercise-15-the-first-user-arrives-after-one-page-help-2 = fetch page 2 when the consumer asks for user 11, and only page 2
# stopping_early_fetches_only_the_pages_needed: problem
# $taken (number): users the consumer got
# TODO(translate)
exercise-15-stopping-early-fetches-only-the-pages-needed-problem = the consumer asked for 15 users and got { $taken }
# stopping_early_fetches_only_the_pages_needed: help
# TODO(translate)
exercise-15-stopping-early-fetches-only-the-pages-needed-help = yield every user of every page, one item per user
# stopping_early_fetches_only_the_pages_needed: problem
# $asked (number): pages asked for
# $pages (text): the page numbers asked for, as Rust prints a list
# TODO(translate)
exercise-15-stopping-early-fetches-only-the-pages-needed-problem-2 = the consumer stopped after 15 users, which two pages hold, but the API was asked for { $asked } page(s): { $pages }
# stopping_early_fetches_only_the_pages_needed: why
# TODO(translate)
exercise-15-stopping-early-fetches-only-the-pages-needed-why = a stream should do work only when its consumer asks for the next item: every page fetched ahead is a wasted request, and a caller that stops early still pays for the whole listing
# stopping_early_fetches_only_the_pages_needed: help
# TODO(translate)
exercise-15-stopping-early-fetches-only-the-pages-needed-help-2 = fetch the next page inside the stream, at the moment the consumer needs a user the current page does not have (`futures::stream::try_unfold`)
# at_most_one_page_is_buffered: problem
# $consumed (number): users the stream yielded
# TODO(translate)
exercise-15-at-most-one-page-is-buffered-problem = the stream yielded { $consumed } users, expected 50
# at_most_one_page_is_buffered: help
# TODO(translate)
exercise-15-at-most-one-page-is-buffered-help = yield every user of every page
# at_most_one_page_is_buffered: problem
# $held (number): users fetched but not consumed yet
# $after (number): users the consumer had taken by then
# $page_size (number): users per page
# TODO(translate)
exercise-15-at-most-one-page-is-buffered-problem-2 = { $held } users were in memory, fetched but not yet consumed, after the consumer had taken { $after }; a page holds { $page_size }
# at_most_one_page_is_buffered: why
# TODO(translate)
exercise-15-at-most-one-page-is-buffered-why = streaming exists so that a listing of a million users costs the memory of one page: loading every page first, or fetching ahead, makes memory grow with the size of the listing
# at_most_one_page_is_buffered: help
# TODO(translate)
exercise-15-at-most-one-page-is-buffered-help-2 = keep only the current page and fetch the next one when it is used up

## exercise-16: The cache that became a queue

# every_caller_gets_its_profile_and_it_is_cached: problem
# $wrong (text): the wrong answers ("user 3 got Ok(...)"), joined by "; "
# TODO(translate)
exercise-16-every-caller-gets-its-profile-and-it-is-cached-problem = handlers got the wrong profiles: { $wrong }
# every_caller_gets_its_profile_and_it_is_cached: help
# TODO(translate)
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help = return the profile of the id that was asked for, from the cache or the API
# every_caller_gets_its_profile_and_it_is_cached: help
# TODO(translate)
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help-2 = fetch each user once, remember the profile, and answer later requests from the cache
# a_failed_fetch_is_reported: problem
# $answer (text): what the cache returned, as Rust prints it
# TODO(translate)
exercise-16-a-failed-fetch-is-reported-problem = fetching user 4 failed, but the cache returned { $answer }
# a_failed_fetch_is_reported: help
# TODO(translate)
exercise-16-a-failed-fetch-is-reported-help = pass the API's error on to the caller and cache nothing for that user
# ten_misses_for_different_users_take_half_a_second: what
# TODO(translate)
exercise-16-ten-misses-for-different-users-take-half-a-second-what = ten handlers asking for ten different users
# ten_misses_for_different_users_take_half_a_second: too-slow
# TODO(translate)
exercise-16-ten-misses-for-different-users-take-half-a-second-too-slow = each handler waited for the cache's lock, which the previous one held during its whole 0.5 s fetch
# ten_misses_for_different_users_take_half_a_second: help
# TODO(translate)
exercise-16-ten-misses-for-different-users-take-half-a-second-help = take the lock to look up the map, release it before awaiting the API, and take it again to insert: ten fetches for ten users then overlap and take 0.5 s, not 5 s
# fetches_for_different_users_run_at_the_same_time: help
# TODO(translate)
exercise-16-fetches-for-different-users-run-at-the-same-time-help = fetch each of the ten users exactly once
# fetches_for_different_users_run_at_the_same_time: help
# TODO(translate)
exercise-16-fetches-for-different-users-run-at-the-same-time-help-2 = a guard kept alive across `.await` turns the lock into a queue for the whole service: drop it (end its scope, or clone the value out) before awaiting the fetch
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $value (text): what the cache returned, as Rust prints it
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem = asked for cached user 1, got { $value }
# a_cache_hit_never_waits_for_a_slow_fetch: help
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help = answer from the cache
# a_cache_hit_never_waits_for_a_slow_fetch: what
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-what = answering cached user 1 while user 2 was being fetched
# a_cache_hit_never_waits_for_a_slow_fetch: too-slow
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-too-slow = the hit waited for the lock, held by the handler fetching user 2 for 2 s
# a_cache_hit_never_waits_for_a_slow_fetch: help
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-2 = a cache hit needs no I/O and should answer at once: hold the lock only while reading or writing the map
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $slow_fetch_in_flight (number): fetches in flight at that moment
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem-2 = when the cache hit returned, { $slow_fetch_in_flight } fetch(es) were in flight; the 2 s fetch of user 2 should still have been running
# a_cache_hit_never_waits_for_a_slow_fetch: help
# TODO(translate)
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-3 = a hit must be answered while the slow fetch of another user is in progress

## exercise-17: Every connection comes back

# assert_every_connection_came_back: problem
# $after (message): when the pool was checked (exercise-17-after-...), at the start of the sentence
# $idle (number): connections back in the pool
# $pool_size (number): the pool's connections
# $probe_outcome (message): what new requests then met (exercise-17-probe-...)
# TODO(translate)
exercise-17-assert-every-connection-came-back-problem = { $after }, { $idle } of the pool's { $pool_size } connections were back in the pool: { $probe_outcome }
# assert_every_connection_came_back: why
# TODO(translate)
exercise-17-assert-every-connection-came-back-why = a connection that is not given back is lost for good: the pool shrinks with every error, and once it is empty every request waits forever, like the seed's unclosed `ClientSession`
# returns_the_row: problem
# $answer (text): what the handler returned, as Rust prints it
# TODO(translate)
exercise-17-returns-the-row-problem = expected row 7, got { $answer }
# returns_the_row: help
# TODO(translate)
exercise-17-returns-the-row-help = query the row under `key` with the borrowed connection
# returns_the_row: help
# TODO(translate)
exercise-17-returns-the-row-help-2 = query the database once, over the borrowed connection
# no_connection_leaks_after_failed_queries: problem
# $answers (text): what the requests returned, as Rust prints a list
# TODO(translate)
exercise-17-no-connection-leaks-after-failed-queries-problem = the query for key 13 fails, but the 5 requests returned { $answers }
# no_connection_leaks_after_failed_queries: help
# TODO(translate)
exercise-17-no-connection-leaks-after-failed-queries-help = pass the query's error on to the caller
# the_pool_never_exceeds_its_size: help
# TODO(translate)
exercise-17-the-pool-never-exceeds-its-size-help = run one query per request
# the_pool_never_exceeds_its_size: help
# TODO(translate)
exercise-17-the-pool-never-exceeds-its-size-help-2 = every query must go through a connection borrowed from the pool: wait for an idle one instead of opening a new one
# the_pool_never_exceeds_its_size: help
# TODO(translate)
exercise-17-the-pool-never-exceeds-its-size-help-3 = the pool lends out all its connections at once: do not hold a lock across the query
# the_pool_never_exceeds_its_size: what
# TODO(translate)
exercise-17-the-pool-never-exceeds-its-size-what = 20 requests through a pool of 3
# the_pool_never_exceeds_its_size: too-slow
# TODO(translate)
exercise-17-the-pool-never-exceeds-its-size-too-slow = the pool did not keep its 3 connections busy
# the_pool_never_exceeds_its_size: help
# TODO(translate)
exercise-17-the-pool-never-exceeds-its-size-help-4 = 20 queries, 3 at a time, take 7 rounds of 0.1 s
# What happened to new requests after the checked ones, inserted as $probe_outcome
# $pool_size (number): the requests sent, as many as the pool has connections
# $elapsed (duration): how long they took together
# TODO(translate)
exercise-17-probe-slow = { $pool_size } new requests then took { $elapsed } instead of one 0.1 s round
# What happened to new requests after the checked ones
# $pool_size (number): the requests sent, as many as the pool has connections
# $waited (duration): how long they waited
# TODO(translate)
exercise-17-probe-gave-up = { $pool_size } new requests then waited { $waited } for a connection and gave up
# When the pool was checked, inserted as $after at the start of exercise-17-assert-every-connection-came-back-problem
# TODO(translate)
exercise-17-after-one-request = after one successful request
# returns_the_row: help
# TODO(translate)
exercise-17-returns-the-row-help-3 = give the connection back when the request is done
# When the pool was checked
# TODO(translate)
exercise-17-after-failed-queries = after 5 requests whose query failed
# no_connection_leaks_after_failed_queries: help
# TODO(translate)
exercise-17-no-connection-leaks-after-failed-queries-help-2 = the `?` returns before the connection is released: make `acquire` return a guard type that gives the connection back in its `Drop`, so every way out of the handler returns it
# When the pool was checked
# TODO(translate)
exercise-17-after-timeouts = after 5 requests were cut short by a 0.2 s timeout
# a timed-out request: help
# TODO(translate)
exercise-17-timeout-help = a timeout drops the request's future mid-query, so code after the `.await` never runs: only a `Drop` impl runs on every exit; return the connection from a guard's `Drop`
# When the pool was checked
# $cancelled (number): the aborted tasks that were in the middle of a query
# TODO(translate)
exercise-17-after-aborts = after 6 request tasks were aborted ({ $cancelled } of them mid-query)
# an aborted request: help
# TODO(translate)
exercise-17-abort-help = an aborted task is dropped where it stands, mid-`.await`: return the connection from a guard's `Drop`, which runs when the task is dropped

## exercise-18: A handler in the time of its slowest call

# returns_the_account_and_the_profile: problem
# $page (text): what the handler returned, as Rust prints it
# TODO(translate)
exercise-18-returns-the-account-and-the-profile-problem = expected user 7's account row and profile, got { $page }
# returns_the_account_and_the_profile: help
# TODO(translate)
exercise-18-returns-the-account-and-the-profile-help = query the row of `user_id` and fetch `/profiles/{"{"}user_id{"}"}` from the profile API
# returns_the_account_and_the_profile: help
# TODO(translate)
exercise-18-returns-the-account-and-the-profile-help-2 = query the database once
# returns_the_account_and_the_profile: help
# TODO(translate)
exercise-18-returns-the-account-and-the-profile-help-3 = call the profile API once
# a_failure_on_either_side_is_an_error: problem
# $api_failed (text): what the handler returned, as Rust prints it
# TODO(translate)
exercise-18-a-failure-on-either-side-is-an-error-problem = the profile API answered HTTP 500, but the handler returned { $api_failed }
# a_failure_on_either_side_is_an_error: help
# TODO(translate)
exercise-18-a-failure-on-either-side-is-an-error-help = return the profile request's error (`HandlerError::ProfileApi`)
# a_failure_on_either_side_is_an_error: problem
# $db_failed (text): what the handler returned, as Rust prints it
# TODO(translate)
exercise-18-a-failure-on-either-side-is-an-error-problem-2 = the database query failed, but the handler returned { $db_failed }
# a_failure_on_either_side_is_an_error: help
# TODO(translate)
exercise-18-a-failure-on-either-side-is-an-error-help-2 = return the query's error (`HandlerError::Database`)
# a_slow_api_sets_the_pace: what
# TODO(translate)
exercise-18-a-slow-api-sets-the-pace-what = a request with a 0.3 s query and a 0.5 s API call
# a_slow_api_sets_the_pace: too-slow
# TODO(translate)
exercise-18-a-slow-api-sets-the-pace-too-slow = the query and the API call ran one after the other (0.8 s)
# a_slow_api_sets_the_pace: help
# TODO(translate)
exercise-18-a-slow-api-sets-the-pace-help = start both and await them together (`tokio::try_join!`): the request then takes as long as the slower call, 0.5 s
# a_slow_database_sets_the_pace: what
# TODO(translate)
exercise-18-a-slow-database-sets-the-pace-what = a request with a 0.6 s query and a 0.2 s API call
# a_slow_database_sets_the_pace: help
# TODO(translate)
exercise-18-a-slow-database-sets-the-pace-help = start both and await them together (`tokio::try_join!`): the request then takes as long as the slower call, 0.6 s
# the_query_and_the_request_overlap: problem
# $queries (number): completed database queries
# $requests (number): completed profile requests
# TODO(translate)
exercise-18-the-query-and-the-request-overlap-problem = expected one completed query and one completed profile request, saw { $queries } and { $requests }
# the_query_and_the_request_overlap: help
# TODO(translate)
exercise-18-the-query-and-the-request-overlap-help = query the database once and call the profile API once
# the_query_and_the_request_overlap: problem
# $query_start (duration): when the query started
# $query_end (duration): when it ended
# $request_start (duration): when the profile request started
# $request_end (duration): when it ended
# TODO(translate)
exercise-18-the-query-and-the-request-overlap-problem-2 = the query ran from { $query_start } to { $query_end } and the profile request from { $request_start } to { $request_end } of simulated time: they never overlapped
# the_query_and_the_request_overlap: why
# TODO(translate)
exercise-18-the-query-and-the-request-overlap-why = in a handler, a call that waits for an unrelated one adds its whole latency to every request the service answers
# the_query_and_the_request_overlap: help
# TODO(translate)
exercise-18-the-query-and-the-request-overlap-help-2 = neither call needs the other's result: run them together with `tokio::try_join!`
# The test could not start its simulated HTTP server (a problem of the machine, not of the code)
# $error (text): the system's own error text (English)
# TODO(translate)
exercise-18-no-loopback = could not start the loopback profile API: { $error }

## exercise-19: A sync library that calls back into async code

# stopped: what
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread` (tokio's names)
# TODO(translate)
exercise-19-stopped-what = pricing the order on a { $runtime } runtime
# assert_priced: problem
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread`
# $error (text): the error's own Display text (English)
# TODO(translate)
exercise-19-assert-priced-problem = pricing the order on a { $runtime } runtime failed: { $error }
# assert_priced: help
# TODO(translate)
exercise-19-assert-priced-help = return the invoice the library builds from the catalogue's prices
# assert_priced: help
# TODO(translate)
exercise-19-assert-priced-help-2 = let the library price every line with the catalogue's unit prices
# assert_priced: help
# TODO(translate)
exercise-19-assert-priced-help-3 = look up the price of each of the 8 products of the order once
# assert_priced: problem
# TODO(translate)
exercise-19-assert-priced-problem-2 = the catalogue was not asked once for each product of the order
# assert_priced: why
# TODO(translate)
exercise-19-assert-priced-why = every lookup is a network call: each product's price is needed once
# assert_priced: help
# TODO(translate)
exercise-19-assert-priced-help-4 = look up each product of the order once
# a_failed_price_lookup_is_reported: problem
# $invoice (text): what pricing returned, as Rust prints it
# TODO(translate)
exercise-19-a-failed-price-lookup-is-reported-problem = the lookup of product 23 failed, but pricing the order returned { $invoice }
# a_failed_price_lookup_is_reported: help
# TODO(translate)
exercise-19-a-failed-price-lookup-is-reported-help = return the catalogue's error to the caller, as the library does with the callback's
# pricing_never_blocks_the_runtime: help
# $lookup (duration): how long one price lookup takes
# $all_lookups (duration): how long the eight take together
# $help (message): exercise-19-help, the exercise's general advice
# TODO(translate)
exercise-19-pricing-never-blocks-the-runtime-help = eight lookups of { $lookup } each block a thread for { $all_lookups } in all; that thread must not be the runtime's. { $help }
# HELP: const
# TODO(translate)
exercise-19-help = keep it async: fetch the prices first (each lookup is an ordinary `.await`), then give the library a callback that only reads them; or run the library on tokio's blocking pool with `tokio::task::spawn_blocking`, a thread where `Handle::block_on` is allowed
# stopped: why, when `block_in_place` panicked on a current_thread runtime
# TODO(translate)
exercise-19-stopped-why-block-in-place = `block_in_place` exists only on the multi-thread runtime, and a library cannot choose the runtime its callers use: on a current_thread runtime it panics
# stopped: why, when `block_on` panicked inside the runtime
# TODO(translate)
exercise-19-stopped-why-block-on = `block_on` parks its thread until the future completes, but on a runtime thread that future can only make progress if this very thread drives it: tokio panics rather than deadlock
# stopped: why, when the runtime deadlocked
# TODO(translate)
exercise-19-stopped-why-deadlock = a runtime thread parked until a future completes, while only that thread could drive the future's timer: a deadlock (`futures::executor::block_on` does this on a current_thread runtime)
# assert_priced: problem, when the invoice has the wrong number of lines
# $invoice_lines (number): lines of the invoice
# $order_lines (number): lines of the order
# TODO(translate)
exercise-19-wrong-line-count = the invoice has { $invoice_lines } lines, the order { $order_lines }
# assert_priced: problem, when an invoice line has the wrong product or price
# $product (number): the product on the invoice line
# $unit_cents (number): its unit price on the invoice, in cents
# $ordered (number): the product the order has on that line
# $price (number): that product's price in the catalogue, in cents
# TODO(translate)
exercise-19-wrong-unit-price = invoice line for product { $product } has unit price { $unit_cents } cents; the catalogue says product { $ordered } costs { $price }
# assert_priced: problem, when the total is wrong
# $total_cents (number): the invoice's total, in cents
# $expected_total (number): the right total, in cents
# TODO(translate)
exercise-19-wrong-total = the invoice totals { $total_cents } cents; at the catalogue's prices the order costs { $expected_total }

## exercise-20: Heartbeats that eat the frames

# receive_from: what
# TODO(translate)
exercise-20-receive-from-what = receiving the frames
# receive_from: why
# TODO(translate)
exercise-20-receive-from-why = on tokio's paused clock, time moves only when every task waits; a loop that never waits (an interval created inside the loop is ready at once, on every pass) keeps the runtime busy forever, and in production it burns a CPU core
# every_frame_arrives_intact: problem
# $frames (number): frames the peer sends
# $intact (number): frames that arrived intact
# $garbled (number): frames that arrived garbled
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
# $bytes_sent (number): bytes the peer had sent
# $total_bytes (number): bytes the peer sends in all
# TODO(translate)
exercise-20-every-frame-arrives-intact-problem = the peer sends { $frames } frames: { $intact } arrived intact and { $garbled } more garbled, { $ending }; by then the peer had sent { $bytes_sent } of its { $total_bytes } bytes
# every_frame_arrives_intact: why
# TODO(translate)
exercise-20-every-frame-arrives-intact-why = `select!` drops the futures of the branches that lose: a `read_exact` cancelled by the heartbeat has already taken part of a frame off the connection, those bytes are gone, and every later read starts in the middle of a frame
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
# TODO(translate)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem = frame { $number } was never delivered: the receiver stopped before the peer could finish sending it ({ $ending })
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $completed_at (duration): when its last byte arrived
# $what (message): what became of it (exercise-20-frame-...)
# TODO(translate)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem-2 = frame { $number } was complete at { $completed_at } of simulated time but { $what }
# each_frame_is_delivered_as_soon_as_it_is_complete: why
# TODO(translate)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-why = a frame that waits for anything else (the next heartbeat, the end of the stream, the frames after it) reaches the application late, or never
# each_frame_is_delivered_as_soon_as_it_is_complete: help
# $help (message): the message exercise-20-help
# TODO(translate)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-help = hand each frame to `deliver` as soon as its last byte has arrived. { $help }
# the_heartbeat_keeps_its_rhythm: problem
# $unexpected (list): what the peer received besides heartbeats (harness-peer-unexpected-frame), joined by "; "
# TODO(translate)
exercise-20-the-heartbeat-keeps-its-rhythm-problem = the peer received { $unexpected }
# the_heartbeat_keeps_its_rhythm: help
# TODO(translate)
exercise-20-the-heartbeat-keeps-its-rhythm-help = write nothing but the heartbeat, `HEARTBEAT`, to the connection
# the_heartbeat_keeps_its_rhythm: why
# TODO(translate)
exercise-20-the-heartbeat-keeps-its-rhythm-why = a heartbeat proves the receiver is alive: one that waits until a slow frame is complete (or comes in bursts) tells the peer nothing, and the peer may hang up on a healthy client
# the_heartbeat_keeps_its_rhythm: help
# TODO(translate)
exercise-20-the-heartbeat-keeps-its-rhythm-help-2 = wait for the next frame and the next tick in the same `select!`, with one `tokio::time::interval` created before the loop
# a_connection_cut_mid_frame_is_an_error: problem
# $intact (number): frames delivered intact
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
# TODO(translate)
exercise-20-a-connection-cut-mid-frame-is-an-error-problem = the peer sent 2 frames and hung up halfway through a third; { $intact } frames were delivered intact, { $ending }
# a_connection_cut_mid_frame_is_an_error: why
# TODO(translate)
exercise-20-a-connection-cut-mid-frame-is-an-error-why = a frame cut off is data lost: reporting a clean end of stream hides it
# a_connection_cut_mid_frame_is_an_error: help
# TODO(translate)
exercise-20-a-connection-cut-mid-frame-is-an-error-help = deliver the complete frames, then return an `io::ErrorKind::UnexpectedEof` error when the stream ends with part of a frame received
# HELP: const
# TODO(translate)
exercise-20-help = keep every byte you read: read into a buffer that lives outside the loop with `read_buf` (cancel safe: a cancelled call has read nothing) and cut whole frames out of it, or create the frame-reading future once, outside the loop, and poll it with `&mut` in the `select!`
# How `receive_frames` ended, inserted as $ending after a comma: it did not end
# $after (duration): how long the check waited after the peer hung up
# TODO(translate)
exercise-20-ending-still-receiving = and it was still receiving { $after } after the peer hung up
# How `receive_frames` ended: it returned Ok
# $at (duration): when it returned
# TODO(translate)
exercise-20-ending-ok = then it returned Ok at { $at } of simulated time
# How `receive_frames` ended: it returned an error
# $at (duration): when it failed
# $error (text): the io::Error's own text (English, from Rust)
# TODO(translate)
exercise-20-ending-failed = then it failed at { $at } of simulated time: { $error }
# What became of a frame, inserted as $what after "but": delivered late
# $at (duration): when it was delivered
# TODO(translate)
exercise-20-frame-delivered-at = was delivered at { $at }
# What became of a frame: delivered with the wrong bytes
# TODO(translate)
exercise-20-frame-delivered-garbled = was delivered garbled
# What became of a frame: never delivered
# TODO(translate)
exercise-20-frame-never-delivered = was never delivered
# the_heartbeat_keeps_its_rhythm: problem, when no heartbeat came
# TODO(translate)
exercise-20-no-heartbeat = the peer received no heartbeat at all
# the_heartbeat_keeps_its_rhythm: problem, when the peer heard nothing for too long
# $from (duration): the start of the silence
# $to (duration): its end
# $silence (duration): its length
# TODO(translate)
exercise-20-heartbeat-silence = the peer heard nothing from { $from } to { $to } of simulated time: no heartbeat for { $silence }
# the_heartbeat_keeps_its_rhythm: problem, when two heartbeats came too close together
# $gap (duration): the time between them
# $first (duration): when the first arrived
# $second (duration): when the second arrived
# $interval (duration): the heartbeat interval
# TODO(translate)
exercise-20-heartbeats-crowded = two heartbeats arrived { $gap } apart (at { $first } and { $second }), the interval is { $interval }

## exercise-21: Waiting for the migrations without looking every 100 ms

# run_isolated: what
# TODO(translate)
exercise-21-run-isolated-what = waiting for the migrations
# run_isolated: why
# TODO(translate)
exercise-21-run-isolated-why = tokio's paused clock moves only when every task waits; a loop that only yields (or spins) never lets the runtime rest, so the migrations' end never even comes, and in production it burns a CPU core
# a_request_after_the_migrations_goes_straight_through: why
# TODO(translate)
exercise-21-a-request-after-the-migrations-goes-straight-through-why = a notification only wakes the tasks that are waiting when it is sent: a request that arrives later needs the state itself (`Notify::notify_waiters` keeps nothing)
# a_request_after_the_migrations_goes_straight_through: help
# TODO(translate)
exercise-21-a-request-after-the-migrations-goes-straight-through-help = keep the state, not only the wake-up: check it before waiting, or use a `watch` channel, whose `wait_for` looks at the current value first
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $still_waiting (number): requests still waiting
# $handlers (number): requests in all
# $waited (duration): how long the check waited for them
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem = { $still_waiting } of the { $handlers } requests were still waiting { $waited } after the migrations ended
# waiting_requests_resume_the_moment_the_migrations_end: why
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why = `mark_done` must wake every waiting handler: `Notify::notify_one` wakes one, and a handler that starts waiting just after a `notify_waiters` misses it
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $first (duration): when the first request resumed
# $migrations_done (duration): when the migrations ended
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-2 = a request resumed at { $first } of simulated time, before the migrations ended at { $migrations_done }
# waiting_requests_resume_the_moment_the_migrations_end: why
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-2 = a handler that does not wait for the migrations reads a half-migrated database
# waiting_requests_resume_the_moment_the_migrations_end: help
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-help = return from `wait_until_done` only once `mark_done` has been called
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $migrations_done (duration): when the migrations ended
# $late_by (duration): how late the last request resumed
# $last (duration): when the last request resumed
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-3 = the migrations ended at { $migrations_done }, but the requests resumed up to { $late_by } later (the last at { $last })
# waiting_requests_resume_the_moment_the_migrations_end: why
# TODO(translate)
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-3 = a handler that checks a flag now and then notices the change only at its next check: each waits up to one interval too long, and a shorter interval only trades that delay for more wake-ups
# waiting_lets_the_runtime_sleep: problem
# $handlers (number): requests waiting
# $quiet (duration): how long nothing happened
# $quiet_wakeups (number): times the runtime was woken meanwhile
# TODO(translate)
exercise-21-waiting-lets-the-runtime-sleep-problem = while { $handlers } requests waited { $quiet } of simulated time for the migrations, the runtime was woken { $quiet_wakeups } times, though nothing happened until they ended
# waiting_lets_the_runtime_sleep: why
# TODO(translate)
exercise-21-waiting-lets-the-runtime-sleep-why = a sleep-and-check loop wakes its task at every check whether or not anything changed: waiting should cost nothing, and a thousand waiting requests would cost a thousand times more
# HELP: const
# TODO(translate)
exercise-21-help = let `mark_done` wake the waiting handlers: keep the state in a `tokio::sync::watch` channel (`send_replace(true)`, and `subscribe().wait_for(|done| *done)` to wait), or put a `tokio::sync::Notify` beside the flag
# a_request_after_the_migrations_goes_straight_through: problem
# $waited (duration): how long the request waited
# TODO(translate)
exercise-21-already-done-waited = the migrations were already done, yet the request waited { $waited } of simulated time
# a_request_after_the_migrations_goes_straight_through: problem, when the request never returned
# $later (duration): how long the check waited for it
# TODO(translate)
exercise-21-already-done-still-waiting = the migrations were already done, yet the request was still waiting { $later } later

## exercise-22: Gather what is independent, chain what is not

# the_report_has_every_customer_and_invoice: problem
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-problem = building the report failed: { $error }
# the_report_has_every_customer_and_invoice: help
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-help = fetch each profile and every page with what the services hand out: a page's cursor comes from the page before
# the_report_has_every_customer_and_invoice: problem
# $customers (text): the customer ids asked for, as Rust prints a list
# $ids (text): the customer ids in the report, as Rust prints a list
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-problem-2 = asked for customers { $customers }, the report has { $ids }
# the_report_has_every_customer_and_invoice: help
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-help-2 = keep the profiles in the order of the ids, whatever order the answers come in
# the_report_has_every_customer_and_invoice: help
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-help-3 = fetch each customer's profile from the users API once
# the_report_has_every_customer_and_invoice: problem
# $expected (number): invoices the billing API holds
# $pages (number): pages the billing API holds
# $invoices (number): invoices in the report
# $shape (text): `reordered` when the report has every invoice but not in page order, else `other`
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-problem-3 = the billing API holds { $expected } invoices on { $pages } pages; the report has { $invoices }{ $shape ->
        [reordered] , not in page order
       *[other] {""}
    }
# the_report_has_every_customer_and_invoice: help
# TODO(translate)
exercise-22-the-report-has-every-customer-and-invoice-help-4 = follow `next_cursor` from page to page until a page names no next one
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
# TODO(translate)
exercise-22-a-failed-request-is-reported-problem = the profile of customer 9 could not be fetched, but the report came back as { $report }
# a_failed_request_is_reported: help
# TODO(translate)
exercise-22-a-failed-request-is-reported-help = return the error of the failed request
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
# TODO(translate)
exercise-22-a-failed-request-is-reported-problem-2 = page 3 of the invoices could not be fetched, but the report came back as { $report }
# a_failed_request_is_reported: help
# TODO(translate)
exercise-22-a-failed-request-is-reported-help-2 = return the error of the failed page
# the_profiles_are_fetched_together: help
# TODO(translate)
exercise-22-the-profiles-are-fetched-together-help = fetch each customer's profile once
# the_profiles_are_fetched_together: help
# TODO(translate)
exercise-22-the-profiles-are-fetched-together-help-2 = a profile request needs nothing from the previous one's answer: start them all before awaiting any (a concurrency bound, if you use one, must leave room for ten)
# the_pages_follow_the_cursor_chain: why
# TODO(translate)
exercise-22-the-pages-follow-the-cursor-chain-why = a page's request carries the cursor the previous page returned: it depends on that answer, and no amount of concurrency can send it earlier; a guessed or repeated request is refused or fetches the same invoices twice
# the_pages_follow_the_cursor_chain: help
# TODO(translate)
exercise-22-the-pages-follow-the-cursor-chain-help = keep the page loop sequential: request the first page without a cursor, then each next page with the `next_cursor` of the page before
# the_report_takes_as_long_as_the_page_chain: what
# TODO(translate)
exercise-22-the-report-takes-as-long-as-the-page-chain-what = building the report (10 profiles of 0.5 s, 5 pages of 0.2 s)
# the_report_takes_as_long_as_the_page_chain: too-slow
# TODO(translate)
exercise-22-the-report-takes-as-long-as-the-page-chain-too-slow = something waited that did not have to: the profiles one after another, or the pages after the profiles
# the_report_takes_as_long_as_the_page_chain: help
# $chain (duration): how long the page chain takes
# TODO(translate)
exercise-22-the-report-takes-as-long-as-the-page-chain-help = the profiles need nothing from each other (together: 0.5 s) and the pages need nothing from the profiles: only the page chain is sequential, so the report takes { $chain }
# the_report_takes_as_long_as_the_page_chain: too-fast
# TODO(translate)
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast = each page needs the cursor of the page before it, so five pages of 0.2 s take at least 1.0 s
# the_report_takes_as_long_as_the_page_chain: too-fast-help
# TODO(translate)
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast-help = request each page with the cursor the previous page returned
# How the report came back, inserted as $report after "came back as": a report
# $customers (number): customers in it
# $invoices (number): invoices in it
# TODO(translate)
exercise-22-outcome-ok = Ok ({ $customers } customers, { $invoices } invoices)
# How the report came back: an error
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
# TODO(translate)
exercise-22-outcome-error = an error: { $error }
# The error of a request with a made-up cursor, inserted as $error
# TODO(translate)
exercise-22-unknown-cursor = the billing API refused a cursor it never issued
# the_pages_follow_the_cursor_chain: problem, a request with a made-up cursor
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $cursor (text): the cursor it carried, quoted as Rust prints a string
# TODO(translate)
exercise-22-chain-unknown-cursor = request { $number } (at { $at }) carried the cursor { $cursor }, which the billing API never issued
# the_pages_follow_the_cursor_chain: problem, a request for the wrong page
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $page (number): the page it asked for
# TODO(translate)
exercise-22-chain-wrong-page = request { $number } (at { $at }) asked for page { $page }: the pages must be requested once each, in order
# the_pages_follow_the_cursor_chain: problem, a request sent before its cursor existed
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $issued_at (duration): when the page before it handed out its cursor
# TODO(translate)
exercise-22-chain-too-early = request { $number } started at { $at }, before its cursor was received at { $issued_at }
# the_pages_follow_the_cursor_chain: problem, too many or too few page requests
# $requests (number): page requests made
# $pages (number): pages the billing API holds
# TODO(translate)
exercise-22-chain-request-count = the billing API got { $requests } page requests for its { $pages } pages







