//! A crate-local `fs` module is not `std::fs`: like tokio's own `fs`, it runs the std call on
//! the blocking pool and is async itself. Only the std call inside the offloaded closure blocks,
//! and it is offloaded.

mod fs {
    use std::path::Path;

    pub async fn read_to_string(path: impl AsRef<Path>) -> std::io::Result<String> {
        let path = path.as_ref().to_owned();
        tokio::task::spawn_blocking(move || std::fs::read_to_string(path)) // OK: blocking-in-async
            .await
            .expect("blocking pool alive")
    }

    pub fn metadata_len(path: &Path) -> u64 {
        std::fs::read(path).map(|b| b.len() as u64).unwrap_or(0) // OK: blocking-in-async
    }
}

async fn load_page(name: &str) -> String {
    let body = fs::read_to_string(name).await.unwrap(); // OK: blocking-in-async
    let size = fs::metadata_len(std::path::Path::new(name)); // EXPECT: blocking-in-async [mentions: std::fs::read]
    format!("{size}:{body}")
}

fn main() {}
