//! The command line: arguments, and the commands that print to stdout.

mod check;
mod compare;
mod extract;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corpus::{self, Loaded};

/// Figures of the air war, pulled out of news articles and set side by side.
#[derive(Debug, Parser)]
#[command(name = "counterclaim", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every figure in the articles (SPEC.md fields).
    #[command(after_help = extract::EXAMPLES)]
    Extract(extract::Args),
    /// Set each side's claims side by side, matter by matter.
    #[command(after_help = compare::EXAMPLES)]
    Compare(compare::Args),
    /// List every figure the checks doubt, with the reasons.
    #[command(after_help = check::EXAMPLES)]
    Check(check::Args),
}

/// How figures are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for reading (the default on a terminal).
    Table,
    /// One JSON object a line (the default when piped).
    Jsonl,
    /// One JSON array.
    Json,
    /// Comma-separated values with a header row.
    Csv,
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Compare(args) => compare::run(&args),
        Command::Check(args) => check::run(&args),
    };
    match result {
        Ok(code) => code,
        // `counterclaim extract | head` closes the pipe early: not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("counterclaim: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Load the articles at `paths` and build the store, or None (with a
/// message) when nothing could be loaded.
pub fn load_store(paths: &[PathBuf]) -> Option<crate::store::Store> {
    let loaded = load(paths);
    if loaded.articles.is_empty() {
        return None;
    }
    Some(crate::store::Store::build(loaded.articles))
}

/// Load the articles at `paths` (or the built-in sample when there are
/// none), printing a warning on stderr for each input that could not be used.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let loaded = if paths.is_empty() {
        Loaded { articles: corpus::sample(), warnings: Vec::new() }
    } else {
        corpus::load(paths)
    };
    let mut err = io::stderr().lock();
    for w in &loaded.warnings {
        let _ = writeln!(err, "warning: {w}");
    }
    if loaded.articles.is_empty() {
        let _ = writeln!(err, "counterclaim: no article could be loaded");
    }
    loaded
}
