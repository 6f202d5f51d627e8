//! The build script is a crate root of its own.

async fn fetch_schema() {
    std::fs::read_to_string("schema.graphql").unwrap(); // EXPECT: blocking-in-async
}

fn main() {}
