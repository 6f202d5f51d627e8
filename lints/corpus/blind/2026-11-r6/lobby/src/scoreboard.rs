//! The per-thread scoreboard of the local game loop, which runs on a `LocalSet`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Scoreboard {
    scores: RefCell<HashMap<u64, u32>>,
}

impl Scoreboard {
    pub async fn record(self: Rc<Self>, player: u64, points: u32) {
        let mut scores = self.scores.borrow_mut(); // EXPECT: lock-across-await
        *scores.entry(player).or_default() += points;
        tokio::task::yield_now().await;
    }

    pub async fn top(self: Rc<Self>) -> Vec<(u64, u32)> {
        let n = self.scores.borrow().len(); // OK: lock-across-await
        tokio::task::yield_now().await;
        let scores = self.scores.borrow(); // OK: lock-across-await
        let mut top: Vec<_> = scores.iter().map(|(k, v)| (*k, *v)).collect();
        top.sort_by_key(|(_, v)| std::cmp::Reverse(*v));
        top.truncate(n.min(10));
        top
    }

    pub fn start(self: Rc<Self>) {
        tokio::task::spawn_local(async move { // EXPECT: detached-spawn // OK: untracked-spawn
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                let top = self.clone().top().await;
                tracing::info!(?top, "scoreboard");
            }
        });
    }
}
