//! A synchronous invoicing library, written before the price catalogue went behind an async
//! service: it asks for each unit price through a callback and needs the answer when the
//! callback returns. Leave this file as it is; the exercise is about calling it from async
//! code.

/// One line of an order: how many of which product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The product id, as the price catalogue knows it.
    pub product: u64,
    /// How many were ordered.
    pub quantity: u32,
}

/// One line of an invoice, priced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvoiceLine {
    /// The product id.
    pub product: u64,
    /// How many were ordered.
    pub quantity: u32,
    /// The unit price, in cents.
    pub unit_cents: u64,
    /// `quantity * unit_cents`.
    pub cents: u64,
}

/// A priced order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoice {
    /// One entry per order line, in order.
    pub lines: Vec<InvoiceLine>,
    /// The sum of the lines, in cents.
    pub total_cents: u64,
}

/// Price every line of the order with `unit_price`, which the library calls once per line, in
/// order, and whose first error it returns.
pub fn build_invoice<E>(
    lines: &[Line],
    mut unit_price: impl FnMut(u64) -> Result<u64, E>,
) -> Result<Invoice, E> {
    let mut invoice = Invoice {
        lines: Vec::with_capacity(lines.len()),
        total_cents: 0,
    };
    for line in lines {
        let unit_cents = unit_price(line.product)?;
        let cents = unit_cents * u64::from(line.quantity);
        invoice.total_cents += cents;
        invoice.lines.push(InvoiceLine {
            product: line.product,
            quantity: line.quantity,
            unit_cents,
            cents,
        });
    }
    Ok(invoice)
}
