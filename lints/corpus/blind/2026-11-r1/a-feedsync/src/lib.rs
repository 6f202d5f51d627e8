//! feedsync keeps a local copy of subscribed RSS/Atom feeds fresh, serves the newest entries over a
//! small HTTP API and pushes new entries to the webhook each subscriber registered.

pub mod api;
pub mod config;
pub mod fetch;
pub mod import;
pub mod notify;
pub mod scheduler;
pub mod store;
mod util;

#[cfg(test)]
mod test_support;

pub use scheduler::App;
