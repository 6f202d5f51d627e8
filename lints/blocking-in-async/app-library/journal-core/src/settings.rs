//! Settings built once per process: the first caller waits while they are read, and every
//! later caller gets the cell's value. A blocking read there stalls the other tasks once.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use tokio::sync::OnceCell;

pub struct Settings {
    pub theme: String,
}

static SETTINGS: OnceCell<Settings> = OnceCell::const_new();
static BANNER: OnceLock<String> = OnceLock::new();

/// Built in a once cell's initialiser, wherever it is asked for.
pub async fn settings() -> &'static Settings {
    SETTINGS.get_or_init(|| async { Settings::read().await }).await
}

impl Settings {
    /// Reached from the once cell only: it runs once per process.
    pub async fn read() -> Settings {
        migrate_legacy().await;
        let theme = std::fs::read_to_string("theme").unwrap_or_default(); // OK: blocking-in-async
        Settings { theme }
    }

    /// Called by the cell and by a handler directly: the handler's calls read every time.
    pub async fn reload_theme() -> String {
        std::fs::read_to_string("theme").unwrap_or_default() // EXPECT: blocking-in-async
    }
}

async fn migrate_legacy() {
    if let Ok(old) = std::fs::read_to_string("theme.old") { // OK: blocking-in-async
        let _ = std::fs::write("theme", old); // OK: blocking-in-async
    }
}

/// A handler-facing fn: the banner is read once, in the `OnceLock`'s closure.
pub async fn banner() -> &'static str {
    let _ = settings().await;
    let _ = Settings::reload_theme().await;
    BANNER.get_or_init(|| std::fs::read_to_string("banner.txt").unwrap_or_default()) // OK: blocking-in-async
}

/// A cache keyed by name: its closure runs for every new key, not once.
pub struct Templates {
    cache: Mutex<HashMap<String, String>>,
}

impl Templates {
    pub async fn get(&self, name: &str) -> String {
        let mut cache = self.cache.lock().unwrap();
        cache
            .entry(name.to_string())
            .or_insert_with(|| std::fs::read_to_string(name).unwrap_or_default()) // EXPECT: blocking-in-async
            .clone()
    }

    pub async fn get_or_init(&self, name: &str, load: impl FnOnce() -> String) -> String {
        let mut cache = self.cache.lock().unwrap();
        cache.entry(name.to_string()).or_insert_with(load).clone()
    }

    pub async fn layout(&self) -> String {
        self.get_or_init("layout", || std::fs::read_to_string("layout.html").unwrap_or_default()) // EXPECT: blocking-in-async
            .await
    }
}
