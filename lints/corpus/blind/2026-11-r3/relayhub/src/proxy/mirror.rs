use std::io::Write;
use std::net::TcpStream as StdTcpStream;

/// Copies the request's first line to the shadow backend used for canary testing.
pub async fn copy_to_shadow(first: &str) {
    if let Ok(mut shadow) = StdTcpStream::connect("127.0.0.1:9900") { // EXPECT: blocking-in-async
        let _ = shadow.write_all(first.as_bytes()); // EXPECT: blocking-in-async
    }
}
