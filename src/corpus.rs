//! Finding and loading articles from files, folders and standard input.
//!
//! [`load`] takes paths as the command line gives them: a file, a folder
//! (searched for `.txt`, `.md`, `.json`, `.jsonl`, feeds and saved pages),
//! or `-` for standard input. JSON may be articles or a Telegram export. Bad input never stops a run: each problem becomes a [`Warning`]
//! and the other articles load. Nothing here prints; the binary shows the
//! warnings.

mod feed;
mod figures;
mod files;
mod html;
mod json;
mod language;
mod limit;
mod page;
mod stream;
mod telegram;
mod text;

use std::fmt;
use std::io::Read;
use std::path::Path;

pub use figures::{Filed, Given, file_under, read_figures};
pub use limit::{DEFAULT_MAX_FILE_SIZE, parse_size, set_max_file_size};
pub use stream::{Ids, JsonLines};
pub use text::parse_text;

use crate::model::Article;
use files::Format;

/// The id and origin given to an article read from standard input.
const STDIN: &str = "stdin";

/// A problem with one input that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The input concerned: a path, `path:LINE` for JSONL, or `stdin`.
    pub origin: String,
    /// What was wrong, and what was done about it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// The articles read from some inputs, in input order, and the problems
/// met on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Articles with unique ids, in the order of the inputs (a folder's
    /// files sorted by path).
    pub articles: Vec<Article>,
    /// One for each input, JSONL line or JSON item skipped or only partly
    /// read, and for each id that had to be changed.
    pub warnings: Vec<Warning>,
}

impl Loaded {
    fn warn(&mut self, origin: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Warning {
            origin: origin.into(),
            message: message.into(),
        });
    }

    /// The articles' ids, in order, for tests to compare.
    #[cfg(test)]
    fn ids(&self) -> Vec<&str> {
        self.articles.iter().map(|a| a.id.as_str()).collect()
    }

    /// Every warning as it is printed, for tests to compare.
    #[cfg(test)]
    fn messages(&self) -> Vec<String> {
        self.warnings.iter().map(ToString::to_string).collect()
    }

    /// Makes every id unique, since ids are keys downstream: a later
    /// article whose id is taken becomes `id~2`, `id~3`, …
    fn dedup_ids(&mut self) {
        stream::Ids::new(usize::MAX).dedup(self);
    }
}

/// Loads articles from files, folders, and `-` for standard input.
///
/// A folder is searched recursively, entries sorted, for `.txt`, `.md`,
/// `.json`, `.jsonl`, feeds (`.xml`, `.rss`, `.atom`) and pages (`.html`,
/// `.htm`, `.xhtml`); other files there, and hidden ones, are ignored. A
/// file named explicitly is read whatever its extension: by the
/// extensions above (JSON may be articles or a Telegram export), otherwise
/// as text (see [`parse_text`]). Duplicate ids are made unique with a warning.
#[must_use]
pub fn load(paths: &[impl AsRef<Path>]) -> Loaded {
    let mut out = Loaded::default();
    for path in paths {
        let path = path.as_ref();
        if path == Path::new("-") {
            read_into(STDIN, std::io::stdin().lock(), &mut out);
        } else {
            files::load_path(path, &mut out);
        }
    }
    out.dedup_ids();
    out
}

/// The article files under a folder, in the order [`load`] reads them,
/// with the problems met on the way: for callers that read them in parts.
#[must_use]
pub fn article_files(dir: &Path) -> (Vec<std::path::PathBuf>, Vec<Warning>) {
    let mut out = Loaded::default();
    let files = files::list(dir, &mut out);
    (files, out.warnings)
}

/// Loads article files (as [`article_files`] lists them), read on every
/// core, in order. Ids are left as read: a caller reading in parts makes
/// them unique across the parts with [`Ids`].
#[must_use]
pub fn load_files(files: &[std::path::PathBuf]) -> Loaded {
    let mut out = Loaded::default();
    files::load_files(files, &mut out);
    out
}

/// Loads the articles of one reader, as for standard input.
///
/// The contents are JSON (an object, an array, or one object a line) when
/// they open with `{` or `[`, otherwise one text article. `origin` names
/// the input in warnings, and its file stem is the default id (`stdin`
/// for `"stdin"`).
#[must_use]
pub fn load_reader(origin: &str, reader: impl Read) -> Loaded {
    let mut out = Loaded::default();
    read_into(origin, reader, &mut out);
    out.dedup_ids();
    out
}

fn read_into(origin: &str, reader: impl Read, out: &mut Loaded) {
    let max = limit::max_file_size();
    let bytes = match limit::read_at_most(reader, max) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return out.warn(origin, limit::too_large(max)),
        Err(e) => return out.warn(origin, format!("cannot read: {e}")),
    };
    let Some(contents) = files::decode(origin, bytes, out) else {
        return;
    };
    let stem = Path::new(origin)
        .file_stem()
        .map_or_else(|| origin.to_string(), |s| s.to_string_lossy().into_owned());
    let format = Format::sniff(&contents);
    files::load_contents(&stem, origin, format, contents, out);
}

// Generated by build.rs: `SAMPLE`, the `.txt` files of data/articles as
// (file name, contents), sorted by name.
include!(concat!(env!("OUT_DIR"), "/sample.rs"));

/// The built-in sample corpus: the `.txt` files of `data/articles`, sorted
/// by file name, embedded in the binary at build time. Their origins read
/// `data/articles/NAME`.
#[must_use]
pub fn sample() -> Vec<Article> {
    let mut out = Loaded::default();
    for (name, contents) in SAMPLE {
        let stem = name.strip_suffix(".txt").unwrap_or(name);
        let origin = format!("data/articles/{name}");
        if !contents.trim_start_matches('\u{feff}').trim().is_empty() {
            text::load(stem, &origin, contents.to_string(), &mut out);
        }
    }
    out.dedup_ids();
    out.articles
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fresh folder under the system temp dir, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new() -> TempDir {
            static COUNT: AtomicUsize = AtomicUsize::new(0);
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let name = format!(
                "counterclaim-corpus-{}-{}-{nanos}",
                std::process::id(),
                COUNT.fetch_add(1, Ordering::Relaxed)
            );
            let dir = std::env::temp_dir().join(name);
            fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
            let path = self.0.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, contents).unwrap();
            path
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn warning_display() {
        let w = Warning {
            origin: "a.jsonl:3".into(),
            message: "invalid JSON".into(),
        };
        assert_eq!(w.to_string(), "a.jsonl:3: invalid JSON");
    }

    #[test]
    fn folder_recursion_sorting_and_ignored_extensions() {
        let tmp = TempDir::new();
        tmp.write("b.txt", "Bee.");
        tmp.write("a.md", "Ay.");
        tmp.write("sub/c.TXT", "Sea.");
        tmp.write("sub/deeper/d.jsonl", "{\"text\": \"Dee.\"}\n");
        tmp.write("aa/e.json", "{\"text\": \"E.\"}");
        tmp.write("notes.csv", "ignored,1");
        tmp.write("image.png", [0x89, b'P', b'N', b'G', 0]);
        tmp.write("README", "no extension, ignored");
        tmp.write(".hidden/f.txt", "hidden");
        let loaded = load(&[&tmp.0]);
        assert_eq!(loaded.warnings, vec![]);
        // Depth first, each folder sorted: sub/c.TXT before sub/deeper/.
        assert_eq!(loaded.ids(), ["a", "e", "b", "c", "d:1"]);
        let c = &loaded.articles[3];
        assert_eq!(PathBuf::from(&c.origin), tmp.0.join("sub/c.TXT"));
        assert_eq!(&*c.text, "Sea.");
    }

    #[test]
    fn explicit_file_any_extension() {
        let tmp = TempDir::new();
        let log = tmp.write("night.log", "Title: Night\n\n40 drones.");
        let data = tmp.write("feed.JSON", "[{\"text\": \"x\"}]");
        let loaded = load(&[log, data]);
        assert_eq!(loaded.warnings, vec![]);
        assert_eq!(loaded.ids(), ["night", "feed:1"]);
        assert_eq!(loaded.articles[0].title.as_deref(), Some("Night"));
    }

    #[test]
    fn bad_inputs_warn_and_the_rest_load() {
        let tmp = TempDir::new();
        let good = tmp.write("good.txt", "Russia launched 50 drones.");
        let binary = tmp.write("bin.txt", b"abc\0def");
        let latin1 = tmp.write("latin1.txt", b"Caf\xe9 attack");
        let empty = tmp.write("empty.txt", "");
        let blank = tmp.write("blank.md", " \n\t\r\n");
        let bom_only = tmp.write("bom.txt", "\u{feff}\n");
        let json = tmp.write("broken.json", "{\"text\": ");
        let missing = tmp.0.join("missing.txt");
        let loaded = load(&[
            &good, &binary, &latin1, &empty, &blank, &bom_only, &json, &missing,
        ]);
        assert_eq!(loaded.ids(), ["good"]);
        let got: Vec<(PathBuf, &str)> = loaded
            .warnings
            .iter()
            .map(|w| (PathBuf::from(&w.origin), w.message.as_str()))
            .collect();
        let expect = [
            (&binary, "binary file (contains NUL bytes); skipped"),
            (&latin1, "not valid UTF-8 (bad byte at offset 3); skipped"),
            (&empty, "empty file; skipped"),
            (&blank, "empty file; skipped"),
            (&bom_only, "empty file; skipped"),
        ];
        for (i, (path, message)) in expect.iter().enumerate() {
            assert_eq!(got[i], ((*path).clone(), *message));
        }
        assert_eq!(got[5].0, json);
        assert!(got[5].1.starts_with("invalid JSON"), "{}", got[5].1);
        assert_eq!(got[6].0, missing);
        assert!(got[6].1.starts_with("cannot read: "), "{}", got[6].1);
        assert_eq!(got.len(), 7);
    }

    #[test]
    fn empty_folder_warns() {
        let tmp = TempDir::new();
        tmp.write("only.csv", "a,b");
        let loaded = load(&[&tmp.0]);
        assert!(loaded.articles.is_empty());
        assert_eq!(loaded.warnings.len(), 1);
    }

    #[test]
    fn jsonl_file_with_broken_line() {
        let tmp = TempDir::new();
        let path = tmp.write(
            "feed.jsonl",
            "{\"text\": \"a\"}\nnot json\n{\"text\": \"c\"}\n",
        );
        let loaded = load(&[&path]);
        assert_eq!(loaded.ids(), ["feed:1", "feed:3"]);
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].origin, format!("{}:2", path.display()));
        assert_eq!(loaded.articles[1].origin, format!("{}:3", path.display()));
    }

    #[test]
    fn gold_file_in_a_folder() {
        let tmp = TempDir::new();
        let gold: String = (0..50)
            .map(|i| format!("{{\"article\": \"a\", \"text\": \"{i}\", \"value\": {i}}}\n"))
            .collect();
        tmp.write("gold.jsonl", gold);
        tmp.write("a.txt", "Text.");
        let loaded = load(&[&tmp.0]);
        assert_eq!(loaded.ids(), ["a"]);
        assert_eq!(loaded.warnings.len(), 1, "one warning for the whole file");
        assert_eq!(
            loaded.warnings[0].message,
            "looks like a figure file, not articles; skipped"
        );
    }

    #[test]
    fn duplicate_ids() {
        let tmp = TempDir::new();
        let a = tmp.write("one/x.txt", "First.");
        let b = tmp.write("two/x.txt", "Second.");
        let c = tmp.write("three.txt", "Id: x\n\nThird.");
        let d = tmp.write("four.json", "[{\"id\": \"x~2\", \"text\": \"Fourth.\"}]");
        let loaded = load(&[&a, &b, &c, &d]);
        assert_eq!(loaded.ids(), ["x", "x~2", "x~3", "x~2~2"]);
        assert_eq!(loaded.warnings.len(), 3);
        assert_eq!(PathBuf::from(&loaded.warnings[0].origin), b);
        assert!(loaded.warnings[0].message.starts_with("duplicate id \"x\""));
        assert_eq!(&*loaded.articles[1].text, "Second.");
    }

    #[test]
    fn reader_text_and_json() {
        let loaded = load_reader("stdin", "Title: T\n\nBody 5.".as_bytes());
        assert_eq!(loaded.ids(), ["stdin"]);
        assert_eq!(loaded.articles[0].origin, "stdin");
        assert_eq!(loaded.articles[0].title.as_deref(), Some("T"));

        let loaded = load_reader("stdin", "  {\"text\": \"x\"}".as_bytes());
        assert_eq!(loaded.ids(), ["stdin"]);
        assert_eq!(&*loaded.articles[0].text, "x");

        let loaded = load_reader("stdin", "[{\"text\": \"x\"}, {\"text\": \"y\"}]".as_bytes());
        assert_eq!(loaded.ids(), ["stdin:1", "stdin:2"]);

        let loaded = load_reader("stdin", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n".as_bytes());
        assert_eq!(loaded.ids(), ["stdin:1", "stdin:2"]);
        assert_eq!(loaded.articles[1].origin, "stdin:2");

        let loaded = load_reader("stdin", &b"\xff\xff"[..]);
        assert!(loaded.articles.is_empty());
        assert_eq!(loaded.warnings.len(), 1);

        // A byte order mark alone: UTF-16, and empty.
        let loaded = load_reader("stdin", &b"\xff\xfe"[..]);
        assert!(loaded.articles.is_empty());
        assert_eq!(loaded.warnings[0].to_string(), "stdin: empty file; skipped");
        assert_eq!(loaded.warnings.len(), 1);

        let loaded = load_reader("stdin", "".as_bytes());
        assert_eq!(loaded.warnings[0].to_string(), "stdin: empty file; skipped");
    }

    #[test]
    fn sample_articles_are_well_formed() {
        let articles = sample();
        // Blank files are left out; every other file is an article.
        assert!(articles.len() <= SAMPLE.len());
        let mut names: Vec<_> = SAMPLE.iter().map(|(name, _)| *name).collect();
        names.sort_unstable();
        assert!(SAMPLE.iter().map(|(name, _)| *name).eq(names));
        for a in &articles {
            assert!(!a.zones.is_empty(), "{}", a.id);
            for z in &a.zones {
                assert!(a.text.get(z.clone()).is_some(), "{}: {z:?}", a.id);
            }
        }
    }
}
