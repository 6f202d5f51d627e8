//! Edition 2024 syntax (async closures, let chains, `use<>` bounds) around blocking calls.

use std::time::Duration;

fn tick_later(period: Duration) -> impl Future<Output = ()> + use<> {
    async move {
        std::thread::sleep(period); // EXPECT: blocking-in-async
    }
}

async fn pick(primary: Option<&str>, fallback: Option<&str>) -> String {
    if let Some(a) = primary
        && let Some(b) = fallback
    {
        return std::fs::read_to_string(format!("{a}/{b}")).unwrap(); // EXPECT: blocking-in-async
    }
    let load = async |name: &str| tokio::fs::read_to_string(name).await.unwrap(); // OK: blocking-in-async
    let load_sync = async |name: &str| std::fs::read_to_string(name).unwrap(); // EXPECT: blocking-in-async
    load("a").await + &load_sync("b").await
}

#[tokio::main]
async fn main() {
    tick_later(Duration::from_millis(1)).await;
    let picked = tokio::spawn(pick(None, None)).await.unwrap_or_default();
    unsafe { std::env::set_var("PICKED", picked) }; // OK: blocking-in-async
}
