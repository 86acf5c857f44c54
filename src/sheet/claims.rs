//! Claims rows as a sheet: the columns `compare --format csv` writes and
//! the TUI's `w` writes of the claims pane, each side's claims in words.

use super::{Cell, Sheet};
use crate::compare::{Claim, Row};
use crate::model::{Figure, Side};
use crate::store::FigureId;

/// Every column, in order.
pub const COLUMNS: [&str; 9] = [
    "contested",
    "scope",
    "night",
    "matter",
    "ukrainian",
    "russian",
    "third_party",
    "unattributed",
    "derived",
];

/// The rows as a sheet, each claim read through `fig` (the store's
/// figures, or the analyst's as reviewed).
pub fn sheet<'a>(rows: &[Row], fig: impl Fn(FigureId) -> &'a Figure) -> Sheet {
    let mut sheet = Sheet::new(COLUMNS);
    for r in rows {
        let cell = |claims: &[Claim]| {
            Cell::Text(
                claims
                    .iter()
                    .map(|c| claim_text(fig(c.figures[0]), c, None))
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        };
        sheet.push(vec![
            Cell::Yes(r.contested()),
            Cell::Text(r.scope.clone()),
            Cell::text(r.night.as_ref().map(ToString::to_string)),
            Cell::Text(matter_text(r)),
            cell(&r.ua),
            cell(&r.ru),
            cell(&r.other),
            cell(&r.unknown),
            Cell::Text(derived_text(r)),
        ]);
    }
    sheet
}

/// `≥130 in Kyiv (the air force) ×3: 3 articles, 2 outlets`: a claim,
/// whose first figure is `f`, with its place and source cut to `cut`
/// characters when given.
pub fn claim_text(f: &Figure, c: &Claim, cut: Option<usize>) -> String {
    let hedge = f.qualifier.sign();
    let (place, source) = c.labels(f, |s| match cut {
        Some(n) => short(s, n),
        None => s.to_string(),
    });
    let count = c.counted();
    let count = if count.is_empty() {
        count
    } else {
        format!(" {count}")
    };
    format!("{hedge}{}{place}{source}{count}", c.value)
}

/// The matter in words: `ru drone intercepted`, `(total)` for running
/// totals.
pub fn matter_text(r: &Row) -> String {
    let who = match r.matter.attacker {
        Some(Side::Ru) => "ru ",
        Some(Side::Ua) => "ua ",
        None => "",
    };
    let total = if r.cumulative { " (total)" } else { "" };
    format!("{who}{} {}{total}", r.matter.item, r.matter.event)
}

/// The row's derived figures: `93% (63 of 68); 5 unaccounted (68 − 63)`.
pub fn derived_text(r: &Row) -> String {
    r.derived
        .iter()
        .map(|d| {
            if d.kind == "interception_rate" {
                format!("{}% ({})", d.value, d.text())
            } else {
                format!("{} unaccounted ({})", d.value, d.text())
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `s` cut to `n` characters, with `…` where it was cut.
pub fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}
