//! `counterclaim timeline`: night by night, each side's figure for the main
//! matters, as a table, CSV, JSON or an SVG chart.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::compare::{Scope, compare};
use crate::model::Claimant;
use crate::timeline::{Line, SIDES, Timeline, Value, main_lines, side_name, timeline};

pub const EXAMPLES: &str = "\
Examples:
  counterclaim timeline                                 the sample corpus, night by night
  counterclaim timeline --matter killed,injured news/   two matters only
  counterclaim timeline --matter ru/drone/hit news/     any matter, as attacker/item/event
  counterclaim timeline --format csv news/ > nights.csv
  counterclaim timeline --format svg -o nights.svg --from 2025-06-01 news/";

/// How the timeline is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TimelineFormat {
    /// Aligned columns (the default on a terminal).
    Table,
    /// Comma-separated values, a row per night and matter.
    Csv,
    /// One JSON array of rows (the default when piped).
    Json,
    /// A chart per matter: each side's figure per night, gaps where
    /// nobody reported.
    Svg,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Matters to follow, by name (drones_launched, killed, ...) or as
    /// attacker/item/event (ru/drone/hit, -/person/killed), comma-separated
    /// or repeated [default: the main matters]
    #[arg(long, short, value_name = "MATTER", value_delimiter = ',', value_parser = Line::parse)]
    pub matter: Vec<Line>,
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(long, short, value_enum)]
    pub format: Option<TimelineFormat>,
    /// The first night to show (2025-06-01)
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// The last night to show
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Write to FILE instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub sources: super::given::Sources,
}

pub fn run(args: &Args) -> io::Result<ExitCode> {
    let Some(store) = args.sources.store()? else {
        return Ok(ExitCode::FAILURE);
    };
    let lines = if args.matter.is_empty() {
        main_lines()
    } else {
        args.matter.clone()
    };
    let mut t = timeline(&store, &compare(&store, Scope::Corpus), &lines);
    t.nights
        .retain(|r| args.from.is_none_or(|d| r.night >= d) && args.to.is_none_or(|d| r.night <= d));
    let to_terminal = match &args.output {
        Some(_) => false,
        None => io::stdout().is_terminal(),
    };
    let format = args.format.unwrap_or(if to_terminal {
        TimelineFormat::Table
    } else {
        TimelineFormat::Json
    });
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).map_err(|e| {
                io::Error::new(e.kind(), format!("{}: {e}", path.display()))
            })?))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    match format {
        TimelineFormat::Table => write_table(&mut out, &t)?,
        TimelineFormat::Csv => crate::sheet::timeline::sheet(&t).write_csv(&mut out)?,
        TimelineFormat::Json => crate::sheet::timeline::sheet(&t).write_json(&mut out)?,
        TimelineFormat::Svg => out.write_all(svg(&t).as_bytes())?,
    }
    out.flush()?;
    if let Some(path) = &args.output {
        eprintln!(
            "wrote {} of {} to {}",
            plural(t.nights.len(), "night"),
            plural(t.lines.len(), "matter"),
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `1 night`, `40 nights`.
fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

fn write_table(out: &mut impl Write, t: &Timeline) -> io::Result<()> {
    let mut table = super::table::new([
        "",
        "night",
        "matter",
        "ukrainian",
        "russian",
        "third party",
        "unattributed",
        "articles",
        "outlets",
    ]);
    let mut n = 0;
    for (night, l, c) in t.reported() {
        n += 1;
        let side = |s| c.side(s).map(Value::to_string).unwrap_or_default();
        super::table::add_row(
            &mut table,
            [
                if c.disagree { "!" } else { "" }.to_string(),
                night.to_string(),
                l.label.clone(),
                side(Claimant::Ua),
                side(Claimant::Ru),
                side(Claimant::Other),
                side(Claimant::Unknown),
                c.articles.to_string(),
                c.outlets.to_string(),
            ],
        );
    }
    writeln!(out, "{table}")?;
    let undated = if t.undated > 0 {
        format!(
            "; {} figures of these matters have no night and are left out",
            t.undated
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "{n} rows over {} nights; ! marks sources that disagree; Σ a sum of places{undated}",
        t.nights.len()
    )
}

/// Each side's colour in the chart, as in the TUI.
fn colour(side: Claimant) -> plotters::style::RGBColor {
    use plotters::style::RGBColor;
    match side {
        Claimant::Ua => RGBColor(31, 95, 191),
        Claimant::Ru => RGBColor(192, 57, 43),
        Claimant::Other => RGBColor(142, 68, 173),
        Claimant::Unknown => RGBColor(127, 127, 127),
    }
}

/// The timeline as an SVG document: a chart per matter with a figure, each
/// side's figure per night, lines broken where a night has none.
pub fn svg(t: &Timeline) -> String {
    use plotters::prelude::*;
    let with_data: Vec<usize> = (0..t.lines.len())
        .filter(|&l| t.nights.iter().any(|r| !r.cells[l].is_empty()))
        .collect();
    let panels = with_data.len().max(1);
    let (w, h) = (900u32, 60 + 240 * panels as u32);
    let mut doc = String::new();
    {
        let root = SVGBackend::with_string(&mut doc, (w, h)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let (Some(first), Some(last)) = (t.nights.first(), t.nights.last()) else {
            let _ = root.draw(&Text::new(
                "no figure of these matters on any night",
                (20, 30),
                ("sans-serif", 16),
            ));
            let _ = root.present();
            drop(root);
            return doc;
        };
        let days = (last.night - first.night).num_days().max(1);
        let start = first.night;
        let areas = root.margin(10, 10, 10, 10).split_evenly((panels, 1));
        for (area, &l) in areas.iter().zip(&with_data) {
            let line = &t.lines[l];
            let top = t
                .nights
                .iter()
                .flat_map(|r| r.cells[l].sides.iter().flatten().map(|v| v.value))
                .max()
                .unwrap_or(1);
            let Ok(mut chart) = ChartBuilder::on(area)
                .caption(&line.label, ("sans-serif", 16))
                .margin(8)
                .x_label_area_size(28)
                .y_label_area_size(56)
                .build_cartesian_2d(-1i64..days + 1, 0u64..top + top / 10 + 1)
            else {
                continue;
            };
            let label = |x: &i64| {
                (start + chrono::Duration::days(*x))
                    .format("%Y-%m-%d")
                    .to_string()
            };
            let _ = chart
                .configure_mesh()
                .x_labels(6)
                .x_label_formatter(&label)
                .y_desc("figure")
                .draw();
            for side in SIDES {
                let series = t.series(l, side);
                if series.iter().all(|(_, v)| v.is_none()) {
                    continue;
                }
                let c = colour(side);
                let x = |d: NaiveDate| (d - start).num_days();
                // A line through nights in a row; a gap where a night has none.
                let points: Vec<(i64, Option<u64>)> =
                    series.iter().map(|&(d, v)| (x(d), v)).collect();
                for run in points.split(|(_, v)| v.is_none()) {
                    let run: Vec<(i64, u64)> =
                        run.iter().filter_map(|&(x, v)| v.map(|v| (x, v))).collect();
                    if run.len() > 1 {
                        let _ = chart.draw_series(LineSeries::new(run, c.stroke_width(2)));
                    }
                }
                let dots = points
                    .iter()
                    .filter_map(|&(x, v)| v.map(|v| Circle::new((x, v), 3, c.filled())));
                if let Ok(drawn) = chart.draw_series(dots) {
                    drawn
                        .label(side_name(side))
                        .legend(move |(x, y)| Circle::new((x + 8, y), 4, c.filled()));
                }
            }
            let _ = chart
                .configure_series_labels()
                .border_style(BLACK)
                .background_style(WHITE.mix(0.8))
                .draw();
        }
        let _ = root.present();
    }
    doc
}
