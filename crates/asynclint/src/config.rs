//! Project configuration: where it is found and what it may say. A config lives in
//! `asynclint.toml`, or in `[package.metadata.asynclint]` / `[workspace.metadata.asynclint]` of a
//! Cargo.toml, found by walking up from the checked path. It sets rule levels, extra blocking
//! APIs for the engine, exclude globs and whether unused suppressions are reported. Anything it
//! does not understand (an unknown key, an unknown rule name, a bad glob) is an error naming the
//! file, line and column, because a silently ignored typo in a linter config disables a check.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::paths::{absolute as absolutize, shown};
use crate::{Error, Severity, pseudo_rules};

/// The file name looked for in every directory from the checked path upward.
pub const CONFIG_FILE_NAME: &str = "asynclint.toml";

/// How a rule is reported, as written in the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl TryFrom<String> for Level {
    type Error = String;

    fn try_from(text: String) -> Result<Level, String> {
        match text.as_str() {
            "allow" => Ok(Level::Allow),
            "warn" => Ok(Level::Warn),
            "deny" => Ok(Level::Deny),
            _ => Err(format!(
                "unknown level `{text}`, expected `allow`, `warn` or `deny`"
            )),
        }
    }
}

impl Level {
    /// The severity a finding gets at this level; `None` means it is not reported.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Warn => Some(Severity::Warning),
            Level::Deny => Some(Severity::Error),
        }
    }
}

/// The config as written, before validation. Every table denies unknown keys.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    extra_blocking: Vec<String>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    report_unused_suppressions: Option<bool>,
    all_targets: Option<bool>,
}

/// Only the parts of a Cargo.toml that can hold asynclint config; everything else is ignored.
#[derive(Debug, Deserialize)]
struct CargoManifest {
    package: Option<MetadataHolder>,
    workspace: Option<MetadataHolder>,
}

#[derive(Debug, Deserialize)]
struct MetadataHolder {
    metadata: Option<AsynclintMetadata>,
}

#[derive(Debug, Deserialize)]
struct AsynclintMetadata {
    asynclint: Option<RawConfig>,
}

/// The validated configuration used for one check.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file the config came from (`None`: built-in defaults).
    pub source: Option<PathBuf>,
    /// Levels set explicitly; rules not listed keep their default severity.
    pub levels: BTreeMap<String, Level>,
    /// Passed to the engine as `AnalysisOptions::extra_blocking`.
    pub extra_blocking: Vec<String>,
    /// Files matching these globs are neither walked nor checked.
    pub exclude: Exclude,
    /// Report suppression comments that suppress nothing.
    pub report_unused_suppressions: bool,
    /// Analyse test code too (`all-targets = true`, like `--all-targets`).
    pub all_targets: bool,
}

/// Exclude globs, matched against paths relative to the directory of the config file.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    base: PathBuf,
    globs: Option<GlobSet>,
}

impl Exclude {
    /// True when `path` (as discovered, relative or absolute) matches an exclude glob.
    pub fn matches(&self, path: &Path) -> bool {
        let Some(globs) = &self.globs else {
            return false;
        };
        let absolute = absolutize(path);
        let relative = absolute.strip_prefix(&self.base).unwrap_or(path);
        globs.is_match(relative) || globs.is_match(path)
    }
}

impl Config {
    /// The engine's options this config asks for.
    pub fn analysis_options(&self) -> crate::engine::AnalysisOptions {
        crate::engine::AnalysisOptions {
            extra_blocking: self.extra_blocking.clone(),
            all_targets: self.all_targets,
            ..Default::default()
        }
    }

    /// The severity for a finding of `rule` whose default is `default`; `None`: not reported.
    pub fn severity_for(&self, rule: &str, default: Severity) -> Option<Severity> {
        match self.levels.get(rule) {
            Some(level) => level.severity(),
            None if crate::rules::allow_by_default(rule) => None,
            None => Some(default),
        }
    }

    /// Load the config for a check of `paths`: the explicit file if given, otherwise the first
    /// config found walking up from the first path (or the current directory).
    pub fn load(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Config, Error> {
        if let Some(file) = explicit {
            if !file.is_file() {
                return Err(Error::new(format!(
                    "config file `{}` does not exist",
                    file.display()
                )));
            }
            let is_manifest = file.file_name().is_some_and(|name| name == "Cargo.toml");
            let found = if is_manifest {
                Self::from_manifest(file)?
            } else {
                Some(Self::from_config_file(file)?)
            };
            return Ok(found.unwrap_or_default());
        }
        let start = paths.first().cloned().unwrap_or_else(|| PathBuf::from("."));
        Ok(Self::discover(&start)?.unwrap_or_default())
    }

    /// Walk up from `start` and load the first `asynclint.toml` or Cargo.toml metadata table.
    pub fn discover(start: &Path) -> Result<Option<Config>, Error> {
        let start = absolutize(start);
        let first_dir = if start.is_dir() {
            start.as_path()
        } else {
            start.parent().unwrap_or(&start)
        };
        for dir in first_dir.ancestors() {
            let config_file = dir.join(CONFIG_FILE_NAME);
            if config_file.is_file() {
                return Self::from_config_file(&config_file).map(Some);
            }
            let manifest = dir.join("Cargo.toml");
            if manifest.is_file()
                && let Some(config) = Self::from_manifest(&manifest)?
            {
                return Ok(Some(config));
            }
        }
        Ok(None)
    }

    /// Parse an `asynclint.toml`.
    pub fn from_config_file(path: &Path) -> Result<Config, Error> {
        let text = read_config_text(path)?;
        let raw: RawConfig = parse_toml(path, &text)?;
        Self::validate(path, &text, raw)
    }

    /// Parse the asynclint table of a Cargo.toml; `None` when it has none.
    pub fn from_manifest(path: &Path) -> Result<Option<Config>, Error> {
        let text = read_config_text(path)?;
        let manifest: CargoManifest = parse_toml(path, &text)?;
        let from_package = manifest.package.and_then(|p| p.metadata?.asynclint);
        let from_workspace = manifest.workspace.and_then(|w| w.metadata?.asynclint);
        match from_package.or(from_workspace) {
            Some(raw) => Self::validate(path, &text, raw).map(Some),
            None => Ok(None),
        }
    }

    /// Parse config text that is not on disk (used by tests and by `kit`).
    pub fn from_str_at(path: &Path, text: &str) -> Result<Config, Error> {
        let raw: RawConfig = parse_toml(path, text)?;
        Self::validate(path, text, raw)
    }

    fn validate(path: &Path, text: &str, raw: RawConfig) -> Result<Config, Error> {
        let mut levels = BTreeMap::new();
        for (name, level) in raw.rules {
            if pseudo_rules::find_any(name.get_ref()).is_none() {
                let (line, column) = line_column(text, name.span().start);
                return Err(Error::new(format!(
                    "{}:{line}:{column}: unknown rule `{}` in config\n  = help: known rules: {}",
                    shown(path).display(),
                    name.get_ref(),
                    known_rule_names().join(", ")
                )));
            }
            levels.insert(name.into_inner(), level);
        }
        let base = absolutize(path.parent().unwrap_or(Path::new(".")));
        let exclude = build_exclude(path, text, base, &raw.exclude)?;
        Ok(Config {
            source: Some(path.to_path_buf()),
            levels,
            extra_blocking: raw.extra_blocking,
            exclude,
            report_unused_suppressions: raw.report_unused_suppressions.unwrap_or(false),
            all_targets: raw.all_targets.unwrap_or(false),
        })
    }
}

fn build_exclude(
    path: &Path,
    text: &str,
    base: PathBuf,
    patterns: &[Spanned<String>],
) -> Result<Exclude, Error> {
    if patterns.is_empty() {
        return Ok(Exclude { base, globs: None });
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(pattern.get_ref()).map_err(|err| {
            let (line, column) = line_column(text, pattern.span().start);
            Error::new(format!(
                "{}:{line}:{column}: invalid exclude glob `{}`: {}",
                shown(path).display(),
                pattern.get_ref(),
                err.kind()
            ))
        })?;
        builder.add(glob);
        // `generated` should also exclude everything below a directory of that name.
        if let Ok(below) = Glob::new(&format!("{}/**", pattern.get_ref().trim_end_matches('/'))) {
            builder.add(below);
        }
    }
    let globs = builder
        .build()
        .map_err(|err| Error::new(format!("{}: invalid exclude globs: {err}", path.display())))?;
    Ok(Exclude {
        base,
        globs: Some(globs),
    })
}

fn read_config_text(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|err| {
        Error::new(format!(
            "cannot read config `{}`: {err}",
            shown(path).display()
        ))
    })
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, Error> {
    toml::from_str(text).map_err(|err| {
        let (line, column) = err
            .span()
            .map(|span| line_column(text, span.start))
            .unwrap_or((1, 1));
        Error::new(format!(
            "{}:{line}:{column}: invalid config: {}",
            shown(path).display(),
            err.message().trim_end()
        ))
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn known_rule_names() -> Vec<&'static str> {
    pseudo_rules::everything().map(|rule| rule.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Error> {
        Config::from_str_at(Path::new("/project/asynclint.toml"), text)
    }

    #[test]
    fn reads_levels_extra_blocking_and_flags() {
        let config = parse(
            "extra-blocking = [\"my_db::Client::query_sync\"]\n\
             report-unused-suppressions = true\n\
             all-targets = true\n\
             [rules]\nunused-suppression = \"deny\"\nio-error = \"allow\"\n",
        )
        .unwrap();
        assert_eq!(config.extra_blocking, ["my_db::Client::query_sync"]);
        assert!(config.report_unused_suppressions);
        assert!(config.analysis_options().all_targets);
        assert!(!parse("").unwrap().all_targets);
        assert_eq!(
            config.severity_for("unused-suppression", Severity::Warning),
            Some(Severity::Error)
        );
        assert_eq!(config.severity_for("io-error", Severity::Error), None);
        assert_eq!(
            config.severity_for("syntax-error", Severity::Note),
            Some(Severity::Note)
        );
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let err = parse("\n\nreport-unused = true\n").unwrap_err();
        assert!(
            err.message.starts_with("/project/asynclint.toml:3:1:"),
            "{}",
            err.message
        );
        assert!(err.message.contains("report-unused"), "{}", err.message);
    }

    #[test]
    fn unknown_rule_names_file_line_and_rule() {
        let err = parse("[rules]\n\nblocking-in-asink = \"deny\"\n").unwrap_err();
        assert!(
            err.message
                .starts_with("/project/asynclint.toml:3:1: unknown rule `blocking-in-asink`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn bad_level_is_an_error() {
        let err = parse("[rules]\nio-error = \"loud\"\n").unwrap_err();
        assert!(err.message.starts_with("/project/asynclint.toml:2:"));
        assert!(
            err.message.contains("unknown level `loud`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn exclude_matches_relative_to_config_dir_and_below_directories() {
        let config = parse("exclude = [\"generated\", \"**/*_pb.rs\"]\n").unwrap();
        assert!(config.exclude.matches(Path::new("/project/generated/a.rs")));
        assert!(config.exclude.matches(Path::new("/project/src/api_pb.rs")));
        assert!(
            !config
                .exclude
                .matches(Path::new("/project/src/generated.rs"))
        );
        assert!(!config.exclude.matches(Path::new("/project/src/main.rs")));
    }

    #[test]
    fn manifest_metadata_is_read_and_other_tables_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join("Cargo.toml");
        std::fs::write(
            &manifest,
            "[package]\nname = \"x\"\n[package.metadata.asynclint]\nexclude = [\"gen\"]\n\
             [dependencies]\nserde = \"1\"\n",
        )
        .unwrap();
        let config = Config::from_manifest(&manifest).unwrap().unwrap();
        assert!(config.exclude.matches(&dir.path().join("gen/x.rs")));

        std::fs::write(&manifest, "[package]\nname = \"x\"\n").unwrap();
        assert!(Config::from_manifest(&manifest).unwrap().is_none());
    }

    #[test]
    fn discovery_walks_up_to_the_nearest_config() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            dir.path().join(CONFIG_FILE_NAME),
            "[rules]\nio-error = \"warn\"\n",
        )
        .unwrap();
        let config = Config::discover(&nested).unwrap().unwrap();
        assert_eq!(config.levels.get("io-error"), Some(&Level::Warn));
    }
}
