//! `counterclaim check`: every doubted figure, with its reasons.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

use super::compare::RowFormat;
use crate::store::FigureId;

pub const EXAMPLES: &str = "\
Examples:
  counterclaim check                           doubts in the sample corpus
  counterclaim check --format json articles/ > doubts.json";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(long, short, value_enum)]
    pub format: Option<RowFormat>,
    #[command(flatten)]
    pub input: super::Input,
}

pub fn run(args: &Args) -> io::Result<ExitCode> {
    let Some(store) = args.input.store()? else {
        return Ok(ExitCode::FAILURE);
    };
    let doubted: Vec<FigureId> = (0..store.figures().len() as FigureId)
        .filter(|&i| !store.doubts(i).is_empty())
        .collect();
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        RowFormat::Table
    } else {
        RowFormat::Json
    });
    let mut out = BufWriter::new(io::stdout().lock());
    match format {
        RowFormat::Json => {
            let records = doubted.iter().map(|&i| {
                let mut v = serde_json::to_value(store.figure(i)).unwrap_or(Value::Null);
                if let Value::Object(map) = &mut v {
                    map.insert(
                        "doubts".into(),
                        Value::Array(
                            store
                                .doubts(i)
                                .iter()
                                .map(|d| d.to_json(&store, i))
                                .collect(),
                        ),
                    );
                }
                v
            });
            super::write_json_array(&mut out, records)?;
        }
        RowFormat::Table => {
            let mut table = Table::new();
            table
                .load_style(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
            table.set_header([
                "article", "text", "item", "event", "claimant", "doubt", "why",
            ]);
            for &i in &doubted {
                let f = store.figure(i);
                for (n, d) in store.doubts(i).iter().enumerate() {
                    let first = n == 0;
                    table.add_row([
                        if first {
                            f.article.to_string()
                        } else {
                            String::new()
                        },
                        if first {
                            f.text.to_string()
                        } else {
                            String::new()
                        },
                        if first {
                            f.item.to_string()
                        } else {
                            String::new()
                        },
                        if first {
                            f.event.to_string()
                        } else {
                            String::new()
                        },
                        if first {
                            f.claimant.to_string()
                        } else {
                            String::new()
                        },
                        d.kind.name().to_string(),
                        d.message(&store, i),
                    ]);
                }
            }
            writeln!(out, "{table}")?;
            writeln!(
                out,
                "{} of {} figures doubted",
                doubted.len(),
                store.figures().len()
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
