#!/usr/bin/env rust-script
//! A script with a shebang line: the lines after it keep their numbers.

async fn wait(d: std::time::Duration) {
    std::thread::sleep(d); // EXPECT: blocking-in-async
}

fn main() {}
