//! Reached through `#[path]`: it owns its directory, so `mod epoll;` is `platform/epoll.rs`.

mod epoll;

pub async fn tune() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
}
