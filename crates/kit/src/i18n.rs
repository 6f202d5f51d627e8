//! Localization: which language kit speaks, and the Project Fluent catalogues it speaks from.
//! Every message a learner reads has an ID and named arguments in `locales/<lang>/*.ftl`
//! (`kit.ftl` kit's own, `timeline.ftl` the timelines' words, `harness.ftl` and
//! `exercises.ftl` the grading checks'), embedded in the binary by build.rs.
//! [`tr!`](crate::tr) renders one of kit's messages ([`tr_in!`](crate::tr_in) in a given
//! language); [`render_reference`] renders a message reference a check wrote into its verdict
//! record; [`exercise_text`] gives an exercise's title, topic, hint or "why it matters" line,
//! whose English lives in info.toml.
//!
//! The language is chosen once per run ([`choose`], then [`set_language`]): `--lang`, else
//! `KIT_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set), else
//! English. A message missing from a language falls back to English, then to the English
//! text a record carries.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;

use crate::embedded;
use crate::error::{KitError, KitResult};

/// A language kit speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    English,
    Vietnamese,
    Ukrainian,
}

impl Language {
    /// Every language, English (the source) first.
    pub const ALL: [Language; 3] = [Language::English, Language::Vietnamese, Language::Ukrainian];

    /// The code `--lang` and `KIT_LANG` take, and the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Vietnamese => "vi",
            Language::Ukrainian => "uk",
        }
    }

    /// The language whose code is `code` (`vi`), if kit speaks it.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code))
    }

    /// How a number is written: Vietnamese and Ukrainian write `0,5` where English writes
    /// `0.5` (CLDR's decimal separators). Fluent's own number formatting does not localize it.
    fn number_formatter(self) -> Option<NumberFormatter> {
        match self {
            Language::English => None,
            Language::Vietnamese | Language::Ukrainian => Some(with_decimal_comma),
        }
    }

    /// The language of a POSIX locale (`vi_VN.UTF-8`, `uk_UA`, `C`), if kit speaks it.
    pub fn from_locale(locale: &str) -> Option<Self> {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let language = name.split(['_', '-']).next().unwrap_or_default();
        Self::from_code(language)
    }
}

/// The codes kit accepts, for messages: `en, vi, uk`.
fn known_codes() -> String {
    Language::ALL.map(Language::code).join(", ")
}

/// The language to speak: `flag` (`--lang`), else the environment (`KIT_LANG`, then the
/// locale variables `LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set decides), else English.
/// A language kit does not speak is an error when asked for by name (`--lang`, `KIT_LANG`);
/// a locale kit does not speak means English.
pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> KitResult<Language> {
    let named = |code: &str, source: &str| {
        Language::from_code(code).ok_or_else(|| {
            KitError::new(tr!("error-unknown-language", code = code, source = source))
                .with_help(tr!("error-unknown-language-help", codes = known_codes()))
        })
    };
    if let Some(code) = flag {
        return named(code, "--lang");
    }
    let set = |name: &str| env(name).filter(|value| !value.trim().is_empty());
    if let Some(code) = set("KIT_LANG") {
        return named(code.trim(), "KIT_LANG");
    }
    Ok(["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .and_then(|locale| Language::from_locale(&locale))
        .unwrap_or(Language::English))
}

static CURRENT: OnceLock<Language> = OnceLock::new();

/// Sets the language of this run; the first call wins.
pub fn set_language(language: Language) {
    let _ = CURRENT.set(language);
}

/// The language of this run: English until [`set_language`] is called.
pub fn language() -> Language {
    CURRENT.get().copied().unwrap_or(Language::English)
}

type Bundle = FluentBundle<FluentResource>;

/// A bundle's formatter of placeable values (`FluentBundle::set_formatter`).
type NumberFormatter =
    fn(&FluentValue<'_>, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

/// Numbers with a decimal comma (`0,5`); every other value as Fluent writes it.
fn with_decimal_comma(
    value: &FluentValue<'_>,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(number.as_string().replace('.', ",")),
        _ => None,
    }
}

/// The catalogue of `language`, parsed on first use.
fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("ALL holds every language");
    BUNDLES[index].get_or_init(|| load_bundle(language))
}

/// Every `.ftl` file of `language` embedded in kit, as `(path, source)`.
pub fn catalogue_files(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    let folder = format!("locales/{}/", language.code());
    embedded::LOCALES
        .iter()
        .filter(move |file| file.path.starts_with(&folder) && file.path.ends_with(".ftl"))
        .map(|file| {
            (
                file.path,
                std::str::from_utf8(file.contents).unwrap_or_default(),
            )
        })
}

fn load_bundle(language: Language) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = language
        .code()
        .parse()
        .expect("language codes are valid tags");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Fluent wraps placeables in Unicode isolation marks by default; terminals show them as
    // stray characters.
    bundle.set_use_isolating(false);
    bundle.set_formatter(language.number_formatter());
    for (path, source) in catalogue_files(language) {
        // A broken file is caught by the catalogue tests; at run time kit keeps what parsed
        // and falls back to English for the rest.
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let _ = path;
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// An argument of one of kit's own messages.
pub enum TrArg {
    Text(String),
    Number(FluentNumber),
}

impl From<&str> for TrArg {
    fn from(text: &str) -> Self {
        TrArg::Text(text.to_owned())
    }
}

impl From<String> for TrArg {
    fn from(text: String) -> Self {
        TrArg::Text(text)
    }
}

impl From<&String> for TrArg {
    fn from(text: &String) -> Self {
        TrArg::Text(text.clone())
    }
}

impl From<FluentNumber> for TrArg {
    fn from(number: FluentNumber) -> Self {
        TrArg::Number(number)
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {$(
        impl From<$number> for TrArg {
            fn from(value: $number) -> Self {
                TrArg::Number(FluentNumber::from(value as f64))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// Renders kit's message `id` with `args` in the current language.
pub fn translate(id: &str, args: Vec<(&'static str, TrArg)>) -> String {
    translate_in(language(), id, args)
}

/// Renders kit's message `id` with `args` in `language` (English where it lacks the message).
pub fn translate_in(language: Language, id: &str, args: Vec<(&'static str, TrArg)>) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            TrArg::Text(text) => fluent.set(name, FluentValue::from(text)),
            TrArg::Number(number) => fluent.set(name, FluentValue::Number(number)),
        }
    }
    format_message(language, id, &fluent).unwrap_or_else(|| id.to_owned())
}

/// `id` formatted in `language`, else in English; `None` when neither has it.
fn format_message(language: Language, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    [language, Language::English]
        .into_iter()
        .find_map(|language| format_in(language, id, args))
}

fn format_in(language: Language, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Renders one of kit's messages in the current language:
/// `tr!("report-score", score = 3, max = 10)`.
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::translate($id, vec![$((stringify!($name), $crate::i18n::TrArg::from($value))),*])
    };
}
pub use tr;

/// Renders one of kit's messages in a given language:
/// `tr_in!(language, "timeline-in-flight")`.
#[macro_export]
macro_rules! tr_in {
    ($language:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::translate_in(
            $language,
            $id,
            vec![$((stringify!($name), $crate::i18n::TrArg::from($value))),*],
        )
    };
}
pub use tr_in;

/// A number shown with at least `digits` decimals.
pub fn decimal(value: f64, digits: usize) -> FluentNumber {
    FluentNumber::new(
        value,
        FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            ..FluentNumberOptions::default()
        },
    )
}

/// A text of a check's record: a message reference, or plain text (a panic's own message).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum RecordText {
    Reference(MessageReference),
    Plain(String),
}

impl RecordText {
    /// The text in the current language.
    pub fn render(&self) -> String {
        self.render_in(language())
    }

    /// The text in `language`.
    pub fn render_in(&self, language: Language) -> String {
        match self {
            RecordText::Reference(reference) => render_reference_in(language, reference),
            RecordText::Plain(text) => text.clone(),
        }
    }
}

impl From<&str> for RecordText {
    fn from(text: &str) -> Self {
        RecordText::Plain(text.to_owned())
    }
}

/// A message reference as the harness writes it: `{"id", "args", "text"}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MessageReference {
    pub id: String,
    #[serde(default)]
    pub args: BTreeMap<String, ReferenceArg>,
    /// The English rendering, for when no catalogue has the message.
    #[serde(default)]
    pub text: Option<String>,
}

/// One argument of a message reference.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum ReferenceArg {
    Text(String),
    Number(f64),
    Decimal {
        number: f64,
        minimum_fraction_digits: usize,
    },
    List {
        list: Vec<ReferenceArg>,
        separator: String,
    },
    Reference(MessageReference),
}

/// `reference` rendered in the current language: from its language's catalogue, else the
/// English one, else the English text it carries, else its ID.
pub fn render_reference(reference: &MessageReference) -> String {
    render_reference_in(language(), reference)
}

/// `reference` rendered in `language`, with the fallbacks of [`render_reference`].
pub fn render_reference_in(language: Language, reference: &MessageReference) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &reference.args {
        args.set(name.clone(), argument_value(language, value));
    }
    format_message(language, &reference.id, &args)
        .or_else(|| reference.text.clone())
        .unwrap_or_else(|| reference.id.clone())
}

fn argument_value(language: Language, arg: &ReferenceArg) -> FluentValue<'static> {
    match arg {
        ReferenceArg::Text(text) => FluentValue::from(text.clone()),
        ReferenceArg::Number(number) => FluentValue::from(*number),
        ReferenceArg::Decimal {
            number,
            minimum_fraction_digits,
        } => FluentValue::Number(decimal(*number, *minimum_fraction_digits)),
        ReferenceArg::Reference(reference) => {
            FluentValue::from(render_reference_in(language, reference))
        }
        ReferenceArg::List { list, separator } => FluentValue::from(
            list.iter()
                .map(|item| match argument_value(language, item) {
                    FluentValue::String(text) => text.into_owned(),
                    FluentValue::Number(number) => number.as_string().into_owned(),
                    _ => String::new(),
                })
                .collect::<Vec<_>>()
                .join(separator),
        ),
    }
}

/// A text of an exercise whose English is in info.toml (`title`, `topic`, `hint`, a check's
/// `teaches`), in the current language: the message `exercise-NN-<part>` of its catalogue, or
/// `english` when the language is English or the catalogue lacks it.
pub fn exercise_text(id: &str, english: &str) -> String {
    data_text(id, english, &[])
}

/// A text whose English lives in a data file (info.toml, src_policy.toml), in the current
/// language: the message `id` with `args` from its catalogue, or `english` (its `{name}`
/// placeholders already filled in by the caller) when the language is English or the
/// catalogue lacks it.
pub fn data_text(id: &str, english: &str, args: &[(&str, &str)]) -> String {
    if language() == Language::English {
        return english.to_owned();
    }
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(name.to_string(), FluentValue::from(value.to_string()));
    }
    format_in(language(), id, &fluent).unwrap_or_else(|| english.to_owned())
}

/// The message IDs of the source policy's texts, with their English: `policy-<rule>-problem`,
/// `-why` and `-help` (their `$name` is what was found, shown as kit found it).
pub fn policy_text_ids() -> Vec<(String, String)> {
    crate::src_policy::teaching_texts()
        .into_iter()
        .map(|(id, english)| (id, english.replace("{name}", "{ $name }")))
        .collect()
}

/// The IDs of an exercise's info.toml texts: title, topic, hint, then one per check.
pub fn exercise_text_ids(exercise: &crate::info_file::ExerciseInfo) -> Vec<(String, String)> {
    let mut ids = vec![
        (format!("{}-title", exercise.id), exercise.title.clone()),
        (format!("{}-topic", exercise.id), exercise.topic.clone()),
        (
            format!("{}-hint", exercise.id),
            exercise.hint.trim().to_owned(),
        ),
    ];
    for check in &exercise.checks {
        ids.push((
            check_text_id(&exercise.id, &check.test),
            check.teaches.clone(),
        ));
    }
    ids
}

/// The ID of the "why it matters" line of check `test` of exercise `exercise_id`:
/// `exercise-01-check-ten-users-take-half-a-second`.
pub fn check_text_id(exercise_id: &str, test: &str) -> String {
    format!("{exercise_id}-check-{}", test.replace('_', "-"))
}

/// A duration as kit shows its own (time limits, progress): `10 s`, `1.5 s`.
pub fn seconds(duration: std::time::Duration) -> String {
    let value = duration.as_secs_f64();
    let number = if value.fract() == 0.0 {
        FluentNumber::from(value)
    } else {
        decimal((value * 10.0).round() / 10.0, 1)
    };
    tr!("seconds", seconds = number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn the_flag_wins_then_kit_lang_then_the_locale_then_english() {
        let everything = [
            ("KIT_LANG", "uk"),
            ("LC_ALL", "en_US.UTF-8"),
            ("LANG", "vi_VN.UTF-8"),
        ];
        assert_eq!(
            choose(Some("vi"), env(&everything)).unwrap(),
            Language::Vietnamese
        );
        assert_eq!(choose(None, env(&everything)).unwrap(), Language::Ukrainian);
        assert_eq!(
            choose(None, env(&everything[1..])).unwrap(),
            Language::English,
            "LC_ALL comes before LANG"
        );
        assert_eq!(
            choose(None, env(&everything[2..])).unwrap(),
            Language::Vietnamese
        );
        assert_eq!(
            choose(
                None,
                env(&[("LC_MESSAGES", "uk_UA.UTF-8"), ("LANG", "vi_VN")])
            )
            .unwrap(),
            Language::Ukrainian,
            "LC_MESSAGES comes before LANG"
        );
        assert_eq!(
            choose(None, env(&[("LC_ALL", ""), ("LANG", "uk_UA@euro")])).unwrap(),
            Language::Ukrainian,
            "an empty variable is not set"
        );
        assert_eq!(choose(None, env(&[])).unwrap(), Language::English);
        assert_eq!(
            choose(None, env(&[("LANG", "fr_FR.UTF-8")])).unwrap(),
            Language::English,
            "a locale kit does not speak means English"
        );
        assert_eq!(
            choose(None, env(&[("LANG", "C")])).unwrap(),
            Language::English
        );
    }

    #[test]
    fn a_language_kit_does_not_speak_is_an_error_when_named() {
        let error = choose(Some("fr"), env(&[])).unwrap_err();
        assert_eq!(
            error.message,
            "kit does not speak `fr` (asked for by --lang)"
        );
        assert_eq!(error.help.as_deref(), Some("kit speaks en, vi, uk"));
        let error = choose(None, env(&[("KIT_LANG", "klingon")])).unwrap_err();
        assert!(error.message.contains("KIT_LANG"), "{}", error.message);
    }

    #[test]
    fn a_reference_renders_nested_references_numbers_and_lists() {
        let reference: MessageReference = serde_json::from_str(
            r#"{"id": "harness-calls-wrong-count",
                "args": {"service": {"id": "service-user-api", "args": {}},
                         "completed": 3, "expected": 1, "dropped": 1},
                "text": "unused"}"#,
        )
        .unwrap();
        assert_eq!(
            render_reference(&reference),
            "the user API completed 3 calls, expected 1; 1 more was started and dropped before \
             it finished"
        );
        let list: MessageReference = serde_json::from_str(
            r#"{"id": "exercise-05-each-report-is-saved-when-it-arrives-problem",
                "args": {"arrivals": {"list": [{"id": "seconds", "args": {"seconds": {"number": 0.1, "minimum_fraction_digits": 1}}},
                                               {"id": "seconds", "args": {"seconds": {"number": 1, "minimum_fraction_digits": 1}}}],
                                      "separator": ", "},
                         "saves": "x"}}"#,
        )
        .unwrap();
        assert!(
            render_reference(&list).starts_with("the reports arrived at 0.1 s, 1.0 s of"),
            "{}",
            render_reference(&list)
        );
    }

    #[test]
    fn an_unknown_reference_falls_back_to_its_text_then_its_id() {
        let known_text: MessageReference =
            serde_json::from_str(r#"{"id": "no-such-message", "text": "the English"}"#).unwrap();
        assert_eq!(render_reference(&known_text), "the English");
        let bare: MessageReference = serde_json::from_str(r#"{"id": "no-such-message"}"#).unwrap();
        assert_eq!(render_reference(&bare), "no-such-message");
    }

    #[test]
    fn kits_durations_read_as_before() {
        use std::time::Duration;
        assert_eq!(seconds(Duration::from_secs(10)), "10 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
        assert_eq!(seconds(Duration::from_millis(2340)), "2.3 s");
    }
}
