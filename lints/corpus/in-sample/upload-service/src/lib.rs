//! Upload handling: store the bytes, answer the client, post-process in the background.

pub mod handlers;
pub mod processing;
pub mod storage;
