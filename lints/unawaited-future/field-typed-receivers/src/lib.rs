//! Receivers typed by their struct field's declaration: `self.store.commit(..)` is the
//! `commit` of the field's type, even though another type has a sync `commit`.

mod offsets;

use std::sync::Arc;

use offsets::{OffsetStore, Pending};

pub struct Consumer {
    store: Arc<OffsetStore>,
    pending: Pending,
}

impl Consumer {
    pub async fn commit_later(&mut self) {
        let ready = self.pending.commit(); // OK: unawaited-future
        self.store.commit(&ready); // EXPECT: unawaited-future
        self.store.commit(&ready).await; // OK: unawaited-future
    }

    pub async fn commit_from(&self, other: &Consumer) {
        other.store.commit(&[]).await; // OK: unawaited-future
    }
}
