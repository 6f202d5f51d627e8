use std::time::Duration;

#[tokio::test]
async fn state_file_survives_restart() {
    let dir = std::env::temp_dir().join("quill-roundtrip");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.md"), b"# a").unwrap(); // OK: blocking-in-async
    std::thread::sleep(Duration::from_millis(50)); // OK: blocking-in-async
    tokio::spawn(async { loop { tokio::time::sleep(Duration::from_secs(1)).await; } }); // OK: detached-spawn
    let rt = tokio::runtime::Handle::current();
    let _ = std::thread::spawn(move || rt.block_on(async { 1 })).join(); // OK: block-on-in-async
}
