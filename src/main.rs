//! The `counterclaim` binary: parse the command line and hand over to `cli`.

use std::process::ExitCode;

use clap::Parser;

// Extraction makes many small allocations from every core at once;
// mimalloc serves them faster and keeps less memory idle than the system's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    counterclaim::cli::run(counterclaim::cli::Cli::parse())
}
