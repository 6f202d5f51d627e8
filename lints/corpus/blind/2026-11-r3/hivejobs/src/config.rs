use std::path::PathBuf;

pub struct Config {
    pub database_url: String,
    pub workers: usize,
    pub migrations_dir: PathBuf,
    pub banner_file: PathBuf,
    pub webhook_urls: Vec<String>,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        Ok(Config {
            database_url: std::env::var("DATABASE_URL")?,
            workers: std::env::var("HIVE_WORKERS").ok().and_then(|v| v.parse().ok()).unwrap_or(4),
            migrations_dir: "migrations".into(),
            banner_file: "banner.txt".into(),
            webhook_urls: std::env::var("HIVE_WEBHOOKS").unwrap_or_default().split(',').map(str::to_string).collect(),
        })
    }
}
