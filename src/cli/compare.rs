//! `counterclaim compare`: each side's claims, matter by matter.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::compare::{By, Claim, Night, Row, compare_all};
use crate::sheet::claims::{claim_text, derived_text, matter_text, short};
use crate::store::Store;

pub const EXAMPLES: &str = "\
Examples:
  counterclaim compare                         the sample corpus, article by article
  counterclaim compare --by night articles/    every night's claims across outlets
  counterclaim compare --by corpus --format json news.jsonl
  counterclaim compare --by night --format csv articles/ > claims.csv";

/// How the corpus is cut into scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ByArg {
    /// One scope per article.
    Article,
    /// One scope per night or day the figures are about.
    Night,
    /// The whole corpus at once.
    Corpus,
}

/// How rows are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RowFormat {
    /// Aligned columns (the default on a terminal).
    Table,
    /// One JSON array of rows (the default when piped).
    Json,
}

/// How the comparison's rows are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    /// Aligned columns (the default on a terminal).
    Table,
    /// One JSON array of rows, every claim with its figure's fields (the
    /// default when piped).
    Json,
    /// Comma-separated values: a row a line, each side's claims in words.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Compare within each article, each night, or across the corpus
    #[arg(long, value_enum, default_value = "article")]
    pub by: ByArg,
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(long, short, value_enum)]
    pub format: Option<CompareFormat>,
    #[command(flatten)]
    pub sources: super::given::Sources,
}

pub fn run(args: &Args) -> io::Result<ExitCode> {
    let Some(store) = args.sources.store()? else {
        return Ok(ExitCode::FAILURE);
    };
    let by = match args.by {
        ByArg::Article => By::Article,
        ByArg::Night => By::Night,
        ByArg::Corpus => By::Corpus,
    };
    let rows = compare_all(&store, by);
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        CompareFormat::Table
    } else {
        CompareFormat::Json
    });
    let mut out = BufWriter::new(io::stdout().lock());
    match format {
        CompareFormat::Json => {
            super::write_json_array(&mut out, rows.map(|r| row_json(&store, &r)))?;
        }
        CompareFormat::Csv => {
            let rows: Vec<Row> = rows.collect();
            crate::sheet::claims::sheet(&rows, |id| store.figure(id)).write_csv(&mut out)?;
        }
        CompareFormat::Table => write_table(&mut out, &store, &rows.collect::<Vec<_>>())?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A claim as its first figure's SPEC.md record, with how often it is given.
fn claim_json(store: &Store, c: &Claim) -> Value {
    let mut v = serde_json::to_value(store.figure(c.figures[0])).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.insert("mentions".into(), json!(c.figures.len()));
        map.insert("articles".into(), json!(c.articles));
        map.insert("outlets".into(), json!(c.outlets));
        map.insert("sources".into(), json!(c.sources));
    }
    v
}

fn row_json(store: &Store, r: &Row) -> Value {
    let cell = |claims: &[Claim]| {
        claims
            .iter()
            .map(|c| claim_json(store, c))
            .collect::<Vec<_>>()
    };
    let mut row = json!({
        "scope": r.scope,
        "attacker": r.matter.attacker,
        "item": r.matter.item,
        "event": r.matter.event,
        "cumulative": r.cumulative,
        "contested": r.contested(),
        "ua": cell(&r.ua),
        "ru": cell(&r.ru),
        "other": cell(&r.other),
        "unknown": cell(&r.unknown),
        "derived": r.derived.iter().map(|d| json!({
            "kind": d.kind,
            "value": d.value,
            "text": d.text(),
            "article": d.article,
            "claimant": d.claimant,
            "source": d.source,
            "date": d.date,
        })).collect::<Vec<_>>(),
    });
    // Corpus rows are a night's each: its date, or the undated article.
    if let (Some(night), Value::Object(map)) = (&r.night, &mut row) {
        let (date, article) = match night {
            Night::Date(d) => (json!(d), None),
            Night::Undated(a) => (Value::Null, Some(a)),
        };
        map.insert("night".into(), date);
        if let Some(a) = article {
            map.insert("article".into(), json!(a));
        }
    }
    row
}

fn write_table(out: &mut impl Write, store: &Store, rows: &[Row]) -> io::Result<()> {
    // Across the corpus each row is a night's: a column for it, in place
    // of the scope every row shares.
    let by_night = rows.iter().any(|r| r.night.is_some());
    let mut table = super::table::new([
        "",
        if by_night { "night" } else { "scope" },
        "matter",
        "ukrainian",
        "russian",
        "third party",
        "unattributed",
        "derived",
    ]);
    for r in rows {
        let scope = match &r.night {
            Some(night) => night.to_string(),
            // A running total across the corpus is about no one night.
            None if by_night => "—".into(),
            None => r.scope.clone(),
        };
        let cell = |claims: &[Claim]| {
            claims
                .iter()
                .map(|c| claim_text(store.figure(c.figures[0]), c, Some(24)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let derived = derived_text(r);
        super::table::add_row(
            &mut table,
            [
                if r.contested() {
                    "!".into()
                } else {
                    String::new()
                },
                short(&scope, 28),
                matter_text(r),
                cell(&r.ua),
                cell(&r.ru),
                cell(&r.other),
                cell(&r.unknown),
                derived,
            ],
        );
    }
    writeln!(out, "{table}")?;
    writeln!(
        out,
        "{} rows; ! marks claims from both sides or values that disagree",
        rows.len()
    )
}
