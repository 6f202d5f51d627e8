//! Teaching text as message references. A grading check never writes a finished English
//! sentence: it names a message of kit's Fluent catalogue (`locales/<lang>/*.ftl` at the kit
//! root) and gives its named arguments, with [`msg!`](crate::msg). kit renders the reference
//! in the learner's language; the harness renders it in English for the panic message an
//! author sees under `cargo test` and as the fallback text kept in kit's verdict record.
//!
//! Arguments keep their kind so each language can treat them its own way: a count stays a
//! number (plural forms come from Fluent's plural rules), a duration becomes the `seconds`
//! message (so the unit is translated once), and a service's name or a phrase of the exercise
//! is a nested message reference. A text argument is shown verbatim: use it only for values
//! that read the same in every language (Rust's `{:?}` of a value, a path, an error's own text).

use std::borrow::Cow;
use std::sync::LazyLock;
use std::time::Duration;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::{Map, Value, json};

/// The English catalogue of the harness's own messages.
pub const ENGLISH_HARNESS: &str = include_str!("../../../locales/en/harness.ftl");
/// The English catalogue of every exercise's messages (`exercise-NN-...`).
pub const ENGLISH_EXERCISES: &str = include_str!("../../../locales/en/exercises.ftl");

/// A message of kit's catalogue with its named arguments. Build it with [`msg!`](crate::msg).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
    /// Shown when no catalogue has the message (a service named by the test itself).
    fallback: Option<String>,
}

/// One named argument of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown verbatim in every language.
    Text(String),
    /// A number, which selects plural forms.
    Number(f64),
    /// A number shown with at least `min_fraction_digits` decimals (`5.0`, `0.25`).
    Decimal {
        /// The value.
        value: f64,
        /// The fewest decimals shown.
        min_fraction_digits: usize,
    },
    /// Another message, rendered first in the same language.
    Message(Message),
    /// Items rendered one by one and joined with `separator` ("; "), for lists of findings.
    List {
        /// The items, usually messages.
        items: Vec<Arg>,
        /// What goes between two items.
        separator: &'static str,
    },
}

impl Message {
    /// The message `id` without arguments yet.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
            fallback: None,
        }
    }

    /// Adds the argument `$name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The name of a simulated service as a message (`service-user-api` for "user API"),
    /// which falls back to the name itself where no catalogue knows the service.
    pub fn service(name: &str) -> Self {
        let slug: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        Self {
            id: Cow::Owned(format!("service-{slug}")),
            args: Vec::new(),
            fallback: Some(name.to_owned()),
        }
    }

    /// The message's ID.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The message rendered in English.
    pub fn english(&self) -> String {
        let bundle = &*ENGLISH;
        let Some(pattern) = bundle.get_message(&self.id).and_then(|m| m.value()) else {
            return self
                .fallback
                .clone()
                .unwrap_or_else(|| format!("(missing message `{}`)", self.id));
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.english());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// The reference as kit's verdict record carries it: `{"id", "args", "text"}`, where
    /// `text` is the English rendering.
    pub fn to_record(&self) -> Value {
        let args: Map<String, Value> = self
            .args
            .iter()
            .map(|(name, value)| ((*name).to_owned(), value.to_record()))
            .collect();
        json!({"id": self.id, "args": args, "text": self.english()})
    }
}

impl Arg {
    /// A list of `items` joined with `separator`.
    pub fn list(items: impl IntoIterator<Item = impl Into<Arg>>, separator: &'static str) -> Self {
        Arg::List {
            items: items.into_iter().map(Into::into).collect(),
            separator,
        }
    }

    fn english(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(value) => FluentValue::from(*value),
            Arg::Decimal {
                value,
                min_fraction_digits,
            } => FluentValue::Number(decimal(*value, *min_fraction_digits)),
            Arg::Message(message) => FluentValue::from(message.english()),
            Arg::List { items, separator } => FluentValue::from(
                items
                    .iter()
                    .map(|item| match item.english() {
                        FluentValue::String(text) => text.into_owned(),
                        FluentValue::Number(number) => number.as_string().into_owned(),
                        _ => String::new(),
                    })
                    .collect::<Vec<_>>()
                    .join(separator),
            ),
        }
    }

    fn to_record(&self) -> Value {
        match self {
            Arg::Text(text) => json!(text),
            Arg::Number(value) => json!(value),
            Arg::Decimal {
                value,
                min_fraction_digits,
            } => json!({"number": value, "minimum_fraction_digits": min_fraction_digits}),
            Arg::Message(message) => message.to_record(),
            Arg::List { items, separator } => json!({
                "list": items.iter().map(Arg::to_record).collect::<Vec<_>>(),
                "separator": separator,
            }),
        }
    }
}

/// A Fluent number shown with at least `min_fraction_digits` decimals.
pub fn decimal(value: f64, min_fraction_digits: usize) -> FluentNumber {
    FluentNumber::new(
        value,
        FluentNumberOptions {
            minimum_fraction_digits: Some(min_fraction_digits),
            ..FluentNumberOptions::default()
        },
    )
}

/// A duration as the `seconds` message: seconds rounded to the millisecond, with one to three
/// decimals (`5.0 s`, `0.25 s`), like [`format_duration`](crate::format_duration).
pub fn seconds(duration: Duration) -> Message {
    let rounded = (duration.as_secs_f64() * 1000.0).round() / 1000.0;
    Message::new("seconds").arg(
        "seconds",
        Arg::Decimal {
            value: rounded,
            min_fraction_digits: 1,
        },
    )
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(message)
    }
}

impl From<&Duration> for Arg {
    fn from(duration: &Duration) -> Self {
        Arg::Message(seconds(*duration))
    }
}

impl From<Duration> for Arg {
    fn from(duration: Duration) -> Self {
        Arg::Message(seconds(duration))
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg {
            fn from(value: $number) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A message of kit's catalogue with named arguments:
/// `msg!("exercise-01-returns-the-ten-users-in-order-problem", ids = format!("{ids:?}"))`.
/// Each argument becomes the Fluent variable of the same name (`{ $ids }`).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

static ENGLISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let english: unic_langid::LanguageIdentifier = "en".parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![english]);
    // Fluent wraps placeables in Unicode isolation marks by default; a terminal shows them as
    // stray characters, and English text must read exactly as written.
    bundle.set_use_isolating(false);
    for (name, source) in [
        ("locales/en/harness.ftl", ENGLISH_HARNESS),
        ("locales/en/exercises.ftl", ENGLISH_EXERCISES),
    ] {
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{name} repeats a message: {errors:?}"));
    }
    bundle
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_read_like_format_duration() {
        for millis in [0, 250, 500, 1234, 5000, 60_000] {
            let duration = Duration::from_millis(millis);
            assert_eq!(
                seconds(duration).english(),
                crate::format_duration(duration),
                "{millis} ms"
            );
        }
    }

    #[test]
    fn a_reference_carries_its_arguments_and_english_text() {
        let message = msg!(
            "harness-stall-problem",
            stalled = Duration::from_millis(300),
            threshold = Duration::from_millis(100),
        );
        let record = message.to_record();
        assert_eq!(record["id"], "harness-stall-problem");
        assert_eq!(record["args"]["stalled"]["id"], "seconds");
        assert_eq!(
            record["args"]["stalled"]["args"]["seconds"]["minimum_fraction_digits"],
            1
        );
        assert_eq!(
            record["text"],
            "the runtime was blocked for 0.3 s (the watchdog allows 0.1 s)"
        );
    }

    #[test]
    fn a_service_is_a_message_that_falls_back_to_its_name() {
        assert_eq!(Message::service("user API").id(), "service-user-api");
        assert_eq!(Message::service("user API").english(), "user API");
        assert_eq!(
            Message::service("a service nobody translated").english(),
            "a service nobody translated"
        );
    }
}
