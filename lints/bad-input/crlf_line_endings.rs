//! Windows line endings must not shift line numbers.

async fn wait(d: std::time::Duration) {
    let note = "a\r\nb";
    std::thread::sleep(d); // EXPECT: blocking-in-async [column: 5]
    let _ = note;
}

fn main() {}
