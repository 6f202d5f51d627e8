//! The DNS forwarder: each datagram's questions are answered from the cache or the upstreams.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use futures::future::join_all;
use tokio::net::UdpSocket;

use crate::config::Config;

pub struct Forwarder {
    config: Arc<Config>,
    cache: Mutex<HashMap<String, Vec<u8>>>,
    upstream: Option<Arc<UdpSocket>>,
}

impl Forwarder {
    pub fn new(config: Arc<Config>) -> Forwarder {
        Forwarder { config, cache: Mutex::new(HashMap::new()), upstream: None }
    }

    async fn ask(&self, upstream: &str, question: &[u8]) -> Option<Vec<u8>> {
        let socket = UdpSocket::bind("0.0.0.0:0").await.ok()?;
        socket.send_to(question, upstream).await.ok()?;
        let mut buf = vec![0u8; 1500];
        let n = socket.recv(&mut buf).await.ok()?;
        buf.truncate(n);
        Some(buf)
    }

    async fn answer(&self, question: &[u8]) -> Option<Vec<u8>> {
        let key = String::from_utf8_lossy(question).into_owned();
        let cached = self.cache.lock().unwrap().get(&key).cloned(); // OK: lock-across-await
        if cached.is_some() {
            return cached;
        }
        let answers = join_all(self.config.upstreams.iter().map(|u| self.ask(u, question))).await; // OK: unbounded-gather
        let answer = answers.into_iter().flatten().next()?;
        self.cache.lock().unwrap().insert(key, answer.clone()); // OK: lock-across-await
        Some(answer)
    }

    pub async fn run(&self, socket: UdpSocket) -> anyhow::Result<()> {
        let mut buf = vec![0u8; 4096];
        loop {
            let (n, from) = socket.recv_from(&mut buf).await?;
            let questions: Vec<Vec<u8>> = buf[..n].split(|b| *b == 0).filter(|q| !q.is_empty()).map(<[u8]>::to_vec).collect();
            if let Some(hit) = self.cache.lock().unwrap().get(&String::from_utf8_lossy(&buf[..n]).into_owned()) { // EXPECT: lock-across-await
                socket.send_to(hit, from).await?;
                continue;
            }
            let answers = join_all(questions.iter().map(|q| self.answer(q))).await; // EXPECT: unbounded-gather
            let reply: Vec<u8> = answers.into_iter().flatten().flatten().collect();
            self.reply(&socket, from, &reply).await?;
        }
    }

    async fn reply(&self, socket: &UdpSocket, to: SocketAddr, bytes: &[u8]) -> anyhow::Result<()> {
        socket.send_to(bytes, to).await?;
        if self.upstream.is_none() && self.config.upstreams.len() > 1 {
            self.ask(&self.config.upstreams[1], bytes); // EXPECT: unawaited-future
        }
        Ok(())
    }
}
