//! Socket tuning applied to both sides of a proxied connection.

use std::io;
use std::time::Duration;

use socket2::{SockRef, TcpKeepalive};
use tokio::net::TcpStream;

pub fn tune(sock: &TcpStream) -> io::Result<()> {
    sock.set_nodelay(true)?;
    let keepalive = TcpKeepalive::new()
        .with_time(Duration::from_secs(60))
        .with_interval(Duration::from_secs(10));
    SockRef::from(sock).set_tcp_keepalive(&keepalive)
}
