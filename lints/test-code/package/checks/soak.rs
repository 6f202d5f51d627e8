//! A `[[test]]` target outside `tests/`, named in Cargo.toml: test code.

async fn soak() {
    std::thread::sleep(std::time::Duration::from_secs(5)); // OK: blocking-in-async
}

fn main() {}
