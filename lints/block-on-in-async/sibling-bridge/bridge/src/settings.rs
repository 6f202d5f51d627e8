//! Settings reloaded through `futures::executor::block_on`.

async fn load() -> Vec<String> {
    tokio::task::yield_now().await;
    Vec::new()
}

pub fn reload_now() -> usize {
    futures::executor::block_on(load()).len()
}
