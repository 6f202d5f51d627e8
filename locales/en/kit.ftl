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
error-line = error: { $message }
# The line under a message that says what to do.
# $help (text): the advice
help-line = help: { $help }

# A file operation failed.
# $action (text): the operation, one of the keys below
# $path (text): the file or folder
# $error (text): the system's own error text (English)
error-io = cannot { $action ->
        [read] read
        [write] write
        [create] create
        [remove] remove
        [find] find
        [lock] lock
        [open] open
        [run] run
        [wait-for] wait for
        [back-up] back up
       *[other] { $action }
    } { $path }: { $error }

# $code (text): the language asked for
# $source (text): where it was asked for: `--lang` or `KIT_LANG`
error-unknown-language = kit does not speak `{ $code }` (asked for by { $source })
# $codes (text): the codes kit speaks, `en, vi, uk`
error-unknown-language-help = kit speaks { $codes }

# $error (text): the system's own error text (English)
error-current-folder = cannot read the current folder: { $error }
# $seconds (text): the value given
error-time-limit = --time-limit { $seconds } is not a positive number of seconds
error-every-exercise-done = every exercise is done
error-every-exercise-done-help = name one to grade it again, or pass --all
# $path (text): the exercise list's path
error-no-exercise = { $path } lists no exercise yet
error-no-exercise-help = add an [[exercises]] table (see exercises/AUTHORING.md)
# $id (text): the exercise id
error-not-embedded = this kit binary has no copy of `{ $id }`: it was built before the exercise existed
error-not-embedded-help = rebuild kit (`cargo build -p kit`) so it embeds the current exercises
# $query (text): what the learner typed
error-no-such-exercise = there is no exercise `{ $query }`
# $id (text): the closest exercise's id
# $slug (text): its slug
error-no-such-exercise-did-you-mean = did you mean `{ $id }` ({ $slug })? `kit list` shows every exercise
error-no-such-exercise-help = `kit list` shows every exercise
# $root (text): the folder given
error-not-a-kit-root = { $root } is not a kit root: it has no exercises/info.toml
error-not-a-kit-root-help = pass --root (or set KIT_ROOT to) the folder that contains exercises/info.toml
# $start (text): the folder kit started from
error-no-kit-root = no exercises/info.toml found in { $start } or any parent folder
error-no-kit-root-help = run kit inside the exercise kit checkout, or pass --root DIR
# $path (text): the progress file
error-progress-damaged-help = the progress file is damaged; delete { $path } to start the progress list afresh
# $program (text): the cargo command tried
error-cargo-not-found = cargo was not found (tried `{ $program }`)
error-cargo-not-found-help = install Rust with rustup (https://rustup.rs), or set CARGO to the path of cargo
# $program (text): the cargo command
# $error (text): the system's own error text (English)
error-cargo-cannot-run = cannot run `{ $program }`: { $error }
# $error (text): the system's own error text (English)
error-cargo-unfinished = cargo did not finish: { $error }
# $error (text): the system's own error text (English)
error-watch-files = cannot watch files: { $error }
# $path (text): the folder
# $error (text): the system's own error text (English)
error-watch-folder = cannot watch { $path }: { $error }
error-watcher-stopped = the file watcher stopped
# $path (text): the package folder
# $error (text): asynclint's own error text (English)
error-lint-failed = asynclint could not check { $path }: { $error }
# $error (text): the system's own error text (English)
error-no-random = the system gave no random bytes: { $error }

## Progress lines (on stderr)

# $exercises (text): the exercise ids, joined by ", "
progress-building = building { $exercises }...
# $count (number): how many exercises
progress-building-verify = building { $count } starters and solutions...
# $check (text): the check's name
# $elapsed (duration): how long it has run
# $limit (duration): when kit stops it
progress-still-running = `{ $check }` is still running after { $elapsed } (kit stops it at { $limit })
# $path (text): the grading folder
progress-waiting-for-lock = waiting for another kit to finish grading in { $path }...

## kit list

# $score (number): points scored
# $max (number): points possible
list-done = done { $score }/{ $max }
# $score (number): points scored the last time
# $max (number): points possible
list-pending-scored = pending (last { $score }/{ $max })
list-pending = pending
# $done (number): exercises done
# $total (number): exercises in the kit
# $percent (number): done, in percent
list-progress = progress: { $done }/{ $total } exercises done ({ $percent }%)
# $id (text): the next exercise's id
# $slug (text): its slug
list-next = next: `kit grade { $id }` ({ $slug })

## kit hint
##
## The hint itself is the exercise's `exercise-NN-hint` (exercises.ftl).

# $hint (text): the exercise's hint
hint-hint = hint: { $hint }
# $readme (text): the README's path (README.vi.md, README.uk.md where the exercise has one)
hint-concept = concept: { $readme }
# $seed (text): the seed documents' section (in the seeds' own languages)
hint-seed = seed:    { $seed }

## kit reset

# $id (text): the exercise id
# $files (number): files restored
reset-restored = restored { $id } as shipped ({ $files } file(s))
# $path (text): the backup folder
reset-backup = your previous code is saved in { $path }

## kit watch
##
## The keys (q, h, n, Enter) are what the learner types: keep them.

# $id (text): the exercise id
watch-grading = grading { $id }...
# $id (text): the exercise id
watch-passed = { $id } passed: type n + Enter for the next exercise
# $id (text): the exercise id
watch-watching = watching { $id } for changes (q + Enter quits, h hint, Enter grades again)
# $id (text): the exercise id
watch-last-exercise = { $id } is the last exercise

## The grade report

# After the exercise's title, when the reference solution was graded.
report-reference-solution = (reference solution)
# $path (text): the graded src/ folder
report-graded = graded: { $path }
# $reason (text): why (one of the not-graded-... messages)
report-cannot-grade = kit cannot grade this exercise: { $reason }
# $id (text): the exercise id
report-cannot-grade-help = recreate it, or run `kit reset { $id }` to restore the exercise (your files are backed up first)
report-policy-header = your src/ uses what grading does not allow, so no check ran:
report-policy-why = why: { $why }
report-compile-errors-header = your code does not compile, so no check could run:
# The verdict column; keep each short (at most 9 characters).
verdict-pass = PASS
verdict-fail = FAIL
verdict-hung = HUNG
verdict-missing = MISSING
verdict-not-built = NOT BUILT
# The kind column (timing, bound, stall, lint, behaviour).
kind-timing = timing
kind-bound = bound
kind-stall = stall
kind-lint = lint
kind-behaviour = behaviour
# $teaches (text): the check's "why it matters" line (exercise-NN-check-...)
report-why-it-matters = why it matters: { $teaches }
report-output-header = the check's output (last lines):
report-lint-header = asynclint also found (no points, worth fixing):
# $path (text): the symlink's path
report-symlink-note = note: { $path } is a symlink; kit grades regular files only
# $files (text): the changed files, joined by ", "
# $id (text): the exercise id
report-edited-note = note: kit grades with its own copy of the exercise's files; your changes to { $files } were not used (`kit reset { $id }` restores them)
report-passed = passed
report-not-passed = not passed yet
# $score (number): points scored
# $max (number): points possible
# $verdict (text): report-passed or report-not-passed
report-score = score: { $score }/{ $max } · { $verdict }
# $id (text): the exercise id
report-fix-help = fix the checks above, save, and run `kit grade { $id }` again; `kit hint { $id }` gives a nudge
# After `kit grade --all`.
# $passed (number): exercises passed
# $failed (number): exercises not passed
report-all-total = grade: { $passed } passed, { $failed } failed

## kit verify (run by CI and by authors: every starter fails as documented, every solution
## passes)

# The status column of a verified exercise; keep it short (at most 4 characters).
verify-ok = ok
# $dir (text): the exercise folder's name
verify-unlisted = { $dir } is not listed in exercises/info.toml, so it is never graded nor verified
# $dir (text): the exercise folder's name
verify-unverified = { $dir } is not verified
# $errors (text): the first lines of cargo's errors
verify-starter-does-not-compile = the starter does not compile; it must compile and fail for the documented reason:
    { $errors }
# $check (text): the check's name
# $kind (text): its kind (a kind-... message)
# $documented (text): the kinds the starter may fail, a verify-list-or
# $status (text): what the check said
verify-starter-fails-undocumented = the starter fails `{ $check }`, a { $kind } check, but starter_fails lists only { $documented }: { $status }
# $documented (text): the kinds the starter should fail, a verify-list-or
verify-starter-passes = the starter passes every check: it must fail a { $documented } check to teach anything
# $exercise (text): the exercise's id
# $listed (text): the kind as info.toml spells it
# $kind (text): the same kind (a kind-... message)
# $checks (number): how many checks of that kind the exercise has
verify-starter-listed-kind-passes = { $exercise }: starter_fails lists `{ $listed }` but { $checks ->
        [1] the { $kind } check passed
       *[other] every { $kind } check passed
    }: the starter no longer shows that mistake, or the check stopped catching it
# $failed (text): the kinds failed, a verify-list-and
# $score (number): points scored
# $max (number): points possible
verify-starter-ok = starter fails { $failed } as documented ({ $score }/{ $max })
# $errors (text): the first lines of cargo's errors
verify-solution-does-not-compile = the solution does not compile:
    { $errors }
# $check (text): the check's name
# $kind (text): its kind (a kind-... message)
# $status (text): what the check said
verify-solution-fails = the solution fails `{ $check }` ({ $kind }): { $status }
# $findings (number): asynclint's findings
# $rendered (text): asynclint's findings (English, as asynclint prints them)
verify-solution-not-clean = asynclint finds { $findings } problem(s) in the solution, which must be clean:
    { $rendered }
# $score (number): points scored
# $max (number): points possible
verify-solution-ok = solution passes { $score }/{ $max }, asynclint-clean
# $dir (text): the exercise folder
verify-no-readme = { $dir }/README.md is missing or empty
# $dir (text): the exercise folder
verify-no-tests = { $dir }/tests/grade.rs is missing
# $dir (text): the exercise folder
verify-no-todo = no `// TODO:` marker in { $dir }/src: the learner must see where to edit
# $dir (text): the solution folder
verify-no-solution = { $dir }/src is missing: every exercise needs a solution
# $check (text): the check's name
verify-check-without-test = info.toml lists check `{ $check }` but tests/grade.rs has no such test
# $test (text): the test's name
verify-test-without-check = tests/grade.rs has test `{ $test }` that info.toml does not list as a check
verify-stale-starter = the copy of the starter inside this kit binary differs from the files on disk, so `kit reset` would restore the old one; touch exercises/info.toml and rebuild kit
# $side (text): `starter` or `solution` (kept in English: the folder's role)
# $problems (number): how many problems
verify-problems = { $side }: { $problems } problem(s)
# $side (text): `starter` or `solution`
# $problem (text): the problem's first line
verify-problem = { $side }: { $problem }
# $warning (text): the warning
verify-warning = warning: { $warning }
# $passed (number): sides that passed (each exercise has two: starter and solution)
# $failed (number): sides that failed
verify-total = verify: { $passed } passed, { $failed } failed
# $limit (duration): the time limit
verify-hung = hung (killed after { $limit })
verify-no-such-test = no such test in tests/grade.rs
verify-did-not-compile = did not compile
# A list of check kinds: "timing, bound and stall".
# $items (text): every kind but the last, joined by ", "
# $last (text): the last kind
verify-list-and = { $items } and { $last }
# A list of check kinds: "timing or bound".
# $items (text): every kind but the last, joined by ", "
# $last (text): the last kind
verify-list-or = { $items } or { $last }

## Why a check did not pass

# $name (text): the test's name
failure-missing-test = tests/grade.rs has no test named `{ $name }`: the exercise's metadata is out of date
failure-not-compiled = not run: the code does not compile
# $reason (text): why (a not-graded-... message)
failure-not-run = not run: { $reason }
# $violations (text): the violations, one per line
failure-not-run-policy = not run: your src/ uses what grading does not allow
    { $violations }
failure-binary-changed = the test binary changed after kit built it: something in your code wrote to kit's build folder, so kit cannot trust this run
# $limit (duration): the time limit
hang-killed = the check was still running after { $limit } of real time, so kit stopped it
# $cause (text): one of the hang-cause-... messages
hang-usually = usually: { $cause }
hang-cause-paused = on tokio's paused clock, simulated time jumps forward only while every task waits on a timer or I/O: a loop that never awaits (a busy loop, `std::thread::sleep`, a blocking `recv` or lock) stops that clock for good, and so does a task that waits for something that never comes (a channel nobody sends on, a lock held by the waiting task)
hang-cause-real = something never finishes: a blocking call or a loop that never awaits keeps the runtime's only thread busy, or a task waits for something that never comes
hang-cause-other = something never finishes: a deadlock, a wait for something that never comes, or a loop that never ends

## A check's own record (what the grading test said)

# A panic in the learner's code.
# $location (text): file:line:column
# $message (text): the panic's message, as the code or Rust wrote it
record-your-code-panicked = your code panicked at { $location }: { $message }
# $why (text): why it matters (the check's message)
record-why = why: { $why }
# $help (text): what to do (the check's message)
record-help = help: { $help }
# $id (text): the exercise id
record-see-hint = see hint: `kit hint { $id }`
record-no-reason = the check failed without saying why

## A check that ended without a trustworthy verdict

# $what (text): one of the record-forged-... phrases
record-forged = kit's verdict file for this check holds { $what ->
        [line] a line
        [other-check] a record of another check
        [second-verdict] a second verdict
       *[record] a record
    } that kit's check did not write: something in your code wrote to it, so kit cannot trust this run
# $how (text): how the process ended (an exit-... message)
exit-before-start = the test process { $how } before the check started
exit-zero-before-finish = the process exited before the check finished (exit code 0): `std::process::exit` in your code?
# $how (text): how the process ended (an exit-... message)
exit-before-finish = the process { $how } before the check finished
# $code (number): the exit code
exit-code = exited with code { $code }
exit-aborted = was aborted (a stack overflow, `std::process::abort`, or a panic while panicking)
exit-sigkill = was killed (SIGKILL)
exit-segfault = crashed (a segmentation fault)
# $signal (number): the signal's number
exit-signal = was killed by signal { $signal }
# $status (text): the system's description
exit-other = ended ({ $status })

## Why an exercise could not be graded at all

# $path (text): the src/ folder
not-graded-missing-src = your { $path }/ is missing
# $path (text): the src/ folder
# $files (number): the most files kit reads
# $mib (number): the most MiB kit reads
not-graded-too-big = your { $path }/ holds more than { $files } files or { $mib } MiB: kit grades source code, not data
# $path (text): the file
# $error (text): the system's own error text (English)
not-graded-unreadable = cannot read { $path }: { $error }
# $path (text): the src/ folder
not-graded-no-lib = your { $path }/lib.rs is missing: it is the file kit grades
# $path (text): the missing file
# $id (text): the exercise id
not-graded-missing-file = your { $path } is missing (the starter has it; `kit reset { $id }` restores the exercise)

## The lint check

lint-teaches = asynclint checks src/ for the async pitfalls that tests cannot see
