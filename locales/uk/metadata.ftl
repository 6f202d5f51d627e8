### Texts whose English lives in data files, not in a .ftl file: each exercise's
### title and topic (`kit list`), hint (`kit hint`) and the "why it matters" line of
### each check (exercises/info.toml), and the source policy's teaching texts
### (crates/kit/src/src_policy.toml). Written by locales/placeholders.py from those files.

## exercise-01: Ten users in the time of one

# The exercise's title, one line in `kit list`.
exercise-01-title = Десять користувачів за час одного
# The concept it teaches, a short phrase in `kit list`.
exercise-01-topic = послідовні await проти конкурентних future
# `kit hint`: a nudge, not the answer.
exercise-01-hint = `.await` нічого не запускає у фоновому режимі: він чекає просто тут, доки не завершиться саме цей запит. Цикл з `.await` усередині надсилає запит 2 лише тоді, коли вже відповів запит 1. А що, як спершу створити всі десять future запитів (виклик `fetch_user` ще нічого не надсилає), а потім дочекатися їх усіх разом? Подивіться, що пропонує модуль `futures::future` для списку future.
# The "why it matters" line of the check `returns_the_ten_users_in_order` (behaviour).
exercise-01-check-returns-the-ten-users-in-order = конкурентний код так само повертає кожен результат, і саме в тому порядку, в якому їх просили
# The "why it matters" line of the check `reports_a_failed_request` (behaviour).
exercise-01-check-reports-a-failed-request = про невдалий запит функція повідомляє, а не приховує його
# The "why it matters" line of the check `ten_users_take_half_a_second` (timing).
exercise-01-check-ten-users-take-half-a-second = десять незалежних запитів по 500 мс мають перекриватися в часі й тривати приблизно 0,5 с, а не 5 с
# The "why it matters" line of the check `all_ten_requests_are_in_flight_together` (bound).
exercise-01-check-all-ten-requests-are-in-flight-together = конкурентність видно в лічильниках API: усі десять запитів активні одночасно

## exercise-02: The audit entry that never happened

# The exercise's title, one line in `kit list`.
exercise-02-title = Запис аудиту, якого так і не було
# The concept it teaches, a short phrase in `kit list`.
exercise-02-topic = future ліниві: забутий .await
# `kit hint`: a nudge, not the answer.
exercise-02-hint = Виклик асинхронної функції її не виконує. Він повертає future, а future зовсім нічого не робить, доки його щось не рухає. Прочитайте попередження компілятора для `src/lib.rs`: одне з них вказує на рядок, чия робота просто викидається. Що змушує future виконатися і що донесе його помилку до викликаючого коду?
# The "why it matters" line of the check `stores_the_order` (behaviour).
exercise-02-check-stores-the-order = саме замовлення збережено, а його id повернуто
# The "why it matters" line of the check `the_audit_log_records_the_order` (behaviour).
exercise-02-check-the-audit-log-records-the-order = future, на який ніколи не чекали, ніколи й не виконається: його побічного ефекту не буде
# The "why it matters" line of the check `placing_an_order_takes_both_writes` (timing).
exercise-02-check-placing-an-order-takes-both-writes = робота, яка не забрала змодельованого часу, була пропущена: два записи по 0,1 с тривають 0,2 с
# The "why it matters" line of the check `a_failed_audit_write_is_reported` (behaviour).
exercise-02-check-a-failed-audit-write-is-reported = future, на який не чекали, губить ще й свою помилку

## exercise-03: Start the task now, await it later

# The exercise's title, one line in `kit list`.
exercise-03-title = Запустіть завдання зараз, дочекайтеся потім
# The concept it teaches, a short phrase in `kit list`.
exercise-03-topic = tokio::spawn (create_task): інша робота, поки запущене завдання виконується
# `kit hint`: a nudge, not the answer.
exercise-03-hint = `tokio::spawn` уже запускає запит профілю у фоновому режимі: ця частина правильна. Питання в тому, коли ви чекаєте на його JoinHandle. Що ще могла б зробити функція між запуском завдання й тією миттю, коли їй потрібен профіль?
# The "why it matters" line of the check `returns_profile_and_orders` (behaviour).
exercise-03-check-returns-profile-and-orders = дашборд містить правильний профіль і правильні замовлення
# The "why it matters" line of the check `a_failed_profile_is_reported` (behaviour).
exercise-03-check-a-failed-profile-is-reported = помилка запущеного завдання доходить до викликаючого коду через його JoinHandle
# The "why it matters" line of the check `the_dashboard_takes_as_long_as_the_slowest_call` (timing).
exercise-03-check-the-dashboard-takes-as-long-as-the-slowest-call = завдання, запущене перед іншою роботою, перекривається з нею в часі: 0,4 с, а не 0,4 с + 0,3 с
# The "why it matters" line of the check `the_query_runs_while_the_profile_loads` (timing).
exercise-03-check-the-query-runs-while-the-profile-loads = чекати на JoinHandle одразу після запуску завдання — це той самий послідовний код

## exercise-04: One fails, all stop

# The exercise's title, one line in `kit list`.
exercise-04-title = Одне падає — зупиняються всі
# The concept it teaches, a short phrase in `kit list`.
exercise-04-topic = структурована конкурентність із JoinSet (TaskGroup): швидка відмова, скасування сусідніх завдань
# `kit hint`: a nudge, not the answer.
exercise-04-hint = Тут дві проблеми: про невдачу дізнаються пізно, а решта завдань так і не зупиняються. Якщо чекати на JoinHandle по черзі, результати видно в порядку запуску, а не в порядку завершення; а знищений JoinHandle не зупиняє свого завдання. Подивіться на `tokio::task::JoinSet`: як він видає результати і що стається з його завданнями, коли сам набір знищують?
# The "why it matters" line of the check `returns_the_whole_team_in_order` (behaviour).
exercise-04-check-returns-the-whole-team-in-order = коли невдач немає, повертаються всі десять користувачів, у порядку id
# The "why it matters" line of the check `returns_the_error_of_the_failed_fetch` (behaviour).
exercise-04-check-returns-the-error-of-the-failed-fetch = викликаючий код отримує саме першу помилку
# The "why it matters" line of the check `a_failure_is_returned_promptly` (timing).
exercise-04-check-a-failure-is-returned-promptly = результати в порядку завершення показують невдачу тієї ж миті, коли вона стається
# The "why it matters" line of the check `the_other_fetches_are_cancelled` (behaviour).
exercise-04-check-the-other-fetches-are-cancelled = коли відповідь уже відома, сусідні завдання скасовують, а не лишають працювати

## exercise-05: Save each report as it arrives

# The exercise's title, one line in `kit list`.
exercise-05-title = Зберігайте кожен звіт, щойно він надійде
# The concept it teaches, a short phrase in `kit list`.
exercise-05-topic = обробка результатів у міру завершення (as_completed) з FuturesUnordered
# `kit hint`: a nudge, not the answer.
exercise-05-hint = П'ять звітів уже запитуються одночасно: проблема в тому, в якому порядку ви на них дивитеся. Цикл по JoinHandle бере їх у порядку подання, тож кожен результат чекає на всі повільніші, подані перед ним. `as_completed` у Python видає результати в порядку завершення; пошукайте в `futures::stream` колекцію future, яка робить те саме (або подивіться, що пропонує `JoinSet`).
# The "why it matters" line of the check `saves_every_report` (behaviour).
exercise-05-check-saves-every-report = кожен звіт збережено один раз, а id повертаються в порядку збереження
# The "why it matters" line of the check `a_failed_fetch_is_reported` (behaviour).
exercise-05-check-a-failed-fetch-is-reported = невдалий запит звіту повертається як помилка
# The "why it matters" line of the check `each_report_is_saved_when_it_arrives` (timing).
exercise-05-check-each-report-is-saved-when-it-arrives = результати, взяті в порядку завершення, обробляються тієї ж миті, коли надходять, а не після найповільнішого
# The "why it matters" line of the check `the_import_takes_the_slowest_fetch_plus_one_save` (timing).
exercise-05-check-the-import-takes-the-slowest-fetch-plus-one-save = якщо обробляти результати в міру надходження, на кінець лишається тільки обробка найповільнішого

## exercise-06: A hung dependency must not hang the caller

# The exercise's title, one line in `kit list`.
exercise-06-title = Зависла залежність не повинна вішати викликаючий код
# The concept it teaches, a short phrase in `kit list`.
exercise-06-topic = обмеження в часі для кожної операції I/O (wait_for) з tokio::time::timeout
# `kit hint`: a nudge, not the answer.
exercise-06-hint = Сервіс, що перестав відповідати, не повертає помилки: він просто ніколи не повертається, і `.await` на ньому чекає так само довго. Python огортає такі виклики в `asyncio.wait_for(call, timeout=...)`. Знайдіть його двійника в `tokio::time` і подумайте, що він повертає, коли час вийшов, і що робить із викликом, на який перестав чекати. Кожному викликові потрібне власне обмеження.
# The "why it matters" line of the check `loads_the_dashboard_when_both_answer` (behaviour).
exercise-06-check-loads-the-dashboard-when-both-answer = справні виклики, як і раніше, завантажують дашборд
# The "why it matters" line of the check `a_slow_but_healthy_call_is_not_cut_off` (behaviour).
exercise-06-check-a-slow-but-healthy-call-is-not-cut-off = кожен виклик має власне обмеження: обидва виклики по 0,9 с у нього вкладаються
# The "why it matters" line of the check `a_hung_api_fails_at_the_limit` (timing).
exercise-06-check-a-hung-api-fails-at-the-limit = з обмеженням у часі зависла залежність коштує викликаючому кодові лише це обмеження, а не все зависання
# The "why it matters" line of the check `a_hung_database_fails_at_the_limit` (timing).
exercise-06-check-a-hung-database-fails-at-the-limit = кожна операція I/O потребує власного обмеження, і другий виклик теж
# The "why it matters" line of the check `the_error_names_the_call_that_hung` (behaviour).
exercise-06-check-the-error-names-the-call-that-hung = тайм-аут — це помилка, на яку викликаючий код може зреагувати, і вона каже, якому саме викликові забракло часу
# The "why it matters" line of the check `the_hung_call_is_cancelled` (behaviour).
exercise-06-check-the-hung-call-is-cancelled = виклик, покинутий на межі часу, скасовують, а не лишають працювати

## exercise-07: Ask two replicas, keep the first answer

# The exercise's title, one line in `kit list`.
exercise-07-title = Спитайте дві репліки, візьміть першу відповідь
# The concept it teaches, a short phrase in `kit list`.
exercise-07-topic = перегони й перший завершений (wait FIRST_COMPLETED) із select!, і що при цьому скасовується
# `kit hint`: a nudge, not the answer.
exercise-07-hint = `join!` чекає, доки завершиться кожен його future; вам потрібне протилежне: закінчити, щойно завершиться БУДЬ-ЯКИЙ із них. У tokio є макрос, що опитує кілька future разом і виконує гілку того, який завершився першим. Що він робить із future гілок, які програли?
# The "why it matters" line of the check `returns_the_user` (behaviour).
exercise-07-check-returns-the-user = користувач повертається, хоч би яка репліка була швидшою
# The "why it matters" line of the check `both_replicas_are_asked_at_once` (bound).
exercise-07-check-both-replicas-are-asked-at-once = перегони запускають обидва запити разом, кожен по одному разу
# The "why it matters" line of the check `answers_at_the_faster_replicas_latency` (timing).
exercise-07-check-answers-at-the-faster-replicas-latency = «перший завершений» відповідає із затримкою швидшої репліки, а не повільнішої
# The "why it matters" line of the check `the_slower_request_is_cancelled` (behaviour).
exercise-07-check-the-slower-request-is-cancelled = запит, що програв, скасовують, а не лишають працювати задарма

## exercise-08: A legacy library that blocks

# The exercise's title, one line in `kit list`.
exercise-08-title = Стара бібліотека, що блокує
# The concept it teaches, a short phrase in `kit list`.
exercise-08-topic = блокуючий виклик, перенесений із середовища виконання в spawn_blocking (to_thread)
# `kit hint`: a nudge, not the answer.
exercise-08-hint = Стара бібліотека не має асинхронної версії, і змінювати її не можна, тож саме блокування нікуди не дінеться. Змінити можна те, ЯКИЙ потік вона блокує. Python передає такі виклики в `asyncio.to_thread`; у tokio є пул потоків, призначений для блокуючого коду, і функція в `tokio::task`, яка виконує там замикання й дає вам те, на що можна зробити `.await`.
# The "why it matters" line of the check `returns_the_report` (behaviour).
exercise-08-check-returns-the-report = звіт саме такий, яким його створює стара бібліотека
# The "why it matters" line of the check `a_missing_template_is_an_error` (behaviour).
exercise-08-check-a-missing-template-is-an-error = помилка I/O бібліотеки доходить до викликаючого коду
# The "why it matters" line of the check `building_a_report_never_blocks_the_runtime` (stall).
exercise-08-check-building-a-report-never-blocks-the-runtime = блокуючий виклик на потоці середовища виконання зупиняє кожне інше завдання: виконуйте його в пулі блокуючих потоків

## exercise-09: A slow hash in a login handler

# The exercise's title, one line in `kit list`.
exercise-09-title = Повільне хешування в обробнику входу
# The concept it teaches, a short phrase in `kit list`.
exercise-09-topic = обчислювальна робота поза середовищем виконання (run_in_executor з пулом процесів): rayon і канал oneshot
# `kit hint`: a nudge, not the answer.
exercise-09-hint = В обчисленні немає жодного `.await`, тож `async fn` не змусить його ділити потік з іншими: поки воно триває, середовище виконання більше нічого не виконує. Вихідні нотатки відправляють таку роботу в пул виконавців (executor). У Rust її може виконати пул потоків, створений для обчислень (rayon уже є серед залежностей); як результат повернеться до завдання, що на нього чекає, не блокуючи його? Подивіться на канали в `tokio::sync`.
# The "why it matters" line of the check `derives_the_right_keys` (behaviour).
exercise-09-check-derives-the-right-keys = кожен, хто викликає функцію, отримує ключ саме свого пароля
# The "why it matters" line of the check `hashing_never_blocks_the_runtime` (stall).
exercise-09-check-hashing-never-blocks-the-runtime = довге обчислення на потоці середовища виконання блокує його, як і будь-який блокуючий виклик

## exercise-10: A thousand requests, ten at a time

# The exercise's title, one line in `kit list`.
exercise-10-title = Тисяча запитів, по десять за раз
# The concept it teaches, a short phrase in `kit list`.
exercise-10-topic = обмежена конкурентність (Semaphore): щонайбільше N активних і завжди N, поки є робота
# `kit hint`: a nudge, not the answer.
exercise-10-hint = Запустити всі запити одразу — швидко, але нечемно: API дозволяє десять водночас. Запускати їх по одному — чемно, але повільно. Вам потрібне вікно з десяти, що ковзає: щойно один запит завершується, стартує наступний. Python використовує для цього Semaphore; у tokio він теж є, а в `futures::stream::StreamExt` є адаптер, що опитує водночас щонайбільше n future стріму й зберігає їхній порядок.
# The "why it matters" line of the check `returns_the_thousand_users_in_order` (behaviour).
exercise-10-check-returns-the-thousand-users-in-order = обмежена партія так само повертає кожен результат, у тому порядку, в якому їх просили
# The "why it matters" line of the check `reports_a_failed_request` (behaviour).
exercise-10-check-reports-a-failed-request = про невдалий запит функція повідомляє, а не приховує його
# The "why it matters" line of the check `never_more_requests_in_flight_than_allowed` (bound).
exercise-10-check-never-more-requests-in-flight-than-allowed = тисяча запитів водночас перевантажує іншу сторону: тримайте активними не більше, ніж дозволено
# The "why it matters" line of the check `as_many_requests_in_flight_as_allowed` (bound).
exercise-10-check-as-many-requests-in-flight-as-allowed = обмежено не означає послідовно: одночасно мають працювати стільки запитів, скільки дозволено
# The "why it matters" line of the check `the_window_slides_instead_of_waiting_for_batches` (timing).
exercise-10-check-the-window-slides-instead-of-waiting-for-batches = ковзне вікно запускає наступний запит, щойно завершився один; фіксовані партії чекають на свій найповільніший запит

## exercise-11: The nightly job: 30 calls per minute

# The exercise's title, one line in `kit list`.
exercise-11-title = Нічна обробка: 30 викликів на хвилину
# The concept it teaches, a short phrase in `kit list`.
exercise-11-topic = обмеження частоти викликів: рівномірні старти в ковзному вікні
# `kit hint`: a nudge, not the answer.
exercise-11-hint = Обмеження частоти рахує, коли виклики ПОЧИНАЮТЬСЯ, і рахує в кожному 60-секундному вікні. 30 на хвилину — це один старт кожні 2 с. Сон після кожного виклику теж розносить виклики в часі, але на затримку виклику плюс сон, а це повільніше, ніж потрібно. Що в `tokio::time` тікає у фіксовані моменти часу, хоч скільки б тривала робота між двома тіками?
# The "why it matters" line of the check `scores_every_user_in_order` (behaviour).
exercise-11-check-scores-every-user-in-order = виклик, відхилений через обмеження частоти, — це користувач без оцінки
# The "why it matters" line of the check `no_call_is_refused` (bound).
exercise-11-check-no-call-is-refused = коли виклики йдуть рівномірно, жоден не відхилено і жоден не треба повторювати
# The "why it matters" line of the check `at_most_thirty_calls_in_any_minute` (bound).
exercise-11-check-at-most-thirty-calls-in-any-minute = обмеження частоти діє в кожному ковзному вікні, а не лише в цілих хвилинах
# The "why it matters" line of the check `the_job_takes_as_long_as_the_limit_requires` (timing).
exercise-11-check-the-job-takes-as-long-as-the-limit-requires = розносьте старти викликів на крок ліміту (2 с), а не на затримку плюс паузу

## exercise-12: A queue, three workers and backpressure

# The exercise's title, one line in `kit list`.
exercise-12-title = Черга, три воркери й зворотний тиск
# The concept it teaches, a short phrase in `kit list`.
exercise-12-topic = пул воркерів на обмеженому каналі (asyncio.Queue + воркери): зворотний тиск і зупинка
# `kit hint`: a nudge, not the answer.
exercise-12-hint = Окреме завдання на кожне завантаження означає стільки масштабувань, скільки завантажень, і всі водночас. Натомість запустіть `workers` завдань один раз, і нехай кожне бере зображення з черги, по одному за раз. Який канал tokio змушує відправника чекати, коли канал заповнений? Воркери можуть ділити його приймач через асинхронний Mutex. А коли `recv` воркера повертає `None`, щоб той міг зупинитися?
# The "why it matters" line of the check `resizes_every_image_exactly_once` (behaviour).
exercise-12-check-resizes-every-image-exactly-once = кожен елемент черги бере рівно один воркер
# The "why it matters" line of the check `exactly_the_pool_size_in_flight` (bound).
exercise-12-check-exactly-the-pool-size-in-flight = пул з N воркерів обробляє рівно N елементів одночасно
# The "why it matters" line of the check `the_uploads_wait_while_the_queue_is_full` (bound).
exercise-12-check-the-uploads-wait-while-the-queue-is-full = обмежена черга стримує виробника (зворотний тиск), а не накопичує роботу
# The "why it matters" line of the check `workers_stop_when_the_uploads_run_out` (behaviour).
exercise-12-check-workers-stop-when-the-uploads-run-out = знищте відправника, щоб закрити чергу, а тоді дочекайтеся, доки зупиниться кожен воркер
# The "why it matters" line of the check `resizing_keeps_three_workers_busy` (timing).
exercise-12-check-resizing-keeps-three-workers-busy = вільний воркер одразу бере наступний елемент: три воркери ділять роботу, і жодна партія не чекає на свій найповільніший елемент

## exercise-13: The audit entries that vanished at exit

# The exercise's title, one line in `kit list`.
exercise-13-title = Записи аудиту, що зникли, коли програма завершилася
# The concept it teaches, a short phrase in `kit list`.
exercise-13-topic = від'єднані завдання: відстежуйте їх (JoinSet) і завершуйте роботу плавно
# `kit hint`: a nudge, not the answer.
exercise-13-hint = `tokio::spawn` тут доречний: запис має виконуватися у фоновому режимі. Біда в JoinHandle, який він повертає і який тут-таки знищують: ніхто не може дочекатися цього завдання чи прочитати його результат. Де журнал аудиту міг би тримати свої завдання, щоб `shutdown` дочекався кожного й дізнався, чим воно скінчилося? Подивіться на `tokio::task::JoinSet`.
# The "why it matters" line of the check `every_event_is_written_before_shutdown_returns` (behaviour).
exercise-13-check-every-event-is-written-before-shutdown-returns = плавне завершення роботи повертається тоді, коли фонову роботу виконано: не раніше й не в момент, який воно вгадало
# The "why it matters" line of the check `no_write_is_lost_when_the_program_exits` (behaviour).
exercise-13-check-no-write-is-lost-when-the-program-exits = коли main повертається, середовище виконання знищує кожне завдання, що ще працює: від'єднана робота губиться
# The "why it matters" line of the check `a_failed_write_is_reported_at_shutdown` (behaviour).
exercise-13-check-a-failed-write-is-reported-at-shutdown = помилка від'єднаного завдання йде в нікуди; помилка відстежуваного доходить до викликаючого коду
# The "why it matters" line of the check `shutdown_waits_for_the_writes` (timing).
exercise-13-check-shutdown-waits-for-the-writes = завершення роботи чекає на активні записи (0,1 с), які, як і раніше, виконуються конкурентно

## exercise-14: Every answer, even the failures

# The exercise's title, one line in `kit list`.
exercise-14-title = Кожна відповідь, навіть невдала
# The concept it teaches, a short phrase in `kit list`.
exercise-14-topic = зібрати кожен результат і кожну помилку, не скасовуючи решти (gather з return_exceptions)
# `kit hint`: a nudge, not the answer.
exercise-14-hint = `try_join_all` вважає десять запитів однією операцією, яка провалюється цілком: перша помилка перемагає, а решту знищено. Тут кожен користувач сам по собі. У Rust помилка й так є значенням, `Result`; який комбінатор дочікується кожного future і віддає кожен результат таким, яким він є, по порядку?
# The "why it matters" line of the check `reports_every_user_that_was_fetched` (behaviour).
exercise-14-check-reports-every-user-that-was-fetched = один невдалий виклик не викидає результатів інших
# The "why it matters" line of the check `reports_every_failure_in_its_place` (behaviour).
exercise-14-check-reports-every-failure-in-its-place = про кожну помилку повідомлено, на місці того виклику, що не вдався
# The "why it matters" line of the check `no_fetch_is_cancelled` (behaviour).
exercise-14-check-no-fetch-is-cancelled = зібрати кожен результат означає не скасовувати жодного виклику, коли інший не вдається
# The "why it matters" line of the check `the_batch_takes_as_long_as_the_slowest_fetch` (timing).
exercise-14-check-the-batch-takes-as-long-as-the-slowest-fetch = повний звіт готовий тоді, коли готовий найповільніший виклик, а не на першій помилці

## exercise-15: One page at a time

# The exercise's title, one line in `kit list`.
exercise-15-title = По одній сторінці за раз
# The concept it teaches, a short phrase in `kit list`.
exercise-15-topic = асинхронні стріми (асинхронні генератори) для пагінації: ліниво, одна сторінка в пам'яті
# `kit hint`: a nudge, not the answer.
exercise-15-hint = `Stream` працює лише тоді, коли його споживач чекає на `next()`, тож він може отримати сторінку саме тоді, коли споживачеві потрібен користувач, якого в нього ще немає. Стрім початкового коду ховає цикл, який завантажує все ще до першого елемента. Уявіть цикл `while True` з вихідних нотаток як стан (номер наступної сторінки) і один асинхронний крок, що перетворює стан на сторінку й наступний стан: який конструктор у `futures::stream` побудовано саме з цього? Потім перетворіть сторінки на користувачів, не збираючи їх докупи.
# The "why it matters" line of the check `yields_every_user_in_order` (behaviour).
exercise-15-check-yields-every-user-in-order = стрім видає кожен елемент кожної сторінки, по порядку
# The "why it matters" line of the check `a_failed_page_ends_the_stream_with_its_error` (behaviour).
exercise-15-check-a-failed-page-ends-the-stream-with-its-error = невдала сторінка завершує стрім своєю помилкою, після вже отриманих елементів
# The "why it matters" line of the check `the_first_user_arrives_after_one_page` (timing).
exercise-15-check-the-first-user-arrives-after-one-page = лінивий стрім видає перший елемент після однієї сторінки, а наступну сторінку отримує на вимогу
# The "why it matters" line of the check `stopping_early_fetches_only_the_pages_needed` (bound).
exercise-15-check-stopping-early-fetches-only-the-pages-needed = споживач, що зупиняється раніше, спричиняє запити лише тих сторінок, якими скористався
# The "why it matters" line of the check `at_most_one_page_is_buffered` (bound).
exercise-15-check-at-most-one-page-is-buffered = стрім тримає в пам'яті одну сторінку, хоч би яким довгим був список

## exercise-16: The cache that became a queue

# The exercise's title, one line in `kit list`.
exercise-16-title = Кеш, що перетворився на чергу
# The concept it teaches, a short phrase in `kit list`.
exercise-16-topic = м'ютекс, утримуваний через .await, шикує всі виклики в чергу; обмежте область видимості guard
# `kit hint`: a nudge, not the answer.
exercise-16-hint = Guard тримає свій м'ютекс, доки його не знищать, а прив'язка `let` знищує його лише в кінці своєї області видимості. Які рядки початкового коду виконуються, поки м'ютекс захоплено, і який із них чекає 0,5 с? Подумайте, що насправді потребує захисту: мапа чи запит? (Якщо перейдете на `std::sync::Mutex`, скарга компілятора, що future не є `Send`, і попередження asynclint `lock-across-await` вкажуть на ту саму помилку.)
# The "why it matters" line of the check `every_caller_gets_its_profile_and_it_is_cached` (behaviour).
exercise-16-check-every-caller-gets-its-profile-and-it-is-cached = кожен обробник отримує свій профіль, а вже отриманий профіль віддається з кешу
# The "why it matters" line of the check `a_failed_fetch_is_reported` (behaviour).
exercise-16-check-a-failed-fetch-is-reported = невдалий запит доходить до викликаючого коду
# The "why it matters" line of the check `ten_misses_for_different_users_take_half_a_second` (timing).
exercise-16-check-ten-misses-for-different-users-take-half-a-second = м'ютекс, утримуваний під час запиту на 0,5 с, шикує десять обробників у чергу: 5 с замість 0,5 с
# The "why it matters" line of the check `fetches_for_different_users_run_at_the_same_time` (bound).
exercise-16-check-fetches-for-different-users-run-at-the-same-time = запити для різних ключів активні одночасно, якщо м'ютекс не утримується на час запиту
# The "why it matters" line of the check `a_cache_hit_never_waits_for_a_slow_fetch` (timing).
exercise-16-check-a-cache-hit-never-waits-for-a-slow-fetch = влучання в кеш отримує відповідь одразу, навіть поки триває повільний запит для іншого ключа

## exercise-17: Every connection comes back

# The exercise's title, one line in `kit list`.
exercise-17-title = Кожне з'єднання повертається
# The concept it teaches, a short phrase in `kit list`.
exercise-17-topic = звільнення ресурсів (async with): guard, чий Drop повертає з'єднання
# `kit hint`: a nudge, not the answer.
exercise-17-hint = Де початковий код віддає з'єднання назад і які шляхи виходу з `handle_request` обминають цей рядок? Пам'ятайте: тайм-аут чи перерване (abort) завдання зупиняють future посеред `.await`, і жоден рядок після нього не виконується. Лише одне в Rust відбувається на кожному виході, зокрема й на цих: що стається зі значенням, коли воно виходить з області видимості? Нехай `acquire` видає значення, яке знає свій пул.
# The "why it matters" line of the check `returns_the_row` (behaviour).
exercise-17-check-returns-the-row = запит повертає свій рядок і віддає своє з'єднання назад
# The "why it matters" line of the check `no_connection_leaks_after_failed_queries` (behaviour).
exercise-17-check-no-connection-leaks-after-failed-queries = помилка, повернута через `?`, не повинна обминати повернення з'єднання
# The "why it matters" line of the check `no_connection_leaks_after_timeouts` (behaviour).
exercise-17-check-no-connection-leaks-after-timeouts = тайм-аут знищує future посеред await: повернути з'єднання може лише Drop
# The "why it matters" line of the check `no_connection_leaks_after_cancelled_tasks` (behaviour).
exercise-17-check-no-connection-leaks-after-cancelled-tasks = перерване завдання знищується посеред await: повернути з'єднання може лише Drop
# The "why it matters" line of the check `the_pool_never_exceeds_its_size` (bound).
exercise-17-check-the-pool-never-exceeds-its-size = пул ніколи не позичає більше з'єднань, ніж має, і тримає їх усі зайнятими

## exercise-18: A handler in the time of its slowest call

# The exercise's title, one line in `kit list`.
exercise-18-title = Обробник за час найповільнішого виклику
# The concept it teaches, a short phrase in `kit list`.
exercise-18-topic = розбір випадку: запит до бази й HTTP-виклик конкурентно через tokio::try_join!
# `kit hint`: a nudge, not the answer.
exercise-18-hint = Чи використовує запит профілю щось із того, що повертає запит до бази? Якщо ні, ніщо не змушує обробник чекати на одне, перш ніж почати інше. Обробник із вихідних нотаток передає обидва в `asyncio.gather`; у tokio є макрос, що опитує кілька future в тому самому завданні й зупиняється на першій помилці. Обидва future мають повертати помилку того самого типу.
# The "why it matters" line of the check `returns_the_account_and_the_profile` (behaviour).
exercise-18-check-returns-the-account-and-the-profile = обробник відповідає рядком із бази даних і тілом відповіді API
# The "why it matters" line of the check `a_failure_on_either_side_is_an_error` (behaviour).
exercise-18-check-a-failure-on-either-side-is-an-error = невдалий запит до бази чи невдалий HTTP-виклик повертається як помилка відповідної сторони
# The "why it matters" line of the check `a_slow_api_sets_the_pace` (timing).
exercise-18-check-a-slow-api-sets-the-pace = два незалежні виклики тривають стільки, скільки повільніший із них (0,5 с), а не їхню суму (0,8 с)
# The "why it matters" line of the check `a_slow_database_sets_the_pace` (timing).
exercise-18-check-a-slow-database-sets-the-pace = затримку визначає повільніша сторона, хоч котра це: 0,6 с, а не 0,8 с
# The "why it matters" line of the check `the_query_and_the_request_overlap` (bound).
exercise-18-check-the-query-and-the-request-overlap = база даних і HTTP-сервіс отримали свої виклики одночасно

## exercise-19: A sync library that calls back into async code

# The exercise's title, one line in `kit list`.
exercise-19-title = Синхронна бібліотека, що викликає асинхронний код
# The concept it teaches, a short phrase in `kit list`.
exercise-19-topic = block_on усередині середовища виконання: лишайтеся асинхронними або перекиньте місток через spawn_blocking
# `kit hint`: a nudge, not the answer.
exercise-19-hint = `block_on` чекає на future, присипляючи потік, який його викликав. Який це потік тут і хто ще мав рухати пошук ціни, поки той спить? Вийти можна двома шляхами: бібліотека питає про товари замовлення, а їх ви знаєте ще до її запуску, тож ціни можна отримати заздалегідь звичайними `.await`; або бібліотека може працювати на потоці, якому дозволено блокуватися (як називається `asyncio.to_thread` з Python у `tokio::task`?). Візьміть `Handle::current()`, перш ніж залишите середовище виконання.
# The "why it matters" line of the check `prices_every_line_from_the_catalogue` (behaviour).
exercise-19-check-prices-every-line-from-the-catalogue = block_on на потоці середовища виконання панікує: саме цей потік і мав би рухати future
# The "why it matters" line of the check `works_on_a_current_thread_runtime` (behaviour).
exercise-19-check-works-on-a-current-thread-runtime = код, що блокує середовище виконання, падає або потрапляє у взаємне блокування в середовищі виконання current_thread, а block_in_place існує лише в багатопотоковому
# The "why it matters" line of the check `a_failed_price_lookup_is_reported` (behaviour).
exercise-19-check-a-failed-price-lookup-is-reported = помилка сервісу проходить крізь синхронну бібліотеку назад до викликаючого коду
# The "why it matters" line of the check `pricing_never_blocks_the_runtime` (stall).
exercise-19-check-pricing-never-blocks-the-runtime = чекати на асинхронну роботу із синхронного коду треба на потоці, якому можна блокуватися, а не на потоці середовища виконання

## exercise-20: Heartbeats that eat the frames

# The exercise's title, one line in `kit list`.
exercise-20-title = Heartbeat, що з'їдає кадри
# The concept it teaches, a short phrase in `kit list`.
exercise-20-topic = стійкість до скасування в циклі select!: збережіть незавершене читання (буфер, закріплений future, завдання)
# `kit hint`: a nudge, not the answer.
exercise-20-hint = Щоразу, коли heartbeat виграє `select!`, читання кадру знищується. Що це читання вже забрало зі з'єднання і де воно це тримало? Пошукайте розділ "Cancel safety" в документації `AsyncReadExt::read_exact` і `AsyncReadExt::read_buf`. Байти в буфері, що переживає цикл, не можуть зникнути разом із future; так само не зникне й future, створений один раз, поза циклом.
# The "why it matters" line of the check `every_frame_arrives_intact` (behaviour).
exercise-20-check-every-frame-arrives-intact = select! знищує future, що програв: читання, скасоване на півдорозі, губить уже забрані байти
# The "why it matters" line of the check `each_frame_is_delivered_as_soon_as_it_is_complete` (timing).
exercise-20-check-each-frame-is-delivered-as-soon-as-it-is-complete = читач, стійкий до скасування, однаково передає кожен кадр тієї миті, коли надійшов його останній байт
# The "why it matters" line of the check `the_heartbeat_keeps_its_rhythm` (timing).
exercise-20-check-the-heartbeat-keeps-its-rhythm = heartbeat має йти вчасно й тоді, коли надходить повільний кадр: читання і тік чекають разом
# The "why it matters" line of the check `a_connection_cut_mid_frame_is_an_error` (behaviour).
exercise-20-check-a-connection-cut-mid-frame-is-an-error = байти, що лишилися, коли з'єднання закрилося, — це обірваний кадр, а не чисте завершення

## exercise-21: Waiting for the migrations without looking every 100 ms

# The exercise's title, one line in `kit list`.
exercise-21-title = Чекати на міграції, не перевіряючи кожні 100 мс
# The concept it teaches, a short phrase in `kit list`.
exercise-21-topic = активне очікування проти повідомлення (asyncio.Event): watch і Notify
# `kit hint`: a nudge, not the answer.
exercise-21-hint = Цикл «поспи й перевір» не може бути водночас швидким і дешевим: короткий сон часто будить, довгий пізно помічає. Замість того щоб обробники питали «вже готово?», нехай `mark_done` сам їм про це скаже. У Python для цього є `asyncio.Event`. У `tokio::sync` пошукайте канал, що зберігає одне значення й дає отримувачеві чекати, доки значення не стане таким, як йому треба, або просте повідомлення (і прочитайте, що воно робить із завданням, яке почало чекати вже після того, як повідомлення надіслано).
# The "why it matters" line of the check `a_request_after_the_migrations_goes_straight_through` (behaviour).
exercise-21-check-a-request-after-the-migrations-goes-straight-through = повідомлення будить лише ті завдання, що вже чекають: зберігайте стан для тих, хто прийде пізніше
# The "why it matters" line of the check `waiting_requests_resume_the_moment_the_migrations_end` (timing).
exercise-21-check-waiting-requests-resume-the-moment-the-migrations-end = завдання, що час від часу перевіряє, помічає зміну із запізненням; завдання, яке отримало повідомлення, продовжує роботу одразу
# The "why it matters" line of the check `waiting_lets_the_runtime_sleep` (bound).
exercise-21-check-waiting-lets-the-runtime-sleep = цикл «поспи й перевір» будить середовище виконання на кожній перевірці, хоча нічого не змінилося, а рідші перевірки лише роблять його запізнілим

## exercise-22: Gather what is independent, chain what is not

# The exercise's title, one line in `kit list`.
exercise-22-title = Незалежне — разом, залежне — ланцюжком
# The concept it teaches, a short phrase in `kit list`.
exercise-22-topic = незалежні очікування (зберіть їх разом) проти залежних (курсор пагінації), і ланцюжки пліч-о-пліч
# `kit hint`: a nudge, not the answer.
exercise-22-hint = Подивіться на кожен цикл і спитайте: що потрібно цьому проходу такого, що може дати лише попередній? Запитові профілю потрібен id, який у вас уже є; запитові сторінки потрібен курсор, який може дати лише попередня сторінка. Один цикл може тримати всі свої запити активними одночасно; інший не може, і жоден комбінатор цього не змінить. Потім поставте те саме питання про два цикли: чи потрібні ланцюжку сторінок профілі? Подивіться на `tokio::try_join!`.
# The "why it matters" line of the check `the_report_has_every_customer_and_invoice` (behaviour).
exercise-22-check-the-report-has-every-customer-and-invoice = кожен профіль у тому порядку, в якому їх просили, кожен рахунок у порядку сторінок
# The "why it matters" line of the check `a_failed_request_is_reported` (behaviour).
exercise-22-check-a-failed-request-is-reported = невдалий профіль чи невдала сторінка — це помилка звіту
# The "why it matters" line of the check `the_profiles_are_fetched_together` (bound).
exercise-22-check-the-profiles-are-fetched-together = запити, яким нічого не потрібно один від одного, можуть усі бути активними одночасно
# The "why it matters" line of the check `the_pages_follow_the_cursor_chain` (bound).
exercise-22-check-the-pages-follow-the-cursor-chain = запит, якому потрібен курсор попередньої відповіді, не може початися раніше, ніж прийде ця відповідь
# The "why it matters" line of the check `the_report_takes_as_long_as_the_page_chain` (timing).
exercise-22-check-the-report-takes-as-long-as-the-page-chain = послідовний ланцюжок однаково йде поруч із незалежною роботою: звіт триває стільки, скільки ланцюжок, 1,0 с

## The source policy: what a learner's src/ may not use
##
## $name (text): what was found: a path as kit found it (`tokio::time::advance`), or one of
##   the policy-construct-... phrases below, in this language

policy-clock-control-problem = `{ $name }` керує годинником tokio із src/
policy-clock-control-why = тести оцінювання вимірюють ваш код на призупиненому годиннику tokio; код, який сам призупиняє, переводить чи відновлює цей годинник, підробляє час, який вимірює перевірка, а поза тестовим середовищем виконання ці функції панікують
policy-clock-control-help = щоб дочекатися, поки мине час, використовуйте `tokio::time::sleep`, `sleep_until` або `interval`, а годинник залиште середовищу виконання

policy-process-exit-problem = `{ $name }` завершує весь процес із src/
policy-process-exit-why = бібліотечна функція, яка завершує процес, тягне за собою й викликаючий код, а тут вона зупиняє тест оцінювання ще до того, як той встигне звітувати, тож перевірка провалюється
policy-process-exit-help = поверніть помилку (`Result`), і нехай викликаючий код вирішує, що з нею робити

policy-outside-world-problem = `{ $name }` виходить за межі вашого коду із src/
policy-outside-world-why = код вправи отримує все потрібне через свої аргументи; код, який читає файли (зокрема пам'ять і командний рядок власного процесу), запускає програми чи з'ясовує, як його запустили, може дізнатися, яка перевірка його виконує, і навіть підробити її результат
policy-outside-world-help = працюйте лише з аргументами й сервісами, які отримує функція: жодній вправі не потрібні ні файли, ні інші програми, ні оточення процесу

policy-macro-built-path-problem = макрос будує шлях до `{ $name }` зі змінної макроса
policy-macro-built-path-why = kit не може визначити, яку функцію викликає такий шлях, а `{ $name }` містить функції, якими src/ користуватися не можна
policy-macro-built-path-help = напишіть повний шлях до функції, яку ви викликаєте

policy-linker-attribute-problem = `#[{ $name }]` змінює те, що бачить компонувальник (linker)
policy-linker-attribute-why = ці атрибути можуть підмінити чи перехопити символи програми, яка запускає тести оцінювання; вправі вони ніколи не потрібні
policy-linker-attribute-help = приберіть атрибут: вправі досить звичайних елементів Rust

policy-caller-attribute-problem = `#[{ $name }]` передає кодові всередині місце, звідки його викликали
policy-caller-attribute-why = змодельовані сервіси показують свої лічильники лише тестам оцінювання, розпізнаючи їх за місцем виклику; `#[track_caller]` дає src/ змогу видати місце виклику в тесті за власне
policy-caller-attribute-help = приберіть атрибут: функціям вправи ніколи не потрібно знати, звідки їх викликали

policy-unsafe-problem = небезпечний код у src/: { $name }
policy-unsafe-why = небезпечний (unsafe) код може порушити гарантії, на які покладаються тести оцінювання, а жодній вправі він не потрібен: кожну розв'язують безпечними API tokio та std
policy-unsafe-help = приберіть unsafe-код і скористайтеся безпечним API, що робить ту саму роботу

policy-hidden-source-problem = код, який kit не може перевірити, підключено через { $name }
policy-hidden-source-why = kit перевіряє файли в src/; код, підключений звідкись іще, цю перевірку обминає
policy-hidden-source-help = тримайте кожен модуль в окремому файлі в src/ і оголошуйте його звичайним `mod name;`

policy-unreadable-problem = kit не зміг прочитати цей файл: { $name }
policy-unreadable-why = файл, який kit не може розібрати, kit не може й перевірити, тож він не може зараховуватися до оцінки
policy-unreadable-help = зробіть файл коректним кодом Rust (cargo build покаже, де саме він некоректний)

## What the rules above name as $name when they find a construct rather than a path
policy-construct-unsafe-block = блок `unsafe`
policy-construct-unsafe-fn = функція `unsafe fn`
policy-construct-unsafe-impl = реалізація `unsafe impl`
policy-construct-unsafe-trait = трейт `unsafe trait`
policy-construct-unsafe-mod = модуль `unsafe mod`
policy-construct-unsafe-attribute = атрибут `unsafe(..)`
policy-construct-extern-block = блок `extern`
policy-construct-path-attribute = атрибут `#[path]`
