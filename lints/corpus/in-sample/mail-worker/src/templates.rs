//! Mail templates: handlebars sources read from the template directory, compiled once, and a
//! cache of rendered subjects. Rendering is sync (handlebars helpers are sync fns), so helpers
//! that need async data bridge to the runtime: those run only where blocking is allowed.

use std::collections::HashMap;
use std::path::Path;

use handlebars::Handlebars;
use tokio::runtime::Handle;
use tokio::sync::Mutex;

pub struct TemplateStore {
    registry: Handlebars<'static>,
    subjects: Mutex<HashMap<String, String>>,
    locale_source: Option<reqwest::Client>,
}

impl TemplateStore {
    pub async fn load(dir: &Path) -> anyhow::Result<Self> {
        let mut registry = Handlebars::new();
        let mut entries = tokio::fs::read_dir(dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().trim_end_matches(".hbs").to_string();
            let source = tokio::fs::read_to_string(entry.path()).await?;
            registry.register_template_string(&name, source)?;
        }
        Ok(Self { registry, subjects: Mutex::new(HashMap::new()), locale_source: None })
    }

    pub fn render(&self, name: &str, data: &serde_json::Value) -> anyhow::Result<String> {
        Ok(self.registry.render(name, data)?)
    }

    /// The subject line for a template, cached. Called by the sync render path on the
    /// blocking pool.
    pub fn subject_for(&self, name: &str, data: &serde_json::Value) -> String {
        let mut cache = self.subjects.blocking_lock(); // OK: block-on-in-async
        cache
            .entry(name.to_string())
            .or_insert_with(|| self.registry.render(&format!("{name}.subject"), data).unwrap_or_default())
            .clone()
    }

    /// Localised strings come from the translation service; handlebars helpers are sync.
    pub fn translate(&self, key: &str, locale: &str) -> String {
        let Some(client) = &self.locale_source else {
            return key.to_string();
        };
        let url = format!("http://i18n.internal/{locale}/{key}");
        Handle::current() // OK: block-on-in-async
            .block_on(async { client.get(url).send().await?.text().await })
            .unwrap_or_else(|_| key.to_string())
    }

    /// Renders a whole mail (subject, translated greeting, body) on the calling thread.
    pub fn render_mail(&self, name: &str, locale: &str, data: &serde_json::Value) -> anyhow::Result<(String, String)> {
        let subject = self.subject_for(name, data);
        let greeting = self.translate("greeting", locale);
        let body = self.render(name, data)?;
        Ok((subject, format!("<p>{greeting}</p>{body}")))
    }

    pub async fn clear_subjects(&self) {
        self.subjects.lock().await.clear();
    }
}
