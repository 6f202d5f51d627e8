//! Queries against the document database.

use sqlx::PgPool;

use crate::doc::Doc;

/// Documents changed since they were last indexed.
pub async fn pending_docs(pool: &PgPool) -> anyhow::Result<Vec<Doc>> {
    Ok(sqlx::query_as::<_, Doc>("SELECT id, title, body FROM docs WHERE indexed_at IS NULL").fetch_all(pool).await?)
}

pub async fn mark_indexed(pool: &PgPool, id: &str) -> anyhow::Result<()> {
    sqlx::query("UPDATE docs SET indexed_at = now() WHERE id = $1").bind(id).execute(pool).await?;
    Ok(())
}
