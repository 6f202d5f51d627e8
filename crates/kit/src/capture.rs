//! Bounded capture of a check's output: the first and the last [`HALF`] bytes, whatever the
//! learner's code prints. kit never parses it; it is shown when a check fails. A stdout flood
//! costs CPU until the time limit, never memory.

use std::collections::VecDeque;
use std::io::Read;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// Bytes kept from the start and, separately, from the end: 64 KiB in all.
pub const HALF: usize = 32 * 1024;

/// The head and tail of a stream, and how much fell between them.
#[derive(Debug, Default)]
pub struct HeadTail {
    head: Vec<u8>,
    tail: VecDeque<u8>,
    dropped: u64,
}

impl HeadTail {
    pub fn push(&mut self, mut bytes: &[u8]) {
        let room = HALF - self.head.len();
        if room > 0 {
            let taken = room.min(bytes.len());
            self.head.extend_from_slice(&bytes[..taken]);
            bytes = &bytes[taken..];
        }
        if bytes.len() >= HALF {
            self.dropped += (self.tail.len() + bytes.len() - HALF) as u64;
            self.tail.clear();
            self.tail.extend(&bytes[bytes.len() - HALF..]);
            return;
        }
        let overflow = (self.tail.len() + bytes.len()).saturating_sub(HALF);
        self.tail.drain(..overflow);
        self.dropped += overflow as u64;
        self.tail.extend(bytes);
    }

    /// The kept text, with a marker where bytes were left out.
    pub fn text(&self) -> String {
        let mut text = String::from_utf8_lossy(&self.head).into_owned();
        if self.dropped > 0 {
            text.push_str(&format!(
                "\n[... {} bytes of output not kept ...]\n",
                self.dropped
            ));
        }
        let (front, back) = self.tail.as_slices();
        text.push_str(&String::from_utf8_lossy(&[front, back].concat()));
        text
    }
}

/// One capture shared by the reader threads of a process's stdout and stderr.
pub type SharedCapture = Arc<Mutex<HeadTail>>;

/// Reads `pipe` to its end into `capture` on a thread of its own.
pub fn drain<R: Read + Send + 'static>(pipe: R, capture: SharedCapture) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut pipe = pipe;
        let mut buffer = [0u8; 8192];
        while let Ok(read) = pipe.read(&mut buffer) {
            if read == 0 {
                break;
            }
            capture
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(&buffer[..read]);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_output_is_kept_whole() {
        let mut capture = HeadTail::default();
        capture.push(b"hello ");
        capture.push(b"world");
        assert_eq!(capture.text(), "hello world");
    }

    #[test]
    fn a_flood_keeps_its_head_and_tail_within_the_bound() {
        let mut capture = HeadTail::default();
        capture.push(b"FIRST LINE\n");
        for _ in 0..10_000 {
            capture.push(&[b'x'; 1000]);
        }
        capture.push(b"LAST LINE\n");
        let text = capture.text();
        assert!(text.starts_with("FIRST LINE\n"));
        assert!(text.ends_with("LAST LINE\n"));
        assert!(text.len() < 2 * HALF + 100, "{}", text.len());
        let dropped = 11 + 10_000_000 + 10 - 2 * HALF;
        assert!(text.contains(&format!("[... {dropped} bytes of output not kept ...]")));
    }

    #[test]
    fn one_huge_write_keeps_its_end() {
        let mut capture = HeadTail::default();
        let mut big = vec![b'a'; 3 * HALF];
        big.extend_from_slice(b"END");
        capture.push(&big);
        assert!(capture.text().ends_with("aEND"));
        assert_eq!(capture.head.len(), HALF);
        assert_eq!(capture.tail.len(), HALF);
    }
}
