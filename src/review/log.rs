//! The review log on disk: reading it back whatever state a crash left it
//! in, and appending whole lines under a lock.

use std::fs::{self, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::Entry;

/// What reading the log gave.
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub warnings: Vec<String>,
    /// Whether the log can be written, or why not.
    pub writable: Result<(), String>,
}

/// Read the log at `path`. A missing file is an empty review. A last line
/// without its newline (a write cut short) is skipped and moved aside. A
/// file with other unreadable lines is moved aside whole and its readable
/// entries copied into a fresh log, so nothing saved is lost.
pub fn load(path: &Path) -> Loaded {
    let mut warnings = Vec::new();
    let bytes = match bytes(path) {
        Ok(b) => b,
        Err(e) => {
            warnings.push(format!(
                "{}: cannot read the review ({e}); this session's review is kept in memory",
                path.display()
            ));
            return Loaded {
                entries: Vec::new(),
                warnings,
                writable: Err(e.to_string()),
            };
        }
    };
    let Parsed { entries, bad, torn } = parse(&bytes);
    if let Some(t) = torn.filter(|_| bad == 0) {
        warnings.push(format!(
            "{}: the last entry was cut short (a crash during a write?) and is skipped; the {} entries before it are kept",
            path.display(),
            entries.len()
        ));
        let aside = aside_path(path, "torn");
        let cut = bytes.len() - t.len();
        let moved = fs::write(&aside, t).and_then(|()| truncate(path, cut as u64));
        if let Err(e) = moved {
            warnings.push(format!(
                "{}: could not set the cut entry aside: {e}",
                path.display()
            ));
        }
    }
    if bad > 0 {
        // The whole file goes aside untouched, torn tail and all.
        let aside = aside_path(path, "corrupt");
        match fs::rename(path, &aside) {
            Ok(()) => {
                warnings.push(format!(
                    "{}: {bad} unreadable lines; the file was moved to {} and its {} readable entries kept",
                    path.display(),
                    aside.display(),
                    entries.len()
                ));
                let lines: Vec<String> = entries
                    .iter()
                    .filter_map(|e| serde_json::to_string(e).ok())
                    .collect();
                if let Err(e) = append(path, &lines) {
                    warnings.push(format!(
                        "{}: could not write the kept entries back: {e}",
                        path.display()
                    ));
                }
            }
            Err(e) => warnings.push(format!(
                "{}: {bad} unreadable lines skipped; could not move the file aside: {e}",
                path.display()
            )),
        }
    }
    let writable = probe(path);
    if let Err(e) = &writable {
        warnings.push(format!("{}: the review cannot be saved ({e}); actions are kept in memory and saving is retried", path.display()));
    }
    Loaded {
        entries,
        warnings,
        writable,
    }
}

/// Read the log at `path` and change nothing on disk, for commands that
/// only read the review: lines that do not read are skipped with a warning
/// and left for the TUI to set aside. A missing file is an empty review.
pub fn read(path: &Path) -> io::Result<(Vec<Entry>, Vec<String>)> {
    let bytes = bytes(path)?;
    let parsed = parse(&bytes);
    let skipped = parsed.bad + usize::from(parsed.torn.is_some());
    let warnings = (skipped > 0)
        .then(|| {
            format!(
                "{}: {skipped} unreadable lines skipped; the {} readable entries are used",
                path.display(),
                parsed.entries.len()
            )
        })
        .into_iter()
        .collect();
    Ok((parsed.entries, warnings))
}

/// The log's bytes; none when there is no log yet.
fn bytes(path: &Path) -> io::Result<Vec<u8>> {
    match fs::read(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        read => read,
    }
}

/// A log's entries, and the lines that did not read.
struct Parsed<'a> {
    entries: Vec<Entry>,
    /// Unreadable lines, not counting `torn`.
    bad: usize,
    /// A last line without its newline that does not read: a write cut short.
    torn: Option<&'a [u8]>,
}

fn parse(bytes: &[u8]) -> Parsed<'_> {
    let mut entries = Vec::new();
    let mut bad = 0usize;
    let mut torn = None;
    let complete = bytes.ends_with(b"\n");
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let count = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let last = i + 1 == count;
        match std::str::from_utf8(line)
            .ok()
            .and_then(|s| serde_json::from_str::<Entry>(s).ok())
        {
            Some(e) => entries.push(e),
            None if last && !complete => torn = Some(line),
            None => bad += 1,
        }
    }
    Parsed { entries, bad, torn }
}

/// Append whole lines to the log, under an exclusive lock so two processes
/// never interleave, and sync before returning.
pub fn append(path: &Path, lines: &[String]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .read(true)
        .open(path)?;
    file.lock()?;
    let result = (|| {
        // A previous writer may have died mid-line: start on a fresh one.
        let len = file.metadata()?.len();
        let mut buf = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum::<usize>() + 1);
        if len > 0 {
            let mut last = [0u8; 1];
            file.seek(SeekFrom::Start(len - 1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                buf.push('\n');
            }
        }
        for l in lines {
            buf.push_str(l);
            buf.push('\n');
        }
        file.write_all(buf.as_bytes())?;
        file.sync_data()
    })();
    let _ = file.unlock();
    result
}

/// Whether the log (or its folder) can be written.
fn probe(path: &Path) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    if let Err(e) = fs::create_dir_all(dir) {
        return Err(e.to_string());
    }
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn truncate(path: &Path, len: u64) -> io::Result<()> {
    let f = OpenOptions::new().write(true).open(path)?;
    f.lock()?;
    let r = f.set_len(len).and_then(|()| f.sync_data());
    let _ = f.unlock();
    r
}

/// `review.jsonl.corrupt-20251121T235901Z`
fn aside_path(path: &Path, what: &str) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{what}-{stamp}"));
    path.with_file_name(name)
}
