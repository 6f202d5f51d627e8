//! Client for the billing REST API: authenticated requests with retries and backoff.

pub mod auth;
pub mod client;
pub mod retry;

pub use client::BillingClient;
