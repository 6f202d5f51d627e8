//! `use fs_err as fs` is a sync wrapper around std::fs with better error messages: still blocking.

use fs_err as fs;

async fn load_manifest(path: &str) -> String {
    fs::read_to_string(path).unwrap() // EXPECT: blocking-in-async
}

async fn store_cache(path: &str) {
    fs::write(path, b"cache").unwrap(); // EXPECT: blocking-in-async
    fs::create_dir_all(path).unwrap(); // OK: blocking-in-async
}

fn main() {}
