//! The wire protocol: one command per line.

use serde::Deserialize;

pub enum Command {
    Join(String),
    Say(String),
    Kick(Vec<u64>),
    Invite(String),
    Who,
    Quit,
}

#[derive(Deserialize)]
pub struct Invite {
    pub player: u64,
    pub room: String,
}

pub fn parse(line: &str) -> Option<Command> {
    let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
    Some(match verb {
        "/join" => Command::Join(rest.to_string()),
        "/kick" => Command::Kick(rest.split_whitespace().filter_map(|id| id.parse().ok()).collect()),
        "/invite" => Command::Invite(rest.to_string()),
        "/who" => Command::Who,
        "/quit" => Command::Quit,
        _ => Command::Say(line.to_string()),
    })
}
