//! Declared by the test-only `tests.rs`: test code as well.

pub async fn load_fixture() -> String {
    std::fs::read_to_string("fixtures/reply.json").unwrap() // OK: blocking-in-async
}
