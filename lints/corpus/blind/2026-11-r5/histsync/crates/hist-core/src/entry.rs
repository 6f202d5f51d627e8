//! One recorded command line.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub command: String,
    pub cwd: String,
    pub exit: i32,
    pub timestamp: i64,
}

impl Entry {
    pub fn parse_line(line: &str) -> Option<Entry> {
        serde_json::from_str(line).ok()
    }
}
