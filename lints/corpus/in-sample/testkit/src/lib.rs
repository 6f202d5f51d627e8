//! testkit: helpers for integration tests of our services: a mock HTTP upstream, fixtures on
//! disk, and time control.
pub mod fixtures;
pub mod mock;

#[cfg(test)]
mod tests;

pub use fixtures::{fixture_path, Fixture};
pub use mock::{MockServer, MockServerBuilder};
