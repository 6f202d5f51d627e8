//! One Postgres connection, driven on its own task for as long as the client is used.

use tokio_postgres::{Client, NoTls};

pub async fn connect(url: &str) -> anyhow::Result<Client> {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        if let Err(err) = connection.await {
            tracing::error!("postgres connection closed: {err}");
        }
    });
    Ok(client)
}
