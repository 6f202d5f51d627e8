//! An edit left half-done: the expression after `*` is missing.

pub fn total(price: u64, quantity: u64) -> u64 {
    let subtotal = price * quantity;
    let tax = subtotal * ; // EXPECT: syntax-error [column: 26]
    subtotal + tax
}
