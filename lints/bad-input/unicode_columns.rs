//! Columns are counted in characters, not bytes: the call starts after multi-byte text.

async fn wait(d: std::time::Duration) {
    let naïve = "日本語"; std::thread::sleep(d); // EXPECT: blocking-in-async [column: 24]
    let _ = naïve;
}

fn main() {}
