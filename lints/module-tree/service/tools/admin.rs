//! A `[[bin]]` whose path Cargo.toml names.

async fn rotate_keys() {
    std::thread::sleep(std::time::Duration::from_secs(1)); // EXPECT: blocking-in-async
}

fn main() {}
