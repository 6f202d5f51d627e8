//! A small read-only HTTP API: `GET /entries?limit=N` answers the newest entries as JSON.

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::store::Store;

pub async fn serve(addr: SocketAddr, store: Store, token: CancellationToken) -> anyhow::Result<()> {
    let listener = TcpListener::bind(addr).await?;
    tracing::info!(%addr, "api listening");
    loop {
        let (stream, peer) = tokio::select! {
            _ = token.cancelled() => return Ok(()),
            accepted = listener.accept() => accepted?,
        };
        let store = store.clone();
        tokio::spawn(async move { // EXPECT: untracked-spawn // OK: detached-spawn, unbounded-gather
            let io = TokioIo::new(stream);
            let svc = service_fn(move |req| handle(req, store.clone()));
            if let Err(e) = http1::Builder::new().serve_connection(io, svc).await {
                tracing::debug!(%peer, error = %e, "connection closed with an error");
            }
        });
    }
}

async fn handle(req: Request<Incoming>, store: Store) -> Result<Response<Full<Bytes>>, Infallible> {
    if req.uri().path() != "/entries" {
        return Ok(status(StatusCode::NOT_FOUND));
    }
    let limit = req
        .uri()
        .query()
        .and_then(|q| q.strip_prefix("limit="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(50i64)
        .clamp(1, 500);
    match store.recent(limit).await {
        Ok(rows) => {
            let body = serde_json::to_vec(&rows).unwrap_or_default();
            Ok(Response::builder()
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body)))
                .unwrap())
        }
        Err(e) => {
            tracing::error!(error = %e, "listing entries failed");
            Ok(status(StatusCode::INTERNAL_SERVER_ERROR))
        }
    }
}

fn status(code: StatusCode) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = code;
    r
}
