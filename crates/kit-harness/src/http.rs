//! A real HTTP service on loopback, for exercises where the learner uses a real HTTP client
//! (reqwest), as the seed documents do with aiohttp. It listens on `127.0.0.1` on a port the
//! OS picks, answers every GET with `{"id":N,"name":"user-N"}` where N is the last path segment
//! (0 when it is not a number), and counts every request through a [`SimService`]: latency per
//! id, failures per id (HTTP 500), a rate limit (HTTP 429), in-flight and cancellation counters.
//! A client that hangs up before the answer is counted as a cancellation.
//!
//! On a paused clock: the server runs on the runtime of the test that starts it, so its
//! latency is a tokio sleep on the same paused clock, and it auto-advances like any other
//! simulated service. The clock only auto-advances when no task can run and the driver reports
//! no I/O event, so bytes already written to the loopback socket are picked up before time
//! moves on. Prefer asserting on the server's counters (calls, max in flight) next to the
//! elapsed time, and check both bounds as usual.

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

use crate::calls::CallStats;
use crate::services::{ServiceError, SimService};

/// A running loopback HTTP server; it stops when dropped.
///
/// ```
/// # use std::time::Duration;
/// # use kit_harness::{http::LoopbackServer, services::SimService};
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> std::io::Result<()> {
/// let server = LoopbackServer::start(SimService::new("users HTTP API", Duration::from_millis(5))).await?;
/// let url = server.url("/users/7"); // http://127.0.0.1:<port>/users/7
/// assert!(url.ends_with("/users/7"));
/// assert_eq!(server.stats().started, 0);
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct LoopbackServer {
    addr: SocketAddr,
    service: SimService,
    acceptor: JoinHandle<()>,
}

impl LoopbackServer {
    /// Bind `127.0.0.1:0` and serve requests on the current runtime, each one a call to
    /// `service` keyed by the id in its path.
    pub async fn start(service: SimService) -> io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let acceptor = tokio::spawn(accept_loop(listener, service.clone()));
        Ok(Self {
            addr,
            service,
            acceptor,
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The full URL for `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url())
    }

    /// A snapshot of the server's counters (keys are the ids in the request paths).
    #[track_caller]
    pub fn stats(&self) -> CallStats {
        crate::instruments::for_tests_only("LoopbackServer::stats");
        self.service.stats()
    }
}

impl Drop for LoopbackServer {
    fn drop(&mut self) {
        // Aborting the acceptor drops its JoinSet, which aborts every open connection.
        self.acceptor.abort();
    }
}

async fn accept_loop(listener: TcpListener, service: SimService) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let service = service.clone();
                connections.spawn(async move {
                    let handler = service_fn(move |request| answer(service.clone(), request));
                    // A client hanging up mid-request is normal here (a cancelled call).
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), handler)
                        .await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn answer(
    service: SimService,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let id = id_from_path(request.uri().path());
    let (status, body) = match service
        .call(id, || format!(r#"{{"id":{id},"name":"user-{id}"}}"#))
        .await
    {
        Ok(body) => (StatusCode::OK, body),
        Err(error @ ServiceError::RateLimited { .. }) => {
            (StatusCode::TOO_MANY_REQUESTS, error.to_string())
        }
        Err(error) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()),
    };
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    Ok(response)
}

fn id_from_path(path: &str) -> u64 {
    path.rsplit('/')
        .find(|segment| !segment.is_empty())
        .and_then(|segment| segment.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::time::measure;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[test]
    fn ids_come_from_the_last_path_segment() {
        assert_eq!(id_from_path("/users/42"), 42);
        assert_eq!(id_from_path("/users/42/"), 42);
        assert_eq!(id_from_path("/users/me"), 0);
        assert_eq!(id_from_path("/"), 0);
    }

    async fn get(client: &reqwest::Client, url: String) -> (u16, String) {
        let response = client.get(url).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    #[tokio::test(start_paused = true)]
    async fn serves_concurrent_requests_on_the_paused_clock() {
        let service = SimService::new("users HTTP API", ms(500)).failing_for(3);
        let server = LoopbackServer::start(service).await.unwrap();
        let client = reqwest::Client::new();
        let run = measure(futures::future::join_all(
            (1..=5).map(|id| get(&client, server.url(&format!("/users/{id}")))),
        ))
        .await;

        assert_eq!(
            run.value[0],
            (200, r#"{"id":1,"name":"user-1"}"#.to_owned())
        );
        assert_eq!(run.value[2].0, 500);
        assert_eq!(run.elapsed, ms(500));
        let stats = server.stats();
        assert_eq!((stats.started, stats.max_in_flight), (5, 5));
        assert_eq!((stats.succeeded, stats.failed), (4, 1));
    }

    #[tokio::test(start_paused = true)]
    async fn sequential_requests_add_up() {
        let server = LoopbackServer::start(SimService::new("users HTTP API", ms(200)))
            .await
            .unwrap();
        let client = reqwest::Client::new();
        let run = measure(async {
            for id in 1..=3 {
                get(&client, server.url(&format!("/users/{id}"))).await;
            }
        })
        .await;
        assert_eq!(run.elapsed, ms(600));
        assert_eq!(server.stats().max_in_flight, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_timeout_is_a_cancellation() {
        let server = LoopbackServer::start(SimService::new("users HTTP API", ms(1000)))
            .await
            .unwrap();
        let client = reqwest::Client::new();
        let cut_short = tokio::time::timeout(ms(100), get(&client, server.url("/users/1"))).await;
        assert!(cut_short.is_err());
        // Let the server notice the closed connection.
        tokio::time::sleep(ms(2000)).await;
        let stats = server.stats();
        assert_eq!((stats.dropped, stats.succeeded), (1, 0));
    }
}
