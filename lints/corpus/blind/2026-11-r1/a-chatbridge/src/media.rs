//! Attachments: images posted in a room are mirrored to the bridge's paste host so that IRC users get a
//! plain link, and thumbnails are rendered on a thread of their own (the image codec is not `Send`).

use std::sync::Arc;

use tokio::sync::mpsc;
use tokio::task::{self, spawn, LocalSet};

use crate::error::BridgeError;

pub struct Mirror {
    http: reqwest::Client,
    paste_base: String,
}

pub struct ThumbJob {
    pub url: String,
    pub width: u32,
}

impl Mirror {
    pub fn new(paste_base: &str) -> Mirror {
        Mirror { http: reqwest::Client::new(), paste_base: paste_base.trim_end_matches('/').to_owned() }
    }

    pub async fn mirror(&self, url: &str) -> Result<String, BridgeError> {
        let bytes = self.http.get(url).send().await?.error_for_status()?.bytes().await?;
        let resp = self.http.post(format!("{}/upload", self.paste_base)).body(bytes).send().await?;
        Ok(resp.error_for_status()?.text().await?)
    }

    /// Mirrors one attachment and sends the link to the relay when it is ready.
    pub fn mirror_in_background(self: &Arc<Self>, url: String, reply: mpsc::Sender<String>) {
        let this = self.clone();
        let _ = spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
            match this.mirror(&url).await {
                Ok(link) => {
                    reply.send(link).await.ok();
                }
                Err(e) => tracing::warn!(%url, error = %e, "mirroring failed"),
            }
        });
    }

    /// Mirrors an attachment ahead of time, when it is posted in a room nobody on IRC reads right now.
    pub fn prefetch(self: &Arc<Self>, url: String) {
        let this = self.clone();
        let _ = task::spawn(async move { this.mirror(&url).await?; Ok::<(), BridgeError>(()) }); // EXPECT: detached-spawn // OK: untracked-spawn
    }

    /// Mirrors the two banner images of the bridge's welcome message.
    pub fn warm_banners(self: &Arc<Self>, urls: [String; 2]) {
        let this = self.clone();
        let warmer = spawn(async move { for u in urls { let _ = this.mirror(&u).await; } }); // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
    }
}

fn render_thumbnail(job: &ThumbJob) -> Result<Vec<u8>, BridgeError> {
    let _ = (job.width, &job.url);
    Ok(Vec::new())
}

/// The thumbnail thread: a current-thread runtime with a `LocalSet`, one local task per job.
pub fn run_thumbnailer(mut rx: mpsc::Receiver<ThumbJob>, done: mpsc::Sender<Vec<u8>>) {
    std::thread::spawn(move || { // OK: detached-spawn, untracked-spawn
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("thumbnail runtime");
        let local = LocalSet::new();
        local.block_on(&rt, async move {
            while let Some(job) = rx.recv().await {
                let done = done.clone();
                task::spawn_local(async move { // EXPECT: detached-spawn, unbounded-gather // OK: untracked-spawn
                    let png = render_thumbnail(&job)?;
                    done.send(png).await.ok();
                    Ok::<_, BridgeError>(())
                });
            }
        });
    });
}
