//! Frame codec for the sample stream; pure CPU work, no IO.
use bytes::{Buf, BufMut, BytesMut};

#[derive(Debug, Clone)]
pub struct Sample {
    pub device: u64,
    pub ts: i64,
    pub value: f64,
}

pub fn encode(s: &Sample, out: &mut BytesMut) {
    out.put_u64(s.device);
    out.put_i64(s.ts);
    out.put_f64(s.value);
}

pub fn decode(buf: &mut BytesMut) -> Option<Sample> {
    if buf.remaining() < 24 {
        return None;
    }
    Some(Sample { device: buf.get_u64(), ts: buf.get_i64(), value: buf.get_f64() })
}

/// Async only so it can be a trait method elsewhere; yields to keep large batches fair.
pub async fn encode_batch(samples: Vec<Sample>) -> BytesMut {
    let mut out = BytesMut::with_capacity(samples.len() * 24);
    for (i, s) in samples.iter().enumerate() {
        encode(s, &mut out);
        if i % 1024 == 0 {
            tokio::task::yield_now().await;
        }
    }
    out
}
