#[tokio::main]
async fn main() {
    let templates = inkwell_render::Templates::default();
    tokio::spawn(async { loop { tokio::time::sleep(std::time::Duration::from_secs(1)).await; } }); // OK: detached-spawn
    let page = inkwell_render::render(&templates, "index", &Default::default()); // OK: block-on-in-async
    std::fs::write("index.html", page).unwrap(); // OK: blocking-in-async
}
