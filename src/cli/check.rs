//! `counterclaim check`: every doubted figure, with its reasons.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use serde_json::Value;

use super::compare::RowFormat;
use crate::checks::{self, Doubts, View};
use crate::compare::Figures;
use crate::store::FigureId;
use crate::tui::reviewed::Reviewed;

pub const EXAMPLES: &str = "\
Examples:
  counterclaim check                           doubts in the sample corpus
  counterclaim check --format json articles/ > doubts.json
  counterclaim check --review articles/        doubts on the figures as reviewed";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(long, short, value_enum)]
    pub format: Option<RowFormat>,
    #[command(flatten)]
    pub sources: super::given::Sources,
}

pub fn run(args: &Args) -> io::Result<ExitCode> {
    let review = args.sources.review()?;
    let Some(mut store) = args.sources.engine_store()? else {
        return Ok(ExitCode::FAILURE);
    };
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        RowFormat::Table
    } else {
        RowFormat::Json
    });
    let Some(review) = review else {
        store.refresh_doubts();
        let ids: Vec<FigureId> = (0..store.figures().len() as FigureId).collect();
        return write(&store, store.checked(), &ids, format);
    };
    // The engine's figures, with the review laid over them as the TUI lays
    // it, checked as reviewed.
    let mut reviewed = Reviewed::default();
    reviewed.lay(&store, &review);
    let figures = reviewed.view(&store);
    let view = View::new(&figures, &reviewed.added_ids(), &reviewed.changed_ids());
    let doubts = checks::check(&view);
    let ids: Vec<FigureId> = (0..store.articles().len())
        .flat_map(|a| view.article(a).into_iter().map(|(id, _)| id))
        .collect();
    write(&figures, &doubts, &ids, format)
}

/// The doubted figures among `ids` of `figures`, in that order.
fn write(
    figures: &impl Figures,
    doubts: &Doubts,
    ids: &[FigureId],
    format: RowFormat,
) -> io::Result<ExitCode> {
    let doubted: Vec<(FigureId, &crate::model::Figure)> = ids
        .iter()
        .filter(|&&i| !doubts.of(i).is_empty())
        .filter_map(|&i| Some((i, figures.compared(i)?)))
        .collect();
    let mut out = BufWriter::new(io::stdout().lock());
    match format {
        RowFormat::Json => {
            let records = doubted.iter().map(|&(i, f)| {
                let mut v = serde_json::to_value(f).unwrap_or(Value::Null);
                if let Value::Object(map) = &mut v {
                    let list = doubts.of(i).iter().map(|d| d.to_json(figures, i));
                    map.insert("doubts".into(), Value::Array(list.collect()));
                }
                v
            });
            super::write_json_array(&mut out, records)?;
        }
        RowFormat::Table => {
            let mut table = super::table::new([
                "article", "text", "item", "event", "claimant", "doubt", "why",
            ]);
            for &(i, f) in &doubted {
                for (n, d) in doubts.of(i).iter().enumerate() {
                    // The figure is named on its first doubt's line only.
                    let cells = [
                        f.article.to_string(),
                        f.text.to_string(),
                        f.item.to_string(),
                        f.event.to_string(),
                        f.claimant.to_string(),
                    ]
                    .map(|c| if n == 0 { c } else { String::new() });
                    let mut row = cells.to_vec();
                    row.push(d.kind.name().to_string());
                    row.push(d.message(figures, i));
                    super::table::add_row(&mut table, row);
                }
            }
            writeln!(out, "{table}")?;
            writeln!(out, "{} of {} figures doubted", doubted.len(), ids.len())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
