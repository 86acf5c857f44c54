//! Sheets: named columns and rows of cells, written as CSV or as one JSON
//! array of objects, and the figure and claims columns that the commands
//! (`extract --format csv`, `compare --format csv`, `timeline`) and the
//! TUI's `w` write alike.

pub mod claims;
pub mod figures;
pub mod timeline;

use std::borrow::Cow;
use std::io::{self, Write};

use serde_json::Value;

/// One cell: what a CSV shows as text, and JSON as its own type.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing: an empty CSV cell, a JSON `null`.
    Empty,
    Text(String),
    Number(u64),
    /// Written with two decimals in CSV.
    Decimal(f64),
    /// `yes` or empty in CSV; `true` or `false` in JSON.
    Yes(bool),
}

impl Cell {
    /// Text, or [`Cell::Empty`] for none.
    pub fn text(s: Option<impl Into<String>>) -> Cell {
        s.map_or(Cell::Empty, |s| Cell::Text(s.into()))
    }

    /// The cell as a CSV (and table) shows it.
    pub fn shown(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty | Cell::Yes(false) => Cow::Borrowed(""),
            Cell::Yes(true) => Cow::Borrowed("yes"),
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Number(n) => Cow::Owned(n.to_string()),
            Cell::Decimal(x) => Cow::Owned(format!("{x:.2}")),
        }
    }

    fn json(&self) -> Value {
        match self {
            Cell::Empty => Value::Null,
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Number(n) => Value::from(*n),
            // Two decimals, as the CSV has it, so both say the same.
            Cell::Decimal(x) => format!("{x:.2}")
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(Value::Null, Value::Number),
            Cell::Yes(b) => Value::Bool(*b),
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

/// Columns and rows of cells, each row as long as the columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The formats a sheet is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Csv,
    Json,
}

impl SheetFormat {
    /// The format a file name's extension asks for: `.csv` or `.json`,
    /// any case.
    pub fn of_name(name: &str) -> Option<SheetFormat> {
        let ext = std::path::Path::new(name).extension()?.to_str()?;
        match ext.to_ascii_lowercase().as_str() {
            "csv" => Some(SheetFormat::Csv),
            "json" => Some(SheetFormat::Json),
            _ => None,
        }
    }
}

impl Sheet {
    pub fn new<S: Into<String>>(columns: impl IntoIterator<Item = S>) -> Sheet {
        Sheet {
            columns: columns.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    /// Add a row; one of another length than the columns is a fault of
    /// the caller's.
    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(
            row.len(),
            self.columns.len(),
            "a row as long as the columns"
        );
        self.rows.push(row);
    }

    pub fn write(&self, format: SheetFormat, out: &mut impl Write) -> io::Result<()> {
        match format {
            SheetFormat::Csv => self.write_csv(out),
            SheetFormat::Json => self.write_json(out),
        }
    }

    /// A header row, then a row a line (see [`write_csv`]).
    pub fn write_csv(&self, out: &mut impl Write) -> io::Result<()> {
        let rows = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.shown().into_owned().into_bytes()));
        write_csv(out, &self.columns, rows)
    }

    /// One pretty-printed JSON array, an object a row, keyed by column in
    /// the columns' order.
    pub fn write_json(&self, out: &mut impl Write) -> io::Result<()> {
        let objects = self.rows.iter().map(|r| Object(&self.columns, r));
        use serde::Serializer;
        serde_json::Serializer::pretty(&mut *out).collect_seq(objects)?;
        out.write_all(b"\n")
    }
}

/// A row as a JSON object whose keys keep the columns' order (a
/// `serde_json::Map` would sort them).
struct Object<'a>(&'a [String], &'a [Cell]);

impl serde::Serialize for Object<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().zip(self.1.iter().map(Cell::json)))
    }
}

/// Write a header row and then each row as comma-separated values, each
/// cell kept from being read as a formula (see [`formula_safe`]).
pub fn write_csv<H, R, C>(
    out: &mut impl Write,
    header: impl IntoIterator<Item = H>,
    rows: impl IntoIterator<Item = R>,
) -> io::Result<()>
where
    H: AsRef<[u8]>,
    R: IntoIterator<Item = C>,
    C: AsRef<[u8]>,
{
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header).map_err(io_error)?;
    for r in rows {
        for c in r {
            w.write_field(formula_safe(c.as_ref())).map_err(io_error)?;
        }
        // An empty record ends the row the fields began.
        w.write_record(None::<&[u8]>).map_err(io_error)?;
    }
    w.flush()
}

/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) with a `'` put before it, as
/// OWASP advises against CSV injection: ids, sources, sentences and notes
/// come from the world. A number such as `-5` is left as it is: it is no
/// formula, and numeric columns stay numbers.
fn formula_safe(cell: &[u8]) -> Cow<'_, [u8]> {
    let risky = matches!(
        cell.first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    );
    let number =
        || std::str::from_utf8(cell).is_ok_and(|s| s.parse::<f64>().is_ok_and(f64::is_finite));
    if risky && !number() {
        Cow::Owned([b"'", cell].concat())
    } else {
        Cow::Borrowed(cell)
    }
}

/// The io error a CSV error wraps: the csv crate's own conversion hides
/// its kind, and with it a closed pipe.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        // Rows of unequal length: a fault of the caller, not of the output.
        other => io::Error::other(format!("CSV: {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_of(rows: &[[&str; 2]]) -> String {
        let mut out = Vec::new();
        write_csv(&mut out, ["a", "b"], rows.iter().copied()).expect("written to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn cells_that_start_a_formula_are_quoted_out_of_it() {
        let got = csv_of(&[
            ["=HYPERLINK(\"http://x\")", "+1+2"],
            ["-2+3", "@SUM(A1)"],
            ["\tx", "\rx"],
            ["Kyiv = 3", "a,=1"],
        ]);
        assert_eq!(
            got,
            "a,b\n\
             \"'=HYPERLINK(\"\"http://x\"\")\",'+1+2\n\
             '-2+3,'@SUM(A1)\n\
             '\tx,\"'\rx\"\n\
             Kyiv = 3,\"a,=1\"\n"
        );
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(
            csv_of(&[["-5", "+0.25"], ["93", "-inf"]]),
            "a,b\n-5,+0.25\n93,'-inf\n"
        );
    }

    fn sample() -> Sheet {
        let mut s = Sheet::new(["value", "source", "cumulative", "confidence", "date"]);
        s.push(vec![
            Cell::Number(17),
            "=cmd".into(),
            Cell::Yes(true),
            Cell::Decimal(0.8512),
            Cell::Empty,
        ]);
        s.push(vec![
            Cell::Number(4),
            "a \"quoted\", source\nover two lines".into(),
            Cell::Yes(false),
            Cell::Decimal(1.0),
            "2025-06-12".into(),
        ]);
        s
    }

    #[test]
    fn a_sheet_reads_back_the_same_from_csv_and_from_json() {
        let sheet = sample();
        let mut csv = Vec::new();
        sheet.write_csv(&mut csv).unwrap();
        let mut reader = csv::Reader::from_reader(&csv[..]);
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            sheet.columns
        );
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(rows[0], ["17", "'=cmd", "yes", "0.85", ""]);
        assert_eq!(
            rows[1],
            [
                "4",
                "a \"quoted\", source\nover two lines",
                "",
                "1.00",
                "2025-06-12"
            ]
        );
        let mut json = Vec::new();
        sheet.write_json(&mut json).unwrap();
        let text = String::from_utf8(json.clone()).unwrap();
        let at = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
        assert!(
            at("value") < at("source") && at("source") < at("cumulative"),
            "{text}"
        );
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(
            v,
            serde_json::json!([
                {"value": 17, "source": "=cmd", "cumulative": true, "confidence": 0.85, "date": null},
                {"value": 4, "source": "a \"quoted\", source\nover two lines", "cumulative": false,
                 "confidence": 1.0, "date": "2025-06-12"},
            ])
        );
    }

    #[test]
    fn the_extension_names_the_format() {
        assert_eq!(SheetFormat::of_name("a.csv"), Some(SheetFormat::Csv));
        assert_eq!(SheetFormat::of_name("/x/A.JSON"), Some(SheetFormat::Json));
        assert_eq!(SheetFormat::of_name("a.tsv"), None);
        assert_eq!(SheetFormat::of_name("csv"), None);
    }
}
