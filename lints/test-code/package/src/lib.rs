//! A package whose test code lives in files: a `#[cfg(test)] mod tests;` file, `tests/`,
//! `benches/`, `examples/` and a `[[test]]` target. None of it is reported by default.

#[cfg(test)]
mod tests;

pub mod client;
