//! Worker settings from the environment.

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub db_connections: u32,
    pub workers: usize,
    pub worker_id: String,
    pub webhook_url: Option<String>,
    pub scratch_dir: std::path::PathBuf,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let workers = std::env::var("GRUNTQ_WORKERS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(4));
        Ok(Config {
            database_url: std::env::var("DATABASE_URL")?,
            db_connections: 16,
            workers,
            worker_id: std::env::var("HOSTNAME").unwrap_or_else(|_| "worker".into()),
            webhook_url: std::env::var("GRUNTQ_WEBHOOK").ok(),
            scratch_dir: std::env::temp_dir().join("gruntq"),
        })
    }
}
