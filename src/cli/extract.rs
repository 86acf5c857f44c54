//! `counterclaim extract`: every figure of the articles, as a table, JSON or CSV.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use super::Format;
use crate::extract::extract;
use crate::model::Figure;
use crate::sheet::figures as sheet;

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

/// The table's columns: the CSV's first.
fn columns() -> &'static [&'static str] {
    &sheet::COLUMNS[..sheet::TABLE_COLUMNS]
}

fn row(f: &Figure) -> Vec<String> {
    let mut cells = sheet::cells(f);
    cells.truncate(sheet::TABLE_COLUMNS);
    cells.iter().map(|c| c.shown().into_owned()).collect()
}

fn write_csv(out: &mut impl Write, figures: impl IntoIterator<Item = Figure>) -> io::Result<()> {
    let rows = figures.into_iter().map(|f| {
        sheet::cells(&f)
            .into_iter()
            .map(|c| c.shown().into_owned())
            .collect::<Vec<_>>()
    });
    super::write_csv(out, sheet::COLUMNS, rows)
}

fn write_table(out: &mut impl Write, figures: &[Figure]) -> io::Result<()> {
    let mut table = super::table::new(columns());
    for f in figures {
        let mut r = row(f);
        // Long sources would push every other column off screen.
        if r[sheet::SOURCE].chars().count() > 32 {
            r[sheet::SOURCE] = r[sheet::SOURCE].chars().take(31).collect::<String>() + "…";
        }
        super::table::add_row(&mut table, r);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} figures", figures.len())
}
