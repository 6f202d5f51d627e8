//! A job queue: jobs are rows in Postgres, claimed and run by a pool of async workers.

pub mod job;
pub mod queue;
pub mod worker;
