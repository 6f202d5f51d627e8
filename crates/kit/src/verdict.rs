//! Reads the verdict file of one run: lines `<hmac> <json>` that the check's wrapper signed
//! with the run's key (see `kit_harness::verdict`). A line whose signature does not check, or
//! that names another check, was not written by kit's check: it makes the run a failure, since
//! only the learner's code has a reason to write there. The record is kept structured
//! ([`Finished`]) for renderers: its texts are message references (see [`crate::i18n`]), and
//! [`Finished::message`] renders them in the learner's language.

use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use crate::i18n::{RecordText, tr};

/// A `finished` record: the check's verdict and, when it failed, why.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Finished {
    pub check: String,
    pub verdict: String,
    #[serde(default)]
    pub failure: Option<FailureRecord>,
    #[serde(default)]
    pub panics: Vec<PanicRecord>,
    /// The calls the check recorded, for a timeline renderer (empty for now).
    #[serde(default)]
    pub timeline: Vec<serde_json::Value>,
    /// The record as the check wrote it.
    #[serde(skip)]
    pub raw: serde_json::Value,
}

/// What a failed check says about itself.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FailureRecord {
    pub problem: RecordText,
    #[serde(default)]
    pub why: Option<RecordText>,
    #[serde(default)]
    pub help: Option<RecordText>,
    /// The exercise whose hint the message points to.
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub measured: Vec<Measured>,
    #[serde(default)]
    pub location: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Measured {
    pub name: String,
    pub value: String,
}

/// A panic seen while the check ran.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PanicRecord {
    #[serde(default)]
    pub thread: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    pub message: String,
}

impl Finished {
    pub fn passed(&self) -> bool {
        self.verdict == "pass"
    }

    /// The failure in words: a learner's panic first, with its location, then the check's
    /// own message (problem, why, help, hint), as the harness renders it.
    pub fn message(&self) -> String {
        let mut lines = Vec::new();
        for panic in &self.panics {
            let in_learner_code = panic
                .location
                .as_deref()
                .is_some_and(|l| l.contains("/src/"));
            if in_learner_code {
                lines.push(tr!(
                    "record-your-code-panicked",
                    location = panic.location.as_deref().unwrap_or("?"),
                    message = &panic.message
                ));
            }
        }
        if let Some(failure) = &self.failure {
            let located_in_src = failure
                .location
                .as_deref()
                .is_some_and(|l| l.contains("/src/"));
            let problem = failure.problem.render();
            if located_in_src && failure.why.is_none() && failure.help.is_none() {
                lines.push(tr!(
                    "record-your-code-panicked",
                    location = failure.location.as_deref().unwrap_or("?"),
                    message = &problem
                ));
            } else if !lines.iter().any(|l| l.ends_with(&problem)) {
                lines.push(problem);
            }
            if let Some(why) = &failure.why {
                lines.push(format!("  {}", tr!("record-why", why = why.render())));
            }
            if let Some(help) = &failure.help {
                lines.push(format!("  {}", tr!("record-help", help = help.render())));
            }
            if let Some(hint) = &failure.hint {
                lines.push(format!("  {}", tr!("record-see-hint", id = hint)));
            }
        }
        if lines.is_empty() {
            lines.push(tr!("record-no-reason"));
        }
        lines.join("\n")
    }
}

/// Everything valid that one run's verdict file says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Records {
    /// The clock of the `started` record, when the check started.
    pub started_clock: Option<String>,
    pub finished: Option<Finished>,
    /// Why the file cannot be trusted, when something else wrote to it.
    pub tampering: Option<String>,
}

/// Checks and reads the verdict file `bytes` of a run of `check` signed with `key`.
pub fn read_records(bytes: &[u8], key: &[u8], check: &str) -> Records {
    let mut records = Records::default();
    let forged = |what: &str| Some(tr!("record-forged", what = what));
    for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let Some(record) = verified_payload(line, key) else {
            records.tampering = forged("line");
            continue;
        };
        if record["check"] != check {
            records.tampering = forged("other-check");
            continue;
        }
        match record["event"].as_str() {
            Some("started") => {
                records.started_clock = record["clock"].as_str().map(str::to_string);
            }
            Some("finished") => match serde_json::from_value::<Finished>(record.clone()) {
                Ok(mut finished) if records.finished.is_none() => {
                    finished.raw = record;
                    records.finished = Some(finished);
                }
                _ => records.tampering = forged("second-verdict"),
            },
            _ => records.tampering = forged("record"),
        }
    }
    records
}

/// The JSON payload of `line` when its signature matches, else `None`.
fn verified_payload(line: &[u8], key: &[u8]) -> Option<serde_json::Value> {
    let text = std::str::from_utf8(line).ok()?;
    let (signature, payload) = text.split_once(' ')?;
    let mut mac = Hmac::<Sha256>::new_from_slice(key).ok()?;
    mac.update(payload.as_bytes());
    let expected = decode_hex(signature)?;
    mac.verify_slice(&expected).ok()?;
    serde_json::from_str(payload).ok()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed(key: &[u8], payload: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
        mac.update(payload.as_bytes());
        let signature: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        format!("{signature} {payload}\n")
    }

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";
    const STARTED: &str = r#"{"event":"started","check":"c","clock":"paused"}"#;
    const PASSED: &str = r#"{"event":"finished","check":"c","verdict":"pass","failure":null,"panics":[],"timeline":[]}"#;

    #[test]
    fn a_signed_pass_is_a_pass() {
        let file = signed(KEY, STARTED) + &signed(KEY, PASSED);
        let records = read_records(file.as_bytes(), KEY, "c");
        assert_eq!(records.started_clock.as_deref(), Some("paused"));
        assert!(records.finished.unwrap().passed());
        assert_eq!(records.tampering, None);
    }

    #[test]
    fn a_pass_signed_with_another_key_or_unsigned_is_tampering() {
        let other = signed(b"another key", PASSED);
        let records = read_records(other.as_bytes(), KEY, "c");
        assert_eq!(records.finished, None);
        assert!(
            records
                .tampering
                .unwrap()
                .contains("something in your code")
        );

        let unsigned = format!("test c ... ok\n{PASSED}\n");
        let records = read_records(unsigned.as_bytes(), KEY, "c");
        assert_eq!(records.finished, None);
        assert!(records.tampering.is_some());
    }

    #[test]
    fn a_record_of_another_check_or_a_second_verdict_is_tampering() {
        let file = signed(KEY, &PASSED.replace("\"c\"", "\"d\""));
        assert!(read_records(file.as_bytes(), KEY, "c").tampering.is_some());
        let failed = PASSED.replace("\"pass\"", "\"fail\"");
        let file = signed(KEY, &failed) + &signed(KEY, PASSED);
        let records = read_records(file.as_bytes(), KEY, "c");
        assert!(
            !records.finished.unwrap().passed(),
            "the first verdict stands"
        );
        assert!(records.tampering.is_some());
    }

    #[test]
    fn a_learner_panic_comes_first_with_its_location() {
        let record: Finished = serde_json::from_str(
            r#"{"check":"c","verdict":"fail",
                "failure":{"problem":"called `Result::unwrap()` on an `Err` value: JoinError","location":"exercises/01-x/tests/grade.rs:9:5"},
                "panics":[{"thread":"t","location":"exercises/01-x/src/lib.rs:3:9","message":"boom"},
                          {"thread":"t","location":"exercises/01-x/tests/grade.rs:9:5","message":"called `Result::unwrap()` on an `Err` value: JoinError"}]}"#,
        )
        .unwrap();
        assert_eq!(
            record.message(),
            "your code panicked at exercises/01-x/src/lib.rs:3:9: boom\n\
             called `Result::unwrap()` on an `Err` value: JoinError"
        );
    }

    #[test]
    fn a_harness_failure_renders_like_the_harness() {
        let record: Finished = serde_json::from_str(
            r#"{"check":"c","verdict":"fail","failure":{"problem":"took 5.0 s","why":"w","help":"h","hint":"exercise-01","location":"exercises/01-x/tests/grade.rs:1:1"},"panics":[]}"#,
        )
        .unwrap();
        assert_eq!(
            record.message(),
            "took 5.0 s\n  why: w\n  help: h\n  see hint: `kit hint exercise-01`"
        );
    }
}
