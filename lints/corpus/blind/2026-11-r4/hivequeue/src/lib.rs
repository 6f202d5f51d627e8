//! A Postgres-backed job queue: the `Queue` that enqueues and claims jobs, the `Handler` trait
//! job kinds implement, and the worker loop shared by `hive-worker`.

pub mod db;
pub mod handlers;
pub mod queue;
pub mod worker;

#[cfg(test)]
mod testing;

pub use queue::{Job, Queue};
