//! The writers the commands share: JSON Lines, one JSON array and CSV.
//!
//! Each fails with the io error underneath, so that a reader who stops
//! early (`| head`) is told apart from a real failure by `cli::run`.

use std::borrow::Cow;
use std::io::{self, Write};

/// Write records as JSON Lines: one object a line.
pub fn write_jsonl<T: serde::Serialize>(
    out: &mut impl Write,
    records: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    for r in records {
        serde_json::to_writer(&mut *out, &r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Write records as one pretty-printed JSON array, each record made only
/// when its turn comes, so that a large output is never held whole.
pub fn write_json_array<T: serde::Serialize>(
    out: &mut impl Write,
    records: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    use serde::Serializer;
    serde_json::Serializer::pretty(&mut *out).collect_seq(records)?;
    out.write_all(b"\n")
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

    #[test]
    fn a_json_array_written_record_by_record_reads_as_one_written_whole() {
        let records = [
            serde_json::json!({"value": 40, "item": "drone", "doubts": [{"kind": "sum"}]}),
            serde_json::json!({"value": 3, "sentence": "Line one,\n\"quoted\""}),
        ];
        for list in [&records[..], &records[..1], &[]] {
            let whole = serde_json::to_string_pretty(list).expect("serialised") + "\n";
            let mut streamed = Vec::new();
            write_json_array(&mut streamed, list.iter()).expect("written to memory");
            assert_eq!(String::from_utf8(streamed).expect("UTF-8"), whole);
            // Records whose count is not known beforehand, as extraction gives.
            let mut streamed = Vec::new();
            write_json_array(&mut streamed, list.iter().filter(|_| true)).expect("written");
            assert_eq!(String::from_utf8(streamed).expect("UTF-8"), whole);
        }
    }

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

    /// A writer whose reader has gone.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_writer_reports_a_closed_pipe_as_one() {
        let rows = || (0..10_000).map(|i| [i.to_string(), "drone".into()]);
        let kinds = [
            write_jsonl(&mut Closed, rows()).unwrap_err().kind(),
            write_json_array(&mut Closed, rows()).unwrap_err().kind(),
            write_csv(&mut Closed, ["value", "item"], rows())
                .unwrap_err()
                .kind(),
        ];
        assert_eq!(kinds, [io::ErrorKind::BrokenPipe; 3]);
    }
}
