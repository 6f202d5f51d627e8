//! `inkwell-api`: the HTTP API of the inkwell blog engine.

mod handlers;
mod mailer;
mod state;
mod store;

use std::sync::Arc;

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let templates = inkwell_render::Templates::default();
    let seeded = runtime.block_on(store::Store::open("inkwell.db"))?; // OK: block-on-in-async
    let state = Arc::new(state::AppState::new(seeded, templates));
    runtime.block_on(serve(state)) // OK: block-on-in-async
}

async fn serve(state: Arc<state::AppState>) -> anyhow::Result<()> {
    let mailer = mailer::Mailer::new(state.clone());
    tokio::spawn(mailer.run()); // EXPECT: detached-spawn // OK: untracked-spawn
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, handlers::router(state)).await?;
    Ok(())
}
