//! The crawl frontier: URLs to visit, breadth-first, without repeats.

use std::collections::{HashSet, VecDeque};

pub struct Frontier {
    queue: VecDeque<String>,
    seen: HashSet<String>,
}

impl Frontier {
    pub fn new(seeds: Vec<String>) -> Self {
        let seen = seeds.iter().cloned().collect();
        Self { queue: seeds.into(), seen }
    }

    pub fn next_batch(&mut self, max: usize) -> Option<Vec<String>> {
        let n = self.queue.len().min(max);
        (n > 0).then(|| self.queue.drain(..n).collect())
    }

    pub fn extend(&mut self, links: Vec<String>) {
        for link in links {
            if self.seen.insert(link.clone()) {
                self.queue.push_back(link);
            }
        }
    }
}

pub fn extract_links(body: &str) -> Vec<String> {
    body.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_string).collect()
}
