//! A tiny mock HTTP upstream: canned responses per path, records every request it saw.
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tracing::{debug, trace};

type Responder = Arc<dyn Fn(&str) -> (u16, String) + Send + Sync>;

#[derive(Default)]
pub struct MockServerBuilder {
    routes: HashMap<String, Responder>,
}

impl MockServerBuilder {
    pub fn route(mut self, path: &str, f: impl Fn(&str) -> (u16, String) + Send + Sync + 'static) -> Self {
        self.routes.insert(path.to_owned(), Arc::new(f));
        self
    }

    pub async fn start(self) -> MockServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let routes = Arc::new(self.routes);
        let seen2 = Arc::clone(&seen);
        let accept = tokio::spawn(async move { // OK: detached-spawn
            loop {
                let Ok((mut sock, _)) = listener.accept().await else { break };
                let routes = Arc::clone(&routes);
                let seen = Arc::clone(&seen2);
                tokio::spawn(async move { // OK: unbounded-gather, detached-spawn
                    let mut buf = vec![0u8; 4096];
                    let n = sock.read(&mut buf).await.unwrap_or(0);
                    let req = String::from_utf8_lossy(&buf[..n]).to_string();
                    let path = req.split_whitespace().nth(1).unwrap_or("/").to_owned();
                    seen.lock().unwrap().push(path.clone()); // OK: blocking-in-async
                    let (status, body) = routes.get(&path).map(|f| f(&req)).unwrap_or((404, String::new()));
                    trace!(%path, status, "mock served");
                    let _ = sock.write_all(format!("HTTP/1.1 {status} OK\r\ncontent-length: {}\r\n\r\n{body}", body.len()).as_bytes()).await;
                });
            }
        });
        MockServer { addr, seen, accept }
    }
}

pub struct MockServer {
    pub addr: SocketAddr,
    seen: Arc<Mutex<Vec<String>>>,
    accept: JoinHandle<()>,
}

impl MockServer {
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }

    pub async fn shutdown(self) {
        self.accept.abort();
        let _ = self.accept.await;
        debug!("mock stopped");
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}
