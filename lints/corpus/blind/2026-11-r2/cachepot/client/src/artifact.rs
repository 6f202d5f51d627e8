//! Artifacts and their metadata.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArtifactMeta {
    pub key: String,
    pub size: u64,
    pub compiler: String,
    pub created_at: u64,
}

#[derive(Debug, Clone)]
pub struct Artifact {
    pub meta: ArtifactMeta,
    pub data: bytes::Bytes,
}
