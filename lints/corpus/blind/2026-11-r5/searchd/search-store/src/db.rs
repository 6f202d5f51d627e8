//! Documents in Postgres; the schema is migrated once per process.

use std::path::{Path, PathBuf};

use tokio::sync::OnceCell;

static SCHEMA: OnceCell<()> = OnceCell::const_new();

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocRow {
    pub id: i64,
    pub url: String,
    pub body: String,
}

pub struct Db {
    pub pool: sqlx::PgPool,
    migrations: PathBuf,
}

/// The `.sql` files of the migrations folder, in order.
fn read_migration_scripts(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    names.iter().map(std::fs::read_to_string).collect()
}

impl Db {
    pub async fn connect(url: &str, migrations: PathBuf) -> anyhow::Result<Db> {
        let pool = sqlx::PgPool::connect(url).await?;
        Ok(Db { pool, migrations })
    }

    /// Bring the schema up to date; every handler may call it, only the first one migrates.
    pub async fn ensure_schema(&self) -> anyhow::Result<()> {
        SCHEMA
            .get_or_try_init(|| async {
                let scripts = read_migration_scripts(&self.migrations)?; // OK: blocking-in-async
                for script in scripts {
                    sqlx::raw_sql(&script).execute(&self.pool).await?;
                }
                Ok::<(), anyhow::Error>(())
            })
            .await?;
        Ok(())
    }

    pub async fn pending_docs(&self) -> anyhow::Result<Vec<DocRow>> {
        Ok(sqlx::query_as("SELECT id, url, body FROM docs WHERE indexed = false").fetch_all(&self.pool).await?)
    }

    pub async fn touch(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE docs SET seen = now() WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn mark_indexed(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE docs SET indexed = true WHERE id = $1").bind(id).execute(&self.pool).await?;
        Ok(())
    }
}
