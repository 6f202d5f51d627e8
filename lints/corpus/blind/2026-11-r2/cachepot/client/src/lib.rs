//! The client side of the cache protocol: look up, fetch and store artifacts by key. Used by
//! the compiler wrapper and by a server that tiers onto an upstream cache.

mod artifact;
mod http;

pub use artifact::{Artifact, ArtifactMeta};
pub use http::CacheClient;
