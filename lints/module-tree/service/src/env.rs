//! Named like config's child but in the wrong folder: no `mod` reaches it.

pub async fn overrides() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // OK: blocking-in-async
}
