//! A scenario binary of a test-only package: it starts a listener task that never ends and
//! drops the runtime, which is what it measures.

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        tokio::spawn(async move { // OK: detached-spawn
            loop {
                let _ = listener.accept().await;
            }
        });
    });
    drop(runtime);
}
