use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub key: String,
    pub enabled: bool,
    pub rollout_percent: u8,
    pub version: u64,
    pub allow_list: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FlagChange {
    Added(String),
    Updated { key: String, from: u64, to: u64 },
    Removed(String),
}

impl Flag {
    /// Deterministic percentage rollout: the same subject always lands in the same bucket.
    pub fn evaluate(&self, subject: &str) -> bool {
        if !self.enabled {
            return false;
        }
        if self.allow_list.iter().any(|s| s == subject) {
            return true;
        }
        bucket_of(&self.key, subject) < self.rollout_percent
    }
}

fn bucket_of(key: &str, subject: &str) -> u8 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes().chain([b':']).chain(subject.bytes()) {
        hash ^= byte as u32;
        hash = hash.wrapping_mul(0x0100_0193);
    }
    (hash % 100) as u8
}

/// Replaces `current` with `latest` and reports what changed.
pub fn diff_and_replace(current: &mut HashMap<String, Flag>, latest: Vec<Flag>) -> Vec<FlagChange> {
    let mut changes = Vec::new();
    let mut next = HashMap::with_capacity(latest.len());
    for flag in latest {
        match current.remove(&flag.key) {
            None => changes.push(FlagChange::Added(flag.key.clone())),
            Some(old) if old.version != flag.version => changes.push(FlagChange::Updated {
                key: flag.key.clone(),
                from: old.version,
                to: flag.version,
            }),
            Some(_) => {}
        }
        next.insert(flag.key.clone(), flag);
    }
    changes.extend(current.drain().map(|(key, _)| FlagChange::Removed(key)));
    *current = next;
    changes
}

pub fn render_table(flags: &HashMap<String, Flag>) -> String {
    let mut keys: Vec<&String> = flags.keys().collect();
    keys.sort();
    keys.iter()
        .map(|k| {
            let f = &flags[*k];
            format!("{:<32} {:>5} {:>3}% v{}", f.key, f.enabled, f.rollout_percent, f.version)
        })
        .collect::<Vec<_>>()
        .join("\n")
}
