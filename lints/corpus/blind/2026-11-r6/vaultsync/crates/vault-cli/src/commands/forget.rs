//! `vault forget ID..`: delete entries on the server, one request per id.

use std::sync::Arc;

use vault_core::backend::{Backend, HttpBackend};

use crate::cli::ForgetArgs;

pub async fn run(args: ForgetArgs) -> anyhow::Result<()> {
    let backend: Arc<dyn Backend> = Arc::new(HttpBackend::new(&args.server));
    let mut handles = Vec::new();
    for id in args.ids {
        let backend = backend.clone();
        handles.push(tokio::spawn(async move { backend.forget(&id).await })); // EXPECT: unbounded-gather // OK: detached-spawn, untracked-spawn
    }
    for handle in handles {
        handle.await??;
    }
    backend.heartbeat(); // EXPECT: unawaited-future
    Ok(())
}
