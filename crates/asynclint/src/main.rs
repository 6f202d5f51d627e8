//! The `asynclint` binary: everything lives in the library's `cli` module, so the same code
//! serves this binary, `cargo asynclint`, and the root package that pre-commit installs.

fn main() {
    std::process::exit(asynclint::cli::main());
}
