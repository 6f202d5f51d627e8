//! Exercise 19, solved: the synchronous library runs on tokio's blocking pool, the one kind of
//! thread where waiting for a future with `Handle::block_on` is allowed.

pub mod legacy;

use kit_harness::{PriceCatalog, ServiceError};
use legacy::{Invoice, Line};
use tokio::runtime::Handle;

/// Build the invoice of `lines` with [`legacy::build_invoice`], pricing each product through
/// `catalog`. Request handlers call it, on whatever tokio runtime the server uses.
pub async fn invoice_for(
    catalog: &PriceCatalog,
    lines: Vec<Line>,
) -> Result<Invoice, ServiceError> {
    // `block_on` parks the calling thread until the future is done. On a runtime thread that
    // is a contradiction: the runtime needs that very thread to drive the future (on a
    // current_thread runtime it is the ONLY thread), so tokio panics instead of deadlocking,
    // and `futures::executor::block_on` simply deadlocks. `block_in_place` is no way out
    // either: it exists only on the multi-thread runtime, and a library function cannot
    // choose its caller's runtime.
    //
    // A thread of the blocking pool belongs to the runtime but does not drive its tasks, so
    // parking it costs nobody anything: there `Handle::block_on` is allowed. The runtime's
    // own threads keep running the timers and I/O the lookups wait for (on a current_thread
    // runtime, the thread inside `Runtime::block_on`, i.e. `main`, does it), and this task
    // simply awaits the JoinHandle, suspended like at any other `.await`.
    //
    // The other cure is to keep the lookups async: the library asks for the products of the
    // order, which are known before it runs, so the handler could fetch every price first
    // (concurrently, as in exercise 01) and give the library a callback that reads a map.
    // That is faster and needs no thread; the bridge is the general answer, for libraries
    // whose questions cannot be known in advance.
    let runtime = Handle::current();
    // The closure runs on another thread and may outlive this call: it must own what it uses.
    // A cloned catalogue shares the original's connection and counters.
    let catalog = catalog.clone();
    let priced = tokio::task::spawn_blocking(move || {
        legacy::build_invoice(&lines, |product| {
            runtime.block_on(catalog.unit_price(product))
        })
    });
    // The JoinHandle's own error only means the library panicked: a bug, so let the panic
    // continue in the caller. The library's `Result` carries the catalogue's errors.
    priced
        .await
        .unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic()))
}
