//! State declared apart from the handlers that use it.

use std::sync::Arc;

use notes_store::Store;

#[derive(Clone)]
pub struct AdminState {
    pub store: Arc<Store>,
    pub audit: Arc<Vec<String>>,
}
