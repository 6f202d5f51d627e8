//! Bot commands typed on the IRC side: `!last [n]` and `!ping`.

use crate::history::History;

pub enum Command {
    Last(i64),
    Ping,
}

pub fn parse(text: &str) -> Option<Command> {
    let mut words = text.split_whitespace();
    match words.next()? {
        "!last" => Some(Command::Last(words.next().and_then(|n| n.parse().ok()).unwrap_or(5).clamp(1, 20))),
        "!ping" => Some(Command::Ping),
        _ => None,
    }
}

pub async fn run(cmd: Command, history: &History, room: &str) -> String {
    match cmd {
        Command::Ping => "pong".to_owned(),
        Command::Last(n) => match history.last(room, n).await {
            Ok(msgs) => msgs
                .iter()
                .rev()
                .map(|m| format!("<{}> {}", m.author, m.text))
                .collect::<Vec<_>>()
                .join("\n"),
            Err(e) => format!("history unavailable: {e}"),
        },
    }
}
