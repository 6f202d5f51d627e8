//! A one-shot CLI: each subcommand runs one flow. A task that only drives the connection this
//! flow keeps using (`let (client, driver) = connect(..).await?; tokio::spawn(driver)`) does
//! not run beside the flow's work, so the program stays sequential. A real background task
//! does.

mod dns;

use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("lookup") => lookup(&args[2]).await,
        Some("fetch") => fetch(&args[2]).await,
        Some("watch") => watch(&args[2]).await,
        _ => mirror(&args[2]).await,
    }
}

async fn lookup(name: &str) -> anyhow::Result<()> {
    let stream = TcpStream::connect("127.0.0.1:5300").await?;
    let (mut client, background) = dns::Client::connect(stream).await?;
    let handle = tokio::spawn(background);
    let answer = client.query(name).await?;
    save_answer(&answer)?; // OK: blocking-in-async
    drop(handle);
    Ok(())
}

fn save_answer(answer: &str) -> std::io::Result<()> {
    std::fs::write("answer.txt", answer)
}

async fn fetch(host: &str) -> anyhow::Result<()> {
    let io = TokioIo::new(TcpStream::connect((host, 80)).await?);
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io).await?;
    tokio::spawn(async move {
        if let Err(err) = connection.await {
            eprintln!("connection failed: {err}");
        }
    });
    let request = hyper::Request::get("/").body(String::new())?;
    let response = sender.send_request(request).await?;
    std::fs::write("status.txt", response.status().as_str())?; // OK: blocking-in-async
    Ok(())
}

/// The spawned task does more than drive the connection: it reports progress too.
async fn watch(host: &str) -> anyhow::Result<()> {
    let io = TokioIo::new(TcpStream::connect((host, 80)).await?);
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io).await?;
    tokio::spawn(async move {
        connection.await.ok();
        dns::report_progress().await;
    });
    let request = hyper::Request::get("/watch").body(String::new())?;
    sender.send_request(request).await?;
    std::fs::write("watched.txt", host)?; // EXPECT: blocking-in-async
    Ok(())
}

/// A background task that runs beside the flow's work.
async fn mirror(host: &str) -> anyhow::Result<()> {
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    tokio::spawn(dns::forward(rx));
    tx.send(host.to_string()).await?;
    std::fs::write("mirror.txt", host)?; // EXPECT: blocking-in-async
    Ok(())
}
