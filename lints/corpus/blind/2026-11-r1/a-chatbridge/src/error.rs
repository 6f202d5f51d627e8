//! Errors of the bridge.

#[derive(Debug, thiserror::Error)]
pub enum BridgeError {
    #[error("gateway: {0}")]
    Gateway(#[from] tokio_tungstenite::tungstenite::Error),
    #[error("irc connection lost")]
    IrcGone,
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("database: {0}")]
    Db(#[from] tokio_postgres::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
}
