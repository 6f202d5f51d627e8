//! The chat service's websocket gateway (events in) and REST API (messages and invites out).

use std::sync::Arc;
use std::time::Duration;

use futures::stream::{SplitSink, SplitStream, StreamExt};
use futures::SinkExt;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, Mutex};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{connect_async, MaybeTlsStream, WebSocketStream};

use crate::config::Config;
use crate::error::BridgeError;

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatMessage {
    pub id: String,
    pub room_id: String,
    pub author: String,
    pub text: String,
}

#[derive(Deserialize)]
struct Event {
    kind: String,
    #[serde(default)]
    message: Option<ChatMessage>,
}

pub struct Gateway {
    write: Mutex<SplitSink<Ws, Message>>,
    read: Mutex<Option<SplitStream<Ws>>>,
    http: reqwest::Client,
    api_base: String,
    token: String,
}

impl Gateway {
    pub async fn connect(cfg: &Config) -> Result<Gateway, BridgeError> {
        let (ws, _) = connect_async(format!("{}?token={}", cfg.gateway_url, cfg.token)).await?;
        let (write, read) = ws.split();
        Ok(Gateway {
            write: Mutex::new(write),
            read: Mutex::new(Some(read)),
            http: reqwest::Client::new(),
            api_base: cfg.api_base.clone(),
            token: cfg.token.clone(),
        })
    }

    pub async fn post(&self, room: &str, text: &str) -> Result<(), BridgeError> {
        self.http
            .post(format!("{}/rooms/{room}/messages", self.api_base))
            .bearer_auth(&self.token)
            .json(&json!({ "text": text }))
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    pub async fn invite(&self, room: &str, user: &str) -> Result<(), BridgeError> {
        self.http
            .post(format!("{}/rooms/{room}/invites", self.api_base))
            .bearer_auth(&self.token)
            .json(&json!({ "user": user }))
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    pub async fn recent(&self, room: &str) -> Result<Vec<ChatMessage>, BridgeError> {
        Ok(self
            .http
            .get(format!("{}/rooms/{room}/messages?limit=50", self.api_base))
            .bearer_auth(&self.token)
            .send()
            .await?
            .json()
            .await?)
    }
}

/// Reads gateway events and passes chat messages on; ends when the socket or the receiver goes away.
pub fn spawn_reader(gateway: Arc<Gateway>, tx: mpsc::Sender<ChatMessage>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut read = gateway.read.lock().await.take().expect("reader started twice");
        while let Some(frame) = read.next().await {
            let Message::Text(text) = frame? else { continue };
            let ev: Event = serde_json::from_str(&text)?;
            if ev.kind == "message" {
                if let Some(m) = ev.message {
                    if tx.send(m).await.is_err() {
                        break;
                    }
                }
            }
        }
        Ok::<_, BridgeError>(())
    });
}

/// Pings the gateway every 30 seconds so the load balancer in front of it keeps the socket open.
pub fn spawn_keepalive(gateway: Arc<Gateway>) {
    tokio::spawn(async move { // EXPECT: detached-spawn // OK: untracked-spawn
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            let sent = gateway.write.lock().await.send(Message::Ping(Vec::new().into())).await;
            if let Err(e) = sent {
                tracing::warn!(error = %e, "gateway ping failed");
            }
        }
    });
}
