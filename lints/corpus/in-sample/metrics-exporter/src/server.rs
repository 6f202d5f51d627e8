//! A tiny HTTP server for `/metrics`, one task per connection.

use std::sync::Arc;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

use crate::registry::Registry;

pub async fn serve(registry: Arc<Registry>, port: u16) -> std::io::Result<()> {
    let listener = TcpListener::bind(("0.0.0.0", port)).await?;
    loop {
        let (mut socket, _) = listener.accept().await?;
        let registry = registry.clone();
        tokio::spawn(async move { // EXPECT: detached-spawn
            let body = registry.render(); // OK: blocking-in-async
            let response = format!("HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n{body}", body.len());
            socket.write_all(response.as_bytes()).await // OK: unawaited-future
        });
    }
}
