//! A keyword where an item must start.

struct Config {
    retries: u32,
}

let global = 3; // EXPECT: syntax-error [column: 1]
