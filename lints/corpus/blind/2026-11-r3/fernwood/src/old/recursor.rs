// The recursive resolver that fernwood 0.5 shipped; kept for reference, not built.
use std::net::UdpSocket;

pub async fn resolve(name: &str) -> std::io::Result<Vec<u8>> {
    let sock = UdpSocket::bind("0.0.0.0:0")?; // OK: blocking-in-async
    sock.send_to(name.as_bytes(), "198.41.0.4:53")?; // OK: blocking-in-async
    let mut buf = vec![0; 512];
    let n = sock.recv(&mut buf)?; // OK: blocking-in-async
    buf.truncate(n);
    tokio::spawn(async move { loop { tokio::task::yield_now().await; } }); // OK: detached-spawn
    Ok(buf)
}
