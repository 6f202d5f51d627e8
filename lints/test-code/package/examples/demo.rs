#[tokio::main]
async fn main() {
    tokio::spawn(async {});
    std::thread::sleep(std::time::Duration::from_secs(1)); // OK: blocking-in-async
}
