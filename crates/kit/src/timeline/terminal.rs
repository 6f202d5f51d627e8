//! How the terminal kit prints to can show a timeline: Unicode block characters when the
//! locale says UTF-8, plain ASCII otherwise; colour only when stdout is a terminal that
//! supports it and `NO_COLOR` is not set; the width of the terminal (`terminal_size`), else
//! `COLUMNS`, else 80 columns. Each decision is a plain function of what was observed, so it
//! is tested without a terminal.

use std::io::IsTerminal as _;

use super::glyphs::{ASCII, UNICODE};
use super::render::Look;

/// The width assumed when neither the terminal nor `COLUMNS` says.
pub const DEFAULT_WIDTH: usize = 80;

/// What was observed about the terminal and the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Observed {
    pub stdout_is_terminal: bool,
    /// `NO_COLOR` is set to something.
    pub no_color: bool,
    /// `TERM` names a terminal that knows colours (not `dumb`).
    pub term_supports_color: bool,
    /// The locale's character set is UTF-8.
    pub utf8: bool,
    /// Columns of the terminal, or of `COLUMNS`.
    pub width: Option<usize>,
}

impl Observed {
    /// What this process sees now.
    pub fn now() -> Self {
        let env = |name: &str| std::env::var(name).ok();
        Self {
            stdout_is_terminal: std::io::stdout().is_terminal(),
            no_color: anstyle_query::no_color(),
            term_supports_color: anstyle_query::term_supports_color(),
            utf8: locale_is_utf8(env),
            width: terminal_size::terminal_size()
                .map(|(width, _)| usize::from(width.0))
                .or_else(|| env("COLUMNS")?.trim().parse().ok()),
        }
    }

    /// The look a timeline takes here, `indent` columns in from the left.
    pub fn look(&self, indent: usize) -> Look {
        Look {
            glyphs: if self.utf8 { UNICODE } else { ASCII },
            colour: self.stdout_is_terminal && !self.no_color && self.term_supports_color,
            width: self.width.unwrap_or(DEFAULT_WIDTH).saturating_sub(indent),
        }
    }
}

/// Whether the locale's character set is UTF-8: the first of `LC_ALL`, `LC_CTYPE` and
/// `LANG` that is set decides, as the C library does.
pub fn locale_is_utf8(env: impl Fn(&str) -> Option<String>) -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| env(name).filter(|value| !value.is_empty()))
        .is_some_and(|locale| {
            let locale = locale.to_ascii_lowercase();
            locale.contains("utf-8") || locale.contains("utf8")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        }
    }

    #[test]
    fn the_first_locale_variable_set_decides_the_character_set() {
        assert!(locale_is_utf8(env(&[("LANG", "vi_VN.UTF-8")])));
        assert!(locale_is_utf8(env(&[("LC_CTYPE", "uk_UA.utf8")])));
        assert!(!locale_is_utf8(env(&[
            ("LC_ALL", "C"),
            ("LANG", "en_US.UTF-8")
        ])));
        assert!(locale_is_utf8(env(&[
            ("LC_ALL", ""),
            ("LANG", "en_US.UTF-8")
        ])));
        assert!(!locale_is_utf8(env(&[])));
    }

    fn observed() -> Observed {
        Observed {
            stdout_is_terminal: true,
            no_color: false,
            term_supports_color: true,
            utf8: true,
            width: Some(120),
        }
    }

    #[test]
    fn colour_needs_a_terminal_that_supports_it_and_no_no_color() {
        assert!(observed().look(0).colour);
        for denied in [
            Observed {
                stdout_is_terminal: false,
                ..observed()
            },
            Observed {
                no_color: true,
                ..observed()
            },
            Observed {
                term_supports_color: false,
                ..observed()
            },
        ] {
            assert!(!denied.look(0).colour, "{denied:?}");
        }
    }

    #[test]
    fn the_width_follows_the_terminal_less_the_indent() {
        assert_eq!(observed().look(12).width, 108);
        let unknown = Observed {
            width: None,
            ..observed()
        };
        assert_eq!(unknown.look(12).width, DEFAULT_WIDTH - 12);
        let ascii = Observed {
            utf8: false,
            ..observed()
        };
        assert_eq!(ascii.look(0).glyphs, ASCII);
        assert_eq!(observed().look(0).glyphs, UNICODE);
    }
}
