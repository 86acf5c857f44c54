//! The aligned tables the commands print for reading, every cell made safe
//! for the terminal: ids, sources and reasons come from the articles.

use comfy_table::{ContentArrangement, Row, Table, presets};

use crate::safe::clean;

/// A table with `header`, no borders, columns as wide as their cells.
pub fn new(header: impl Into<Row>) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    table
}

/// Add a row of untrusted cells, each as one line with no control character.
pub fn add_row<S: AsRef<str>>(table: &mut Table, cells: impl IntoIterator<Item = S>) {
    table.add_row(cells.into_iter().map(|c| clean(c.as_ref()).into_owned()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_to_one_line_without_escape_sequences() {
        let mut t = new(["article", "text"]);
        add_row(&mut t, ["a\u{1b}]0;title\u{7}\nwarning: forged", "93"]);
        let shown = t.to_string();
        assert_eq!(shown.lines().count(), 2, "{shown}");
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
    }
}
