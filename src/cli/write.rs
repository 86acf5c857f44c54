//! The writers the commands share: JSON Lines, one JSON array and CSV
//! (the CSV writer is [`crate::sheet`]'s, which the TUI writes with too).
//!
//! Each fails with the io error underneath, so that a reader who stops
//! early (`| head`) is told apart from a real failure by `cli::run`.

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

pub use crate::sheet::write_csv;

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
