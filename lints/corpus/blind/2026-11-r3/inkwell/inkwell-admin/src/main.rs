//! `inkwell-admin`: one-shot maintenance commands run by operators.

use std::collections::HashMap;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let templates = inkwell_render::Templates::default();
    load_templates(&templates).await?;
    let cmd = std::env::args().nth(1).unwrap_or_default();
    match cmd.as_str() {
        "render" => render_all(&templates).await?,
        "check" => check(&templates).await?,
        _ => anyhow::bail!("usage: inkwell-admin render|check"),
    }
    Ok(())
}

async fn load_templates(templates: &inkwell_render::Templates) -> anyhow::Result<()> {
    let mut table = templates.write().await;
    for entry in std::fs::read_dir("templates")? { // OK: blocking-in-async
        let entry = entry?;
        let text = std::fs::read_to_string(entry.path())?; // OK: blocking-in-async
        table.insert(entry.file_name().to_string_lossy().into_owned(), text);
    }
    Ok(())
}

async fn render_all(templates: &inkwell_render::Templates) -> anyhow::Result<()> {
    for name in ["index", "about", "archive"] {
        let page = inkwell_render::render(templates, name, &HashMap::new()); // EXPECT: block-on-in-async
        std::fs::write(format!("out/{name}.html"), page)?; // OK: blocking-in-async
    }
    Ok(())
}

async fn check(templates: &inkwell_render::Templates) -> anyhow::Result<()> {
    let names: Vec<String> = templates.read().await.keys().cloned().collect();
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move { tx.send(names.len().to_string()).ok(); }); // EXPECT: untracked-spawn // OK: detached-spawn
    let count = inkwell_render::wait_preview(rx); // EXPECT: block-on-in-async
    println!("{count} templates");
    Ok(())
}
