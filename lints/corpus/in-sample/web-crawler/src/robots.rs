//! robots.txt rules, cached on disk between runs.

use std::collections::HashMap;

use fs_err as fs;

pub struct RobotsCache {
    rules: HashMap<String, Vec<String>>,
}

impl RobotsCache {
    pub fn load(path: &str) -> Self {
        let text = fs::read_to_string(path).unwrap_or_default(); // OK: blocking-in-async
        let rules = text
            .lines()
            .filter_map(|line| line.split_once(' '))
            .map(|(host, rule)| (host.to_string(), vec![rule.to_string()]))
            .collect();
        Self { rules }
    }

    pub fn allows(&self, url: &str) -> bool {
        !self.rules.values().flatten().any(|rule| url.contains(rule.as_str()))
    }

    pub async fn refresh(&mut self, client: &reqwest::Client, host: &str) {
        let body = client.get(format!("https://{host}/robots.txt")).send().await;
        if let Ok(resp) = body {
            let text = resp.text().await.unwrap_or_default();
            self.rules.insert(host.to_string(), text.lines().map(str::to_string).collect());
            fs::write("robots.cache", text).ok(); // EXPECT: blocking-in-async
        }
    }
}
