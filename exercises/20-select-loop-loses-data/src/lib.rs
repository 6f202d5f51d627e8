//! Exercise 20: a `select!` loop that loses data. A client reads length-prefixed frames from a
//! peer and, every so often, sends a heartbeat so that the peer knows it is alive. Run
//! `kit grade exercise-20` to see what the heartbeat does to the frames.

use std::io;
use std::time::Duration;

use kit_harness::{HEARTBEAT, MAX_FRAME_LEN};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, DuplexStream};

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
    let mut heartbeat = tokio::time::interval(heartbeat_every);
    loop {
        // TODO: when the heartbeat's tick comes first, `select!` drops the other branch's
        // future: a `read_frame` that had already taken half a frame off the connection is
        // thrown away with those bytes, and the next `read_frame` starts reading in the
        // middle of a frame. Make sure no byte read from the connection is ever lost when the
        // heartbeat interrupts a read.
        tokio::select! {
            frame = read_frame(&mut reader) => match frame? {
                Some(frame) => deliver(frame),
                None => return Ok(()),
            },
            _ = heartbeat.tick() => writer.write_all(&HEARTBEAT).await?,
        }
    }
}

/// Read one frame: its length, then its payload. `None` when the stream ends before a frame.
async fn read_frame(reader: &mut (impl AsyncRead + Unpin)) -> io::Result<Option<Vec<u8>>> {
    let mut header = [0; 4];
    match reader.read_exact(&mut header).await {
        Ok(_) => {}
        Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(error) => return Err(error),
    }
    let length = u32::from_be_bytes(header) as usize;
    if length > MAX_FRAME_LEN {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a frame of {length} bytes, more than the protocol allows ({MAX_FRAME_LEN})"),
        ));
    }
    let mut payload = vec![0; length];
    reader.read_exact(&mut payload).await?;
    Ok(Some(payload))
}
