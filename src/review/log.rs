//! The review log on disk: reading it back whatever state a crash left it
//! in, appending whole lines under a lock (or nothing at all), and taking in
//! what other processes appended since it was last read.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::{Entry, file};

/// What reading the log gave.
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub warnings: Vec<String>,
    /// Whether the log can be written, or why not.
    pub writable: Result<(), String>,
    /// How much of the file was read: what others append comes after.
    pub seen: u64,
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
                seen: 0,
            };
        }
    };
    let mut seen = bytes.len() as u64;
    let Parsed { entries, bad, torn } = parse(&bytes);
    if let Some(t) = torn.filter(|_| bad == 0) {
        warnings.push(format!(
            "{}: the last entry was cut short (a crash during a write?) and is skipped; the {} entries before it are kept",
            path.display(),
            entries.len()
        ));
        let aside = aside_path(path, "torn");
        let cut = (bytes.len() - t.len()) as u64;
        match file::write(&aside, t).and_then(|()| cut_tail(path, seen, cut)) {
            Ok(()) => seen = cut,
            Err(e) => warnings.push(format!(
                "{}: could not set the cut entry aside: {e}",
                path.display()
            )),
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
                seen = 0;
                let kept: Vec<&Entry> = entries.iter().collect();
                let written = append(path, &mut seen, &kept);
                if let Err(e) = written.result {
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
        seen,
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

/// The log's bytes, read while no one writes; none when there is no log.
fn bytes(path: &Path) -> io::Result<Vec<u8>> {
    let mut f = match file::open(path, OpenOptions::new().read(true)) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        open => open?,
    };
    f.lock_shared()?;
    let mut bytes = Vec::new();
    let read = f.read_to_end(&mut bytes);
    let _ = f.unlock();
    read.map(|_| bytes)
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

/// Entries other processes appended to the log since it was last read.
#[derive(Default)]
pub struct Tail {
    pub entries: Vec<Entry>,
    /// Lines among them that do not read: a writer that died mid-line.
    pub unreadable: usize,
}

/// What [`append`] did.
pub struct Appended {
    /// What others appended before the write, to fold in before it.
    pub tail: Tail,
    /// How many of the entries to write were found on disk already (a
    /// failed write that could not be taken back): not written again.
    pub found: usize,
    /// Whether the rest are on disk now.
    pub result: io::Result<()>,
}

/// Append `pending` as whole lines, under an exclusive lock so that two
/// processes never interleave, and sync. What others appended since
/// `seen` is read first and returned. A write that fails is taken back
/// to the last whole line, so that a retry never writes an entry twice.
pub fn append(path: &Path, seen: &mut u64, pending: &[&Entry]) -> Appended {
    let mut tail = Tail::default();
    let mut found = 0;
    let result = (|| {
        if let Some(dir) = path.parent() {
            file::create_dir(dir)?;
        }
        let mut f = file::open(
            path,
            OpenOptions::new().create(true).append(true).read(true),
        )?;
        f.lock()?;
        let written = (|| {
            let before = f.metadata()?.len();
            let news = news(&mut f, seen, before)?;
            for e in news.entries {
                // Ours, from a write cut short that could not be taken back.
                if pending.get(found).is_some_and(|p| p.id == e.id) {
                    found += 1;
                } else {
                    tail.entries.push(e);
                }
            }
            tail.unreadable = news.unreadable;
            let mut buf = Vec::new();
            if before > 0 && !ends_with_newline(&mut f, before)? {
                // A previous writer died mid-line: start on a fresh one.
                buf.push(b'\n');
            }
            for e in &pending[found..] {
                serde_json::to_writer(&mut buf, e)?;
                buf.push(b'\n');
            }
            if buf.is_empty() {
                return Ok(());
            }
            if let Err(e) = f.write_all(&buf).and_then(|()| f.sync_data()) {
                // Back to the last whole line; if even that fails, the ids
                // of what got through are found on the next try.
                let _ = f.set_len(before).and_then(|()| f.sync_data());
                return Err(e);
            }
            *seen = before + buf.len() as u64;
            Ok(())
        })();
        let _ = f.unlock();
        written
    })();
    Appended {
        tail,
        found,
        result,
    }
}

/// What others appended to the log at `path` since `seen`: nothing is
/// read while it has not grown.
pub fn tail(path: &Path, seen: &mut u64) -> io::Result<Tail> {
    match fs::metadata(path) {
        Ok(m) if m.len() == *seen => return Ok(Tail::default()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Tail::default()),
        _ => {}
    }
    let mut f = file::open(path, OpenOptions::new().read(true))?;
    f.lock_shared()?;
    let news = f.metadata().and_then(|m| news(&mut f, seen, m.len()));
    let _ = f.unlock();
    news
}

/// The entries between `seen` and `len`, read under a lock; `seen` moves on.
fn news(f: &mut File, seen: &mut u64, len: u64) -> io::Result<Tail> {
    if len <= *seen {
        // Shorter: set aside and written anew elsewhere; only what comes
        // from now on is news.
        *seen = len;
        return Ok(Tail::default());
    }
    let mut bytes = Vec::new();
    f.seek(SeekFrom::Start(*seen))?;
    f.take(len - *seen).read_to_end(&mut bytes)?;
    *seen = len;
    let parsed = parse(&bytes);
    Ok(Tail {
        unreadable: parsed.bad + usize::from(parsed.torn.is_some()),
        entries: parsed.entries,
    })
}

fn ends_with_newline(f: &mut File, len: u64) -> io::Result<bool> {
    let mut last = [0u8; 1];
    f.seek(SeekFrom::Start(len - 1))?;
    f.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// Whether the log (or its folder) can be written.
fn probe(path: &Path) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    file::create_dir(dir)
        .and_then(|()| file::open(path, OpenOptions::new().create(true).append(true)))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Cut the log back to `cut` bytes, unless it is no longer `len` long: then
/// another process appended after the torn line, and cutting would lose it.
fn cut_tail(path: &Path, len: u64, cut: u64) -> io::Result<()> {
    let f = file::open(path, OpenOptions::new().write(true))?;
    f.lock()?;
    let r = match f.metadata() {
        Ok(m) if m.len() != len => Err(io::Error::other("another process wrote to it meanwhile")),
        Ok(_) => f.set_len(cut).and_then(|()| f.sync_data()),
        Err(e) => Err(e),
    };
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
