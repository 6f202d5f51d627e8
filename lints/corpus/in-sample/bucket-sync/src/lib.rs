//! bucket-sync: mirrors a local directory to an S3-compatible bucket with multipart uploads.
mod fsutil;
pub mod retry;
pub mod upload;

pub use upload::{Uploader, UploaderConfig};
