//! The verdict channel: how a grading check tells `kit` whether it passed, in a way the
//! learner's code, running in the same process, cannot forge.
//!
//! kit starts the test binary with `KIT_CHECK_CHANNEL=stdin` and writes one line to its stdin:
//! a fresh random key and the path of a verdict file it created for this run only.
//! [`run_check`], which `#[kit_harness::check]` wraps around every grading test, reads that
//! line before the body runs (so before any learner code can), keeps the key in a local
//! variable, and appends records to the file: `started` before the body, `finished` with the
//! verdict after it. The body runs on a thread of its own, named the same for every check
//! ([`CHECK_THREAD`]): libtest's thread carries the test's name, which would tell the code
//! under test which check is running. Each record is a JSON payload preceded by its HMAC-SHA256 under the key;
//! the key itself is never written anywhere, so records the learner's code can read (the file)
//! do not help it write one. After the `finished` record the process exits at once, which also
//! ends every thread the learner's code left running.
//!
//! kit trusts nothing else: not libtest's `test ... ok` lines, not the exit code. A check whose
//! process ended without a valid `finished` record failed (`std::process::exit` in learner
//! code, an abort, a stack overflow). A second call of [`run_check`] inside the same process
//! (learner code calling it, or the binary spawned again) finds stdin already read and reports
//! nothing. Without `KIT_CHECK_CHANNEL` (an author running `cargo test`), a check is an
//! ordinary test that panics when it fails.
//!
//! The `finished` record is structured so other renderers (translations, a timeline of the
//! calls) can use it: the failure's problem, why and help lines as message references
//! (`{"id", "args", "text"}`, see [`crate::message`]: kit renders them in the learner's
//! language, `text` is the English fallback; a plain panic's problem is a plain string),
//! measured values, the panic locations, and the check's [`timeline`](crate::timeline): the
//! calls each timing or bound assertion saw, with its limit.

use std::fs::File;
use std::future::Future;
use std::io::{BufRead, Write};
use std::panic::PanicHookInfo;
use std::pin::Pin;
use std::sync::{Mutex, Once, PoisonError};

use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

/// The environment variable kit sets to say "the key is on stdin".
pub const CHANNEL_ENV: &str = "KIT_CHECK_CHANNEL";

/// The body of a check, as `#[check]` hands it over: a function that makes it, so that it can
/// be made and run on a thread of the harness's choosing.
pub enum Body {
    /// A plain `fn`: runs as it is.
    Blocking(fn()),
    /// An `async fn` under `#[check(start_paused = true)]`: a current_thread runtime whose
    /// clock is paused and auto-advances.
    PausedClock(fn() -> Pin<Box<dyn Future<Output = ()>>>),
    /// An `async fn` under `#[check]`: a current_thread runtime on the real clock.
    RealClock(fn() -> Pin<Box<dyn Future<Output = ()>>>),
}

impl Body {
    fn clock(&self) -> &'static str {
        match self {
            Body::Blocking(_) => "none",
            Body::PausedClock(_) => "paused",
            Body::RealClock(_) => "real",
        }
    }

    fn run(self) {
        match self {
            Body::Blocking(body) => body(),
            Body::PausedClock(future) => runtime(true).block_on(future()),
            Body::RealClock(future) => runtime(false).block_on(future()),
        }
    }

    /// Runs the body on a thread of its own named [`CHECK_THREAD`], and hands back how it
    /// ended. libtest runs each test on a thread named after it: code under test that could
    /// read that name would know which check is running, and answer each check with the
    /// shortcut that passes it.
    fn run_unnamed(self) -> std::thread::Result<()> {
        std::thread::Builder::new()
            .name(CHECK_THREAD.to_owned())
            .spawn(move || self.run())
            .map_err(|error| -> Box<dyn std::any::Any + Send> {
                Box::new(format!(
                    "the harness could not start the check's thread: {error}"
                ))
            })?
            .join()
    }
}

/// The name of the thread every check runs on under kit, whichever check it is.
pub const CHECK_THREAD: &str = "kit-check";

fn runtime(start_paused: bool) -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(start_paused)
        .build()
        .expect("a current_thread runtime builds")
}

/// Runs the check `name`. Called by the code `#[kit_harness::check]` generates; a check
/// written by hand has no reason to call it.
pub fn run_check(name: &'static str, body: Body) {
    if std::env::var_os(CHANNEL_ENV).is_none() {
        body.run();
        return;
    }
    let Some(channel) = Channel::take_from_stdin() else {
        // stdin was already read: this is not the check kit started. Report nothing.
        body.run();
        return;
    };
    channel.send(&json!({"event": "started", "check": name, "clock": body.clock()}));
    install_panic_recorder();
    crate::timeline::start_recording();
    let outcome = body.run_unnamed();
    let record = match outcome {
        Ok(()) => json!({
            "event": "finished",
            "check": name,
            "verdict": "pass",
            "failure": Value::Null,
            "panics": panics_so_far(),
            "timeline": crate::timeline::take_panels(true),
        }),
        Err(payload) => json!({
            "event": "finished",
            "check": name,
            "verdict": "fail",
            "failure": failure_of(payload_text(payload.as_ref())),
            "panics": panics_so_far(),
            "timeline": crate::timeline::take_panels(false),
        }),
    };
    let passed = record["verdict"] == "pass";
    channel.send(&record);
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(if passed { 0 } else { 101 });
}

/// The write side of kit's channel for this run: the key (in memory only) and the file.
struct Channel {
    key: Vec<u8>,
    file: File,
}

impl Channel {
    /// Reads kit's handshake line; `None` when there is none (stdin empty or already read).
    fn take_from_stdin() -> Option<Channel> {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).ok()?;
        let handshake: Value = serde_json::from_str(line.trim()).ok()?;
        let key = decode_hex(handshake["key"].as_str()?)?;
        let file = std::fs::OpenOptions::new()
            .append(true)
            .open(handshake["verdict_file"].as_str()?)
            .ok()?;
        Some(Channel { key, file })
    }

    /// Appends `payload` with its MAC as one line, in a single write.
    fn send(&self, payload: &Value) {
        let payload = payload.to_string();
        let line = format!("{} {payload}\n", sign(&self.key, payload.as_bytes()));
        let _ = (&self.file).write_all(line.as_bytes());
    }
}

/// The HMAC-SHA256 of `payload` under `key`, in lowercase hex. kit verifies records with the
/// same function.
pub fn sign(key: &[u8], payload: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(payload);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || text.is_empty() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

/// The most panics a record carries: the first ones explain a failure, the rest are echoes.
const MAX_PANICS: usize = 8;

static PANICS: Mutex<Vec<Value>> = Mutex::new(Vec::new());
static STRUCTURED: Mutex<Vec<(String, Value)>> = Mutex::new(Vec::new());

/// Records every panic (thread, `file:line:col`, message) instead of printing it: kit shows
/// them from the record, with the location that points into the learner's `src/`.
fn install_panic_recorder() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
            let mut panics = PANICS.lock().unwrap_or_else(PoisonError::into_inner);
            if panics.len() < MAX_PANICS {
                panics.push(json!({
                    "thread": std::thread::current().name().unwrap_or("unnamed"),
                    "location": info.location().map(|l| l.to_string()),
                    "message": payload_text(info.payload()),
                }));
            }
        }));
    });
}

fn panics_so_far() -> Value {
    Value::Array(
        PANICS
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone(),
    )
}

/// Called by [`crate::Exercise::fail`] just before it panics, so the record can carry the
/// failure's parts rather than only its rendered text.
pub(crate) fn note_structured_failure(rendered: &str, failure: Value) {
    let mut noted = STRUCTURED.lock().unwrap_or_else(PoisonError::into_inner);
    if noted.len() == MAX_PANICS {
        noted.remove(0);
    }
    noted.push((rendered.to_string(), failure));
}

/// The failure part of a `finished` record for a panic whose message is `message`.
fn failure_of(message: String) -> Value {
    let noted = STRUCTURED.lock().unwrap_or_else(PoisonError::into_inner);
    match noted
        .iter()
        .rev()
        .find(|(rendered, _)| *rendered == message)
    {
        Some((_, structured)) => structured.clone(),
        None => json!({"problem": message}),
    }
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
        .unwrap_or_else(|| "a panic without a message".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_junk() {
        assert_eq!(decode_hex("00ff10"), Some(vec![0, 255, 16]));
        assert_eq!(decode_hex("0"), None);
        assert_eq!(decode_hex("zz"), None);
        assert_eq!(decode_hex(""), None);
    }

    #[test]
    fn signatures_depend_on_key_and_payload() {
        // RFC 4231, test case 2.
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_ne!(sign(b"Jefe", b"x"), sign(b"Jeff", b"x"));
    }

    #[test]
    fn a_structured_failure_is_found_by_its_rendered_text() {
        note_structured_failure("the rendered text", json!({"problem": "p", "help": "h"}));
        assert_eq!(failure_of("the rendered text".into())["help"], "h");
        assert_eq!(
            failure_of("something else".into()),
            json!({"problem": "something else"})
        );
    }
}
