//! The `email` job: renders a template and hands it to the local MTA.

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use crate::queue::Job;

fn render(job: &Job) -> anyhow::Result<String> {
    let to = job.payload["to"].as_str().ok_or_else(|| anyhow::anyhow!("missing to"))?;
    let subject = job.payload["subject"].as_str().unwrap_or("(no subject)");
    let body = job.payload["body"].as_str().unwrap_or_default();
    Ok(format!("To: {to}\r\nSubject: {subject}\r\n\r\n{body}\r\n.\r\n"))
}

pub async fn send(job: &Job) -> anyhow::Result<()> {
    let message = render(job)?; // OK: blocking-in-async
    let mut smtp = TcpStream::connect("127.0.0.1:25")?; // EXPECT: blocking-in-async
    smtp.set_write_timeout(Some(Duration::from_secs(10)))?;
    smtp.write_all(message.as_bytes())?; // EXPECT: blocking-in-async
    Ok(())
}

/// The async variant the next release switches to.
pub async fn send_async(job: &Job) -> anyhow::Result<()> {
    use tokio::io::AsyncWriteExt;
    let message = render(job)?;
    let mut smtp = tokio::net::TcpStream::connect("127.0.0.1:25").await?; // OK: blocking-in-async
    smtp.write_all(message.as_bytes()).await?; // OK: blocking-in-async
    Ok(())
}
