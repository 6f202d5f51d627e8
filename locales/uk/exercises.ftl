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
# a_failure_is_returned_promptly: problem (the time counts only for a run that did the work)
# $started (number): how many of the 10 fetches had started when `fetch_team` returned
exercise-04-a-failure-is-returned-promptly-problem = `fetch_team` повернула помилку користувача 4, запустивши { $started } з 10 запитів: помилка вважається поверненою вчасно, лише коли запитують усю команду
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
# a_hung_api_fails_at_the_limit: problem (the time counts only for a run that did the work)
# $requests (number): how many profile requests were started
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-hung-api-fails-at-the-limit-problem = дашборд вийшов такий: { $dashboard }, а запитів профілю запущено: { $requests }; час зараховується лише для виклику, який справді зробили й облишили на ліміті
# a_hung_database_fails_at_the_limit: what
exercise-06-a-hung-database-fails-at-the-limit-what = завантаження дашборда із завислою базою даних
# a_hung_database_fails_at_the_limit: too-slow
exercise-06-a-hung-database-fails-at-the-limit-too-slow = запит до бази не мав обмеження в часі: викликаючий код чекав стільки ж, скільки висіла база даних
# a_hung_database_fails_at_the_limit: help
exercise-06-a-hung-database-fails-at-the-limit-help = кожна операція I/O потребує власного ліміту: після профілю (0,3 с) запит до бази має здатися через 1 с (разом 1,3 с)
# a_hung_database_fails_at_the_limit: problem (the time counts only for a run that did the work)
# $queries (number): how many orders queries were started
# $dashboard (text): what `load_dashboard` returned, as Rust prints it
exercise-06-a-hung-database-fails-at-the-limit-problem = дашборд вийшов такий: { $dashboard }, а запитів замовлень до бази запущено: { $queries }; час зараховується лише для запиту, який справді зробили й облишили на ліміті
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
exercise-10-returns-the-thousand-users-in-order-problem = очікувалися користувачі з 1 по { $expected } у порядку id, а повернуто користувачів: { $got }, і перші з них мають id { $first }
# returns_the_thousand_users_in_order: help
exercise-10-returns-the-thousand-users-in-order-help = зберігайте результати в порядку вхідних даних: `buffered` так робить, а `buffer_unordered` — ні
# returns_the_thousand_users_in_order: help
exercise-10-returns-the-thousand-users-in-order-help-2 = отримайте кожного користувача з API рівно один раз
# reports_a_failed_request: problem
# $outcome (message): what it returned instead (exercise-10-outcome-...)
exercise-10-reports-a-failed-request-problem = користувача 500 не вдалося отримати, але функція повернула { $outcome }
# reports_a_failed_request: help
exercise-10-reports-a-failed-request-help = поверніть помилку невдалого запиту, а не приховуйте її
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help = отримайте кожного з 1000 користувачів рівно один раз
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-2 = запускайте запит лише тоді, коли їх виконується менше ніж десять: `futures::stream::iter(..).buffered(max_in_flight)` або `tokio::sync::Semaphore` з `max_in_flight` дозволами
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-3 = отримайте кожного користувача рівно один раз
# never_more_requests_in_flight_than_allowed: help
exercise-10-never-more-requests-in-flight-than-allowed-help-4 = ліміт задає викликаючий код: використовуйте аргумент `max_in_flight`, а не власну константу
# as_many_requests_in_flight_as_allowed: help
exercise-10-as-many-requests-in-flight-as-allowed-help = обмежено не означає послідовно: тримайте в роботі `max_in_flight` запитів і запускайте наступний, щойно завершився один
# the_window_slides_instead_of_waiting_for_batches: what
exercise-10-the-window-slides-instead-of-waiting-for-batches-what = отримання 1000 користувачів, по десять водночас
# the_window_slides_instead_of_waiting_for_batches: too-fast
# $at_least (duration): the least the work needs, ten at a time
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-fast = по десять водночас 1000 запитів по 0,1 с або 0,3 с потребують щонайменше { $at_least }: уся робота, розділена на десять; швидший прогін мав більше ніж десять активних запитів
# the_window_slides_instead_of_waiting_for_batches: too-slow
# $fixed_batches (duration): how long fixed batches of ten take
# $at_least (duration): how long a sliding window takes
exercise-10-the-window-slides-instead-of-waiting-for-batches-too-slow = вікно не ковзало: фіксовані партії по десять чекають на найповільніший запит кожної партії й тривають { $fixed_batches }, тоді як вікно, що запускає наступний запит тієї ж миті, коли завершився один, триває близько { $at_least }
# BOUND_HELP: const
exercise-10-bound-help = тримайте активними `max_in_flight` запитів і запускайте наступний тієї ж миті, коли завершився один (`StreamExt::buffered(max_in_flight)` або Semaphore з `max_in_flight` дозволами)
# What the function returned instead of the error, inserted as $outcome
# $users (number): the users it returned
exercise-10-outcome-users = { $users } { $users ->
        [one] користувача
        [few] користувачів
        [many] користувачів
       *[other] користувача
    } і жодної помилки
# What the function returned instead of the error
# $error (text): the error it returned, as its own Display text (English)
exercise-10-outcome-error = помилку `{ $error }`
# returns_the_thousand_users_in_order: problem, when the function returned an error
# $error (text): the error's own Display text (English)
exercise-10-fetching-failed = не вдалося отримати користувачів: { $error }

## exercise-11: The nightly job: 30 calls per minute

# scores_every_user_in_order: why
exercise-11-scores-every-user-in-order-why = відхилений виклик — це користувач без оцінки: нічна обробка не виконала своєї роботи
# scores_every_user_in_order: help
exercise-11-scores-every-user-in-order-help = кожна оцінка має надходити від ендпоінта: викликайте його один раз на кожен промпт
# no_call_is_refused: problem
# $rejected (number): calls the endpoint refused
# $started (number): calls made
exercise-11-no-call-is-refused-problem = ендпоінт LLM відхилив { $rejected } з { $started } { $started ->
        [one] виклику
       *[other] викликів
    }, бо їх було понад 30 на хвилину
# no_call_is_refused: why
exercise-11-no-call-is-refused-why = на виклик понад ліміт ендпоінт відповідає помилкою (HTTP 429), а не оцінкою
# no_call_is_refused: help
exercise-11-no-call-is-refused-help = викликайте ендпоінт один раз на користувача й розподіляйте виклики в часі, а не повторюйте відхилені
# at_most_thirty_calls_in_any_minute: help
exercise-11-at-most-thirty-calls-in-any-minute-help = обмеження частоти дотримуються, розподіляючи виклики в часі, а не пропускаючи їх: викликайте ендпоінт один раз на користувача
# the_job_takes_as_long_as_the_limit_requires: help
exercise-11-the-job-takes-as-long-as-the-limit-requires-help = викликайте ендпоінт один раз на користувача: обробка, що пропускає виклики, завершується раніше, але без жодної користі
# the_job_takes_as_long_as_the_limit_requires: problem
# $elapsed (duration): how long the job took
exercise-11-the-job-takes-as-long-as-the-limit-requires-problem = нічна обробка тривала лише { $elapsed } змодельованого часу: її виклики стартували надто щільно
# the_job_takes_as_long_as_the_limit_requires: why
exercise-11-the-job-takes-as-long-as-the-limit-requires-why = при 30 викликах на хвилину останній із 90 викликів не може стартувати раніше ніж на 120 с; виклики, що стартують раніше, ендпоінт відхиляє
# the_job_takes_as_long_as_the_limit_requires: what
exercise-11-the-job-takes-as-long-as-the-limit-requires-what = виконання нічної обробки
# the_job_takes_as_long_as_the_limit_requires: too-slow
exercise-11-the-job-takes-as-long-as-the-limit-requires-too-slow = виклики йшли рідше, ніж вимагає ліміт; 90 викликів по 30 на хвилину завершуються за 3 хвилини (якщо спати 2 с після кожного виклику на 0,5 с, між стартами минає 2,5 с)
# PACE_HELP: const
exercise-11-pace-help = запускайте один виклик кожні 2 с (`tokio::time::interval`), відраховуючи від старту одного виклику до старту наступного, а не від його кінця
# scores_every_user_in_order: problem
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
exercise-11-scores-every-user-in-order-problem = свою оцінку отримали { $scored } з { $users } { $users ->
        [one] користувача
       *[other] користувачів
    } (повернуто відповідей: { $answers })
# scores_every_user_in_order: problem, when some call failed
# $scored (number): users whose answer was their score
# $users (number): users the job was given
# $answers (number): answers the job returned
# $error (text): the first failed call's error, as its own Display text (English)
exercise-11-scores-every-user-in-order-problem-failure = свою оцінку отримали { $scored } з { $users } { $users ->
        [one] користувача
       *[other] користувачів
    } (повернуто відповідей: { $answers }); перша помилка: { $error }

## exercise-12: A queue, three workers and backpressure

# returned: problem
exercise-12-returned-problem = `resize_all` так і не повернулася: воркери досі чекають на зображення
# returned: why
exercise-12-returned-why = `recv` воркера повертає `None` лише тоді, коли знищено кожен `Sender` черги; поки живий хоч один, воркери чекають вічно
# returned: help
exercise-12-returned-help = знищте відправника, щойно останнє завантаження потрапило в чергу, а тоді дочекайтеся воркерів
# resizes_every_image_exactly_once: problem
# $images (number): images uploaded
# $wrong (list): the images resized a wrong number of times (exercise-12-image-resized-times), joined by ", "
exercise-12-resizes-every-image-exactly-once-problem = кожне з { $images } { $images ->
        [one] зображення
       *[other] зображень
    } мало бути масштабоване один раз, але сервіс масштабування нарахував: { $wrong }
# resizes_every_image_exactly_once: why
exercise-12-resizes-every-image-exactly-once-why = зображення, що загубилося з черги, так і не масштабують; за взяте двічі платять двічі
# resizes_every_image_exactly_once: help
exercise-12-resizes-every-image-exactly-once-help = кожне зображення потрапляє в чергу один раз, і кожне зображення з черги бере один воркер
# resizes_every_image_exactly_once: problem
# $images (number): images resized
# $resized (number): the count `resize_all` returned
exercise-12-resizes-every-image-exactly-once-problem-2 = масштабовано { $images } { $images ->
        [one] зображення
        [few] зображення
        [many] зображень
       *[other] зображення
    }, але `resize_all` повідомила про { $resized }
# resizes_every_image_exactly_once: help
exercise-12-resizes-every-image-exactly-once-help-2 = коли всі воркери зупинилися, складіть, скільки зображень масштабував кожен
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help = зворотний тиск сповільнює завантаження, а не пропускає їх: масштабуйте кожне зображення
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $images (number): uploads in all
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the most uploads that fit: one per worker, the queue full, and the one waiting to be sent
exercise-12-the-uploads-wait-while-the-queue-is-full-problem = до завершення першого масштабування було витягнуто { $early } з { $images } { $images ->
        [one] завантаження
       *[other] завантажень
    }; при { $workers } { $workers ->
        [one] воркері
       *[other] воркерах
    } і черзі на { $queue_capacity } { $queue_capacity ->
        [one] місце
        [few] місця
        [many] місць
       *[other] місця
    } їх уміщується щонайбільше { $room }
# the_uploads_wait_while_the_queue_is_full: why
exercise-12-the-uploads-wait-while-the-queue-is-full-why = без зворотного тиску швидкий виробник накопичує в пам'яті кожне завантаження, а воркери відстають дедалі більше
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help-2 = зробіть чергу обмеженою, `tokio::sync::mpsc::channel(queue_capacity)`: тоді `send` чекає, поки черга повна, а разом із ним і цикл завантажень
# the_uploads_wait_while_the_queue_is_full: problem
# $early (number): uploads pulled before the first resize finished
# $workers (number): workers
# $queue_capacity (number): the queue's capacity
# $room (number): the uploads the workers and the queue had room for
exercise-12-the-uploads-wait-while-the-queue-is-full-problem-2 = до завершення першого масштабування було витягнуто лише { $early } { $early ->
        [one] завантаження
        [few] завантаження
        [many] завантажень
       *[other] завантаження
    }, а { $workers } { $workers ->
        [one] воркер
        [few] воркери
        [many] воркерів
       *[other] воркера
    } і черга на { $queue_capacity } { $queue_capacity ->
        [one] місце
        [few] місця
        [many] місць
       *[other] місця
    } могли вмістити { $room }
# the_uploads_wait_while_the_queue_is_full: why
exercise-12-the-uploads-wait-while-the-queue-is-full-why-2 = черга, яку ніколи не заповнюють, не згладжує сплесків: воркери чекають на виробника
# the_uploads_wait_while_the_queue_is_full: help
exercise-12-the-uploads-wait-while-the-queue-is-full-help-3 = витягайте завантаження й ставте їх у чергу, доки `send` не муситиме чекати
# workers_stop_when_the_uploads_run_out: help
exercise-12-workers-stop-when-the-uploads-run-out-help = воркери зупиняються, коли кожне зображення з черги масштабоване, і не раніше
# workers_stop_when_the_uploads_run_out: problem
# $alive (number): tasks still alive
# $still_running (number): resizes still running
exercise-12-workers-stop-when-the-uploads-run-out-problem = `resize_all` повернулася, коли ще лишалися живі завдання ({ $alive }) і незавершені масштабування ({ $still_running })
# workers_stop_when_the_uploads_run_out: why
exercise-12-workers-stop-when-the-uploads-run-out-why = робота, що триває після повернення з функції, — це робота, на яку ніхто не чекає: вона пропадає, коли програма завершується
# workers_stop_when_the_uploads_run_out: help
exercise-12-workers-stop-when-the-uploads-run-out-help-2 = коли останнє завантаження вже в черзі, знищте відправника й дочекайтеся кожного воркера: кожен зупиняється, коли `recv` повертає `None`
# resizing_keeps_three_workers_busy: problem
# $elapsed (duration): how long resizing took
exercise-12-resizing-keeps-three-workers-busy-problem = масштабування 60 зображень тривало лише { $elapsed } змодельованого часу: одночасно виконувалося більше ніж 3 масштабування, або `resize_all` повернулася раніше, ніж останні зображення були готові
# resizing_keeps_three_workers_busy: why
# $at_least (duration): the least three workers need
# $total (duration): all the resizing work added up
exercise-12-resizing-keeps-three-workers-busy-why = 3 воркерам, що масштабують по одному зображенню за раз, на ці 60 зображень потрібно щонайменше { $at_least }: { $total } роботи, поділені на трьох
# resizing_keeps_three_workers_busy: what
exercise-12-resizing-keeps-three-workers-busy-what = масштабування 60 зображень
# resizing_keeps_three_workers_busy: too-slow
# $batches_of_three (duration): how long batches of three take
exercise-12-resizing-keeps-three-workers-busy-too-slow = більшу частину часу виконувалося менше ніж 3 масштабування; воркери, які беруть наступне зображення, щойно звільнилися, упораються приблизно за 4,1 с, а партії по три, що чекають на своє найповільніше зображення, тривають { $batches_of_three }
# exactly_the_pool_size_in_flight: help
# $workers (number): the pool size this run asked for
exercise-12-exactly-the-pool-size-in-flight-help = запустіть рівно `workers` завдань (тут { $workers }), кожне з яких бере з черги по одному зображенню: ніколи більше масштабувань водночас і ніколи менше, поки зображення чекають
# resizing_keeps_three_workers_busy: help
exercise-12-resizing-keeps-three-workers-busy-help = рівно `workers` завдань, кожне з яких масштабує зображення одне за одним, тримають пул зайнятим
# One image resized a wrong number of times, in the list $wrong below
# $image (number): the image's number
# $times (number): how often it was resized (0, 2...)
exercise-12-image-resized-times = зображення { $image }: { $times } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }

## exercise-13: The audit entries that vanished at exit

# assert_all_written: problem
# $written (number): events found in the audit log
# $events (number): events recorded
# $when (message): when the audit log was looked at (exercise-13-when-... or exercise-13-after-...)
exercise-13-assert-all-written-problem = журнал аудиту містив лише { $written } з { $events } { $events ->
        [one] зареєстрованої події
       *[other] зареєстрованих подій
    } { $when }
# assert_all_written: why
exercise-13-assert-all-written-why = на від'єднане завдання ніхто не чекає: коли програма зупиняється, середовище виконання знищує його на півдорозі, і його запис пропадає
# no_write_is_lost_when_the_program_exits: problem
# $dropped (number): audit writes cancelled
# $started (number): audit writes started
exercise-13-no-write-is-lost-when-the-program-exits-problem = { $dropped } з { $started } { $started ->
        [one] запису
       *[other] записів
    } аудиту скасовано, коли програма завершилася
# no_write_is_lost_when_the_program_exits: why
exercise-13-no-write-is-lost-when-the-program-exits-why = повернення з `main` зупиняє середовище виконання, а воно знищує кожне завдання, що ще працює: записи, на які ніхто не чекав, обриваються (це той самий витік «запустив і забув» (fire-and-forget), що у вихідних нотатках)
# assert_returned_with_the_last_write: problem
# $late_by (duration): how long after the last write `shutdown` returned
# $last_write (duration): when the last write finished
# $returned (duration): when `shutdown` returned
exercise-13-shutdown-returned-late-problem = `shutdown` повернувся через { $late_by } після того, як завершився останній запис (останній запис — на { $last_write } змодельованого часу, `shutdown` — на { $returned })
# assert_returned_with_the_last_write: why
exercise-13-shutdown-returned-late-why = завершення роботи, яке просто спить, вгадує, скільки триватимуть записи, замість того щоб на них чекати: замало — і записи губляться, забагато — і кожна зупинка програми чекає даремно; завершення, яке чекає на свої завдання (join), повертається тієї ж миті, коли завершується останнє
# a_failed_write_is_reported_at_shutdown: problem
# $failures (text): the errors `shutdown` returned, as Rust prints a list
exercise-13-a-failed-write-is-reported-at-shutdown-problem = третій запис аудиту не вдався, але `shutdown` повернув { $failures }
# a_failed_write_is_reported_at_shutdown: why
exercise-13-a-failed-write-is-reported-at-shutdown-why = помилка всередині від'єднаного завдання нікуди не потрапляє: його JoinHandle ніхто не тримає
# a_failed_write_is_reported_at_shutdown: help
exercise-13-a-failed-write-is-reported-at-shutdown-help = дочекайтеся кожного запису, який ви запустили (`JoinSet::join_next`), і збережіть помилки, які при цьому повертаються
# shutdown_waits_for_the_writes: problem
# $elapsed (duration): when `shutdown` returned
# $events (number): writes still running
# $write_latency (duration): how long one write takes
exercise-13-shutdown-waits-for-the-writes-problem = `shutdown` повернувся через { $elapsed } змодельованого часу, раніше, ніж могли завершитися записи, що ще тривали (їх { $events }, кожен триває { $write_latency })
# shutdown_waits_for_the_writes: why
exercise-13-shutdown-waits-for-the-writes-why = завершення роботи, яке не чекає, дає програмі закінчитися з недоробленою роботою
# shutdown_waits_for_the_writes: what
exercise-13-shutdown-waits-for-the-writes-what = завершення роботи з п'ятьма активними записами
# shutdown_waits_for_the_writes: too-slow
exercise-13-shutdown-waits-for-the-writes-too-slow = записи виконувалися один за одним; якщо `record` запускає їх у фоновому режимі, вони перекриваються в часі й усі завершуються через { $write_latency }
# shutdown_waits_for_the_writes: help
exercise-13-shutdown-waits-for-the-writes-help = запускайте кожен запис як окреме завдання в `record` і чекайте на них лише в `shutdown`
# TRACK_HELP: const
exercise-13-track-help = зберігайте кожен запис, який запускаєте (`tokio::task::JoinSet` у структурі), а в `shutdown` чекайте, доки кожен із них завершиться
# When the audit log was looked at, inserted as $when
exercise-13-when-shutdown-returned = на момент, коли `shutdown` повернувся
# When the audit log was looked at, inserted as $when
exercise-13-after-the-program-ended = після завершення програми

## exercise-14: Every answer, even the failures

# reports_every_user_that_was_fetched: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
exercise-14-reports-every-user-that-was-fetched-problem = кожен із 8 отриманих користувачів мав стояти у звіті на своєму місці, але { $wrong }
# reports_every_user_that_was_fetched: why
exercise-14-reports-every-user-that-was-fetched-why = запити користувачів 3 і 7 не вдалися, але решту вісьмох користувачів отримано: одна помилка не повинна викидати їхніх результатів
# reports_every_user_that_was_fetched: help
exercise-14-reports-every-user-that-was-fetched-help = отримайте з API кожного з десяти користувачів
# reports_every_failure_in_its_place: problem
# $wrong (list): the wrong entries (exercise-14-misplaced), joined by "; "
exercise-14-reports-every-failure-in-its-place-problem = запити користувачів 3 і 7 не вдалися, але звіт не містить обох помилок на їхніх місцях ({ $wrong })
# reports_every_failure_in_its_place: why
exercise-14-reports-every-failure-in-its-place-why = зупинка на першій помилці приховує всі наступні: викликаючий код виправлятиме по одній проблемі за раз
# no_fetch_is_cancelled: problem
# $dropped (number): fetches cancelled
# $started (number): fetches started
exercise-14-no-fetch-is-cancelled-problem = { $dropped } з { $started } { $started ->
        [one] запиту
       *[other] запитів
    } скасовано, перш ніж вони повернулися
# no_fetch_is_cancelled: why
exercise-14-no-fetch-is-cancelled-why = `try_join_all` знищує кожен запит, що ще виконується, щойно один не вдається: їхня робота марна, а результати так і не доходять до викликаючого коду
# the_batch_takes_as_long_as_the_slowest_fetch: problem
# $elapsed (duration): when the report was ready
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-problem = звіт був готовий через { $elapsed } змодельованого часу, тобто тоді, коли не вдався перший запит: повільніші запити (0,5 с) знищили незавершеними
# the_batch_takes_as_long_as_the_slowest_fetch: why
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-why = звіт, у якому є кожен користувач, не може бути готовий раніше за найповільніший запит
# the_batch_takes_as_long_as_the_slowest_fetch: what
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-what = формування звіту по команді
# the_batch_takes_as_long_as_the_slowest_fetch: too-slow
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-too-slow = запити виконувалися один за одним
# the_batch_takes_as_long_as_the_slowest_fetch: help
exercise-14-the-batch-takes-as-long-as-the-slowest-fetch-help = запустіть усі десять запитів разом і дочекайтеся їх усіх: разом 0,5 с
# GATHER_HELP: const
exercise-14-gather-help = дочекайтеся кожного запиту й лишіть кожен `Result` таким, яким він є: `futures::future::join_all` над запитами, а не `try_join_all`
# A report entry, inserted as $got in exercise-14-misplaced: there was none
exercise-14-entry-nothing = порожньо
# A report entry that is a user
# $user (number): the user's id
exercise-14-entry-user = користувач { $user }
# A report entry that is an error
# $error (text): the error's own Display text (English)
exercise-14-entry-error = помилка `{ $error }`
# One wrong entry of the report; a list of them, joined by "; ", is the $wrong of the problems above
# $id (number): the user whose entry is wrong
# $got (message): what the entry holds (exercise-14-entry-...)
exercise-14-misplaced = на місці користувача { $id } — { $got }

## exercise-15: One page at a time

# yields_every_user_in_order: problem
# $ids (text): the ids (or the error) the stream yielded, as Rust prints it
exercise-15-yields-every-user-in-order-problem = очікувалися користувачі з 1 по 50 у порядку id з 5 сторінок, а отримано { $ids }
# yields_every_user_in_order: help
exercise-15-yields-every-user-in-order-help = видавайте користувачів кожної сторінки по порядку, а тоді переходьте до сторінки, яку вона називає наступною
# yields_every_user_in_order: help
exercise-15-yields-every-user-in-order-help-2 = отримайте з API кожну з п'яти сторінок
# a_failed_page_ends_the_stream_with_its_error: problem
# $users_before_error (number): users yielded before the first error
# $rest (text): the items after them, as Rust prints a list
exercise-15-a-failed-page-ends-the-stream-with-its-error-problem = сторінка 3 не вдалася: очікувалися 20 користувачів зі сторінок 1 і 2, потім помилка сторінки 3, потім кінець стріму; отримано користувачів: { $users_before_error }, а за ними { $rest }
# a_failed_page_ends_the_stream_with_its_error: help
exercise-15-a-failed-page-ends-the-stream-with-its-error-help = видайте помилку останнім елементом стріму й зупиніться: не пропускайте невдалої сторінки
# the_first_user_arrives_after_one_page: what
exercise-15-the-first-user-arrives-after-one-page-what = отримання першого користувача
# the_first_user_arrives_after_one_page: too-slow
exercise-15-the-first-user-arrives-after-one-page-too-slow = стрім отримав більше, ніж першу сторінку (0,2 с), перш ніж щось видати
# the_first_user_arrives_after_one_page: help
exercise-15-the-first-user-arrives-after-one-page-help = видавайте користувачів сторінки 1, щойно сторінка 1 надійшла: тоді перший користувач приходить через 0,2 с, а не після всіх п'яти сторінок (1,0 с)
# the_first_user_arrives_after_one_page: what
exercise-15-the-first-user-arrives-after-one-page-what-2 = отримання користувачів з 2 по 11
# the_first_user_arrives_after_one_page: too-slow
exercise-15-the-first-user-arrives-after-one-page-too-slow-2 = отримання наступної сторінки тривало довше, ніж затримка однієї сторінки
# the_first_user_arrives_after_one_page: help
exercise-15-the-first-user-arrives-after-one-page-help-2 = отримуйте сторінку 2, коли споживач просить користувача 11, і тільки сторінку 2
# the_first_user_arrives_after_one_page: problem (the time counts only for a stream that did the work)
# $first (text): the stream's first item, as Rust prints it
# $pages (number): how many page requests had completed
exercise-15-the-first-user-arrives-after-one-page-problem = стрім першим видав { $first }, а завершених запитів сторінок було: { $pages }; час зараховується лише для користувача 1 зі сторінки 1
# the_first_user_arrives_after_one_page: problem-2
# $count (number): how many users the stream yielded when asked for users 2 to 11
# $pages (number): how many page requests had completed
exercise-15-the-first-user-arrives-after-one-page-problem-2 = стрім видав { $count } з-поміж користувачів з 2 по 11, а завершених запитів сторінок було: { $pages }; час зараховується лише для користувачів, які справді були на сторінках
# stopping_early_fetches_only_the_pages_needed: problem
# $taken (number): users the consumer got
exercise-15-stopping-early-fetches-only-the-pages-needed-problem = споживач попросив 15 користувачів, а отримав { $taken }
# stopping_early_fetches_only_the_pages_needed: help
exercise-15-stopping-early-fetches-only-the-pages-needed-help = видавайте кожного користувача кожної сторінки, по одному елементу на користувача
# stopping_early_fetches_only_the_pages_needed: problem
# $asked (number): pages asked for
# $pages (text): the page numbers asked for, as Rust prints a list
exercise-15-stopping-early-fetches-only-the-pages-needed-problem-2 = споживач зупинився після 15 користувачів, які вміщаються на двох сторінках, але в API запитали { $asked } { $asked ->
        [one] сторінку
        [few] сторінки
        [many] сторінок
       *[other] сторінки
    }: { $pages }
# stopping_early_fetches_only_the_pages_needed: why
exercise-15-stopping-early-fetches-only-the-pages-needed-why = стрім має працювати лише тоді, коли споживач просить наступний елемент: кожна сторінка, отримана наперед, — це марний запит, а викликаючий код, що зупиняється рано, однаково платить за весь список
# stopping_early_fetches_only_the_pages_needed: help
exercise-15-stopping-early-fetches-only-the-pages-needed-help-2 = отримуйте наступну сторінку всередині стріму, тієї миті, коли споживачеві потрібен користувач, якого немає на поточній сторінці (`futures::stream::try_unfold`)
# at_most_one_page_is_buffered: problem
# $consumed (number): users the stream yielded
exercise-15-at-most-one-page-is-buffered-problem = стрім видав { $consumed } { $consumed ->
        [one] користувача
       *[other] користувачів
    }, а очікувалося 50
# at_most_one_page_is_buffered: help
exercise-15-at-most-one-page-is-buffered-help = видавайте кожного користувача кожної сторінки
# at_most_one_page_is_buffered: problem
# $held (number): users fetched but not consumed yet
# $after (number): users the consumer had taken by then
# $page_size (number): users per page
exercise-15-at-most-one-page-is-buffered-problem-2 = коли споживач узяв { $after }, у пам'яті трималося користувачів, уже отриманих, але ще не спожитих: { $held }, а сторінка вміщує { $page_size }
# at_most_one_page_is_buffered: why
exercise-15-at-most-one-page-is-buffered-why = стріми існують для того, щоб список із мільйона користувачів коштував пам'яті однієї сторінки: якщо спершу завантажити всі сторінки або отримувати їх наперед, пам'ять росте разом із розміром списку
# at_most_one_page_is_buffered: help
exercise-15-at-most-one-page-is-buffered-help-2 = тримайте лише поточну сторінку, а наступну отримуйте, коли ця вичерпалася

## exercise-16: The cache that became a queue

# every_caller_gets_its_profile_and_it_is_cached: problem
# $wrong (list): the wrong answers (exercise-16-wrong-answer), joined by "; "
exercise-16-every-caller-gets-its-profile-and-it-is-cached-problem = обробники отримали не ті профілі: { $wrong }
# One wrong answer, in the list $wrong above
# $id (number): the user a handler asked for
# $got (text): what it got, as Rust prints it (`Ok(User { .. })`, `Err(..)`)
exercise-16-wrong-answer = користувач { $id } отримав { $got }
# every_caller_gets_its_profile_and_it_is_cached: help
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help = поверніть профіль того id, який просили, з кешу або з API
# every_caller_gets_its_profile_and_it_is_cached: help
exercise-16-every-caller-gets-its-profile-and-it-is-cached-help-2 = отримайте кожного користувача один раз, запам'ятайте профіль і відповідайте на наступні запити з кешу
# a_failed_fetch_is_reported: problem
# $answer (text): what the cache returned, as Rust prints it
exercise-16-a-failed-fetch-is-reported-problem = не вдалося отримати користувача 4, але кеш повернув { $answer }
# a_failed_fetch_is_reported: help
exercise-16-a-failed-fetch-is-reported-help = передайте помилку API далі викликаючому коду й нічого не кешуйте для цього користувача
# ten_misses_for_different_users_take_half_a_second: what
exercise-16-ten-misses-for-different-users-take-half-a-second-what = отримання десятьох різних користувачів десятьма обробниками
# ten_misses_for_different_users_take_half_a_second: too-slow
exercise-16-ten-misses-for-different-users-take-half-a-second-too-slow = кожен обробник чекав на м'ютекс кешу, який попередній тримав протягом усього свого запиту на 0,5 с
# ten_misses_for_different_users_take_half_a_second: help
exercise-16-ten-misses-for-different-users-take-half-a-second-help = захоплюйте м'ютекс, щоб заглянути в мапу, відпускайте його, перш ніж чекати на API, і захоплюйте знову, щоб вставити результат: тоді десять запитів для десятьох користувачів перекриваються в часі й тривають 0,5 с, а не 5 с
# fetches_for_different_users_run_at_the_same_time: help
exercise-16-fetches-for-different-users-run-at-the-same-time-help = отримайте кожного з десяти користувачів рівно один раз
# fetches_for_different_users_run_at_the_same_time: help
exercise-16-fetches-for-different-users-run-at-the-same-time-help-2 = guard, що живе через `.await`, перетворює м'ютекс на чергу для всього сервісу: знищте його (завершіть його область видимості або склонуйте значення назовні), перш ніж чекати на запит
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $value (text): what the cache returned, as Rust prints it
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem = запитали закешованого користувача 1, а отримали { $value }
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help = відповідайте з кешу
# a_cache_hit_never_waits_for_a_slow_fetch: what
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-what = повернення закешованого користувача 1, поки отримували користувача 2
# a_cache_hit_never_waits_for_a_slow_fetch: too-slow
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-too-slow = влучання в кеш чекало на м'ютекс, який тримав обробник, що 2 с отримував користувача 2
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-2 = влучанню в кеш не потрібен I/O, і відповідь має бути миттєвою: тримайте м'ютекс лише тоді, коли читаєте мапу чи пишете в неї
# a_cache_hit_never_waits_for_a_slow_fetch: problem
# $slow_fetch_in_flight (number): fetches in flight at that moment
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-problem-2 = коли влучання в кеш повернулося, активних запитів було { $slow_fetch_in_flight }, а 2-секундний запит користувача 2 мав іще тривати
# a_cache_hit_never_waits_for_a_slow_fetch: help
exercise-16-a-cache-hit-never-waits-for-a-slow-fetch-help-3 = на влучання треба відповісти, поки ще триває повільний запит іншого користувача

## exercise-17: Every connection comes back

# assert_every_connection_came_back: problem
# $after (message): when the pool was checked (exercise-17-after-...), at the start of the sentence
# $idle (number): connections back in the pool
# $pool_size (number): the pool's connections
# $probe_outcome (message): what new requests then met (exercise-17-probe-...)
exercise-17-assert-every-connection-came-back-problem = у пул повернулося лише { $idle } з { $pool_size } { $pool_size ->
        [one] з'єднання
       *[other] з'єднань
    } { $after }: { $probe_outcome }
# assert_every_connection_came_back: why
exercise-17-assert-every-connection-came-back-why = з'єднання, яке не повернули, втрачене назавжди: пул меншає з кожною помилкою, а коли він спорожніє, кожен запит чекатиме вічно, як із незакритою `ClientSession` з вихідних нотаток
# returns_the_row: problem
# $answer (text): what the handler returned, as Rust prints it
exercise-17-returns-the-row-problem = очікувався рядок 7, а отримано { $answer }
# returns_the_row: help
exercise-17-returns-the-row-help = запитайте рядок за ключем `key` через позичене з'єднання
# returns_the_row: help
exercise-17-returns-the-row-help-2 = зверніться до бази даних один раз, через позичене з'єднання
# no_connection_leaks_after_failed_queries: problem
# $answers (text): what the requests returned, as Rust prints a list
exercise-17-no-connection-leaks-after-failed-queries-problem = запит до бази для ключа 13 завершується помилкою, але 5 запитів повернули { $answers }
# no_connection_leaks_after_failed_queries: help
exercise-17-no-connection-leaks-after-failed-queries-help = передайте помилку запиту до бази далі викликаючому коду
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help = виконуйте один запит до бази на кожен вхідний запит
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-2 = кожен запит до бази мусить іти через з'єднання, позичене в пулу: чекайте на вільне, а не відкривайте нове
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-3 = пул позичає всі свої з'єднання водночас: не тримайте м'ютекс, поки виконується запит до бази
# the_pool_never_exceeds_its_size: what
exercise-17-the-pool-never-exceeds-its-size-what = проходження 20 запитів через пул із 3 з'єднань
# the_pool_never_exceeds_its_size: too-slow
exercise-17-the-pool-never-exceeds-its-size-too-slow = пул не тримав зайнятими всі свої 3 з'єднання
# the_pool_never_exceeds_its_size: help
exercise-17-the-pool-never-exceeds-its-size-help-4 = 20 запитів до бази, по 3 водночас, займають 7 раундів по 0,1 с
# What happened to new requests after the checked ones, inserted as $probe_outcome
# $pool_size (number): the requests sent, as many as the pool has connections
# $elapsed (duration): how long they took together
exercise-17-probe-slow = { $pool_size ->
        [one] { $pool_size } новий запит потім тривав
        [few] { $pool_size } нові запити потім тривали
       *[other] { $pool_size } нових запитів потім тривали
    } { $elapsed } замість одного раунду 0,1 с
# What happened to new requests after the checked ones
# $pool_size (number): the requests sent, as many as the pool has connections
# $waited (duration): how long they waited
exercise-17-probe-gave-up = { $pool_size ->
        [one] { $pool_size } новий запит потім чекав на з'єднання { $waited } і здався
        [few] { $pool_size } нові запити потім чекали на з'єднання { $waited } і здалися
       *[other] { $pool_size } нових запитів потім чекали на з'єднання { $waited } і здалися
    }
# When the pool was checked, inserted as $after at the start of exercise-17-assert-every-connection-came-back-problem
exercise-17-after-one-request = після одного успішного запиту
# returns_the_row: help
exercise-17-returns-the-row-help-3 = поверніть з'єднання, коли запит оброблено
# When the pool was checked
exercise-17-after-failed-queries = після 5 запитів, у яких не вдався запит до бази
# no_connection_leaks_after_failed_queries: help
exercise-17-no-connection-leaks-after-failed-queries-help-2 = `?` повертається раніше, ніж з'єднання звільнено: нехай `acquire` повертає тип-guard, який віддає з'єднання назад у своєму `Drop`, і тоді його повертає кожен вихід з обробника
# When the pool was checked
exercise-17-after-timeouts = після 5 запитів, обірваних 0,2-секундним тайм-аутом
# a timed-out request: help
exercise-17-timeout-help = тайм-аут знищує future запиту посеред звернення до бази, тож код після `.await` так і не виконується: на кожному виході виконується лише реалізація `Drop`; повертайте з'єднання в `Drop` типу-guard
# When the pool was checked
# $cancelled (number): the aborted tasks that were in the middle of a query
exercise-17-after-aborts = після того, як перервали (abort) 6 завдань-запитів ({ $cancelled } з них — посеред запиту до бази)
# an aborted request: help
exercise-17-abort-help = перерване завдання знищується там, де стоїть, посеред `.await`: повертайте з'єднання в `Drop` типу-guard, який виконується, коли завдання знищують

## exercise-18: A handler in the time of its slowest call

# returns_the_account_and_the_profile: problem
# $page (text): what the handler returned, as Rust prints it
exercise-18-returns-the-account-and-the-profile-problem = очікувалися рядок облікового запису й профіль користувача 7, а отримано { $page }
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help = запитайте з бази рядок `user_id` і отримайте `/profiles/{"{"}user_id{"}"}` з API профілів
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help-2 = зверніться до бази даних один раз
# returns_the_account_and_the_profile: help
exercise-18-returns-the-account-and-the-profile-help-3 = викличте API профілів один раз
# a_failure_on_either_side_is_an_error: problem
# $api_failed (text): what the handler returned, as Rust prints it
exercise-18-a-failure-on-either-side-is-an-error-problem = API профілів відповів HTTP 500, але обробник повернув { $api_failed }
# a_failure_on_either_side_is_an_error: help
exercise-18-a-failure-on-either-side-is-an-error-help = поверніть помилку запиту профілю (`HandlerError::ProfileApi`)
# a_failure_on_either_side_is_an_error: problem
# $db_failed (text): what the handler returned, as Rust prints it
exercise-18-a-failure-on-either-side-is-an-error-problem-2 = запит до бази даних не вдався, але обробник повернув { $db_failed }
# a_failure_on_either_side_is_an_error: help
exercise-18-a-failure-on-either-side-is-an-error-help-2 = поверніть помилку запиту до бази (`HandlerError::Database`)
# a_slow_api_sets_the_pace: what
exercise-18-a-slow-api-sets-the-pace-what = обслуговування запиту (запит до бази 0,3 с, виклик API 0,5 с)
# a_slow_api_sets_the_pace: too-slow
exercise-18-a-slow-api-sets-the-pace-too-slow = запит до бази й виклик API виконувалися один за одним (0,8 с)
# a_slow_api_sets_the_pace: help
exercise-18-a-slow-api-sets-the-pace-help = запустіть обидва виклики й чекайте на них разом (`tokio::try_join!`): тоді запит триває стільки, скільки повільніший виклик, тобто 0,5 с
# a_slow_database_sets_the_pace: what
exercise-18-a-slow-database-sets-the-pace-what = обслуговування запиту (запит до бази 0,6 с, виклик API 0,2 с)
# a_slow_database_sets_the_pace: help
exercise-18-a-slow-database-sets-the-pace-help = запустіть обидва виклики й чекайте на них разом (`tokio::try_join!`): тоді запит триває стільки, скільки повільніший виклик, тобто 0,6 с
# the_query_and_the_request_overlap: problem
# $queries (number): completed database queries
# $requests (number): completed profile requests
exercise-18-the-query-and-the-request-overlap-problem = очікувалися один завершений запит до бази й один завершений запит профілю, а завершено запитів до бази: { $queries }, запитів профілю: { $requests }
# the_query_and_the_request_overlap: help
exercise-18-the-query-and-the-request-overlap-help = зверніться до бази даних один раз і викличте API профілів один раз
# the_query_and_the_request_overlap: problem
# $query_start (duration): when the query started
# $query_end (duration): when it ended
# $request_start (duration): when the profile request started
# $request_end (duration): when it ended
exercise-18-the-query-and-the-request-overlap-problem-2 = запит до бази тривав від { $query_start } до { $query_end }, а запит профілю — від { $request_start } до { $request_end } змодельованого часу: вони жодної миті не перекривалися
# the_query_and_the_request_overlap: why
exercise-18-the-query-and-the-request-overlap-why = в обробнику виклик, що чекає на не пов'язаний із ним виклик, додає всю свою затримку до кожного запиту, на який відповідає сервіс
# the_query_and_the_request_overlap: help
exercise-18-the-query-and-the-request-overlap-help-2 = жодному з викликів не потрібен результат іншого: виконуйте їх разом через `tokio::try_join!`
# The test could not start its simulated HTTP server (a problem of the machine, not of the code)
# $error (text): the system's own error text (English)
exercise-18-no-loopback = не вдалося запустити API профілів на loopback: { $error }

## exercise-19: A sync library that calls back into async code

# stopped: what
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread` (tokio's names)
exercise-19-stopped-what = обчислення вартості замовлення в середовищі виконання { $runtime }
# assert_priced: problem
# $runtime (text): the runtime flavour, `multi-thread` or `current_thread`
# $error (text): the error's own Display text (English)
exercise-19-assert-priced-problem = обчислення вартості замовлення в середовищі виконання { $runtime } не вдалося: { $error }
# assert_priced: help
exercise-19-assert-priced-help = поверніть рахунок, який бібліотека складає за цінами з каталогу
# assert_priced: help
exercise-19-assert-priced-help-2 = нехай бібліотека рахує кожен рядок за цінами за одиницю з каталогу
# assert_priced: help
exercise-19-assert-priced-help-3 = запитайте ціну кожного з 8 товарів замовлення один раз
# assert_priced: problem
exercise-19-assert-priced-problem-2 = каталог не запитали рівно по одному разу про кожен товар замовлення
# assert_priced: why
exercise-19-assert-priced-why = кожен запит ціни — це мережевий виклик: ціна кожного товару потрібна лише один раз
# assert_priced: help
exercise-19-assert-priced-help-4 = запитайте про кожен товар замовлення один раз
# a_failed_price_lookup_is_reported: problem
# $invoice (text): what pricing returned, as Rust prints it
exercise-19-a-failed-price-lookup-is-reported-problem = запит ціни товару 23 не вдався, але обчислення вартості замовлення повернуло { $invoice }
# a_failed_price_lookup_is_reported: help
exercise-19-a-failed-price-lookup-is-reported-help = поверніть помилку каталогу викликаючому коду, як бібліотека робить із помилкою зворотного виклику
# pricing_never_blocks_the_runtime: help
# $lookup (duration): how long one price lookup takes
# $all_lookups (duration): how long the eight take together
# $help (message): exercise-19-help, the exercise's general advice
exercise-19-pricing-never-blocks-the-runtime-help = вісім запитів ціни по { $lookup } блокують потік загалом на { $all_lookups }, і цей потік не повинен належати середовищу виконання. { $help }
# HELP: const
exercise-19-help = лишайтеся асинхронними: спершу отримайте ціни (кожен запит — звичайний `.await`), а тоді дайте бібліотеці зворотний виклик, який лише читає їх; або виконуйте бібліотеку в пулі блокуючих потоків tokio через `tokio::task::spawn_blocking`, тобто в потоці, де `Handle::block_on` дозволено
# stopped: why, when `block_in_place` panicked on a current_thread runtime
exercise-19-stopped-why-block-in-place = `block_in_place` існує лише в багатопотоковому середовищі виконання, а бібліотека не може обирати, яке середовище виконання використовує код, що її викликає: у середовищі current_thread `block_in_place` панікує
# stopped: why, when `block_on` panicked inside the runtime
exercise-19-stopped-why-block-on = `block_on` присипляє свій потік, доки future не завершиться, але в потоці середовища виконання цей future може просуватися, лише якщо його рухає саме цей потік: tokio панікує, щоб не потрапити у взаємне блокування
# stopped: why, when the runtime deadlocked
exercise-19-stopped-why-deadlock = потік середовища виконання заснув до завершення future, а таймер цього future міг рухати лише він сам: це взаємне блокування (`futures::executor::block_on` так поводиться в середовищі current_thread)
# assert_priced: problem, when the invoice has the wrong number of lines
# $invoice_lines (number): lines of the invoice
# $order_lines (number): lines of the order
exercise-19-wrong-line-count = у рахунку { $invoice_lines } { $invoice_lines ->
        [one] рядок
        [few] рядки
        [many] рядків
       *[other] рядка
    }, а в замовленні { $order_lines }
# assert_priced: problem, when an invoice line has the wrong product or price
# $product (number): the product on the invoice line
# $unit_cents (number): its unit price on the invoice, in cents
# $ordered (number): the product the order has on that line
# $price (number): that product's price in the catalogue, in cents
exercise-19-wrong-unit-price = у рядку рахунку для товару { $product } ціна за одиницю — { $unit_cents } { $unit_cents ->
        [one] цент
        [few] центи
        [many] центів
       *[other] цента
    }, а за каталогом товар { $ordered } коштує { $price }
# assert_priced: problem, when the total is wrong
# $total_cents (number): the invoice's total, in cents
# $expected_total (number): the right total, in cents
exercise-19-wrong-total = загальна сума рахунку — { $total_cents } { $total_cents ->
        [one] цент
        [few] центи
        [many] центів
       *[other] цента
    }, а за цінами каталогу замовлення коштує { $expected_total }

## exercise-20: Heartbeats that eat the frames

# receive_from: what
exercise-20-receive-from-what = отримання кадрів
# receive_from: why
exercise-20-receive-from-why = на призупиненому годиннику tokio час рухається лише тоді, коли чекають усі завдання; цикл, який ніколи не чекає (інтервал, створений усередині циклу, готовий одразу, на кожному проході), назавжди займає середовище виконання, а в продакшні спалює ціле ядро процесора
# every_frame_arrives_intact: problem
# $frames (number): frames the peer sends
# $intact (number): frames that arrived intact
# $garbled (number): frames that arrived garbled
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
# $bytes_sent (number): bytes the peer had sent
# $total_bytes (number): bytes the peer sends in all
exercise-20-every-frame-arrives-intact-problem = інша сторона надсилає { $frames } { $frames ->
        [one] кадр
        [few] кадри
        [many] кадрів
       *[other] кадру
    }: цілими дійшли { $intact }, ще { $garbled } — пошкодженими, { $ending }; на той час інша сторона надіслала { $bytes_sent } з { $total_bytes } { $total_bytes ->
        [one] байта
       *[other] байтів
    }
# every_frame_arrives_intact: why
exercise-20-every-frame-arrives-intact-why = `select!` знищує future гілок, що програли: `read_exact`, скасований через heartbeat, уже забрав зі з'єднання частину кадру, ці байти пропали, і кожне наступне читання починається посеред кадру
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem = кадр { $number } так і не передано: приймач зупинився раніше, ніж інша сторона встигла його надіслати ({ $ending })
# each_frame_is_delivered_as_soon_as_it_is_complete: problem
# $number (number): the frame's number, from 1
# $completed_at (duration): when its last byte arrived
# $what (message): what became of it (exercise-20-frame-...)
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-problem-2 = кадр { $number } був повним на { $completed_at } змодельованого часу, але { $what }
# each_frame_is_delivered_as_soon_as_it_is_complete: why
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-why = кадр, що чекає на щось інше (наступний heartbeat, кінець з'єднання, кадри після нього), доходить до застосунку із запізненням або не доходить зовсім
# each_frame_is_delivered_as_soon_as_it_is_complete: help
# $help (message): the message exercise-20-help
exercise-20-each-frame-is-delivered-as-soon-as-it-is-complete-help = передавайте кожен кадр у `deliver`, щойно надійшов його останній байт. { $help }
# the_heartbeat_keeps_its_rhythm: problem
# $unexpected (list): what the peer received besides heartbeats (harness-peer-unexpected-frame), joined by "; "
exercise-20-the-heartbeat-keeps-its-rhythm-problem = інша сторона отримала: { $unexpected }
# the_heartbeat_keeps_its_rhythm: help
exercise-20-the-heartbeat-keeps-its-rhythm-help = не пишіть у з'єднання нічого, крім heartbeat, `HEARTBEAT`
# the_heartbeat_keeps_its_rhythm: why
exercise-20-the-heartbeat-keeps-its-rhythm-why = heartbeat доводить, що приймач живий: heartbeat, що чекає, доки складеться повільний кадр (або приходить пачками), нічого не каже іншій стороні, і вона може розірвати з'єднання зі справним клієнтом
# the_heartbeat_keeps_its_rhythm: help
exercise-20-the-heartbeat-keeps-its-rhythm-help-2 = чекайте на наступний кадр і наступний тік в одному `select!`, з одним `tokio::time::interval`, створеним перед циклом
# a_connection_cut_mid_frame_is_an_error: problem
# $intact (number): frames delivered intact
# $ending (message): how `receive_frames` ended (exercise-20-ending-...)
exercise-20-a-connection-cut-mid-frame-is-an-error-problem = інша сторона надіслала 2 кадри й розірвала з'єднання посеред третього; цілими передано { $intact } { $intact ->
        [one] кадр
        [few] кадри
        [many] кадрів
       *[other] кадру
    }, { $ending }
# a_connection_cut_mid_frame_is_an_error: why
exercise-20-a-connection-cut-mid-frame-is-an-error-why = обірваний кадр — це втрачені дані: повідомлення про нормальний кінець з'єднання їх приховує
# a_connection_cut_mid_frame_is_an_error: help
exercise-20-a-connection-cut-mid-frame-is-an-error-help = передайте повні кадри, а тоді поверніть помилку `io::ErrorKind::UnexpectedEof`, якщо з'єднання закінчилося, коли кадр отримано лише частково
# HELP: const
exercise-20-help = зберігайте кожен прочитаний байт: читайте через `read_buf` у буфер, що живе поза циклом (`read_buf` стійкий до скасування: скасований виклик нічого не прочитав), і вирізайте з нього цілі кадри; або створіть future читання кадру один раз, поза циклом, і опитуйте його в `select!` через `&mut`
# How `receive_frames` ended, inserted as $ending after a comma: it did not end
# $after (duration): how long the check waited after the peer hung up
exercise-20-ending-still-receiving = а `receive_frames` усе ще приймала дані через { $after } після того, як інша сторона розірвала з'єднання
# How `receive_frames` ended: it returned Ok
# $at (duration): when it returned
exercise-20-ending-ok = а потім `receive_frames` повернула Ok на { $at } змодельованого часу
# How `receive_frames` ended: it returned an error
# $at (duration): when it failed
# $error (text): the io::Error's own text (English, from Rust)
exercise-20-ending-failed = а потім `receive_frames` завершилася помилкою на { $at } змодельованого часу: { $error }
# What became of a frame, inserted as $what after "but": delivered late
# $at (duration): when it was delivered
exercise-20-frame-delivered-at = його передали лише на { $at }
# What became of a frame: delivered with the wrong bytes
exercise-20-frame-delivered-garbled = його передали пошкодженим
# What became of a frame: never delivered
exercise-20-frame-never-delivered = його так і не передали
# the_heartbeat_keeps_its_rhythm: problem, when no heartbeat came
exercise-20-no-heartbeat = інша сторона не отримала жодного heartbeat
# the_heartbeat_keeps_its_rhythm: problem, when the peer heard nothing for too long
# $from (duration): the start of the silence
# $to (duration): its end
# $silence (duration): its length
exercise-20-heartbeat-silence = інша сторона нічого не чула від { $from } до { $to } змодельованого часу: { $silence } без жодного heartbeat
# the_heartbeat_keeps_its_rhythm: problem, when two heartbeats came too close together
# $gap (duration): the time between them
# $first (duration): when the first arrived
# $second (duration): when the second arrived
# $interval (duration): the heartbeat interval
exercise-20-heartbeats-crowded = два heartbeat прийшли з проміжком { $gap } (на { $first } і на { $second }), а інтервал heartbeat — { $interval }

## exercise-21: Waiting for the migrations without looking every 100 ms

# run_isolated: what
exercise-21-run-isolated-what = очікування міграцій
# run_isolated: why
exercise-21-run-isolated-why = призупинений годинник tokio рухається лише тоді, коли чекають усі завдання; цикл, який лише поступається керуванням (або крутиться вхолосту), ніколи не дає середовищу виконання відпочити, тож кінець міграцій навіть не настає, а в продакшні такий цикл спалює ціле ядро процесора
# a_request_after_the_migrations_goes_straight_through: why
exercise-21-a-request-after-the-migrations-goes-straight-through-why = повідомлення будить лише ті завдання, які чекають у мить його надсилання: запитові, що приходить пізніше, потрібен сам стан (`Notify::notify_waiters` нічого не запам'ятовує)
# a_request_after_the_migrations_goes_straight_through: help
exercise-21-a-request-after-the-migrations-goes-straight-through-help = зберігайте стан, а не лише пробудження: перевіряйте його, перш ніж чекати, або використайте канал `watch`, чий `wait_for` спершу дивиться на поточне значення
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $still_waiting (number): requests still waiting
# $handlers (number): requests in all
# $waited (duration): how long the check waited for them
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem = { $still_waiting } з { $handlers } { $handlers ->
        [one] запиту
       *[other] запитів
    } усе ще чекали через { $waited } після завершення міграцій
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why = `mark_done` має будити кожен обробник, що чекає: `Notify::notify_one` будить лише один, а обробник, що почав чекати відразу після `notify_waiters`, пропускає це пробудження
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $first (duration): when the first request resumed
# $migrations_done (duration): when the migrations ended
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-2 = запит продовжив роботу на { $first } змодельованого часу, раніше, ніж завершилися міграції (на { $migrations_done })
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-2 = обробник, що не дочекався міграцій, читає наполовину змігровану базу даних
# waiting_requests_resume_the_moment_the_migrations_end: help
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-help = повертайтеся з `wait_until_done` лише тоді, коли `mark_done` уже викликано
# waiting_requests_resume_the_moment_the_migrations_end: problem
# $migrations_done (duration): when the migrations ended
# $late_by (duration): how late the last request resumed
# $last (duration): when the last request resumed
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-problem-3 = міграції завершилися на { $migrations_done }, але запити продовжили роботу із запізненням до { $late_by } (останній — на { $last })
# waiting_requests_resume_the_moment_the_migrations_end: why
exercise-21-waiting-requests-resume-the-moment-the-migrations-end-why-3 = обробник, що час від часу перевіряє прапорець, помічає зміну лише на наступній перевірці: кожен чекає до одного інтервалу зайвого часу, а коротший інтервал лише міняє цю затримку на частіші пробудження
# waiting_lets_the_runtime_sleep: problem
# $handlers (number): requests waiting
# $quiet (duration): how long nothing happened
# $quiet_wakeups (number): times the runtime was woken meanwhile
exercise-21-waiting-lets-the-runtime-sleep-problem = поки { $handlers ->
        [one] { $handlers } запит чекав
        [few] { $handlers } запити чекали
       *[other] { $handlers } запитів чекали
    } на міграції { $quiet } змодельованого часу, середовище виконання будили { $quiet_wakeups } { $quiet_wakeups ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }, хоча до їх завершення нічого не відбувалося
# waiting_lets_the_runtime_sleep: why
exercise-21-waiting-lets-the-runtime-sleep-why = цикл «поспи й перевір» будить своє завдання на кожній перевірці, змінилося щось чи ні: очікування має нічого не коштувати, а тисяча запитів, що чекають, коштувала б у тисячу разів більше
# waiting_lets_the_runtime_sleep: problem when the quiet came from checking seldom
# $migrations_done (duration): when the migrations ended
# $still_waiting (number): requests that had not resumed at all
# $late_by (duration): how late the last request resumed (or how long the test waited)
exercise-21-waiting-lets-the-runtime-sleep-late-problem = середовище виконання спало, але лише тому, що запити, які чекали, перевіряли надто рідко: міграції завершилися на { $migrations_done }, а { $still_waiting ->
        [0] останній запит помітив це через { $late_by }
       *[other] запитів, які й через { $late_by } цього не помітили: { $still_waiting }
    }
# waiting_lets_the_runtime_sleep: why, when the quiet came from checking seldom
exercise-21-waiting-lets-the-runtime-sleep-late-why = цикл «поспи й перевір» лише міняє одну ціну на іншу: перевірка кожні 100 мс будить середовище виконання десять разів на секунду для кожного запиту, перевірка щохвилини тиха, але запізнюється на хвилину; обробник, якого будить `mark_done`, і тихий, і вчасний
# HELP: const
exercise-21-help = нехай `mark_done` будить обробники, що чекають: зберігайте стан у каналі `tokio::sync::watch` (`send_replace(true)`, а для очікування — `subscribe().wait_for(|done| *done)`) або поставте `tokio::sync::Notify` поруч із прапорцем
# a_request_after_the_migrations_goes_straight_through: problem
# $waited (duration): how long the request waited
exercise-21-already-done-waited = міграції вже завершилися, а запит однаково чекав { $waited } змодельованого часу
# a_request_after_the_migrations_goes_straight_through: problem, when the request never returned
# $later (duration): how long the check waited for it
exercise-21-already-done-still-waiting = міграції вже завершилися, а запит і через { $later } усе ще чекав

## exercise-22: Gather what is independent, chain what is not

# the_report_has_every_customer_and_invoice: problem
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
exercise-22-the-report-has-every-customer-and-invoice-problem = не вдалося скласти звіт: { $error }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help = отримуйте кожен профіль і кожну сторінку з тим, що видають сервіси: курсор сторінки береться з попередньої сторінки
# the_report_has_every_customer_and_invoice: problem
# $customers (text): the customer ids asked for, as Rust prints a list
# $ids (text): the customer ids in the report, as Rust prints a list
exercise-22-the-report-has-every-customer-and-invoice-problem-2 = просили клієнтів { $customers }, а у звіті є { $ids }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-2 = зберігайте профілі в порядку id, хоч би в якому порядку приходили відповіді
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-3 = отримайте профіль кожного клієнта з API користувачів один раз
# the_report_has_every_customer_and_invoice: problem
# $expected (number): invoices the billing API holds
# $pages (number): pages the billing API holds
# $invoices (number): invoices in the report
# $shape (text): `reordered` when the report has every invoice but not in page order, else `other`
exercise-22-the-report-has-every-customer-and-invoice-problem-3 = білінговий API містить { $expected } { $expected ->
        [one] рахунок
        [few] рахунки
        [many] рахунків
       *[other] рахунку
    } на { $pages } { $pages ->
        [one] сторінці
       *[other] сторінках
    }, а у звіті { $invoices }{ $shape ->
        [reordered] , але не в порядку сторінок
       *[other] {""}
    }
# the_report_has_every_customer_and_invoice: help
exercise-22-the-report-has-every-customer-and-invoice-help-4 = ідіть за `next_cursor` від сторінки до сторінки, доки якась сторінка не назве наступної
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
exercise-22-a-failed-request-is-reported-problem = профіль клієнта 9 не вдалося отримати, але звіт повернувся як { $report }
# a_failed_request_is_reported: help
exercise-22-a-failed-request-is-reported-help = поверніть помилку невдалого запиту
# a_failed_request_is_reported: problem
# $report (message): how the report came back (exercise-22-outcome-...)
exercise-22-a-failed-request-is-reported-problem-2 = сторінку 3 рахунків не вдалося отримати, але звіт повернувся як { $report }
# a_failed_request_is_reported: help
exercise-22-a-failed-request-is-reported-help-2 = поверніть помилку невдалої сторінки
# the_profiles_are_fetched_together: help
exercise-22-the-profiles-are-fetched-together-help = отримайте профіль кожного клієнта один раз
# the_profiles_are_fetched_together: help
exercise-22-the-profiles-are-fetched-together-help-2 = запитові профілю нічого не потрібно з відповіді на попередній: запустіть їх усі, перш ніж чекати на будь-який (обмеження конкурентності, якщо воно у вас є, має лишати місце для десяти)
# the_pages_follow_the_cursor_chain: why
exercise-22-the-pages-follow-the-cursor-chain-why = запит сторінки несе курсор, який повернула попередня сторінка: він залежить від тієї відповіді, і жодна конкурентність не дозволить надіслати його раніше; вгаданий чи повторений запит або відхилять, або він отримає ті самі рахунки двічі
# the_pages_follow_the_cursor_chain: help
exercise-22-the-pages-follow-the-cursor-chain-help = лишіть цикл сторінок послідовним: запитуйте першу сторінку без курсора, а кожну наступну — з `next_cursor` попередньої
# the_report_takes_as_long_as_the_page_chain: what
exercise-22-the-report-takes-as-long-as-the-page-chain-what = складання звіту (10 профілів по 0,5 с, 5 сторінок по 0,2 с)
# the_report_takes_as_long_as_the_page_chain: too-slow
exercise-22-the-report-takes-as-long-as-the-page-chain-too-slow = щось чекало, хоча не мусило: профілі один за одним або сторінки після профілів
# the_report_takes_as_long_as_the_page_chain: help
# $chain (duration): how long the page chain takes
exercise-22-the-report-takes-as-long-as-the-page-chain-help = профілям нічого не потрібно один від одного (разом: 0,5 с), а сторінкам нічого не потрібно від профілів: послідовний лише ланцюжок сторінок, тож звіт триває { $chain }
# the_report_takes_as_long_as_the_page_chain: too-fast
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast = кожній сторінці потрібен курсор попередньої, тож п'ять сторінок по 0,2 с тривають щонайменше 1,0 с
# the_report_takes_as_long_as_the_page_chain: too-fast-help
exercise-22-the-report-takes-as-long-as-the-page-chain-too-fast-help = запитуйте кожну сторінку з курсором, який повернула попередня
# How the report came back, inserted as $report after "came back as": a report
# $customers (number): customers in it
# $invoices (number): invoices in it
exercise-22-outcome-ok = Ok ({ $customers } { $customers ->
        [one] клієнт
        [few] клієнти
        [many] клієнтів
       *[other] клієнта
    }, { $invoices } { $invoices ->
        [one] рахунок
        [few] рахунки
        [many] рахунків
       *[other] рахунку
    })
# How the report came back: an error
# $error (message or text): exercise-22-unknown-cursor, or the error's own Display text (English)
exercise-22-outcome-error = помилка: { $error }
# The error of a request with a made-up cursor, inserted as $error
exercise-22-unknown-cursor = білінговий API відхилив курсор, якого ніколи не видавав
# the_pages_follow_the_cursor_chain: problem, a request with a made-up cursor
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $cursor (text): the cursor it carried, quoted as Rust prints a string
exercise-22-chain-unknown-cursor = запит { $number } (на { $at }) ніс курсор { $cursor }, якого білінговий API ніколи не видавав
# the_pages_follow_the_cursor_chain: problem, a request for the wrong page
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $page (number): the page it asked for
exercise-22-chain-wrong-page = запит { $number } (на { $at }) просив сторінку { $page }: сторінки треба запитувати по одному разу, по порядку
# the_pages_follow_the_cursor_chain: problem, a request sent before its cursor existed
# $number (number): which page request, counting from 1
# $at (duration): when it started
# $issued_at (duration): when the page before it handed out its cursor
exercise-22-chain-too-early = запит { $number } почався на { $at }, раніше, ніж було отримано його курсор (на { $issued_at })
# the_pages_follow_the_cursor_chain: problem, too many or too few page requests
# $requests (number): page requests made
# $pages (number): pages the billing API holds
exercise-22-chain-request-count = білінговий API отримав { $requests } { $requests ->
        [one] запит
        [few] запити
        [many] запитів
       *[other] запиту
    } сторінок, а сторінок у нього { $pages }







