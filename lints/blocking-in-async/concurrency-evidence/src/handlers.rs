//! Request handlers, registered with the router by name: they run on the server's tasks.

pub async fn status() -> String {
    std::fs::read_to_string("status.txt").unwrap_or_default() // EXPECT: blocking-in-async
}

pub async fn report() -> String {
    render().await
}

async fn render() -> String {
    std::fs::read_to_string("report.html").unwrap_or_default() // EXPECT: blocking-in-async
}
