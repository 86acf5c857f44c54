//! The `counterclaim` binary: parse the command line and hand over to `cli`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    counterclaim::cli::run(counterclaim::cli::Cli::parse())
}
