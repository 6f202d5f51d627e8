//! The control socket: `status` and `reconnect` commands from the operator's CLI, over a Unix socket.

use std::path::PathBuf;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::broadcast;

async fn handle_control(stream: UnixStream) -> anyhow::Result<()> {
    let (rd, mut wr) = stream.into_split();
    let mut lines = BufReader::new(rd).lines();
    while let Some(line) = lines.next_line().await? {
        let reply = match line.trim() {
            "status" => "ok",
            "reconnect" => "reconnect scheduled",
            _ => "unknown command",
        };
        wr.write_all(reply.as_bytes()).await?;
        wr.write_all(b"\n").await?;
    }
    Ok(())
}

pub async fn serve(path: PathBuf, mut shutdown: broadcast::Receiver<()>) -> anyhow::Result<()> {
    let _ = tokio::fs::remove_file(&path).await;
    let listener = UnixListener::bind(&path)?;
    loop {
        tokio::select! {
            _ = shutdown.recv() => return Ok(()),
            accepted = listener.accept() => {
                let (stream, _) = accepted?;
                tokio::spawn(handle_control(stream)); // EXPECT: detached-spawn // OK: untracked-spawn, unbounded-gather
            }
        }
    }
}
