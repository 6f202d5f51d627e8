//! State shared by the routes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use notes_store::{Note, Storage};
use tokio::sync::{mpsc, RwLock};

use crate::events::{AuditLine, Event};

#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub recent: Arc<Mutex<Vec<Note>>>,
    pub rendered: Arc<RwLock<HashMap<u64, String>>>,
    pub events: mpsc::Sender<Event>,
    pub audit: mpsc::UnboundedSender<AuditLine>,
}
