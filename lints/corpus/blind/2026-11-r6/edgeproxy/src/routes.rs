//! The route table: which upstream serves which hostname, read from files at start-up.

use std::collections::HashMap;
use std::path::Path;

#[derive(Clone, Default)]
pub struct Routes {
    pub by_host: HashMap<String, String>,
}

/// Reads every `*.route` file of a directory.
pub fn load_dir(dir: &Path) -> anyhow::Result<Routes> {
    let mut routes = Routes::default();
    for entry in std::fs::read_dir(dir)? { // OK: blocking-in-async
        let path = entry?.path();
        let text = std::fs::read_to_string(&path)?; // OK: blocking-in-async
        for line in text.lines() {
            if let Some((host, upstream)) = line.split_once(' ') {
                routes.by_host.insert(host.to_string(), upstream.to_string());
            }
        }
    }
    Ok(routes)
}
