//! JSON Lines read as a stream, a window of articles at a time, so that an
//! endless pipe is read in bounded memory and each article's figures can
//! go out as soon as they are extracted.

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read};

use super::json::{Figures, load_line};
use super::{Loaded, Warning};

/// Ids a stream remembers to keep them unique: an id repeated further
/// apart than this many articles is left as given.
const ID_WINDOW: usize = 100_000;

/// JSON Lines from `reader`, one article a line, in windows.
pub struct JsonLines<R> {
    reader: BufReader<R>,
    origin: String,
    stem: String,
    /// Lines read so far.
    line: usize,
    figures: Figures,
    ids: Ids,
    done: bool,
    /// A first line the caller read to tell what the input is.
    pending: Option<String>,
}

impl<R: Read> JsonLines<R> {
    /// Lines of `reader`, named `origin` in warnings (`stdin:12`) and in
    /// default ids (`stdin:12`), after `first`, the first line, which the
    /// caller read to tell that the input is JSON Lines.
    pub fn new(first: String, reader: R, origin: &str) -> JsonLines<R> {
        let stem = std::path::Path::new(origin)
            .file_stem()
            .map_or_else(|| origin.to_string(), |s| s.to_string_lossy().into_owned());
        JsonLines {
            reader: BufReader::with_capacity(1 << 16, reader),
            origin: origin.to_string(),
            stem,
            line: 0,
            figures: Figures::default(),
            ids: Ids::new(ID_WINDOW),
            done: false,
            pending: Some(first),
        }
    }

    /// The next line, `text`, into `out`.
    fn take_line(&mut self, text: &str, out: &mut Loaded) {
        self.line += 1;
        let (stem, origin, n) = (&self.stem, &self.origin, self.line);
        load_line(stem, origin, n, text, &mut self.figures, out);
    }

    /// The next window: up to `articles` articles or `bytes` of text, and
    /// fewer when the input has nothing more ready (a slow pipe's articles
    /// go out at once). None at the end of the input.
    pub fn next_window(&mut self, articles: usize, bytes: usize) -> Option<Loaded> {
        if self.done && self.pending.is_none() {
            return None;
        }
        let mut out = Loaded::default();
        let mut size = 0;
        if let Some(first) = self.pending.take() {
            self.take_line(first.trim_start_matches('\u{feff}'), &mut out);
            size += first.len();
        }
        let mut buf = Vec::new();
        while !self.done && out.articles.len() < articles && size < bytes {
            // Nothing more read ahead: the next line may be a long way off,
            // and the articles in hand go out now.
            if !out.articles.is_empty() && self.reader.buffer().is_empty() {
                break;
            }
            buf.clear();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    out.warn(&self.origin, format!("cannot read on: {e}"));
                    self.done = true;
                    break;
                }
            }
            match std::str::from_utf8(&buf) {
                Ok(text) => self.take_line(text, &mut out),
                Err(_) => {
                    self.line += 1;
                    let at = format!("{}:{}", self.origin, self.line);
                    out.warn(at, "not UTF-8; line skipped");
                }
            }
            size += buf.len();
        }
        if self.done {
            // Said once, at the end: a figure file earns one warning.
            std::mem::take(&mut self.figures).report(&self.origin, &mut out);
        }
        self.ids.dedup(&mut out);
        Some(out)
    }
}

/// Ids made unique across inputs read in parts: the ids of the last `cap`
/// articles, each with where it was first met, and how often each has been
/// renamed.
pub struct Ids {
    cap: usize,
    order: VecDeque<String>,
    holders: HashMap<String, String>,
    next_suffix: HashMap<String, usize>,
}

impl Ids {
    /// The ids of at most `cap` articles remembered.
    pub fn new(cap: usize) -> Ids {
        Ids {
            cap,
            order: VecDeque::new(),
            holders: HashMap::new(),
            next_suffix: HashMap::new(),
        }
    }

    /// Make the ids of `out`'s articles unique: one whose id is held
    /// becomes `id~2`, `id~3`, …, with a warning.
    pub fn dedup(&mut self, out: &mut Loaded) {
        let mut warnings = Vec::new();
        for article in &mut out.articles {
            if let Some(first) = self.holders.get(&article.id) {
                let n = self.next_suffix.entry(article.id.clone()).or_insert(2);
                let mut renamed = format!("{}~{n}", article.id);
                while self.holders.contains_key(&renamed) {
                    *n += 1;
                    renamed = format!("{}~{n}", article.id);
                }
                *n += 1;
                warnings.push(Warning {
                    origin: article.origin.clone(),
                    message: format!(
                        "duplicate id {:?} (first in {first}); renamed {renamed:?}",
                        article.id
                    ),
                });
                article.id = renamed;
            }
            self.holders
                .insert(article.id.clone(), article.origin.clone());
            if self.cap < usize::MAX {
                self.order.push_back(article.id.clone());
                if self.order.len() > self.cap
                    && let Some(old) = self.order.pop_front()
                {
                    self.holders.remove(&old);
                    self.next_suffix.remove(&old);
                }
            }
        }
        out.warnings.extend(warnings);
    }
}
