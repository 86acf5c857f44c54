//! The timeline's columns: a row per night and matter that anyone
//! reported, each side's figure with its hedge and the places summed, the
//! articles and outlets behind them, and whether sources disagree; what
//! `counterclaim timeline --format csv|json` and the timeline's `w` write.

use super::{Cell, Sheet};
use crate::timeline::{SIDES, Timeline};

/// The sheet of timeline `t`.
pub fn sheet(t: &Timeline) -> Sheet {
    let mut columns: Vec<String> = ["night", "matter", "attacker", "item", "event"]
        .map(String::from)
        .to_vec();
    for side in SIDES {
        columns.extend([
            side.to_string(),
            format!("{side}_qualifier"),
            format!("{side}_places"),
        ]);
    }
    columns.extend(["articles", "outlets", "disagree"].map(String::from));
    let mut sheet = Sheet::new(columns);
    for (night, line, cell) in t.reported() {
        let mut row = vec![
            Cell::Text(night.to_string()),
            Cell::Text(line.key.clone()),
            Cell::text(line.matter.attacker.map(|a| a.to_string())),
            Cell::Text(line.matter.item.to_string()),
            Cell::Text(line.matter.event.to_string()),
        ];
        for side in SIDES {
            match cell.side(side) {
                Some(v) => row.extend([
                    Cell::Number(v.value),
                    Cell::Text(v.qualifier.to_string()),
                    Cell::Number(v.places as u64),
                ]),
                None => row.extend([Cell::Empty, Cell::Empty, Cell::Empty]),
            }
        }
        row.extend([
            Cell::Number(cell.articles as u64),
            Cell::Number(cell.outlets as u64),
            Cell::Yes(cell.disagree),
        ]);
        sheet.push(row);
    }
    sheet
}
