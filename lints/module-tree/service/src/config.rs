//! A non-mod-rs file: its `mod env;` is `src/config/env.rs`, not `src/env.rs`.

mod env;

pub async fn load() -> String {
    std::fs::read_to_string("service.toml").unwrap() // EXPECT: blocking-in-async
}
