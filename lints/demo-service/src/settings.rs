//! Service settings, read from a `key = value` file once at start-up.

use std::path::Path;

pub struct Settings {
    pub api_url: String,
    pub listen_addr: String,
    pub smtp_relay: String,
    pub featured_products: Vec<u64>,
}

/// Reads the settings file. It is synchronous because the `check-config` tool shares it.
pub fn load(path: impl AsRef<Path>) -> std::io::Result<Settings> {
    let text = std::fs::read_to_string(path)?;
    Ok(parse(&text))
}

fn parse(text: &str) -> Settings {
    let mut settings = Settings {
        api_url: "http://localhost:8080".to_string(),
        listen_addr: "0.0.0.0:7000".to_string(),
        smtp_relay: "localhost:25".to_string(),
        featured_products: Vec::new(),
    };
    for line in text.lines() {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.trim().to_string();
        match key.trim() {
            "api_url" => settings.api_url = value,
            "listen_addr" => settings.listen_addr = value,
            "smtp_relay" => settings.smtp_relay = value,
            "featured" => {
                settings.featured_products = value
                    .split(',')
                    .filter_map(|id| id.trim().parse().ok())
                    .collect();
            }
            _ => {}
        }
    }
    settings
}
