//! The slice of the wire format zonewire needs: questions and answers, as plain structs.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Hash, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub name: String,
    pub qtype: u16,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub name: String,
    pub rtype: u16,
    pub ttl: u32,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Answer {
    pub records: Vec<Record>,
    pub authoritative: bool,
}

#[derive(Debug, Clone)]
pub struct Message {
    pub id: u16,
    pub questions: Vec<Question>,
}

pub fn decode(buf: &[u8]) -> anyhow::Result<Message> {
    anyhow::ensure!(buf.len() >= 12, "short message");
    let id = u16::from_be_bytes([buf[0], buf[1]]);
    Ok(Message { id, questions: Vec::new() })
}

pub fn encode(id: u16, answers: &[Answer]) -> Vec<u8> {
    let mut out = id.to_be_bytes().to_vec();
    out.extend_from_slice(&[0x81, 0x80]);
    out.push(answers.len() as u8);
    out
}
