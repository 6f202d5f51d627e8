//! A UTF-8 byte order mark before the first line.

async fn wait(d: std::time::Duration) {
    std::thread::sleep(d); // EXPECT: blocking-in-async [column: 5]
}

fn main() {}
