//! Finding input files on disk and reading them into checked UTF-8 text.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::limit::{max_file_size, read_at_most, too_large, unreadable};
use super::{Loaded, feed, html, json, page, text};

/// Extensions a folder is searched for; other files there are ignored.
const EXTENSIONS: &[&str] = &[
    "txt", "md", "json", "jsonl", "xml", "rss", "atom", "html", "htm", "xhtml",
];

/// How a file's contents are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Text,
    /// JSON: articles, or a Telegram export.
    Json,
    Jsonl,
    /// An RSS or Atom feed.
    Feed,
    /// A saved web page.
    Page,
}

impl Format {
    /// By extension, any case: JSON and JSONL, feeds and pages by name,
    /// XML by what it holds, anything else as text.
    fn of(path: &Path, contents: &str) -> Format {
        match extension(path).as_deref() {
            Some("json") => Format::Json,
            Some("jsonl") => Format::Jsonl,
            Some("rss" | "atom") => Format::Feed,
            Some("html" | "htm" | "xhtml") => Format::Page,
            Some("xml") => match Format::sniff(contents) {
                Format::Page => Format::Page,
                _ => Format::Feed,
            },
            _ => Format::Text,
        }
    }

    /// For input without a name: JSON when it opens with `{` or `[`, a
    /// feed or a page when it opens with markup (a feed when its first
    /// element is `<rss`, `<feed` or `<rdf:RDF`).
    pub(super) fn sniff(contents: &str) -> Format {
        let start = contents.trim_start_matches('\u{feff}').trim_start();
        match start.as_bytes().first() {
            Some(b'{' | b'[') => Format::Json,
            Some(b'<') => {
                let head = &start[..start.floor_char_boundary(2048)];
                let head = head.to_ascii_lowercase();
                if ["<rss", "<feed", "<rdf:rdf"]
                    .iter()
                    .any(|t| head.contains(t))
                {
                    Format::Feed
                } else {
                    Format::Page
                }
            }
            _ => Format::Text,
        }
    }
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// Loads a file, or every article file under a folder, into `out`.
pub(super) fn load_path(path: &Path, out: &mut Loaded) {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) => return out.warn(path.display().to_string(), format!("cannot read: {e}")),
    };
    if !meta.is_dir() {
        if let Some(why) = unreadable(&meta, max_file_size()) {
            return out.warn(path.display().to_string(), why);
        }
        return load_file(path, out);
    }
    let files = list(path, out);
    load_files(&files, out);
}

/// Reads article files, each as a folder's file is read, into `out`.
pub(super) fn load_files(files: &[PathBuf], out: &mut Loaded) {
    // Reading and parsing are per file: every core, results in path order.
    use rayon::prelude::*;
    let parts: Vec<Loaded> = files
        .par_iter()
        .map(|file| {
            // Most files hold one article: room for one, not the usual four.
            let mut part = Loaded {
                articles: Vec::with_capacity(1),
                ..Loaded::default()
            };
            load_file(file, &mut part);
            part
        })
        .collect();
    out.articles
        .reserve_exact(parts.iter().map(|p| p.articles.len()).sum());
    for part in parts {
        out.articles.extend(part.articles);
        out.warnings.extend(part.warnings);
    }
}

/// The article files under a folder, in reading order, warning when there
/// are none.
pub(super) fn list(dir: &Path, out: &mut Loaded) -> Vec<PathBuf> {
    let mut files = Vec::new();
    walk(dir, &mut files, &mut HashSet::new(), out);
    if files.is_empty() {
        out.warn(
            dir.display().to_string(),
            "no .txt, .md, .json, .jsonl, feed (.xml, .rss, .atom) or page (.html, .htm) \
             files in this folder",
        );
    }
    files
}

/// Collects article files under `dir`, depth first, each folder's entries
/// sorted by name. Hidden entries (`.git`, editor files) are passed over;
/// `seen` holds the folders visited, so a symlink loop ends.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>, out: &mut Loaded) {
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return out.warn(
                dir.display().to_string(),
                format!("cannot read folder: {e}"),
            );
        }
    };
    let mut entries: Vec<_> = entries
        .filter_map(|entry| match entry {
            Ok(entry) => Some(entry),
            Err(e) => {
                out.warn(
                    dir.display().to_string(),
                    format!("cannot read folder entry: {e}"),
                );
                None
            }
        })
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        // `metadata` follows symlinks, so a linked file or folder counts.
        let Ok(meta) = fs::metadata(&path) else {
            out.warn(
                path.display().to_string(),
                "cannot read (broken link?); skipped",
            );
            continue;
        };
        if meta.is_dir() {
            walk(&path, files, seen, out);
        } else if extension(&path).is_some_and(|e| EXTENSIONS.contains(&e.as_str())) {
            match unreadable(&meta, max_file_size()) {
                Some(why) => out.warn(path.display().to_string(), why),
                None => files.push(path),
            }
        }
    }
}

/// Reads one file, whatever its extension, into `out`.
fn load_file(path: &Path, out: &mut Loaded) {
    let origin = path.display().to_string();
    // Read up to the limit whatever the size said: a file may grow.
    let max = max_file_size();
    let bytes = match fs::File::open(path).and_then(|f| read_at_most(f, max)) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return out.warn(origin, too_large(max)),
        Err(e) => return out.warn(origin, format!("cannot read: {e}")),
    };
    let Some(contents) = decode(&origin, bytes, out) else {
        return;
    };
    let stem = path
        .file_stem()
        .map_or_else(|| origin.clone(), |s| s.to_string_lossy().into_owned());
    let format = Format::of(path, &contents);
    load_contents(&stem, &origin, format, contents, out);
}

/// Parses checked contents in the given format into `out`.
pub(super) fn load_contents(
    stem: &str,
    origin: &str,
    format: Format,
    contents: String,
    out: &mut Loaded,
) {
    match format {
        Format::Text => text::load(stem, origin, contents, out),
        Format::Json => json::load_json(stem, origin, &contents, out),
        Format::Jsonl => json::load_jsonl(stem, origin, &contents, out),
        Format::Feed => feed::load(stem, origin, &contents, out),
        Format::Page => page::load(stem, origin, &contents, out),
    }
}

/// Checks that bytes are article text: not binary, valid UTF-8 (never
/// converted lossily, so offsets keep pointing at the bytes on disk), and
/// not blank. Warns and gives `None` otherwise. UTF-16 with a byte order
/// mark is converted, with a warning that offsets then count the bytes of
/// the text as UTF-8, and so is markup in the charset it declares.
pub(super) fn decode(origin: &str, bytes: Vec<u8>, out: &mut Loaded) -> Option<String> {
    let bytes = match utf16(&bytes) {
        None => bytes,
        Some(Ok(text)) => {
            // An empty one is only said to be empty, below.
            if !text.trim().is_empty() {
                out.warn(
                    origin,
                    "UTF-16 text, read as UTF-8: its offsets count the bytes of the text as UTF-8",
                );
            }
            text.into_bytes()
        }
        Some(Err(why)) => {
            out.warn(origin, format!("{why}; skipped"));
            return None;
        }
    };
    if bytes.contains(&0) {
        out.warn(origin, "binary file (contains NUL bytes); skipped");
        return None;
    }
    let contents = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            // A page or feed saved in the charset its markup declares.
            // One that declares UTF-16 without a byte order mark is UTF-8,
            // as browsers read it.
            let declared = html::declared_encoding(e.as_bytes()).map(|enc| enc.output_encoding());
            let text = declared.and_then(|enc| {
                enc.decode_without_bom_handling_and_without_replacement(e.as_bytes())
            });
            if let (Some(enc), Some(text)) = (declared, text) {
                out.warn(
                    origin,
                    format!(
                        "{} text, as its markup declares, read as UTF-8: its offsets count \
                         the bytes of the text as UTF-8",
                        enc.name()
                    ),
                );
                text.into_owned()
            } else {
                let at = e.utf8_error().valid_up_to();
                out.warn(
                    origin,
                    format!("not valid UTF-8 (bad byte at offset {at}); skipped"),
                );
                return None;
            }
        }
    };
    if contents.trim_start_matches('\u{feff}').trim().is_empty() {
        out.warn(origin, "empty file; skipped");
        return None;
    }
    Some(contents)
}

/// The text of UTF-16 bytes that open with a byte order mark (which is left
/// out), or why they cannot be read; `None` when they do not open with one.
fn utf16(bytes: &[u8]) -> Option<Result<String, String>> {
    let from: fn([u8; 2]) -> u16 = match bytes {
        [0xFF, 0xFE, ..] => u16::from_le_bytes,
        [0xFE, 0xFF, ..] => u16::from_be_bytes,
        _ => return None,
    };
    let body = &bytes[2..];
    if !body.len().is_multiple_of(2) {
        return Some(Err("UTF-16 text cut short (an odd number of bytes)".into()));
    }
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|pair| from([pair[0], pair[1]]))
        .collect();
    Some(String::from_utf16(&units).map_err(|_| "not valid UTF-16 (a lone surrogate)".into()))
}
