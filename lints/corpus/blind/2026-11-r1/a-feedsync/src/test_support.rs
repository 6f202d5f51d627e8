//! Test helpers: a fake feed server that answers the same small feed forever.

use std::net::SocketAddr;

use futures::future::join_all;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

const FEED: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><guid>1</guid><title>one</title><link>http://x/1</link></item></channel></rss>"#;

pub async fn fake_feed_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { // OK: detached-spawn, untracked-spawn
        loop {
            let (mut sock, _) = listener.accept().await.unwrap();
            let reply = format!("HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n{}", FEED.len(), FEED);
            sock.write_all(reply.as_bytes()).await.unwrap();
        }
    });
    addr
}

pub async fn many_servers(names: Vec<String>) -> Vec<SocketAddr> {
    join_all(names.iter().map(|_| fake_feed_server())).await // OK: unbounded-gather
}
