//! A receiver declared as one of the crate's traits (`&dyn Snapshot`) may run the trait's
//! default method or any impl's override: a call is reported only when every candidate blocks.

pub trait Snapshot {
    fn load(&self) -> Vec<u8> {
        std::fs::read("snapshot.bin").unwrap_or_default()
    }
    fn size(&self) -> u64 {
        std::fs::read_to_string("snapshot.size")
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(0)
    }
}

pub struct OnDisk;
impl Snapshot for OnDisk {}

pub struct InMemory(Vec<u8>);
impl Snapshot for InMemory {
    fn load(&self) -> Vec<u8> {
        self.0.clone()
    }
}

pub async fn restore(snapshot: &dyn Snapshot) -> usize {
    let bytes = snapshot.load(); // OK: blocking-in-async
    let size = snapshot.size(); // EXPECT: blocking-in-async [mentions: std::fs::read_to_string]
    bytes.len() + size as usize
}
