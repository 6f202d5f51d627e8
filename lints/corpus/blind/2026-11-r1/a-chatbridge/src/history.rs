//! Message history in Postgres, for the `!last` command and for backfilling a room after downtime.

use std::sync::Arc;

use futures::future::join_all;
use tokio_postgres::NoTls;

use crate::error::BridgeError;
use crate::gateway::ChatMessage;

#[derive(Clone)]
pub struct History {
    client: Arc<tokio_postgres::Client>,
    http: reqwest::Client,
}

impl History {
    pub async fn connect(url: &str) -> Result<History, BridgeError> {
        let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
        tokio::spawn(connection); // EXPECT: untracked-spawn // OK: detached-spawn
        Ok(History { client: Arc::new(client), http: reqwest::Client::new() })
    }

    pub async fn store(&self, m: &ChatMessage) -> Result<(), BridgeError> {
        self.client
            .execute(
                "INSERT INTO messages (id, room_id, author, body) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                &[&m.id, &m.room_id, &m.author, &m.text],
            )
            .await?;
        Ok(())
    }

    pub async fn last(&self, room: &str, n: i64) -> Result<Vec<ChatMessage>, BridgeError> {
        let rows = self
            .client
            .query("SELECT id, room_id, author, body FROM messages WHERE room_id = $1 ORDER BY at DESC LIMIT $2", &[&room, &n])
            .await?;
        Ok(rows
            .iter()
            .map(|r| ChatMessage { id: r.get(0), room_id: r.get(1), author: r.get(2), text: r.get(3) })
            .collect())
    }

    /// Stores what the service's export endpoint returns for a room (everything since `since`).
    pub async fn backfill(&self, export_url: &str, since: &str) -> Result<usize, BridgeError> {
        let body = self.http.get(format!("{export_url}?since={since}")).send().await?.bytes().await?;
        let msgs: Vec<ChatMessage> = serde_json::from_slice(&body)?;
        let stored = join_all(msgs.iter().map(|m| self.store(m))).await; // EXPECT: unbounded-gather
        Ok(stored.into_iter().filter(|r| r.is_ok()).count())
    }

    /// Re-sends the author notification for every flagged message of a room.
    pub async fn renotify_flagged(&self, room: &str, hook: &str) -> Result<usize, BridgeError> {
        let rows = self
            .client
            .query("SELECT author, body FROM messages WHERE room_id = $1 AND flagged", &[&room])
            .await?;
        let sent = join_all(rows.iter().map(|r| { // EXPECT: unbounded-gather
            let author: String = r.get(0);
            self.http.post(hook).json(&serde_json::json!({ "author": author })).send()
        }))
        .await;
        Ok(sent.iter().filter(|r| r.is_ok()).count())
    }
}
