//! Exercise 19: `block_on` inside async code. A synchronous invoicing library (`legacy.rs`)
//! asks for each unit price through a callback; the prices live behind an async service.
//! Run `kit grade exercise-19` to see what blocking on that service from inside the runtime
//! does.

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
    let runtime = Handle::current();
    // TODO: the library wants each price the moment it asks, from a plain function, and
    // `block_on` looks like it turns the async lookup into one. But this code runs ON the
    // runtime: blocking its thread until a future completes, when that same runtime is what
    // must drive the future, can only deadlock, and tokio refuses with a panic instead. Either
    // give the library prices it does not have to wait for, or run the library on a thread
    // where blocking is allowed.
    legacy::build_invoice(&lines, |product| {
        runtime.block_on(catalog.unit_price(product))
    })
}
