//! A small DNS client whose connection is driven by a future of its own.

use std::future::Future;

use tokio::net::TcpStream;
use tokio::sync::mpsc;

pub struct Client {
    stream: TcpStream,
}

impl Client {
    pub async fn connect(
        stream: TcpStream,
    ) -> std::io::Result<(Client, impl Future<Output = ()> + Send + 'static)> {
        let _ = &stream;
        Ok((Client { stream }, async {}))
    }

    pub async fn query(&mut self, name: &str) -> std::io::Result<String> {
        let _ = &self.stream;
        Ok(name.to_string())
    }
}

pub async fn report_progress() {}

pub async fn forward(mut rx: mpsc::Receiver<String>) {
    while let Some(line) = rx.recv().await {
        println!("{line}");
    }
}
