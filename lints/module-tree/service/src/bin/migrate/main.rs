//! `src/bin/*/main.rs` is a crate root, and its `mod steps;` is beside it.

mod steps;

fn main() {}
