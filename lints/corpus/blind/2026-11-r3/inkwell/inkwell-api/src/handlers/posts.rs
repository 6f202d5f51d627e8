use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use futures::future::try_join_all;
use serde::Deserialize;

use crate::state::Shared;

pub async fn show(State(state): State<Shared>, Path(slug): Path<String>) -> Result<String, StatusCode> {
    *state.hits.lock().entry(slug.clone()).or_default() += 1; // OK: lock-across-await
    let body = state.store.get_post(&slug).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let body = body.ok_or(StatusCode::NOT_FOUND)?;
    let footer = inkwell_render::partials::footer(&state.store); // EXPECT: block-on-in-async
    let header = inkwell_render::partials::header(&slug); // OK: block-on-in-async
    Ok(format!("{header}{body}{footer}"))
}

pub async fn update(State(state): State<Shared>, Path(slug): Path<String>, body: String) -> StatusCode {
    let expanded = inkwell_render::render_with_includes(&state.store, &body); // EXPECT: block-on-in-async
    let mut drafts = state.drafts.write().unwrap(); // EXPECT: lock-across-await
    drafts.remove(&hash(&slug));
    if state.store.put_post(&slug, expanded).await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    state.store.persist(); // EXPECT: unawaited-future
    StatusCode::NO_CONTENT
}

#[derive(Deserialize)]
pub struct BulkImport {
    posts: Vec<(String, String)>,
}

pub async fn bulk_import(State(state): State<Shared>, Json(req): Json<BulkImport>) -> StatusCode {
    let saves = req.posts.iter().map(|(slug, body)| state.store.put_post(slug, body.clone()));
    match try_join_all(saves).await { // EXPECT: unbounded-gather
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

#[derive(Deserialize)]
pub struct Preview {
    template: String,
    vars: HashMap<String, String>,
}

pub async fn preview(State(state): State<Shared>, Json(req): Json<Preview>) -> String {
    let templates = state.templates().clone();
    let rendered = tokio::task::spawn_blocking(move || inkwell_render::render(&templates, &req.template, &req.vars)).await; // OK: block-on-in-async
    let rendered = rendered.unwrap_or_default();
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || { let _ = tx.send(inkwell_render::escape(&rendered)); }); // OK: untracked-spawn
    let escaped = tokio::task::block_in_place(|| inkwell_render::wait_preview(rx)); // OK: block-on-in-async
    let page = inkwell_render::render(state.templates(), "layout", &HashMap::from([("body".to_string(), escaped)])); // EXPECT: block-on-in-async
    page
}

fn hash(slug: &str) -> u64 {
    slug.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64))
}
