//! One repository per aggregate.

pub mod orders;
pub mod users;
