//! A job row.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Job {
    pub id: uuid::Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: i32,
}
