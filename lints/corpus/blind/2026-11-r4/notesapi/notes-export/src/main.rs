//! `notes-export`: dump every note as rendered text. A plain `main` with its own runtime.

use std::sync::Arc;

use notes_store::{FileStorage, Storage};

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Runtime::new()?;
    let _guard = runtime.enter();
    let store: Arc<dyn Storage> = Arc::new(FileStorage { dir: "notes".into() });
    for id in 1..=runtime.block_on(store.reindex())? as u64 { // OK: block-on-in-async
        if let Some(note) = notes_sync::load_note(&store, id)? { // OK: block-on-in-async
            println!("{}", notes_sync::render(&store, &note)); // OK: block-on-in-async
        }
    }
    Ok(())
}
