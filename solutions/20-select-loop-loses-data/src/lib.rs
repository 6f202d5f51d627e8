//! Exercise 20, solved: the bytes read from the connection live in a buffer outside the
//! `select!` loop, and the only thing `select!` may cancel is a `read_buf`, which is cancel
//! safe. A heartbeat can interrupt the wait for data, never a frame.

use std::io;
use std::time::Duration;

use kit_harness::{HEARTBEAT, MAX_FRAME_LEN};
use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};

/// The length prefix of every frame: a big-endian `u32`.
const HEADER_LEN: usize = 4;

/// Receive the frames the peer sends on `connection` (each a 4-byte big-endian length, then
/// that many bytes) and hand each payload to `deliver` as soon as it is complete, while
/// sending a [`HEARTBEAT`] every `heartbeat_every`, the first one at once.
///
/// Returns `Ok` when the peer hangs up between two frames, and an error when the connection
/// fails or is cut in the middle of a frame.
pub async fn receive_frames(
    connection: DuplexStream,
    heartbeat_every: Duration,
    mut deliver: impl FnMut(Vec<u8>),
) -> io::Result<()> {
    let (mut reader, mut writer) = tokio::io::split(connection);
    // Created once, before the loop: an interval created inside it would tick at once on
    // every pass, and the heartbeats would come in bursts.
    let mut heartbeat = tokio::time::interval(heartbeat_every);
    // Bytes received and not yet delivered: the start of the next frame, perhaps more. It
    // outlives every `select!`, so nothing read is ever lost with a cancelled future.
    let mut received = Vec::with_capacity(16 * 1024);
    loop {
        // Deliver every frame the buffer holds completely, before waiting for anything.
        while let Some(frame) = take_frame(&mut received)? {
            deliver(frame);
        }
        tokio::select! {
            // `select!` drops the losing branch's future each time the heartbeat wins. That
            // is only harmless for an operation that is cancel safe: `read_buf` either has
            // appended bytes to `received` and returned, or has read nothing at all. The
            // starter's `read_exact` is not: it keeps what it has read so far in ITS OWN
            // buffer, which is dropped with the future.
            read = reader.read_buf(&mut received) => {
                if read? == 0 {
                    return end_of_stream(&received);
                }
            }
            _ = heartbeat.tick() => writer.write_all(&HEARTBEAT).await?,
        }
    }
    // Two other cures exist. Create the frame-reading future ONCE, outside the loop
    // (`let mut next = std::pin::pin!(read_frame(reader))`), poll it with `&mut next` in the
    // `select!`, and make a new one only after it completed: a future that is not dropped
    // loses nothing. Or move the reading into a task of its own that sends whole frames
    // through an mpsc channel, and `select!` on the channel's `recv`, which is cancel safe.
    // (`tokio_util::codec::FramedRead` is this buffer, ready-made.)
}

/// Cut the first frame out of `received` if it is there completely.
fn take_frame(received: &mut Vec<u8>) -> io::Result<Option<Vec<u8>>> {
    let Some(header) = received.first_chunk::<HEADER_LEN>() else {
        return Ok(None);
    };
    let length = u32::from_be_bytes(*header) as usize;
    if length > MAX_FRAME_LEN {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a frame of {length} bytes, more than the protocol allows ({MAX_FRAME_LEN})"),
        ));
    }
    if received.len() < HEADER_LEN + length {
        return Ok(None);
    }
    let frame = received[HEADER_LEN..HEADER_LEN + length].to_vec();
    received.drain(..HEADER_LEN + length);
    Ok(Some(frame))
}

/// The peer hung up: cleanly between two frames, or with part of a frame still unread.
fn end_of_stream(received: &[u8]) -> io::Result<()> {
    if received.is_empty() {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!(
                "the connection closed in the middle of a frame, {} bytes into it",
                received.len()
            ),
        ))
    }
}
