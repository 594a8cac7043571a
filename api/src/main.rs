//! The `integra` binary.

/// mimalloc rather than the system's allocator: ranking a vacancy's candidates
/// among 100,000 jobseekers spent a third of its time in glibc's `malloc` and
/// `free` (many small strings and lists).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    integra_api::cli::main()
}
