//! Declared inside `cfg_if!`: compiled when the feature is on, so analysed.

pub async fn export() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
}
