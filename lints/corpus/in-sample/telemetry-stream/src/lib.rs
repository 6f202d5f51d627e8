//! telemetry-stream: a gRPC-ish service that ingests device samples and fans them out to subscribers.
pub mod codec;
pub mod net;
pub mod service;

pub use service::{IngestService, Subscriber};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
