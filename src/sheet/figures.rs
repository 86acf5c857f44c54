//! A figure as a row: the columns `extract --format csv` writes, the first
//! of which its table prints.

use super::Cell;
use crate::model::Figure;

/// Where the fields that say what a figure counts and who claims it
/// (value to claimant) stand in [`COLUMNS`].
const CORE: usize = 2;

/// The fields that say what a figure counts and who claims it.
pub const CORE_COLUMNS: [&str; 6] = [
    COLUMNS[CORE],
    COLUMNS[CORE + 1],
    COLUMNS[CORE + 2],
    COLUMNS[CORE + 3],
    COLUMNS[CORE + 4],
    COLUMNS[CORE + 5],
];

/// Every column, in order.
pub const COLUMNS: [&str; 20] = [
    "article",
    "text",
    "value",
    "qualifier",
    "item",
    "event",
    "attacker",
    "claimant",
    "source",
    "weapon",
    "cumulative",
    "start",
    "end",
    "date",
    "language",
    "subset_of",
    "location",
    "confidence",
    "rule",
    "sentence",
];

/// How many of the first [`COLUMNS`] the table shows (up to `start`).
pub const TABLE_COLUMNS: usize = 12;

/// Where `source` stands in [`COLUMNS`].
pub const SOURCE: usize = 8;

/// A figure's [`CORE_COLUMNS`], written out as the CSV writes them.
pub fn core_cells(f: &Figure) -> [String; 6] {
    let cells = cells(f);
    std::array::from_fn(|i| cells[CORE + i].shown().into_owned())
}

/// A figure's cells under [`COLUMNS`].
pub fn cells(f: &Figure) -> Vec<Cell> {
    let text = |o: &Option<std::sync::Arc<str>>| Cell::text(o.as_deref());
    vec![
        Cell::Text(f.article.to_string()),
        Cell::Text(f.text.to_string()),
        Cell::Number(f.value),
        Cell::Text(f.qualifier.to_string()),
        Cell::Text(f.item.to_string()),
        Cell::Text(f.event.to_string()),
        Cell::text(f.attacker.map(|a| a.to_string())),
        Cell::Text(f.claimant.to_string()),
        text(&f.source),
        text(&f.weapon),
        Cell::Yes(f.cumulative),
        Cell::Number(f.start as u64),
        Cell::Number(f.end as u64),
        Cell::text(f.date.map(|d| d.to_string())),
        Cell::Text(f.language.code().to_string()),
        f.subset_of.map_or(Cell::Empty, |i| Cell::Number(i as u64)),
        text(&f.location),
        Cell::Decimal(f.confidence as f64),
        Cell::Text(f.rule.to_string()),
        Cell::Text(f.sentence.to_string()),
    ]
}
