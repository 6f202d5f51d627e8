//! Test support: a fake forge for the release tests.

pub async fn fake_forge() -> String {
    let sha = crate::git::head_sha().unwrap_or_default(); // OK: blocking-in-async
    futures::executor::block_on(async { tokio::task::yield_now().await }); // OK: block-on-in-async
    format!("http://127.0.0.1:0/{sha}")
}
