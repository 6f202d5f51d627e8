//! The one error type of kit: a problem with the environment or the input (unknown
//! exercise, malformed info.toml, missing cargo) that stops a command with exit code 2.
//! A failing grade is not an error: it is a report with exit code 1.

use std::fmt;
use std::path::Path;

/// A problem that stops a command. `message` says what is wrong; `help` what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitError {
    pub message: String,
    pub help: Option<String>,
}

impl KitError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// An I/O failure on `path`, phrased for a human. `action` is one of the verbs of the
    /// `error-io` message (`read`, `write`, `create`...).
    pub fn io(action: &str, path: &Path, error: &std::io::Error) -> Self {
        Self::new(crate::tr!(
            "error-io",
            action = action,
            path = path.display().to_string(),
            error = error.to_string()
        ))
    }
}

impl fmt::Display for KitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", crate::tr!("error-line", message = &self.message))?;
        if let Some(help) = &self.help {
            write!(f, "\n  = {}", crate::tr!("help-line", help = help))?;
        }
        Ok(())
    }
}

impl std::error::Error for KitError {}

pub type KitResult<T> = Result<T, KitError>;
