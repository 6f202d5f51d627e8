//! The `kit` binary: everything lives in the library; see `kit::cli`.

fn main() -> std::process::ExitCode {
    kit::cli::main()
}
