//! Two `commit` methods: a sync in-memory one and an async remote one.

pub struct Pending {
    ready: Vec<i64>,
}

impl Pending {
    pub fn commit(&mut self) -> Vec<i64> {
        std::mem::take(&mut self.ready)
    }
}

pub struct OffsetStore;

impl OffsetStore {
    pub async fn commit(&self, _offsets: &[i64]) {}
}
