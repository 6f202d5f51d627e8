//! `fs_err`'s `File` and `OpenOptions` wrap std's and block like them, also when the module
//! is renamed and the type imported through the rename, in the order rustfmt sorts the
//! `use`s (`use fs::File;` before `use fs_err as fs;`).

use fs::File;
use fs::OpenOptions;
use fs_err as fs;
use io::Write;
use std::io;
use std::io::{BufRead, BufReader, Read};

pub async fn read_depfile(path: &str) -> io::Result<Vec<String>> {
    let file = File::open(path)?; // EXPECT: blocking-in-async
    BufReader::new(file).lines().collect() // EXPECT: blocking-in-async
}

pub async fn write_depfile(path: &str, deps: &[String]) -> io::Result<()> {
    let mut out = File::create(path)?; // EXPECT: blocking-in-async
    for dep in deps {
        writeln!(out, "{dep}")?;
    }
    out.flush() // EXPECT: blocking-in-async
}

pub async fn append(path: &str, line: &str) -> io::Result<()> {
    let mut log = OpenOptions::new().append(true).open(path)?; // EXPECT: blocking-in-async
    log.write_all(line.as_bytes()) // EXPECT: blocking-in-async
}

pub async fn slurp(path: &str) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    fs_err::File::open(path)?.read_to_end(&mut bytes)?; // EXPECT: blocking-in-async
    Ok(bytes)
}

/// Only the open and a metadata call: one syscall each, like `metadata`.
pub async fn size(path: &str) -> io::Result<u64> {
    let file = File::open(path)?; // OK: blocking-in-async
    Ok(file.metadata()?.len()) // OK: blocking-in-async
}

/// The async wrapper of `fs_err` is async.
pub async fn read_async(path: &str) -> io::Result<String> {
    fs_err::tokio::read_to_string(path).await // OK: blocking-in-async
}
