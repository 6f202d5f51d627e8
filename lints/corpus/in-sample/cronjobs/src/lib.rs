//! cronjobs: an in-process job scheduler with cron-like triggers and graceful shutdown.
pub mod jobs;
pub mod scheduler;
pub mod time;

pub use scheduler::{Scheduler, SchedulerBuilder};
