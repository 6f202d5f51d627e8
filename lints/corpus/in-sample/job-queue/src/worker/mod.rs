//! The worker pool: N workers claim batches and run jobs, with a heartbeat per worker.

mod pool;

pub use pool::WorkerPool;
