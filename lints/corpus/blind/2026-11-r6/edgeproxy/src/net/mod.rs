//! The accept loops every mode ends in.

pub mod accept;
