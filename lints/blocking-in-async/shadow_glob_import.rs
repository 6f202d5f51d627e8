//! A glob import of std::fs brings its blocking free functions and `File` in unqualified.

use std::fs::*;
use std::io::Write;

async fn write_report(path: &str, body: &[u8]) {
    create_dir_all("reports").unwrap(); // OK: blocking-in-async
    copy("template.txt", path).unwrap(); // EXPECT: blocking-in-async
    let mut file = File::create(path).unwrap(); // EXPECT: blocking-in-async
    file.write_all(body).unwrap(); // EXPECT: blocking-in-async
}

fn sync_cleanup(path: &str) {
    remove_file(path).unwrap(); // OK: blocking-in-async
}

fn main() {}
