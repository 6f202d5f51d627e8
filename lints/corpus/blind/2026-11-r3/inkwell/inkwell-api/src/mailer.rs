use std::time::Duration;

use crate::state::Shared;

pub struct Mailer {
    state: Shared,
}

impl Mailer {
    pub fn new(state: Shared) -> Mailer {
        Mailer { state }
    }

    /// Sends queued notification mails, forever.
    pub async fn run(self) {
        let mut rx = self.state.outbox_rx.lock().unwrap().take().expect("mailer started twice"); // OK: lock-across-await
        loop {
            match rx.recv().await {
                Some(to) => self.send(&to).await,
                None => tokio::time::sleep(Duration::from_secs(1)).await,
            }
        }
    }

    async fn send(&self, to: &str) {
        let body = self.state.render_page("notify"); // EXPECT: block-on-in-async
        tracing::info!(%to, len = body.len(), "mail sent");
    }
}
