//! With `all-targets = true` the test files are roots too; files no `mod` reaches still are not.

#[cfg(test)]
mod tests;

pub async fn serve() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // EXPECT: blocking-in-async
}
