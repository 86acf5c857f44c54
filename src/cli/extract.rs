//! `counterclaim extract`: every figure of the articles, as a table, JSON or CSV.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use super::Format;
use crate::extract::extract;
use crate::model::Figure;

pub const EXAMPLES: &str = "\
Examples:
  counterclaim extract                      the built-in sample corpus
  counterclaim extract articles/            every .txt .md .json .jsonl below
  counterclaim extract --core a.txt b.json  only drones, missiles and casualties
  counterclaim extract --format csv news.jsonl > figures.csv
  cat story.txt | counterclaim extract -    one article from standard input";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format [default: table on a terminal, jsonl otherwise]
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    /// Keep only core figures (drones, missiles, people, children;
    /// launched, intercepted, not reached, hit, killed, injured)
    #[arg(long)]
    pub core: bool,
    #[command(flatten)]
    pub input: super::Input,
}

pub fn run(args: &Args) -> io::Result<ExitCode> {
    let review = args.input.review()?;
    let loaded = super::load(&args.input.paths);
    if loaded.articles.is_empty() {
        return Ok(ExitCode::FAILURE);
    }
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let mut out = BufWriter::new(io::stdout().lock());
    // Every core extracts, a slice of articles at a time; the figures go
    // out in article order as each slice is done, so that only a table
    // (which sizes its columns to every row) holds them all.
    use rayon::prelude::*;
    let figures = loaded
        .articles
        .chunks(1024)
        .flat_map(|slice| {
            let extracted: Vec<Vec<Figure>> = slice
                .par_iter()
                .map(|article| {
                    let figures = extract(article);
                    match &review {
                        Some(r) => crate::review::apply(r, article, &figures).figures,
                        None => figures,
                    }
                })
                .collect();
            extracted.into_iter().flatten()
        })
        .filter(|f| !args.core || f.is_core());
    match format {
        Format::Jsonl => super::write_jsonl(&mut out, figures)?,
        Format::Json => super::write_json_array(&mut out, figures)?,
        Format::Csv => write_csv(&mut out, figures)?,
        Format::Table => write_table(&mut out, &figures.collect::<Vec<_>>())?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The table's and the CSV's first columns.
fn columns() -> Vec<&'static str> {
    let mut c = vec!["article", "text"];
    c.extend(super::CORE_COLUMNS);
    c.extend(["source", "weapon", "cumulative", "start"]);
    c
}

/// Where `source` stands in [`columns`].
const SOURCE: usize = 2 + super::CORE_COLUMNS.len();

fn row(f: &Figure) -> Vec<String> {
    let opt = |o: &Option<std::sync::Arc<str>>| o.as_deref().unwrap_or_default().to_string();
    let mut r = vec![f.article.to_string(), f.text.to_string()];
    r.extend(super::core_cells(f));
    r.extend([
        opt(&f.source),
        opt(&f.weapon),
        if f.cumulative {
            "yes".into()
        } else {
            String::new()
        },
        f.start.to_string(),
    ]);
    r
}

/// The CSV's columns after [`columns`].
const CSV_EXTRA: [&str; 8] = [
    "end",
    "date",
    "language",
    "subset_of",
    "location",
    "confidence",
    "rule",
    "sentence",
];

fn write_csv(out: &mut impl Write, figures: impl IntoIterator<Item = Figure>) -> io::Result<()> {
    let header = columns().into_iter().chain(CSV_EXTRA);
    let rows = figures.into_iter().map(|f| {
        let mut r = row(&f);
        r.extend([
            f.end.to_string(),
            f.date.map(|d| d.to_string()).unwrap_or_default(),
            f.language.code().to_string(),
            f.subset_of.map(|i| i.to_string()).unwrap_or_default(),
            f.location.as_deref().unwrap_or_default().to_string(),
            format!("{:.2}", f.confidence),
            f.rule.to_string(),
            f.sentence.to_string(),
        ]);
        r
    });
    super::write_csv(out, header, rows)
}

fn write_table(out: &mut impl Write, figures: &[Figure]) -> io::Result<()> {
    let mut table = super::table::new(columns());
    for f in figures {
        let mut r = row(f);
        // Long sources would push every other column off screen.
        if r[SOURCE].chars().count() > 32 {
            r[SOURCE] = r[SOURCE].chars().take(31).collect::<String>() + "…";
        }
        super::table::add_row(&mut table, r);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} figures", figures.len())
}
