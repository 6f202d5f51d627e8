//! Post-push hooks from `.yard/hooks.toml`, resolved through the sync helpers editors use too.

use std::path::Path;

/// The digest a hook pins to, looked up on the cache server.
pub fn pinned_digest(name: &str) -> String {
    yard_blocking::resolve_digest(name).unwrap_or_default() // OK: block-on-in-async
}

/// The hook names configured for this repository.
pub fn configured(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("hooks.txt")) // OK: blocking-in-async
        .map(|text| text.lines().map(str::to_string).collect())
        .unwrap_or_default()
}
