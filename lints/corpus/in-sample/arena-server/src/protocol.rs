//! The wire protocol: JSON messages over the websocket.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMessage {
    Hello { name: String },
    Queue,
    Input { seq: u32, dx: f32, dy: f32, fire: bool },
    Chat { text: String },
    Leave,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage {
    Welcome { player: u64 },
    Matched { room: u64, slot: usize },
    State { tick: u64, positions: Vec<(f32, f32)> },
    Chat { from: String, text: String },
    Over { winner: u64, scores: Vec<(u64, u32)> },
    Kicked { reason: String },
}
