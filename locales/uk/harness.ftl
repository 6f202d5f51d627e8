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
seconds = { $seconds } с

## Names of the simulated services, as the messages below insert them ("the user API was
## never called"). Each is a noun phrase without an article.

service-user-api = API користувачів
service-users-http-api = HTTP API користувачів
service-paged-users-api = посторінковий API
service-profile-api = API профілів
service-database = база даних
service-legacy-database = стара база даних
service-llm-endpoint = ендпоінт LLM
service-billing-api = білінговий API
service-price-catalogue = каталог цін
service-image-resizer = масштабування фото

## Timing checks on tokio's paused clock (simulated time).

# A run over the upper bound.
# $what (message): what was measured, a phrase of the exercise ("fetching 10 users")
# $measured (duration): the simulated time it took
# $diagnosis (message): what the slowness means, a phrase of the exercise, or
#   harness-elapsed-more-than-needed
harness-elapsed-too-slow = { $what } — { $measured } змодельованого часу: { $diagnosis }

# The diagnosis of a slow run when the exercise gives none.
# $at_most (duration): the most correct code needs
harness-elapsed-more-than-needed = правильному коду вистачає { $at_most }

# A run under the lower bound.
# $what (message): what was measured, a phrase of the exercise
# $measured (duration): the simulated time it took
# $at_least (duration): the least the simulated work needs
harness-elapsed-too-fast = { $what } — лише { $measured } змодельованого часу, хоча змодельована робота потребує щонайменше { $at_least }
harness-elapsed-too-fast-why = призупинений годинник tokio рухається лише тоді, коли кожне завдання чекає на таймер: блокуючий виклик на кшталт `std::thread::sleep` його не зрушує, а пропущена робота не займає жодного часу
harness-elapsed-too-fast-help = чекайте на кожен виклик сервісу через його асинхронний API; не блокуйте потік і не пропускайте викликів

## The stall watchdog (real time).

# $stalled (duration): the longest time the runtime could not run its tasks
# $threshold (duration): the longest stall the check allows
harness-stall-problem = середовище виконання було заблоковане протягом { $stalled } (сторожовий таймер дозволяє { $threshold })
harness-stall-why = поки одне завдання блокує свій потік, жодне інше завдання на цьому потоці не виконується: чекає кожен запит

## Checks on a service's call counters. Dropped calls were started and then cancelled before
## they finished; they never count as calls.
##
## $service (message): the service's name (see above)
## $dropped (number): calls started and dropped before they finished; the selector adds a
##   clause about them, or nothing when there are none

# The service was never called.
# $expected (number): the calls expected
harness-calls-never-called = сервіс «{ $service }» жодного разу не викликали, а очікувалося { $expected } { $expected ->
        [one] виклик
        [few] виклики
       *[other] викликів
    }

# $started (number): calls started
# $completed (number): calls that completed
# $expected (number): the calls expected
harness-calls-some-dropped = розпочато { $started } { $started ->
        [one] виклик
        [few] виклики
       *[other] викликів
    } сервісу «{ $service }», але завершено лише { $completed }, а очікувалося { $expected }: решту знищено (drop) ще до завершення

# $completed (number): calls that completed
# $expected (number): the calls expected
harness-calls-wrong-count = завершено { $completed } { $completed ->
        [one] виклик
        [few] виклики
       *[other] викликів
    } сервісу «{ $service }», а очікувалося { $expected }{ $dropped ->
        [0] {""}
        [one] ; ще { $dropped } виклик розпочато й знищено (drop) до завершення
        [few] ; ще { $dropped } виклики розпочато й знищено (drop) до завершення
       *[other] ; ще { $dropped } викликів розпочато й знищено (drop) до завершення
    }
harness-calls-too-few-why = future нічого не робить, доки на нього не чекають через `.await` (або не запускають як окреме завдання), а виклик, знищений до того, як повернувся, своєї роботи не виконав
harness-calls-too-many-why = кожен зайвий виклик навантажує іншу сторону і змушує викликаючий код довше чекати

# No call completed, so none overlapped.
# $at_least (number): the calls expected in flight at once
harness-overlap-none-completed = жоден виклик сервісу «{ $service }» не завершився, тож жоден і не перекривався з іншими, а очікувалося, що одночасно активних буде { $at_least }{ $dropped ->
        [0] {""}
        [one] ; ще { $dropped } виклик розпочато й знищено (drop) до завершення
        [few] ; ще { $dropped } виклики розпочато й знищено (drop) до завершення
       *[other] ; ще { $dropped } викликів розпочато й знищено (drop) до завершення
    }

# $completed (number): calls that completed
harness-overlap-never = з { $completed } { $completed ->
        [one] завершеного виклику
       *[other] завершених викликів
    } сервісу «{ $service }» жодні два не перекривалися в часі: у кожну мить активним був щонайбільше один{ $dropped ->
        [0] {""}
        [one] ; ще { $dropped } виклик розпочато й знищено (drop) до завершення
        [few] ; ще { $dropped } виклики розпочато й знищено (drop) до завершення
       *[other] ; ще { $dropped } викликів розпочато й знищено (drop) до завершення
    }

# $overlap (number): the most completed calls in flight at one moment
# $completed (number): calls that completed
# $at_least (number): the calls expected in flight at once
harness-overlap-too-few = з { $completed } { $completed ->
        [one] завершеного виклику
       *[other] завершених викликів
    } сервісу «{ $service }» одночасно активних було щонайбільше { $overlap }, а очікувалося { $at_least }{ $dropped ->
        [0] {""}
        [one] ; ще { $dropped } виклик розпочато й знищено (drop) до завершення
        [few] ; ще { $dropped } виклики розпочато й знищено (drop) до завершення
       *[other] ; ще { $dropped } викликів розпочато й знищено (drop) до завершення
    }
harness-overlap-why = виклик, що чекає, доки завершиться попередній, додає до загального часу всю свою затримку

# $in_flight (number): the most calls in flight at one moment
# $limit (number): the most allowed
harness-in-flight-problem = одночасно активних викликів сервісу «{ $service }» було { $in_flight }, а межа — { $limit }
harness-in-flight-why = необмежений сплеск викликів вичерпує з'єднання, пам'ять і терпіння іншої сторони

# $calls (number): calls started within one window
# $window (duration): the rate limit's window
# $first (duration): when the first of those calls started, in simulated time
# $last (duration): when the last of them started
# $limit (number): the calls allowed per window
harness-rate-problem = за { $window } (між { $first } і { $last } змодельованого часу) розпочато { $calls } { $calls ->
        [one] виклик
        [few] виклики
       *[other] викликів
    } сервісу «{ $service }», а межа — { $limit } за { $window }
harness-rate-why = виклики понад ліміт відхиляються, тож робота або втрачається, або повторюється шквалом повторних спроб

# $at_least (number): the cancelled calls expected
# $completed (number): calls that ran to the end
harness-cancelled-problem = скасовано { $dropped } { $dropped ->
        [one] виклик
        [few] виклики
       *[other] викликів
    } сервісу «{ $service }», а очікувалося щонайменше { $at_least }; до кінця виконано { $completed }
harness-cancelled-why = робота, на яку вже ніхто не чекає, далі тримає з'єднання й навантажує сервіс: знищений (drop) JoinHandle не зупиняє свого завдання

# A limit check on code that completed no call.
harness-no-calls-never-called = сервіс «{ $service }» жодного разу не викликали
# $started (number): calls started, every one of them dropped
harness-no-calls-all-dropped = розпочато { $started } { $started ->
        [one] виклик
        [few] виклики
       *[other] викликів
    } сервісу «{ $service }», і кожен знищено (drop) ще до завершення
# $limit (text): which limit was checked, `in-flight` or `rate`
harness-no-calls-why = дотримуватися { $limit ->
        [rate] обмеження частоти викликів
       *[in-flight] обмеження на кількість активних викликів
    } може лише код, який справді виконує роботу: немає завершених викликів — нема чого перевіряти

## Work run on a runtime of its own under a real-time deadline.
##
## $what (message): the work, a phrase of the exercise ("pricing the order on a
##   current_thread runtime")

# $location (text): file:line:column of the panic
# $message (text): the panic's own message, as Rust or the code wrote it
harness-stopped-panicked-at = { $what } — паніка в { $location }: { $message }
# $message (text): the panic's own message
harness-stopped-panicked = { $what } — паніка: { $message }
# $deadline (duration): the real time the work was given
harness-stopped-stuck = { $what } — робота все ще тривала після { $deadline } реального часу

## The clock witness: code that moves tokio's paused clock by hand.

# $by (duration): how far the clock jumped
# $at (duration): the simulated time at which it jumped
harness-clock-jump-problem = годинник перестрибнув на { $by } уперед після { $at } змодельованого часу, хоча жоден таймер не мав спрацювати: щось перевело годинник tokio вручну (`tokio::time::advance`)
harness-clock-jump-why = на призупиненому годиннику tokio час рухається лише тоді, коли кожне завдання чекає на таймер; якщо переводити його вручну, час, який вимірює перевірка, стає підробленим, а поза тестовим середовищем виконання `advance` панікує
harness-clock-jump-help = чекайте через `tokio::time::sleep`, `sleep_until` або `interval` і ніколи не викликайте `tokio::time::pause`, `advance` чи `resume` із src/

## The framed peer: a simulated network peer that sends length-prefixed frames.

# Something the receiver wrote that is not a heartbeat.
# $length (number): the frame's length in bytes
# $at (duration): when it arrived, in simulated time
harness-peer-unexpected-frame = кадр завдовжки { $length } { $length ->
        [one] байт
        [few] байти
       *[other] байтів
    } на позначці { $at }, де мають бути лише heartbeat (порожні кадри)
