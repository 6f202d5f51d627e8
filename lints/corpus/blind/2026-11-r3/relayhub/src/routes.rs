use std::collections::{HashMap, HashSet};
use std::net::IpAddr;

pub struct RouteTable {
    by_prefix: HashMap<String, usize>,
}

impl RouteTable {
    pub fn from_file(path: &str) -> anyhow::Result<RouteTable> {
        let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
        let by_prefix = text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.trim().to_string(), v.trim().parse().unwrap_or(0))).collect();
        Ok(RouteTable { by_prefix })
    }

    pub fn route(&self, first_line: &str) -> usize {
        self.by_prefix.iter().find(|(p, _)| first_line.starts_with(p.as_str())).map(|(_, i)| *i).unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.by_prefix.len()
    }
}

pub fn read_denylist(path: &str) -> anyhow::Result<HashSet<IpAddr>> {
    let text = std::fs::read_to_string(path)?; // OK: blocking-in-async
    Ok(text.lines().filter_map(|l| l.trim().parse().ok()).collect())
}
