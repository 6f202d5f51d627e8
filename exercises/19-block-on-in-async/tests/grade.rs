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
    Exercise, Failure, Isolated, PriceCatalog, ServiceError, StallReport, StallWatchdog, Stopped,
    format_duration,
};

const EXERCISE: Exercise = Exercise::new("exercise-19");
/// Real time per price lookup: eight lookups take 0.16 s, far under the 5 s deadline.
const LOOKUP: Duration = Duration::from_millis(20);
/// For the stall check: eight lookups of 50 ms block for 0.4 s, the watchdog allows 0.1 s.
const SLOW_LOOKUP: Duration = Duration::from_millis(50);
const STALL_THRESHOLD: Duration = Duration::from_millis(100);

const HELP: &str = "keep it async: fetch the prices first (each lookup is an ordinary \
                    `.await`), then give the library a callback that only reads them; or run \
                    the library on tokio's blocking pool with `tokio::task::spawn_blocking`, \
                    a thread where `Handle::block_on` is allowed";

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
        "`block_in_place` exists only on the multi-thread runtime, and a library cannot choose \
         the runtime its callers use: on a current_thread runtime it panics"
    } else if matches!(stop, Stopped::Panicked { .. }) {
        "`block_on` parks its thread until the future completes, but on a runtime thread that \
         future can only make progress if this very thread drives it: tokio panics rather than \
         deadlock"
    } else {
        "a runtime thread parked until a future completes, while only that thread could drive \
         the future's timer: a deadlock (`futures::executor::block_on` does this on a \
         current_thread runtime)"
    };
    Failure::new(stop.describe(&format!("pricing the order on a {runtime} runtime")))
        .why(why)
        .help(HELP)
}

/// Why `invoice` is not the invoice of `order()` at the catalogue's prices, if it is not.
fn wrong_invoice(invoice: &Invoice, catalog: &PriceCatalog) -> Option<String> {
    let order = order();
    let expected_total: u64 = order
        .iter()
        .map(|line| catalog.price_of(line.product) * u64::from(line.quantity))
        .sum();
    if invoice.lines.len() != order.len() {
        return Some(format!(
            "the invoice has {} lines, the order {}",
            invoice.lines.len(),
            order.len()
        ));
    }
    for (line, ordered) in invoice.lines.iter().zip(&order) {
        let price = catalog.price_of(ordered.product);
        if line.product != ordered.product || line.unit_cents != price {
            return Some(format!(
                "invoice line for product {} has unit price {} cents; the catalogue says \
                 product {} costs {price}",
                line.product, line.unit_cents, ordered.product
            ));
        }
    }
    (invoice.total_cents != expected_total).then(|| {
        format!(
            "the invoice totals {} cents; at the catalogue's prices the order costs \
             {expected_total}",
            invoice.total_cents
        )
    })
}

/// The order was priced right, each product looked up once.
#[track_caller]
fn assert_priced(runtime: &str, (invoice, catalog): &Priced) {
    let invoice = match invoice {
        Ok(invoice) => invoice,
        Err(error) => EXERCISE.fail(
            Failure::new(format!(
                "pricing the order on a {runtime} runtime failed: {error}"
            ))
            .help("return the invoice the library builds from the catalogue's prices"),
        ),
    };
    if let Some(problem) = wrong_invoice(invoice, catalog) {
        EXERCISE.fail(
            Failure::new(problem)
                .help("let the library price every line with the catalogue's unit prices"),
        );
    }
    let stats = catalog.stats();
    EXERCISE.assert_calls(
        &stats,
        order().len(),
        "look up the price of each of the 8 products of the order once",
    );
    let each_once = order().iter().all(|line| {
        stats
            .completed_calls()
            .filter(|call| call.key == line.product)
            .count()
            == 1
    });
    EXERCISE.ensure(each_once, || {
        Failure::new("the catalogue was not asked once for each product of the order")
            .why("every lookup is a network call: each product's price is needed once")
            .help("look up each product of the order once")
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
        Failure::new(format!(
            "the lookup of product 23 failed, but pricing the order returned {invoice:?}"
        ))
        .help("return the catalogue's error to the caller, as the library does with the callback's")
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
        &format!(
            "eight lookups of {} each block a thread for {} in all; that thread must not be \
             the runtime's. {HELP}",
            format_duration(SLOW_LOOKUP),
            format_duration(SLOW_LOOKUP * 8)
        ),
    );
    assert_priced(runtime, &priced);
}
