//! Configuration from the environment: gateway credentials, IRC server and the room pairs to bridge.

use std::path::PathBuf;

use anyhow::Context;

#[derive(Debug, Clone)]
pub struct RoomPair {
    pub room_id: String,
    pub irc_channel: String,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub gateway_url: String,
    pub api_base: String,
    pub token: String,
    pub irc_server: String,
    pub irc_nick: String,
    pub rooms: Vec<RoomPair>,
    pub database_url: String,
    pub control_socket: PathBuf,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let env = |k: &str| std::env::var(k).with_context(|| format!("{k} is not set"));
        let rooms = env("BRIDGE_ROOMS")?
            .split(',')
            .filter_map(|pair| pair.split_once('='))
            .map(|(room, chan)| RoomPair { room_id: room.trim().into(), irc_channel: chan.trim().into() })
            .collect();
        Ok(Config {
            gateway_url: env("GATEWAY_URL")?,
            api_base: env("CHAT_API")?,
            token: env("CHAT_TOKEN")?,
            irc_server: env("IRC_SERVER")?,
            irc_nick: std::env::var("IRC_NICK").unwrap_or_else(|_| "bridge".into()),
            rooms,
            database_url: env("DATABASE_URL")?,
            control_socket: std::env::var("CONTROL_SOCKET").unwrap_or_else(|_| "/run/chatbridge.sock".into()).into(),
        })
    }
}
