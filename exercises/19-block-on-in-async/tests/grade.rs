//! Grading tests for exercise 19: the invoice is priced from the catalogue on a multi-thread
//! runtime AND on a current_thread runtime, a failed lookup is reported, and pricing never
//! blocks the runtime (the stall watchdog). Each test runs the code on a runtime of its own
//! under a real-time deadline (`Isolated`), so that a panic inside the runtime or a deadlock
//! is reported with an explanation instead of killing or hanging the test.
//!
//! These tests use the real clock, with short latencies: a correct bridge runs the library on
//! tokio's blocking pool, and tokio holds a paused clock still while a blocking task runs.

use std::time::Duration;

use exercise_19::invoice_for;
use exercise_19::legacy::{Invoice, Line};
use kit_harness::{
    Exercise, Failure, Isolated, Message, PriceCatalog, ServiceError, StallReport, StallWatchdog,
    Stopped, msg,
};

const EXERCISE: Exercise = Exercise::new("exercise-19");
/// Real time per price lookup: eight lookups take 0.16 s, far under the 5 s deadline.
const LOOKUP: Duration = Duration::from_millis(20);
/// For the stall check: eight lookups of 50 ms block for 0.4 s, the watchdog allows 0.1 s.
const SLOW_LOOKUP: Duration = Duration::from_millis(50);
const STALL_THRESHOLD: Duration = Duration::from_millis(100);

/// Eight lines, eight different products.
fn order() -> Vec<Line> {
    [
        (17, 3),
        (4, 1),
        (23, 12),
        (8, 2),
        (42, 5),
        (15, 1),
        (16, 7),
        (7, 4),
    ]
    .map(|(product, quantity)| Line { product, quantity })
    .to_vec()
}

type Priced = (Result<Invoice, ServiceError>, PriceCatalog);

/// Run `invoice_for` as a request handler (a task of its own) on `runtime`, with a catalogue
/// made inside that runtime; hand back its result and the catalogue.
fn price_the_order(
    runtime: Isolated,
    catalog: fn() -> PriceCatalog,
    watch_stalls: bool,
) -> Result<(Priced, Option<StallReport>), Stopped> {
    runtime.run(move || async move {
        let watchdog = watch_stalls.then(StallWatchdog::start);
        let catalog = catalog();
        let handler = tokio::spawn({
            let catalog = catalog.clone();
            async move { invoice_for(&catalog, order()).await }
        });
        let invoice = handler
            .await
            .unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic()));
        ((invoice, catalog), watchdog.map(StallWatchdog::stop))
    })
}

/// The failure for a run that panicked or never finished, with the reason that fits.
fn stopped(runtime: &str, stop: &Stopped) -> Failure {
    let why = if stop.panic_mentions("multi-threaded runtime") {
        msg!("exercise-19-stopped-why-block-in-place")
    } else if matches!(stop, Stopped::Panicked { .. }) {
        msg!("exercise-19-stopped-why-block-on")
    } else {
        msg!("exercise-19-stopped-why-deadlock")
    };
    Failure::new(stop.describe(msg!("exercise-19-stopped-what", runtime = runtime)))
        .why(why)
        .help(msg!("exercise-19-help"))
}

/// Why `invoice` is not the invoice of `order()` at the catalogue's prices, if it is not.
fn wrong_invoice(invoice: &Invoice, catalog: &PriceCatalog) -> Option<Message> {
    let order = order();
    let expected_total: u64 = order
        .iter()
        .map(|line| catalog.price_of(line.product) * u64::from(line.quantity))
        .sum();
    if invoice.lines.len() != order.len() {
        return Some(msg!(
            "exercise-19-wrong-line-count",
            invoice_lines = invoice.lines.len(),
            order_lines = order.len(),
        ));
    }
    for (line, ordered) in invoice.lines.iter().zip(&order) {
        let price = catalog.price_of(ordered.product);
        if line.product != ordered.product || line.unit_cents != price {
            return Some(msg!(
                "exercise-19-wrong-unit-price",
                product = line.product,
                unit_cents = line.unit_cents,
                ordered = ordered.product,
                price = price,
            ));
        }
    }
    (invoice.total_cents != expected_total).then(|| {
        msg!(
            "exercise-19-wrong-total",
            total_cents = invoice.total_cents,
            expected_total = expected_total,
        )
    })
}

/// The order was priced right, each product looked up once.
#[track_caller]
fn assert_priced(runtime: &str, (invoice, catalog): &Priced) {
    let invoice = match invoice {
        Ok(invoice) => invoice,
        Err(error) => EXERCISE.fail(
            Failure::new(msg!(
                "exercise-19-assert-priced-problem",
                runtime = runtime,
                error = error.to_string()
            ))
            .help(msg!("exercise-19-assert-priced-help")),
        ),
    };
    if let Some(problem) = wrong_invoice(invoice, catalog) {
        EXERCISE.fail(Failure::new(problem).help(msg!("exercise-19-assert-priced-help-2")));
    }
    let stats = catalog.stats();
    EXERCISE.assert_calls(
        &stats,
        order().len(),
        msg!("exercise-19-assert-priced-help-3"),
    );
    let each_once = order().iter().all(|line| {
        stats
            .completed_calls()
            .filter(|call| call.key == line.product)
            .count()
            == 1
    });
    EXERCISE.ensure(each_once, || {
        Failure::new(msg!("exercise-19-assert-priced-problem-2"))
            .why(msg!("exercise-19-assert-priced-why"))
            .help(msg!("exercise-19-assert-priced-help-4"))
    });
}

fn catalog() -> PriceCatalog {
    PriceCatalog::new().with_latency(LOOKUP)
}

#[kit_harness::check]
fn prices_every_line_from_the_catalogue() {
    let runtime = "multi-thread";
    match price_the_order(Isolated::multi_thread(2), catalog, false) {
        Ok((priced, _)) => assert_priced(runtime, &priced),
        Err(stop) => EXERCISE.fail(stopped(runtime, &stop)),
    }
}

#[kit_harness::check]
fn works_on_a_current_thread_runtime() {
    let runtime = "current_thread";
    match price_the_order(Isolated::current_thread(), catalog, false) {
        Ok((priced, _)) => assert_priced(runtime, &priced),
        Err(stop) => EXERCISE.fail(stopped(runtime, &stop)),
    }
}

#[kit_harness::check]
fn a_failed_price_lookup_is_reported() {
    let runtime = "multi-thread";
    let failing = || catalog().failing_for(23);
    let (invoice, _) = match price_the_order(Isolated::multi_thread(2), failing, false) {
        Ok((priced, _)) => priced,
        Err(stop) => EXERCISE.fail(stopped(runtime, &stop)),
    };
    let expected = ServiceError::Failed {
        service: "price catalogue",
        key: 23,
    };
    EXERCISE.ensure(invoice.as_ref().err() == Some(&expected), || {
        Failure::new(msg!(
            "exercise-19-a-failed-price-lookup-is-reported-problem",
            invoice = format!("{:?}", invoice)
        ))
        .help(msg!("exercise-19-a-failed-price-lookup-is-reported-help"))
    });
}

#[kit_harness::check]
fn pricing_never_blocks_the_runtime() {
    // current_thread: a blocked runtime thread cannot hide behind another worker.
    let runtime = "current_thread";
    let slow = || PriceCatalog::new().with_latency(SLOW_LOOKUP);
    let (priced, stalls) = match price_the_order(Isolated::current_thread(), slow, true) {
        Ok((priced, Some(stalls))) => (priced, stalls),
        Ok((_, None)) => unreachable!("the watchdog was started"),
        Err(stop) => EXERCISE.fail(stopped(runtime, &stop)),
    };
    EXERCISE.assert_no_stall(
        &stalls,
        STALL_THRESHOLD,
        msg!(
            "exercise-19-pricing-never-blocks-the-runtime-help",
            lookup = SLOW_LOOKUP,
            all_lookups = SLOW_LOOKUP * 8,
            help = msg!("exercise-19-help")
        ),
    );
    assert_priced(runtime, &priced);
}
