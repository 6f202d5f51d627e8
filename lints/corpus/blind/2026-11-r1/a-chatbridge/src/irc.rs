//! A minimal IRC client: registration, JOIN, PRIVMSG, and a reader that turns lines into events.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, Mutex};

use crate::error::BridgeError;

#[derive(Debug, Clone)]
pub struct IrcLine {
    pub channel: String,
    pub nick: String,
    pub text: String,
    pub is_join: bool,
}

pub struct IrcClient {
    writer: Arc<Mutex<OwnedWriteHalf>>,
    reader: Mutex<Option<BufReader<OwnedReadHalf>>>,
}

impl IrcClient {
    pub async fn connect(server: &str, nick: &str) -> Result<IrcClient, BridgeError> {
        let stream = TcpStream::connect(server).await.map_err(|_| BridgeError::IrcGone)?;
        let (rd, mut wr) = stream.into_split();
        wr.write_all(format!("NICK {nick}\r\nUSER {nick} 0 * :chat bridge\r\n").as_bytes())
            .await
            .map_err(|_| BridgeError::IrcGone)?;
        Ok(IrcClient { writer: Arc::new(Mutex::new(wr)), reader: Mutex::new(Some(BufReader::new(rd))) })
    }

    async fn send_raw(&self, line: &str) -> Result<(), BridgeError> {
        let mut w = self.writer.lock().await;
        w.write_all(line.as_bytes()).await.map_err(|_| BridgeError::IrcGone)?;
        w.write_all(b"\r\n").await.map_err(|_| BridgeError::IrcGone)
    }

    pub async fn join(&self, channel: &str) -> Result<(), BridgeError> {
        self.send_raw(&format!("JOIN {channel}")).await
    }

    pub async fn privmsg(&self, channel: &str, text: &str) -> Result<(), BridgeError> {
        for part in text.lines().filter(|l| !l.is_empty()) {
            self.send_raw(&format!("PRIVMSG {channel} :{part}")).await?;
        }
        Ok(())
    }

    pub async fn quit(&self, reason: &str) -> Result<(), BridgeError> {
        self.send_raw(&format!("QUIT :{reason}")).await
    }

    pub async fn flush(&self) -> Result<(), BridgeError> {
        self.writer.lock().await.flush().await.map_err(|_| BridgeError::IrcGone)
    }

    /// Parses lines until the server closes; answers PINGs itself. The handle is not needed: the task ends
    /// with the connection.
    pub fn spawn_reader(&self, tx: mpsc::Sender<IrcLine>) {
        let reader = self.reader.try_lock().ok().and_then(|mut r| r.take());
        let writer = self.writer.clone();
        let Some(reader) = reader else { return };
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            let mut lines = reader.lines();
            loop {
                let line = match tokio::time::timeout(Duration::from_secs(300), lines.next_line()).await {
                    Ok(Ok(Some(l))) => l,
                    Ok(Ok(None)) | Ok(Err(_)) => break,
                    Err(_) => {
                        tracing::warn!("irc server silent for five minutes, giving up");
                        break;
                    }
                };
                if let Some(token) = line.strip_prefix("PING ") {
                    let _ = writer.lock().await.write_all(format!("PONG {token}\r\n").as_bytes()).await;
                    continue;
                }
                if let Some(ev) = parse_line(&line) {
                    if tx.send(ev).await.is_err() {
                        break;
                    }
                }
            }
            tracing::info!("irc reader stopped");
        });
    }
}

fn parse_line(line: &str) -> Option<IrcLine> {
    let rest = line.strip_prefix(':')?;
    let (prefix, rest) = rest.split_once(' ')?;
    let nick = prefix.split('!').next()?.to_owned();
    if let Some(chan) = rest.strip_prefix("JOIN ") {
        return Some(IrcLine { channel: chan.trim_start_matches(':').to_owned(), nick, text: String::new(), is_join: true });
    }
    let rest = rest.strip_prefix("PRIVMSG ")?;
    let (channel, text) = rest.split_once(" :")?;
    Some(IrcLine { channel: channel.to_owned(), nick, text: text.to_owned(), is_join: false })
}
