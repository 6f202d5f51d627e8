//! Two stores with a `flush` each: one sync, one async. A call `x.flush()` cannot be attributed
//! without types, so it is not guessed; `capture_to_disk` is unique and blocks.

pub struct Ledger;

impl Ledger {
    pub fn flush(&self) -> std::io::Result<()> {
        std::fs::write("ledger.db", b"") // OK: blocking-in-async
    }
}

pub struct Snapshotter;

impl Snapshotter {
    pub async fn flush(&self) {
        tokio::fs::write("snapshot.db", b"").await.unwrap();
    }

    pub fn capture_to_disk(&self) -> usize {
        let bytes = vec![0u8; 64];
        std::fs::write("snapshot.tmp", &bytes).unwrap(); // OK: blocking-in-async
        bytes.len()
    }
}
