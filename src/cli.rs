//! The command line: arguments, and the commands that print to stdout.

mod check;
mod compare;
mod extract;
mod given;
mod review;
mod table;
mod timeline;
mod write;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corpus::{self, Loaded};
use crate::safe::clean;
use crate::sheet::figures::{CORE_COLUMNS, core_cells};
use write::{write_csv, write_json_array, write_jsonl};

/// Figures of the air war, pulled out of news articles and set side by side.
///
/// With no command, opens the terminal UI on the articles at PATH (the
/// built-in sample corpus when there is none).
#[derive(Debug, Parser)]
#[command(name = "counterclaim", version, about, long_about = None, after_help = TUI_EXAMPLES)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders of articles to open in the TUI, or - for standard
    /// input [default: the built-in sample corpus]
    pub paths: Vec<PathBuf>,
    /// Time key presses on N articles (the sample corpus repeated), print
    /// mean and p99 milliseconds per kind of key, and exit
    #[arg(long, value_name = "N")]
    pub bench_ui: Option<usize>,
    /// Where the review (flags, corrections) is kept [default:
    /// $COUNTERCLAIM_DATA_DIR, else the platform data directory]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The most bytes of one file (or of standard input) read: 64M, 1G,
    /// or bytes; a larger file is skipped with a warning [default: 64M]
    #[arg(long, global = true, value_name = "SIZE", value_parser = corpus::parse_size)]
    pub max_file_size: Option<u64>,
}

const TUI_EXAMPLES: &str = "\
Examples:
  counterclaim                       the TUI on the built-in sample corpus (? lists the keys)
  counterclaim data/articles         the TUI on a folder of articles
  counterclaim extract --help        the figures of each article, printed
  counterclaim --bench-ui 10000      how fast a key press redraws with 10,000 articles";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every figure in the articles (SPEC.md fields).
    #[command(after_help = extract::EXAMPLES)]
    Extract(extract::Args),
    /// Set each side's claims side by side, matter by matter.
    #[command(after_help = compare::EXAMPLES)]
    Compare(compare::Args),
    /// Night by night, each side's figure for the main matters.
    #[command(after_help = timeline::EXAMPLES)]
    Timeline(timeline::Args),
    /// List every figure the checks doubt, with the reasons.
    #[command(after_help = check::EXAMPLES)]
    Check(check::Args),
    /// Export the analyst's review, or turn it into a gold file.
    #[command(subcommand)]
    Review(review::Command),
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
    if let Some(bytes) = cli.max_file_size {
        corpus::set_max_file_size(bytes);
    }
    let result = match cli.command {
        Some(Command::Extract(args)) => extract::run(&args),
        Some(Command::Compare(args)) => compare::run(&args),
        Some(Command::Timeline(args)) => timeline::run(&args),
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Review(command)) => review::run(&command),
        None => return run_tui(cli.paths, cli.bench_ui, cli.data_dir),
    };
    match result {
        Ok(code) => code,
        // `counterclaim extract | head` closes the pipe early: not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("counterclaim: {}", clean(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The TUI, or its benchmark.
fn run_tui(paths: Vec<PathBuf>, bench: Option<usize>, data_dir: Option<PathBuf>) -> ExitCode {
    let result = match bench {
        Some(n) => crate::tui::bench::run(n),
        None => crate::tui::run(paths, data_dir),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln: after a SIGHUP stderr may be gone, and the
            // status must still say something went wrong.
            let _ = writeln!(io::stderr(), "counterclaim: {}", clean(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The articles a command reads, and whether to apply the review.
#[derive(Debug, clap::Args)]
pub struct Input {
    /// Use the analyst's review: corrections replace the engine's answers,
    /// figures marked not a figure are left out, added ones are put in
    #[arg(long)]
    pub review: bool,
    /// Where the review is kept [default: $COUNTERCLAIM_DATA_DIR, else the
    /// platform data directory]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Files or folders of articles (.txt .md .json .jsonl), or - for
    /// standard input [default: the built-in sample corpus]
    pub paths: Vec<PathBuf>,
}

impl Input {
    /// The review, when `--review` asks for it.
    pub fn review(&self) -> io::Result<Option<crate::review::Review>> {
        self.review
            .then(|| review::open(self.data_dir.as_ref()).map(|(_, r)| r))
            .transpose()
    }

    /// The store of these articles, reviewed when asked.
    pub fn store(&self) -> io::Result<Option<crate::store::Store>> {
        let review = self.review()?;
        Ok(load_reviewed_store(&self.paths, review.as_ref()))
    }
}

/// Load the articles at `paths` and build the store, or None (with a
/// message) when nothing could be loaded.
pub fn load_store(paths: &[PathBuf]) -> Option<crate::store::Store> {
    load_reviewed_store(paths, None)
}

/// The store with the analyst's corrections in place of the engine's
/// answers, when a review is given.
pub fn load_reviewed_store(
    paths: &[PathBuf],
    review: Option<&crate::review::Review>,
) -> Option<crate::store::Store> {
    let loaded = load(paths);
    if loaded.articles.is_empty() {
        return None;
    }
    Some(match review {
        None => {
            let store = crate::store::Store::build(loaded.articles);
            warn(store.faults());
            store
        }
        Some(r) => crate::store::Store::from_extracted(
            loaded
                .articles
                .into_iter()
                .map(|a| {
                    let engine = crate::extract::extract_guarded(&a).unwrap_or_else(|fault| {
                        warn(&[format!("{fault}; shown without figures")]);
                        Vec::new()
                    });
                    let figures = crate::review::apply(r, &a, &engine).figures;
                    (a, figures)
                })
                .collect(),
        ),
    })
}

/// Load the articles at `paths` (or the built-in sample when there are
/// none), printing a warning on stderr for each input that could not be used.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let loaded = if paths.is_empty() {
        Loaded {
            articles: corpus::sample(),
            warnings: Vec::new(),
        }
    } else {
        corpus::load(paths)
    };
    warn(&loaded.warnings);
    if loaded.articles.is_empty() {
        let _ = writeln!(io::stderr(), "counterclaim: no article could be loaded");
    }
    loaded
}

/// Print each warning on stderr, made safe for the terminal.
pub fn warn(warnings: &[impl std::fmt::Display]) {
    let mut err = io::stderr().lock();
    for w in warnings {
        let _ = writeln!(err, "warning: {}", clean(&w.to_string()));
    }
}
