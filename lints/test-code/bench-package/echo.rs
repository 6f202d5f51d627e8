//! An example server that fires and forgets its connections.

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:7000").await?;
    loop {
        let (socket, _) = listener.accept().await?;
        tokio::spawn(async move { // OK: detached-spawn
            let mut buf = [0u8; 1024];
            socket.readable().await?;
            socket.try_read(&mut buf)?;
            Ok::<_, std::io::Error>(())
        });
    }
}
