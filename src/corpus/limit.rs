//! How much of one input is read: the size limit on a file, and what a
//! file must be to be read at all.

use std::fs::Metadata;
use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};

/// The most bytes of one file read, unless the command line says otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// Set once from the command line and read by every thread that loads:
/// the loaders of each command and of the TUI need not pass it along.
static MAX_FILE_SIZE: AtomicU64 = AtomicU64::new(DEFAULT_MAX_FILE_SIZE);

/// Sets the most bytes of one file (or of standard input) that are read.
pub fn set_max_file_size(bytes: u64) {
    MAX_FILE_SIZE.store(bytes, Ordering::Relaxed);
}

pub(super) fn max_file_size() -> u64 {
    MAX_FILE_SIZE.load(Ordering::Relaxed)
}

/// A size as the command line gives it: bytes, or a number with `K`, `M`
/// or `G` (powers of 1024, `KiB`, `MB` and the like too, any case).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not a size: give bytes, or a number and K, M or G"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        other => return Err(format!("unknown unit {other:?}: use K, M or G")),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("{s} is too large a size"))
}

/// A size for a message: in the largest unit it is a whole number of.
pub(super) fn show_size(bytes: u64) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

/// The warning for an input over the limit.
pub(super) fn too_large(max: u64) -> String {
    format!(
        "larger than the {} limit on one file; skipped (raise it with --max-file-size)",
        show_size(max)
    )
}

/// Why a path that is not a folder cannot be read as an article file: it
/// is no regular file (a FIFO would wait for a writer for ever, a device
/// such as `/dev/zero` never ends), or it is over the size limit.
pub(super) fn unreadable(meta: &Metadata, max: u64) -> Option<String> {
    if !meta.is_file() {
        return Some(format!("not a regular file ({}); skipped", kind(meta)));
    }
    (meta.len() > max).then(|| too_large(max))
}

#[cfg(unix)]
fn kind(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn kind(_: &Metadata) -> &'static str {
    "a special file"
}

/// All of `reader`, or `None` when it holds more than `max` bytes: no more
/// than one byte past the limit is read.
pub(super) fn read_at_most(reader: impl Read, max: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_and_shown() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("512 KiB"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5T").is_err());
        assert!(parse_size("99999999999G").is_err());
        assert_eq!(show_size(DEFAULT_MAX_FILE_SIZE), "64 MiB");
        assert_eq!(show_size(1500), "1500 bytes");
    }

    #[test]
    fn no_more_than_a_byte_past_the_limit_is_read() {
        let endless = io::repeat(b'x');
        assert_eq!(read_at_most(endless, 10).unwrap(), None);
        assert_eq!(
            read_at_most(&b"0123456789"[..], 10).unwrap().unwrap().len(),
            10
        );
    }
}
