//! `counterclaim review`: the analyst's review, outside the tool.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::Figure;
use crate::review::{ExportRow, Review, export_rows, gold_records, recall_corpus};
use crate::store::Store;
use crate::time::stamp::rfc3339;

pub const EXAMPLES: &str = "\
Examples:
  counterclaim review export                     every reviewed figure, as JSON lines, on
                                                 the articles the TUI last opened the review on
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
    #[command(flatten)]
    pub source: Source,
}

#[derive(Debug, clap::Args)]
pub struct GoldArgs {
    #[command(flatten)]
    pub source: Source,
}

/// Which review, and the articles it was made on.
#[derive(Debug, clap::Args)]
pub struct Source {
    /// Where the review is kept [default: $COUNTERCLAIM_DATA_DIR, else the
    /// platform data directory]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The articles the review was made on [default: those the TUI last
    /// opened it on]
    pub paths: Vec<PathBuf>,
}

impl Source {
    /// The review, and the store of the articles given or else of those
    /// the review was made on; None (with a message) when none loaded.
    fn open(&self, command: &str) -> io::Result<Option<(Review, Store)>> {
        let (dir, review) = open(self.data_dir.as_ref())?;
        let paths = if self.paths.is_empty() {
            let corpus = recall_corpus(&dir).map_err(|why| {
                io::Error::new(
                    io::ErrorKind::NotFound,
                    format!(
                        "{why}; give the articles the review was made on: counterclaim review {command} PATH..."
                    ),
                )
            })?;
            corpus.paths().to_vec()
        } else {
            self.paths.clone()
        };
        Ok(super::load_store(&paths).map(|store| (review, store)))
    }
}

/// The folder the review is kept in (`data_dir`, else the default place),
/// and the review read from it without writing there; its warnings go to
/// stderr.
pub fn open(data_dir: Option<&PathBuf>) -> io::Result<(PathBuf, Review)> {
    let dir = Review::default_dir(data_dir.map(PathBuf::as_path)).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            "no data folder (no home directory?): give one with --data-dir DIR or COUNTERCLAIM_DATA_DIR",
        )
    })?;
    let review = Review::read(&dir)?;
    for w in &review.warnings {
        eprintln!("warning: {}", crate::safe::clean(w));
    }
    Ok((dir, review))
}

pub fn run(command: &Command) -> io::Result<ExitCode> {
    let (source, name) = match command {
        Command::Export(args) => (&args.source, "export"),
        Command::Gold(args) => (&args.source, "gold"),
    };
    let Some((review, store)) = source.open(name)? else {
        return Ok(ExitCode::FAILURE);
    };
    let mut out = BufWriter::new(io::stdout().lock());
    match command {
        Command::Export(args) => {
            let rows = export_rows(&review, &store);
            match args.format {
                ExportFormat::Jsonl => super::write_jsonl(&mut out, &rows)?,
                ExportFormat::Csv => write_export_csv(&mut out, &rows)?,
            }
        }
        Command::Gold(_) => super::write_jsonl(&mut out, gold_records(&review, &store))?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The export as CSV: the decision, then every field an analyst corrects,
/// the engine's and the analyst's (empty for not a figure), then the
/// sentence.
fn write_export_csv(out: &mut impl Write, rows: &[ExportRow]) -> io::Result<()> {
    let mut header: Vec<String> = [
        "article", "start", "end", "text", "decision", "reason", "note", "time", "orphaned",
        "language",
    ]
    .map(String::from)
    .to_vec();
    const WHERE: [&str; 3] = ["source", "date", "cumulative"];
    header.extend(super::CORE_COLUMNS.map(|c| format!("engine_{c}")));
    header.extend(WHERE.map(|c| format!("engine_{c}")));
    header.extend(super::CORE_COLUMNS.map(String::from));
    header.extend(WHERE.map(String::from));
    header.push("sentence".into());
    let records = rows.iter().map(|r| {
        let cells = |fig: Option<&Figure>| {
            let Some(f) = fig else {
                return vec![String::new(); super::CORE_COLUMNS.len() + WHERE.len()];
            };
            let mut cells = super::core_cells(f).to_vec();
            cells.extend([
                f.source.as_deref().unwrap_or_default().to_string(),
                f.date.map(|d| d.to_string()).unwrap_or_default(),
                f.cumulative.to_string(),
            ]);
            cells
        };
        // The sentence: the analyst's figure's, else the engine's one
        // marked not a figure.
        let figure = r.reviewed.as_ref().or(r.engine.as_ref());
        let mut record = vec![
            r.article.clone(),
            r.start.to_string(),
            r.end.to_string(),
            r.text.clone(),
            r.decision.to_string(),
            r.reason.unwrap_or_default().to_string(),
            r.note.clone(),
            rfc3339(&r.time),
            r.orphaned.to_string(),
            figure
                .map(|f| f.language.code())
                .unwrap_or_default()
                .to_string(),
        ];
        record.extend(cells(r.engine.as_ref()));
        record.extend(cells(r.reviewed.as_ref()));
        record.push(figure.map(|f| f.sentence.to_string()).unwrap_or_default());
        record
    });
    super::write_csv(out, header, records)
}
