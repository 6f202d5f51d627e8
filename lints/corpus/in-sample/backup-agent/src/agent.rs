//! The agent: loads the catalog, then runs a snapshot every interval and whatever jobs the
//! control plane assigns, until SIGTERM. Long-lived tasks are kept in a `JoinSet` so shutdown
//! can wait for them.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::catalog::Catalog;
use crate::control::{ControlPlane, Job};
use crate::progress::{Progress, ProgressSink};
use crate::restore;
use crate::snapshot;
use crate::upload::Uploader;
use crate::AgentConfig;

pub type Hook = Pin<Box<dyn Future<Output = ()> + Send>>;

pub async fn run(config: AgentConfig) -> Result<(), String> {
    let catalog = Arc::new(Catalog::new(config.state_dir.join("catalog.json")));
    catalog.load().await.map_err(|e| e.to_string())?;
    let control = ControlPlane::new(config.control_url.clone(), config.host_id.clone());
    let uploader = Arc::new(Uploader::new(config.bucket_url.clone(), config.upload_concurrency));
    let shutdown = CancellationToken::new();
    let mut tasks = JoinSet::new();

    tokio::spawn(control.clone().heartbeat_forever()); // EXPECT: detached-spawn [mentions: heartbeat_forever] // OK: untracked-spawn

    let (progress_tx, progress_rx) = mpsc::channel::<Progress>(1024);
    tokio::spawn(log_progress(progress_rx)); // EXPECT: untracked-spawn // OK: detached-spawn
    let sink = ProgressSink::new(progress_tx);

    let (config_tx, config_rx) = watch::channel(config.clone());
    tokio::spawn(watch_config_file(config.state_dir.join("agent.json"), config_tx, shutdown.clone())); // EXPECT: untracked-spawn // OK: detached-spawn

    let schedule = shutdown.clone();
    let (jobs_tx, mut jobs_rx) = mpsc::channel::<Job>(16);
    tasks.spawn(poll_jobs(control.clone(), jobs_tx, shutdown.clone())); // OK: untracked-spawn, detached-spawn
    tasks.spawn(async move { // OK: untracked-spawn, detached-spawn
        let mut config_rx = config_rx;
        loop {
            let minutes = config_rx.borrow().interval_minutes.max(1);
            tokio::select! {
                _ = schedule.cancelled() => break,
                _ = config_rx.changed() => continue,
                _ = tokio::time::sleep(Duration::from_secs(minutes * 60)) => {}
            }
            tracing::info!("scheduled snapshot");
        }
    });

    let terminate = shutdown.clone();
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let _ = tokio::signal::ctrl_c().await;
        terminate.cancel();
    });

    while let Some(job) = jobs_rx.recv().await {
        let (catalog, uploader, sink, control) = (catalog.clone(), uploader.clone(), sink.clone(), control.clone());
        let sources = config.sources.clone();
        let host = config.host_id.clone();
        let handle = tokio::spawn(async move { // OK: untracked-spawn, detached-spawn, unbounded-gather
            run_job(job, sources, host, catalog, uploader, sink, control).await
        });
        if let Err(e) = handle.await {
            tracing::error!(error = %e, "job panicked");
        }
    }

    while tasks.join_next().await.is_some() {}
    catalog.save().await.map_err(|e| e.to_string())
}

async fn log_progress(mut progress: mpsc::Receiver<Progress>) {
    let mut uploaded = 0u64;
    while let Some(event) = progress.recv().await {
        match event {
            Progress::FileDone { path, bytes } => tracing::debug!(%path, bytes, "file chunked"),
            Progress::ChunkUploaded { bytes } => uploaded += bytes,
            Progress::Skipped { path, reason } => tracing::warn!(%path, %reason, "file skipped"),
        }
    }
    tracing::info!(uploaded, "progress channel closed");
}

async fn watch_config_file(path: PathBuf, config: watch::Sender<AgentConfig>, shutdown: CancellationToken) {
    let mut last = None;
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(Duration::from_secs(15)) => {}
        }
        let Ok(meta) = tokio::fs::metadata(&path).await else { continue };
        let modified = meta.modified().ok();
        if modified == last {
            continue;
        }
        last = modified;
        match tokio::fs::read_to_string(&path).await.map(|text| serde_json::from_str::<AgentConfig>(&text)) {
            Ok(Ok(fresh)) => {
                let _ = config.send(fresh);
            }
            _ => tracing::warn!(path = %path.display(), "config reload failed"),
        }
    }
}

async fn poll_jobs(control: ControlPlane, jobs: mpsc::Sender<Job>, shutdown: CancellationToken) {
    while !shutdown.is_cancelled() {
        match control.next_jobs().await {
            Ok(batch) => {
                for job in batch {
                    if jobs.send(job).await.is_err() {
                        return;
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "job poll failed"),
        }
        tokio::time::sleep(Duration::from_secs(20)).await;
    }
}

async fn run_job(job: Job, sources: Vec<PathBuf>, host: String, catalog: Arc<Catalog>, uploader: Arc<Uploader>, sink: ProgressSink, control: ControlPlane) {
    control.report(job.id, "running").await;
    let status = match job.kind.as_str() {
        "snapshot" => {
            let (chunks_tx, chunks_rx) = mpsc::channel(64);
            let draining = tokio::spawn(uploader.clone().drain(chunks_rx, catalog.clone(), sink.clone())); // OK: untracked-spawn, detached-spawn
            let manifest = snapshot::take(sources, catalog, sink, chunks_tx).await;
            let _ = draining.await;
            match manifest {
                Ok(manifest) => {
                    uploader.publish_manifest(host, manifest);
                    "done"
                }
                Err(_) => "failed",
            }
        }
        "snapshot-file" => {
            let Some(path) = job.path.clone() else { return control.report(job.id, "bad job").await };
            match snapshot::take_one_offloaded(PathBuf::from(path), catalog, sink).await {
                Ok(chunks) => {
                    for chunk in chunks {
                        uploader.upload_now(chunk);
                    }
                    "done"
                }
                Err(_) => "failed",
            }
        }
        "restore" => match restore::restore_latest(&host, job.path.as_deref().unwrap_or("/")).await {
            Ok(files) => {
                tracing::info!(files, "restored");
                "done"
            }
            Err(_) => "failed",
        },
        _ => "unknown job",
    };
    control.report(job.id, status).await;
}

/// Runs the hooks an operator configured after each snapshot (notify a chat, ping a check).
pub fn run_post_snapshot_hooks(hooks: Vec<Hook>) {
    for hook in hooks.into_iter().take(8) {
        tokio::spawn(hook); // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
    }
}

/// Signals a waiter when the first snapshot after start is done.
pub fn notify_first_snapshot(done: oneshot::Sender<()>, mut progress: watch::Receiver<u64>) {
    let watcher = tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        while progress.changed().await.is_ok() {
            if *progress.borrow() > 0 {
                let _ = done.send(());
                break;
            }
        }
    });
    tracing::debug!("first-snapshot watcher started");
}

/// Relays progress to the control plane's live view, one message at a time.
pub fn relay_progress(control: ControlPlane, mut progress: mpsc::Receiver<Progress>) {
    tokio::spawn(async move { // EXPECT: detached-spawn [mentions: never ends] // OK: untracked-spawn
        loop {
            if let Some(Progress::ChunkUploaded { bytes }) = progress.recv().await {
                control.report(0, &format!("uploaded {bytes}")).await;
            }
        }
    });
}

/// Same relay, ending when the progress channel closes.
pub fn relay_progress_until_closed(control: ControlPlane, mut progress: mpsc::Receiver<Progress>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        loop {
            match progress.recv().await {
                Some(Progress::ChunkUploaded { bytes }) => control.report(0, &format!("uploaded {bytes}")).await,
                Some(_) => {}
                None => break,
            }
        }
    });
}

/// Cleans the staging directory after a crash, in the background.
pub fn clean_staging(dir: PathBuf) {
    tokio::spawn(async move { tokio::fs::remove_dir_all(dir).await }); // EXPECT: detached-spawn [mentions: remove_dir_all] // OK: untracked-spawn
}

/// Stops the local UI's progress bar when told to.
pub fn start_progress_bar(mut stop: oneshot::Receiver<()>) {
    tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn
        let mut tick = tokio::time::interval(Duration::from_millis(250));
        loop {
            tokio::select! {
                _ = &mut stop => break,
                _ = tick.tick() => eprint!("."),
            }
        }
        eprintln!();
    });
}
