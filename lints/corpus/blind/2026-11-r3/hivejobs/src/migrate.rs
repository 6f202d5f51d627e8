use std::path::Path;

/// Applies the SQL files not yet recorded, once, before any worker starts.
pub async fn run_pending(pool: &sqlx::PgPool, dir: &Path) -> anyhow::Result<()> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?.flatten().map(|e| e.path()).collect();
    files.sort();
    for file in files {
        let sql = std::fs::read_to_string(&file)?;
        sqlx::raw_sql(&sql).execute(pool).await?;
    }
    Ok(())
}
