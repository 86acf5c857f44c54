//! `counterclaim review`: the analyst's review, outside the tool.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::review::{Review, export_rows, gold_records};

pub const EXAMPLES: &str = "\
Examples:
  counterclaim review export                     every reviewed figure, as JSON lines
  counterclaim review export --format csv articles/ > review.csv
  counterclaim review gold articles/ > gold.jsonl
  python3 eval/score.py gold.jsonl <(counterclaim extract --format jsonl articles/) --texts articles/";

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Every reviewed figure: the engine's answer, the analyst's decision,
    /// reason, note and time.
    #[command(after_help = EXAMPLES)]
    Export(ExportArgs),
    /// Accepted, corrected and added figures in the gold format of SPEC.md,
    /// to score the engine against an analyst's review.
    #[command(after_help = EXAMPLES)]
    Gold(GoldArgs),
}

/// How exported rows are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, short, value_enum, default_value = "jsonl")]
    pub format: ExportFormat,
    /// Where the review is kept [default: $COUNTERCLAIM_DATA_DIR, else the
    /// platform data directory]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The articles the review is about [default: the built-in sample corpus]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct GoldArgs {
    /// Where the review is kept [default: $COUNTERCLAIM_DATA_DIR, else the
    /// platform data directory]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The articles the review is about [default: the built-in sample corpus]
    pub paths: Vec<PathBuf>,
}

/// Open the review kept in `data_dir` (or the default place), reporting its
/// warnings on stderr.
pub fn open(data_dir: Option<&PathBuf>) -> Review {
    let review = match Review::default_dir(data_dir.map(PathBuf::as_path)) {
        Some(dir) => Review::open(&dir),
        None => Review::in_memory(),
    };
    for w in &review.warnings {
        eprintln!("warning: {w}");
    }
    review
}

pub fn run(command: &Command) -> io::Result<ExitCode> {
    match command {
        Command::Export(args) => {
            let review = open(args.data_dir.as_ref());
            let Some(store) = super::load_store(&args.paths) else {
                return Ok(ExitCode::FAILURE);
            };
            let rows = export_rows(&review, &store);
            let mut out = BufWriter::new(io::stdout().lock());
            match args.format {
                ExportFormat::Jsonl => super::write_jsonl(&mut out, &rows)?,
                ExportFormat::Csv => {
                    let mut w = csv::Writer::from_writer(&mut out);
                    let mut header: Vec<String> = [
                        "article", "start", "end", "text", "decision", "reason", "note", "time",
                        "orphaned",
                    ]
                    .map(String::from)
                    .to_vec();
                    header.extend(super::CORE_COLUMNS.map(|c| format!("engine_{c}")));
                    header.extend(super::CORE_COLUMNS.map(String::from));
                    w.write_record(&header)?;
                    for r in &rows {
                        let f = |fig: &Option<crate::model::Figure>| {
                            fig.as_ref().map(super::core_cells).unwrap_or_default()
                        };
                        let mut record = vec![
                            r.article.clone(),
                            r.start.to_string(),
                            r.end.to_string(),
                            r.text.clone(),
                            r.decision.to_string(),
                            r.reason.unwrap_or_default().to_string(),
                            r.note.clone(),
                            r.time.to_rfc3339(),
                            r.orphaned.to_string(),
                        ];
                        record.extend(f(&r.engine));
                        record.extend(f(&r.reviewed));
                        w.write_record(&record)?;
                    }
                    w.flush()?;
                }
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Gold(args) => {
            let review = open(args.data_dir.as_ref());
            let Some(store) = super::load_store(&args.paths) else {
                return Ok(ExitCode::FAILURE);
            };
            let mut out = BufWriter::new(io::stdout().lock());
            super::write_jsonl(&mut out, gold_records(&review, &store))?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
