//! Tasks spawned beside a CLI's flow.

use std::time::Duration;

use tokio::task::AbortHandle;

/// Waits for ctrl-c first, then aborts the flow: it runs nothing beside it until then.
pub async fn abort_on_ctrl_c(flow: AbortHandle) {
    tracing::info!("press ctrl-c to stop");
    if tokio::signal::ctrl_c().await.is_ok() {
        flow.abort();
    }
}

/// Prints progress every second and sends a heartbeat to the coordinator: awaited work of
/// its own beside the flow (a ticker that only printed would be housekeeping).
pub async fn tick_progress(heartbeat: tokio::sync::mpsc::Sender<u64>) {
    let mut beats = 0;
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        eprint!(".");
        beats += 1;
        if heartbeat.send(beats).await.is_err() {
            return;
        }
    }
}
