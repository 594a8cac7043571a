//! The `integra` binary.

fn main() -> std::process::ExitCode {
    integra_api::cli::main()
}
