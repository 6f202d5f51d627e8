//! Repositories for users and orders: Postgres through sqlx, with a local SQLite cache.

pub mod edge_cache;
pub mod repo;
pub mod tx;
