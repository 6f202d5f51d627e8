//! What every handler and the syncer share.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use vault_core::backend::Backend;
use vault_core::store::Store;

use crate::metrics::Registry;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<Mutex<Store>>,
    pub backend: Arc<dyn Backend>,
    pub key: Arc<Vec<u8>>,
    pub journal_path: PathBuf,
    pub registry: Registry,
}
