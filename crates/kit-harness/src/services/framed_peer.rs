//! The far end of a framed connection, for exercises about reading frames inside a `select!`
//! loop. The peer sends length-prefixed frames (a 4-byte big-endian length, then that many
//! bytes) slowly, each in several writes with pauses between them, the way frames trickle in
//! over a real network; it listens for the heartbeats the receiver sends back (empty frames,
//! [`HEARTBEAT`]) and records when each arrived.
//!
//! The connection is an in-memory `tokio::io::duplex` pipe and every pause is a tokio sleep,
//! so on a paused clock the whole conversation is exact and instant. The peer counts the
//! bytes and frames it sent and when each frame's last byte went out; payloads are random for
//! every peer, so a receiver can only produce them by reading them off the connection.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream, ReadHalf, WriteHalf};
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::unpredictable::{nth, random_seed};

/// What a receiver writes back to show it is alive: an empty frame.
pub const HEARTBEAT: [u8; 4] = [0; 4];

/// The longest payload the protocol allows. A length above it can only be a misread header.
pub const MAX_FRAME_LEN: usize = 64 * 1024;

/// Room in each direction of the in-memory connection.
const PIPE_CAPACITY: usize = 256 * 1024;

#[derive(Debug, Clone)]
struct ScriptedFrame {
    payload: Vec<u8>,
    pieces: usize,
    pause: Duration,
}

/// The script of a peer: which frames it sends and how slowly. Build it, then
/// [`connect`](Self::connect).
///
/// ```
/// # use std::time::Duration;
/// # use kit_harness::services::framed_peer::FramedPeer;
/// # use tokio::io::AsyncReadExt;
/// # #[tokio::main(flavor = "current_thread", start_paused = true)] async fn main() {
/// // One 10-byte frame in two writes, 0.3 s apart.
/// let (peer, mut connection) = FramedPeer::new().frame(10, 2, Duration::from_millis(300)).connect();
/// let mut received = Vec::new();
/// connection.read_to_end(&mut received).await.unwrap();
/// let report = peer.report();
/// assert_eq!(received.len(), 14);
/// assert_eq!(received[4..], report.frames[0].payload[..]);
/// # }
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "the peer sends nothing until `.connect()` is called"]
pub struct FramedPeer {
    frames: Vec<ScriptedFrame>,
    hang_up_mid_frame: bool,
}

impl FramedPeer {
    /// A peer with nothing to send yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Then send a frame of `len` random payload bytes (`1..=MAX_FRAME_LEN`) in `pieces`
    /// writes of about equal size (the first starts with the header), pausing `pause` after
    /// each write. The frame is complete when its last write is done.
    ///
    /// # Panics
    /// When `len` is out of range or `pieces` is 0.
    pub fn frame(mut self, len: usize, pieces: usize, pause: Duration) -> Self {
        assert!(
            (1..=MAX_FRAME_LEN).contains(&len) && pieces > 0,
            "authoring error: a frame needs 1 to {MAX_FRAME_LEN} bytes and at least one piece"
        );
        self.frames.push(ScriptedFrame {
            payload: vec![0; len],
            pieces,
            pause,
        });
        self
    }

    /// After the last frame, send half of one more frame and hang up: the receiver must see
    /// a connection cut mid-frame.
    pub fn then_hang_up_mid_frame(mut self) -> Self {
        self.hang_up_mid_frame = true;
        self
    }

    /// Start the peer on the current runtime and return its handle and the receiver's end of
    /// the connection. The peer hangs up (the receiver reads end of stream) after its last
    /// frame; it stops when the handle is dropped.
    ///
    /// # Panics
    /// Outside a tokio runtime.
    pub fn connect(mut self) -> (PeerHandle, DuplexStream) {
        let seed = random_seed();
        for (index, frame) in self.frames.iter_mut().enumerate() {
            fill_random(&mut frame.payload, seed, index);
        }
        let (receiver_end, peer_end) = tokio::io::duplex(PIPE_CAPACITY);
        let log = Arc::new(Mutex::new(PeerReport::default()));
        let origin = Instant::now();
        let (reading, writing) = tokio::io::split(peer_end);
        let task = tokio::spawn({
            let log = Arc::clone(&log);
            async move {
                tokio::join!(
                    send_script(self, writing, Arc::clone(&log), origin),
                    listen_for_heartbeats(reading, log, origin)
                );
            }
        });
        (PeerHandle { log, task }, receiver_end)
    }
}

/// One frame as the peer sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentFrame {
    /// The payload, without the length header.
    pub payload: Vec<u8>,
    /// When its last byte was written, since the peer connected (tokio's clock).
    pub completed_at: Duration,
}

/// Everything the peer has done and seen so far. Times count from
/// [`FramedPeer::connect`], on tokio's clock.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeerReport {
    /// Every frame sent completely, in order.
    pub frames: Vec<SentFrame>,
    /// Every byte written, headers and an unfinished last frame included.
    pub bytes_sent: usize,
    /// When each heartbeat from the receiver arrived.
    pub heartbeats: Vec<Duration>,
    /// Anything else the receiver wrote, described.
    pub unexpected: Vec<crate::message::Message>,
    /// When the peer hung up (finished its script, or could no longer write).
    pub hung_up_at: Option<Duration>,
    /// When the receiver closed its end of the connection.
    pub receiver_closed_at: Option<Duration>,
}

impl PeerReport {
    /// The payloads of [`frames`](Self::frames).
    pub fn payloads(&self) -> Vec<&[u8]> {
        self.frames.iter().map(|frame| &frame.payload[..]).collect()
    }
}

/// A running peer; see [`FramedPeer::connect`]. Dropping it stops the peer.
#[derive(Debug)]
pub struct PeerHandle {
    log: Arc<Mutex<PeerReport>>,
    task: JoinHandle<()>,
}

impl PeerHandle {
    /// A snapshot of what the peer did and saw.
    pub fn report(&self) -> PeerReport {
        lock(&self.log).clone()
    }
}

impl Drop for PeerHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn lock(log: &Mutex<PeerReport>) -> std::sync::MutexGuard<'_, PeerReport> {
    log.lock().unwrap_or_else(PoisonError::into_inner)
}

fn fill_random(payload: &mut [u8], seed: u64, frame: usize) {
    let stream = nth(seed, frame as u64);
    for (chunk_index, chunk) in payload.chunks_mut(8).enumerate() {
        let bytes = nth(stream, chunk_index as u64).to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
}

/// Header and payload of `frame`, split into its pieces.
fn pieces_of(frame: &ScriptedFrame) -> Vec<Vec<u8>> {
    let length = u32::try_from(frame.payload.len()).expect("frames are at most 64 KiB");
    let mut wire = length.to_be_bytes().to_vec();
    wire.extend_from_slice(&frame.payload);
    let pieces = frame.pieces.min(wire.len());
    (0..pieces)
        .map(|piece| wire[piece * wire.len() / pieces..(piece + 1) * wire.len() / pieces].to_vec())
        .collect()
}

async fn send_script(
    script: FramedPeer,
    mut writing: WriteHalf<DuplexStream>,
    log: Arc<Mutex<PeerReport>>,
    origin: Instant,
) {
    for frame in &script.frames {
        let pieces = pieces_of(frame);
        let last = pieces.len() - 1;
        for (index, piece) in pieces.into_iter().enumerate() {
            if writing.write_all(&piece).await.is_err() {
                lock(&log).hung_up_at = Some(origin.elapsed());
                return;
            }
            {
                let mut report = lock(&log);
                report.bytes_sent += piece.len();
                if index == last {
                    report.frames.push(SentFrame {
                        payload: frame.payload.clone(),
                        completed_at: origin.elapsed(),
                    });
                }
            }
            tokio::time::sleep(frame.pause).await;
        }
    }
    if script.hang_up_mid_frame {
        let half = pieces_of(&ScriptedFrame {
            payload: vec![0xAB; 64],
            pieces: 2,
            pause: Duration::ZERO,
        })
        .remove(0);
        if writing.write_all(&half).await.is_ok() {
            lock(&log).bytes_sent += half.len();
        }
    }
    let _ = writing.shutdown().await;
    lock(&log).hung_up_at = Some(origin.elapsed());
}

async fn listen_for_heartbeats(
    mut reading: ReadHalf<DuplexStream>,
    log: Arc<Mutex<PeerReport>>,
    origin: Instant,
) {
    let mut header = [0; 4];
    loop {
        if reading.read_exact(&mut header).await.is_err() {
            lock(&log).receiver_closed_at = Some(origin.elapsed());
            return;
        }
        let length = u32::from_be_bytes(header) as usize;
        if length == 0 {
            lock(&log).heartbeats.push(origin.elapsed());
            continue;
        }
        lock(&log).unexpected.push(crate::msg!(
            "harness-peer-unexpected-frame",
            length = length,
            at = origin.elapsed(),
        ));
        let mut skipped = vec![0; length.min(MAX_FRAME_LEN)];
        if reading.read_exact(&mut skipped).await.is_err() {
            lock(&log).receiver_closed_at = Some(origin.elapsed());
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[tokio::test(start_paused = true)]
    async fn sends_each_frame_in_pieces_and_hangs_up() {
        let (peer, mut connection) = FramedPeer::new()
            .frame(100, 3, ms(200))
            .frame(7, 1, ms(50))
            .connect();
        let mut received = Vec::new();
        connection.read_to_end(&mut received).await.unwrap();
        let report = peer.report();
        assert_eq!(report.bytes_sent, 4 + 100 + 4 + 7);
        assert_eq!(received.len(), report.bytes_sent);
        assert_eq!(received[..4], 100u32.to_be_bytes());
        assert_eq!(received[4..104], report.frames[0].payload[..]);
        assert_eq!(received[108..], report.frames[1].payload[..]);
        // Three writes with 0.2 s after each: the last byte of frame 1 goes out at 0.4 s.
        assert_eq!(report.frames[0].completed_at, ms(400));
        assert_eq!(report.frames[1].completed_at, ms(600));
        assert_eq!(report.hung_up_at, Some(ms(650)));
    }

    #[tokio::test(start_paused = true)]
    async fn payloads_are_random_for_every_peer() {
        let script = FramedPeer::new().frame(32, 1, ms(1));
        let (first, _a) = script.clone().connect();
        let (second, _b) = script.connect();
        tokio::time::sleep(ms(10)).await;
        assert_ne!(first.report().payloads(), second.report().payloads());
    }

    #[tokio::test(start_paused = true)]
    async fn records_heartbeats_and_anything_else_the_receiver_writes() {
        let (peer, mut connection) = FramedPeer::new().frame(10, 1, ms(1000)).connect();
        connection.write_all(&HEARTBEAT).await.unwrap();
        tokio::time::sleep(ms(300)).await;
        connection.write_all(&HEARTBEAT).await.unwrap();
        connection.write_all(&[0, 0, 0, 2, 1, 2]).await.unwrap();
        tokio::time::sleep(ms(100)).await;
        drop(connection);
        tokio::time::sleep(ms(100)).await;
        let report = peer.report();
        assert_eq!(report.heartbeats, [ms(0), ms(300)]);
        assert_eq!(report.unexpected.len(), 1, "{:?}", report.unexpected);
        assert_eq!(report.receiver_closed_at, Some(ms(400)));
    }

    #[tokio::test(start_paused = true)]
    async fn can_hang_up_in_the_middle_of_a_frame() {
        let (peer, mut connection) = FramedPeer::new()
            .frame(10, 1, ms(10))
            .then_hang_up_mid_frame()
            .connect();
        let mut received = Vec::new();
        connection.read_to_end(&mut received).await.unwrap();
        let report = peer.report();
        assert_eq!(report.frames.len(), 1);
        assert_eq!(received.len(), 14 + 34);
        assert_eq!(received[14..18], 64u32.to_be_bytes());
        assert_eq!(report.bytes_sent, received.len());
    }
}
