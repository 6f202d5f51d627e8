//! The local control socket (`tidesync get KEY`), served by a plain thread with blocking I/O.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixListener;

use crate::store::StoreHandle;

pub fn serve_socket(store: StoreHandle) {
    let _ = std::fs::remove_file("/run/tidesync.sock");
    let listener = match UnixListener::bind("/run/tidesync.sock") {
        Ok(l) => l,
        Err(e) => {
            tracing::error!("control socket: {e}");
            return;
        }
    };
    for conn in listener.incoming().flatten() {
        let mut reader = BufReader::new(&conn);
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() {
            continue;
        }
        let answer = match line.trim().strip_prefix("get ") {
            Some(key) => store.get_blocking(key).map(|e| e.value).unwrap_or_default(), // OK: block-on-in-async
            None => format!("{} keys", store.snapshot_blocking().len()), // OK: block-on-in-async
        };
        let _ = (&conn).write_all(answer.as_bytes());
    }
}
