//! logpipe-consumer: consumes log records from a partitioned topic, writes them to a sink,
//! and commits offsets in batches.
pub mod commit;
pub mod consumer;
pub mod sink;

pub use consumer::{Consumer, ConsumerBuilder};

#[derive(Debug, Clone)]
pub struct Record {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub payload: Vec<u8>,
}
