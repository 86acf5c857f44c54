//! `counterclaim extract`: every figure of the articles, as a table, JSON or CSV.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use super::Format;
use rayon::prelude::*;

use crate::corpus::{self, Given, JsonLines, Loaded};
use crate::extract::extract_guarded;
use crate::model::{Article, Figure};
use crate::review::Review;
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
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let stdin_alone = matches!(args.input.paths.as_slice(), [only] if only.as_os_str() == "-");
    let windows: Box<dyn Iterator<Item = Loaded>> = if stdin_alone && format == Format::Jsonl {
        match stdin_lines()? {
            Stdin::Lines(lines) => return stream(args, review.as_ref(), *lines),
            Stdin::Whole(loaded) => Box::new(std::iter::once(loaded)),
        }
    } else if args.input.paths.is_empty() {
        Box::new(std::iter::once(Loaded {
            articles: corpus::sample(),
            warnings: Vec::new(),
        }))
    } else if args.input.paths.iter().any(|p| p.as_os_str() == "-") {
        Box::new(std::iter::once(corpus::load(&args.input.paths)))
    } else {
        Box::new(windows(&args.input.paths))
    };
    let mut out = BufWriter::new(io::stdout().lock());
    // Every core extracts, a window of articles at a time; the figures go
    // out in article order as each window is done, so that only a table
    // (which sizes its columns to every row) holds them all, and a folder's
    // files are read a window at a time.
    let mut articles = 0usize;
    let articles_seen = &mut articles;
    let figures = windows
        .flat_map(|loaded| {
            super::warn(&loaded.warnings);
            *articles_seen += loaded.articles.len();
            // A whole input (one large JSON Lines file) is extracted a slice
            // at a time too, its figures out before the next slice's.
            slices(loaded.articles, 1024).flat_map(|slice| {
                extract_all(&slice, review.as_ref()).into_iter().flatten()
            })
        })
        .filter(|g| !args.core || g.figure.is_core());
    match format {
        Format::Jsonl => super::write_jsonl(&mut out, figures)?,
        Format::Json => super::write_json_array(&mut out, figures)?,
        Format::Csv => write_csv(&mut out, figures.map(|g| g.figure))?,
        Format::Table => write_table(&mut out, &figures.map(|g| g.figure).collect::<Vec<_>>())?,
    }
    out.flush()?;
    if articles == 0 {
        eprintln!("counterclaim: no article could be loaded");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The figures of each of `articles`, on every core, reviewed when a
/// review is given, each as written with its article's outlet.
fn extract_all(articles: &[Article], review: Option<&Review>) -> Vec<Vec<Given>> {
    articles
        .par_iter()
        .map(|article| {
            let figures = extract_guarded(article).unwrap_or_else(|fault| {
                super::warn(&[format!("{fault}; its figures are left out")]);
                Vec::new()
            });
            let figures = match review {
                Some(r) => crate::review::apply(r, article, &figures).figures,
                None => figures,
            };
            Given::all(article, figures)
        })
        .collect()
}

/// `articles` in slices of `n`, each let go of once taken.
fn slices(
    articles: Vec<Article>,
    n: usize,
) -> impl Iterator<Item = Vec<Article>> {
    let mut rest = articles.into_iter();
    std::iter::from_fn(move || {
        let slice: Vec<_> = rest.by_ref().take(n).collect();
        (!slice.is_empty()).then_some(slice)
    })
}

/// Files of a folder read per window.
const FILES_PER_WINDOW: usize = 512;

/// The articles at `paths` a window at a time: a folder's files so many at
/// a time, any other input whole; ids made unique across windows as
/// `corpus::load` makes them across its inputs.
fn windows(paths: &[std::path::PathBuf]) -> impl Iterator<Item = Loaded> {
    enum Part {
        Files(Vec<std::path::PathBuf>),
        Path(std::path::PathBuf),
        Warnings(Vec<corpus::Warning>),
    }
    let mut parts = Vec::new();
    for p in paths {
        if p.is_dir() {
            let (files, warnings) = corpus::article_files(p);
            parts.push(Part::Warnings(warnings));
            parts.extend(
                files
                    .chunks(FILES_PER_WINDOW)
                    .map(|c| Part::Files(c.to_vec())),
            );
        } else {
            parts.push(Part::Path(p.clone()));
        }
    }
    let mut ids = corpus::Ids::new(usize::MAX);
    parts.into_iter().map(move |part| {
        let mut loaded = match part {
            Part::Files(files) => corpus::load_files(&files),
            Part::Path(path) => corpus::load(&[path]),
            Part::Warnings(warnings) => Loaded {
                warnings,
                ..Loaded::default()
            },
        };
        ids.dedup(&mut loaded);
        loaded
    })
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

/// Standard input, as JSON Lines to stream or as one input read whole.
enum Stdin {
    Lines(Box<JsonLines<io::Stdin>>),
    Whole(Loaded),
}

/// Tell what standard input holds by its first line: a JSON object alone
/// on it is the first of JSON Lines, read as a stream; anything else (a
/// text, a JSON array, an object over several lines) is read whole, as
/// `corpus::load` reads it.
fn stdin_lines() -> io::Result<Stdin> {
    let mut first = Vec::new();
    io::stdin().lock().read_until(b'\n', &mut first)?;
    let line = std::str::from_utf8(&first)
        .ok()
        .map(|t| t.trim_start_matches('\u{feff}').trim())
        .filter(|t| t.starts_with('{'))
        .filter(|t| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(t).is_ok());
    Ok(match line {
        Some(_) => Stdin::Lines(Box::new(JsonLines::new(
            String::from_utf8(first).unwrap_or_default(),
            io::stdin(),
            "stdin",
        ))),
        None => Stdin::Whole(corpus::load_reader(
            "stdin",
            io::Cursor::new(first).chain(io::stdin()),
        )),
    })
}

/// Articles in a window (few when the input is slow): each window's
/// figures are extracted on every core and written, in input order, before
/// the next is read, so memory holds one window whatever the input's size.
const WINDOW_ARTICLES: usize = 256;
const WINDOW_BYTES: usize = 4 << 20;

/// Extract JSON Lines from standard input as a stream, writing JSON Lines.
fn stream(
    args: &Args,
    review: Option<&Review>,
    mut lines: JsonLines<io::Stdin>,
) -> io::Result<ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut any = false;
    while let Some(window) = lines.next_window(WINDOW_ARTICLES, WINDOW_BYTES) {
        super::warn(&window.warnings);
        any |= !window.articles.is_empty();
        let figures = extract_all(&window.articles, review)
            .into_iter()
            .flatten()
            .filter(|g| !args.core || g.figure.is_core());
        super::write_jsonl(&mut out, figures)?;
        // A reader at the other end of a pipe has them as they come.
        out.flush()?;
    }
    if !any {
        eprintln!("counterclaim: no article could be loaded");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
