//! Tests of the catalogue, the probe parser and the uploader against a local stub server.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use crate::catalog::Catalog;
use crate::progress::Progress;
use crate::upload::Uploader;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

#[test]
fn catalog_round_trip() {
    let dir = std::env::temp_dir().join("mediactl-catalog-test");
    let path = dir.join("catalog.json");
    let mut cat = Catalog::default();
    cat.insert(&fixture("a.mp4"), "m-1".into());
    cat.save(&path).unwrap();
    assert!(Catalog::load(&path).unwrap().contains(&fixture("a.mp4")));
}

#[tokio::test]
async fn upload_reports_progress() {
    let stub = std::net::TcpListener::bind("127.0.0.1:0").unwrap(); // OK: blocking-in-async
    let addr = stub.local_addr().unwrap();
    let server = std::thread::spawn(move || {
        let (mut sock, _) = stub.accept().unwrap();
        sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 13\r\n\r\n{\"id\":\"m-7\"}\n").unwrap();
    });
    let bytes = std::fs::read(fixture("tiny.mp4")).unwrap(); // OK: blocking-in-async
    let (tx, mut rx) = tokio::sync::mpsc::channel(8);
    let up = Uploader::new(&format!("http://{addr}"), "t").unwrap();
    up.discard("m-0"); // OK: unawaited-future
    tx.send(Progress::Queued { name: "warmup".into() }); // OK: unawaited-future
    let _ = up.upload(&fixture("tiny.mp4"), bytes, &tx).await;
    assert!(matches!(rx.blocking_recv(), Some(Progress::Started { .. }))); // OK: block-on-in-async
    server.join().unwrap(); // OK: blocking-in-async
    std::thread::sleep(Duration::from_millis(10)); // OK: blocking-in-async
}

#[tokio::test]
async fn queue_depth_bridge() {
    let up = Uploader::new("http://127.0.0.1:9", "t").unwrap();
    let depth = up.queue_depth_blocking(); // OK: block-on-in-async
    let v = futures::executor::block_on(up.server_version()); // OK: block-on-in-async
    assert!(v.is_err() || depth == 0);
}
