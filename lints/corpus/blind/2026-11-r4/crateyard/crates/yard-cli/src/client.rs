//! One HTTP/1 connection to the cache server for the length of a command.

use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

pub struct Client {
    sender: SendRequest<String>,
}

impl Client {
    /// Connect, and drive the connection on a task of its own while this command uses it.
    pub async fn connect(addr: &str) -> anyhow::Result<Client> {
        let stream = TcpStream::connect(addr).await?;
        let (sender, conn) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            if let Err(err) = conn.await {
                eprintln!("yard: connection to the cache server failed: {err}");
            }
        });
        Ok(Client { sender })
    }

    pub async fn upload(&mut self, digest: &str, body: Vec<u8>) -> anyhow::Result<()> {
        let request = hyper::Request::put(format!("/objects/{digest}"))
            .body(String::from_utf8_lossy(&body).into_owned())?;
        let response = self.sender.send_request(request).await?;
        anyhow::ensure!(response.status().is_success(), "upload of {digest} failed: {}", response.status());
        Ok(())
    }

    pub async fn download(&mut self, digest: &str) -> anyhow::Result<Vec<u8>> {
        let request = hyper::Request::get(format!("/objects/{digest}")).body(String::new())?;
        let response = self.sender.send_request(request).await?;
        anyhow::ensure!(response.status().is_success(), "download of {digest} failed");
        Ok(Vec::new())
    }
}
