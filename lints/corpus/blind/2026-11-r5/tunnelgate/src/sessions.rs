//! The table of open tunnel sessions, shared by the proxy and the admin port.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
pub struct Sessions {
    pub inner: Arc<Mutex<HashMap<SocketAddr, Session>>>,
    pub counters: Arc<parking_lot::RwLock<Counters>>,
}

#[derive(Clone, Default)]
pub struct Session {
    pub bytes_in: u64,
    pub bytes_out: u64,
    pub country: Option<String>,
}

#[derive(Default)]
pub struct Counters {
    pub opened: u64,
    pub closed: u64,
}

impl Sessions {
    pub fn table(&self) -> std::sync::MutexGuard<'_, HashMap<SocketAddr, Session>> {
        self.inner.lock().unwrap()
    }

    pub fn counters(&self) -> &parking_lot::RwLock<Counters> {
        &self.counters
    }
}
