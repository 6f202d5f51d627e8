//! Behind a feature: asynclint does not evaluate features, so a gated `mod` still counts.

pub async fn forward() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
}
