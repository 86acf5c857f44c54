//! Search over every article: a pattern found in each article's text zones,
//! its hits kept in corpus order and stepped through with `n` and `N`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};

use rayon::prelude::*;
use regex::{Regex, RegexBuilder};

use super::{App, ArticleOrder, Hit, MAX_HITS, Modal, Search, landed};
use crate::model::Article;
use crate::store::FigureId;

/// Articles a search thread takes at a time: enough that the hand-over
/// costs nothing beside the scan, few enough that every core stays busy.
const CHUNK: usize = 2048;

/// Chunks for each core in one wave of a scan: enough that a core done
/// early takes another rather than waiting for the wave to end.
const WAVE: usize = 4;

/// A search running on a thread of its own, and where its hits will come.
#[derive(Debug)]
pub(super) struct SearchJob {
    pattern: String,
    regex: Regex,
    rx: Receiver<(Vec<Hit>, bool)>,
    /// The selection when it started (article, figure): hits that come
    /// while it is unchanged are jumped to; else they wait for `n`.
    from: (Option<usize>, Option<FigureId>),
    cancel: Arc<AtomicBool>,
}

impl Drop for SearchJob {
    /// A search nobody waits for stops scanning.
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// Bytes of text from which on a search runs on a thread of its own: about
/// what one core scans in a frame.
pub const BACKGROUND_SEARCH_BYTES: usize = 16 << 20;

impl App {
    pub(super) fn run_search(&mut self, pattern: &str) -> Result<(), String> {
        // Smart case, as in ripgrep and vim: lower case ignores case.
        let ignore_case = !pattern.chars().any(char::is_uppercase);
        let regex = RegexBuilder::new(pattern)
            .case_insensitive(ignore_case)
            .size_limit(1 << 22)
            .build()
            .map_err(|e| {
                format!(
                    "bad pattern: {}",
                    e.to_string().lines().last().unwrap_or("invalid")
                )
            })?;
        let look_around = has_look_around(pattern);
        self.search_job = None;
        let settled = self.settled();
        // A large corpus is searched on a thread that shares the store, so
        // the screen never waits for it.
        if settled && self.store.text_bytes() >= self.background_search_bytes {
            let (tx, rx) = mpsc::channel();
            let cancel = Arc::new(AtomicBool::new(false));
            let (store, scanned, stop) = (Arc::clone(&self.store), regex.clone(), cancel.clone());
            let spawned = std::thread::Builder::new()
                .name("counterclaim-search".into())
                .spawn(move || {
                    let scan = Scan {
                        parallel: true,
                        cancel: &stop,
                    };
                    let _ = tx.send(find_hits(store.articles(), &scanned, look_around, &scan));
                });
            if spawned.is_ok() {
                // The status bar says it is searching until the hits come.
                self.search = None;
                self.search_job = Some(SearchJob {
                    pattern: pattern.to_string(),
                    regex,
                    rx,
                    from: (self.current(), self.figure),
                    cancel,
                });
                return Ok(());
            }
        }
        let never = AtomicBool::new(false);
        let scan = Scan {
            parallel: settled,
            cancel: &never,
        };
        let (hits, truncated) = find_hits(self.store.articles(), &regex, look_around, &scan);
        self.show_hits(pattern.to_string(), regex, hits, truncated, Some(true));
        Ok(())
    }

    /// Take in the hits of a search and, with `jump`, go to the first from
    /// the selection on (forward) or the last before it.
    fn show_hits(
        &mut self,
        pattern: String,
        regex: Regex,
        hits: Vec<Hit>,
        truncated: bool,
        jump: Option<bool>,
    ) {
        let n = hits.len();
        let more = if truncated { "+" } else { "" };
        let note = match (n, jump) {
            (0, _) => Some(format!("no match for /{pattern}/")),
            (_, None) => Some(format!(
                "{n}{more} hits for /{pattern}/: n goes to the next"
            )),
            (_, Some(_)) => None,
        };
        self.search = Some(Search {
            pattern,
            regex,
            hits,
            current: None,
            truncated,
        });
        match (note, jump) {
            (None, Some(forward)) => self.step_hit(forward),
            (note, _) => self.message = note,
        }
    }

    /// Take in the hits of a search done on its thread: at once if they
    /// are in, or, when `n` or `N` was `pressed` (forward or not), once
    /// they are. True when they were taken in.
    pub(super) fn poll_search(&mut self, pressed: Option<bool>) -> bool {
        let Some(job) = &self.search_job else {
            return false;
        };
        let Some(found) = landed(&job.rx, pressed.is_some()) else {
            return false;
        };
        let Some(mut job) = self.search_job.take() else {
            return false;
        };
        let Some((hits, truncated)) = found else {
            self.message = Some(format!("search /{}/ failed", job.pattern));
            return true;
        };
        // Hits that come while the analyst has moved on, or is typing in a
        // prompt, do not pull the selection away.
        let untouched = self.modal == Modal::None && (self.current(), self.figure) == job.from;
        let jump = pressed.or(untouched.then_some(true));
        self.show_hits(
            std::mem::take(&mut job.pattern),
            job.regex.clone(),
            hits,
            truncated,
            jump,
        );
        true
    }

    /// The pattern of the search under way on its thread.
    pub fn searching(&self) -> Option<&str> {
        self.search_job.as_ref().map(|j| j.pattern.as_str())
    }

    /// Go to the next (or previous) hit in an article the filters show;
    /// pressed before the hits are in, wait for them.
    pub(super) fn next_hit(&mut self, forward: bool) {
        if !self.poll_search(Some(forward)) {
            self.step_hit(forward);
        }
    }

    /// The step of [`App::next_hit`]: from the hit last gone to, or, before
    /// any, from the selection.
    fn step_hit(&mut self, forward: bool) {
        let here = (
            self.current().unwrap_or(0),
            self.figure.map_or(0, |f| self.fig(f).start),
        );
        let Some(search) = &self.search else {
            self.message = Some("no search: press / to search".into());
            return;
        };
        let n = search.hits.len();
        if n == 0 {
            self.message = Some(format!("no match for /{}/", search.pattern));
            return;
        }
        let mut i = search.current.unwrap_or_else(|| {
            // One step from here lands on the first hit at or after the
            // selection, or the last before it.
            let start = search
                .hits
                .partition_point(|h| (h.article, h.range.start) < here);
            (if forward { start + n - 1 } else { start }) % n
        });
        let mut found = None;
        // A sorted list is stepped through in its order.
        let shown =
            (self.article_order != ArticleOrder::Loaded).then(|| self.step_hit_shown(forward));
        if let Some(shown) = shown {
            found = shown.map(|(i, ..)| i);
        } else {
            for _ in 0..n {
                i = if forward {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                if self.position_of(search.hits[i].article).is_some() {
                    found = Some(i);
                    break;
                }
            }
        }
        let Some(i) = found else {
            self.message = Some("every hit is in an article the filters hide".into());
            return;
        };
        let hit = search.hits[i].clone();
        let more = if search.truncated { "+" } else { "" };
        let msg = match shown.flatten() {
            Some((_, k, of)) => format!("hit {k} of {of} shown for /{}/", search.pattern),
            None => format!("hit {} of {n}{more} for /{}/", i + 1, search.pattern),
        };
        self.shown_hit = shown.flatten();
        if let Some(s) = &mut self.search {
            s.current = Some(i);
        }
        if let Some(pos) = self.position_of(hit.article) {
            self.select_article(pos);
        }
        if let Some(id) = self
            .figure_at(hit.range.start)
            .filter(|id| self.rows.contains(id))
        {
            self.figure = Some(id);
        }
        self.view.anchor.set(Some(hit.range.start));
        self.message = Some(msg);
    }
}

/// Whether `pattern` asserts anything about what lies around a match (`^`,
/// `$`, `\b`...), so that the edge of a zone can change what it matches.
fn has_look_around(pattern: &str) -> bool {
    regex_syntax::parse(pattern).map_or(true, |hir| !hir.properties().look_set().is_empty())
}

/// How a scan goes: whether on every core, and a flag that stops it.
pub(super) struct Scan<'c> {
    /// On every core; else on the calling thread alone (while the loader
    /// has the cores, a key press should not queue behind its work).
    pub parallel: bool,
    /// Set when nobody wants the hits any more.
    pub cancel: &'c AtomicBool,
}

/// Every non-empty match of `regex` in the zones of `articles`, in corpus
/// order, the first [`MAX_HITS`] of them; true when there were more.
/// `look_around` as [`has_look_around`] says of the pattern. A cancelled
/// scan stops between articles with what it has.
///
/// The articles go a wave at a time, each wave's chunks on every core, and
/// each chunk is told how many hits are still wanted: a pattern that
/// matches everywhere stops after the hits it keeps, not after a full
/// list for every chunk.
pub(super) fn find_hits(
    articles: &[Article],
    regex: &Regex,
    look_around: bool,
    scan: &Scan<'_>,
) -> (Vec<Hit>, bool) {
    // On one thread a wave is one chunk, so each is told what is still
    // wanted after the one before.
    let wave = if scan.parallel {
        CHUNK * WAVE * rayon::current_num_threads().max(1)
    } else {
        CHUNK
    };
    let mut hits = Vec::new();
    for (w, part) in articles.chunks(wave).enumerate() {
        // One more than fits says that there were more.
        let room = MAX_HITS + 1 - hits.len();
        let chunk = |(c, chunk): (usize, &[Article])| {
            let first = w * wave + c * CHUNK;
            let mut found = Vec::new();
            for (i, art) in chunk.iter().enumerate() {
                if scan.cancel.load(Ordering::Relaxed) || found.len() >= room {
                    break;
                }
                article_hits(first + i, art, regex, look_around, room, &mut found);
            }
            found
        };
        let found: Vec<Vec<Hit>> = if scan.parallel {
            part.par_chunks(CHUNK).enumerate().map(chunk).collect()
        } else {
            part.chunks(CHUNK).enumerate().map(chunk).collect()
        };
        for f in found {
            hits.extend(f.into_iter().take(MAX_HITS + 1 - hits.len()));
        }
        if hits.len() > MAX_HITS {
            hits.truncate(MAX_HITS);
            return (hits, true);
        }
        if scan.cancel.load(Ordering::Relaxed) {
            break;
        }
    }
    (hits, false)
}

/// The hits of article `a` appended to `out`, stopping once `out` holds
/// `room`.
///
/// A pattern that asserts nothing about its surroundings finds the same
/// matches in a zone as in the whole text, unless a match runs over a
/// zone's edge; so the whole text is scanned in one call (most of an
/// article is zone), and the zones one by one only for an article where a
/// match does run over an edge.
fn article_hits(
    a: usize,
    art: &Article,
    regex: &Regex,
    look_around: bool,
    room: usize,
    out: &mut Vec<Hit>,
) {
    let before = out.len();
    if !look_around {
        let mut straddles = false;
        for m in regex.find_iter(&art.text) {
            let range = m.range();
            if range.is_empty() {
                continue;
            }
            if art
                .zones
                .iter()
                .any(|z| z.start <= range.start && range.end <= z.end)
            {
                out.push(Hit { article: a, range });
                if out.len() >= room {
                    return;
                }
            } else if art
                .zones
                .iter()
                .any(|z| z.start < range.end && range.start < z.end)
            {
                straddles = true;
                break;
            }
        }
        if !straddles {
            return;
        }
        out.truncate(before);
    }
    for zone in &art.zones {
        for m in regex.find_iter(&art.text[zone.clone()]) {
            if m.is_empty() {
                continue;
            }
            out.push(Hit {
                article: a,
                range: zone.start + m.start()..zone.start + m.end(),
            });
            if out.len() >= room {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hits of a plain scan, one article after another: what the
    /// parallel scan must give, whatever its chunks.
    fn one_by_one(articles: &[Article], regex: &Regex) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (a, art) in articles.iter().enumerate() {
            for zone in &art.zones {
                for m in regex.find_iter(&art.text[zone.clone()]) {
                    if !m.is_empty() {
                        hits.push(Hit {
                            article: a,
                            range: zone.start + m.start()..zone.start + m.end(),
                        });
                    }
                }
            }
        }
        hits
    }

    static NEVER: AtomicBool = AtomicBool::new(false);

    fn every_core() -> Scan<'static> {
        Scan {
            parallel: true,
            cancel: &NEVER,
        }
    }

    fn corpus(n: usize, per_article: usize) -> Vec<Article> {
        (0..n)
            .map(|i| {
                let mut text = format!("Header {i}\n\n");
                for _ in 0..per_article {
                    text.push_str("drones shot down; ");
                }
                let mut a = Article::from_text(format!("a{i}"), text);
                // Prose is the body only: a hit in the header is no hit.
                let body = a.text.find("\n\n").unwrap_or(0) + 2;
                a.zones = std::iter::once(body..a.text.len()).collect();
                a
            })
            .collect()
    }

    #[test]
    fn hits_come_in_corpus_order_across_chunks() {
        // Over several waves, the last one short.
        let wave = CHUNK * WAVE * rayon::current_num_threads().max(1);
        let articles = corpus(wave * 2 + CHUNK + 17, 2);
        let regex = Regex::new("shot|Header").expect("pattern");
        let (hits, truncated) = find_hits(&articles, &regex, false, &every_core());
        assert!(!truncated);
        assert_eq!(hits.len(), articles.len() * 2);
        assert_eq!(hits, one_by_one(&articles, &regex));
    }

    #[test]
    fn too_many_hits_keep_the_first_and_say_so() {
        let per = 7;
        let articles = corpus(MAX_HITS / per + CHUNK, per);
        let regex = Regex::new("down").expect("pattern");
        let (hits, truncated) = find_hits(&articles, &regex, false, &every_core());
        assert!(truncated);
        assert_eq!(hits.len(), MAX_HITS);
        let all = one_by_one(&articles, &regex);
        assert_eq!(hits[..], all[..MAX_HITS]);
        // Exactly as many as may be kept is not truncated.
        let exact = corpus(MAX_HITS / 4, 4);
        let (hits, truncated) = find_hits(&exact, &regex, false, &every_core());
        assert_eq!((hits.len(), truncated), (MAX_HITS, false));
    }

    #[test]
    fn the_whole_text_at_once_finds_what_the_zones_one_by_one_find() {
        // The header holds matches that are no hits, and a match can run
        // from the title over its line's end into the header.
        let text =
            "Title: Drones shot\ndown: shot down wire\n\nshot down at dawn. Shot\ndown again; e";
        let mut a = Article::from_text("a", text);
        let title = "Title: ".len()..text.find('\n').unwrap_or(0);
        a.zones = vec![title, text.find("\n\n").unwrap_or(0) + 2..text.len()];
        let articles = vec![
            a.clone(),
            Article::from_text("b", "shot down, shot down"),
            a,
        ];
        for pattern in [
            "shot down",
            r"shot\s+down",
            r"shot\s*(down)?",
            "(?i)shot",
            "^shot",
            r"down\b",
            "e$",
            "x*",
            "wire",
        ] {
            let regex = Regex::new(pattern).expect("pattern");
            let (hits, _) = find_hits(&articles, &regex, has_look_around(pattern), &every_core());
            assert_eq!(hits, one_by_one(&articles, &regex), "/{pattern}/");
        }
        assert!(
            !has_look_around("shot down") && has_look_around("^shot") && has_look_around(r"\bshot")
        );
    }

    #[test]
    fn one_article_with_more_hits_than_are_kept() {
        let mut articles = corpus(3, 1);
        let mut text = "Header\n\n".to_string();
        text.push_str(&"e ".repeat(MAX_HITS + 10));
        let mut big = Article::from_text("big", text);
        big.zones = std::iter::once(8..big.text.len()).collect();
        articles.insert(1, big);
        let regex = Regex::new("e").expect("pattern");
        let all = one_by_one(&articles, &regex);
        let one_core = Scan {
            parallel: false,
            cancel: &NEVER,
        };
        for scan in [every_core(), one_core] {
            let (hits, truncated) = find_hits(&articles, &regex, false, &scan);
            assert!(truncated);
            assert_eq!(hits[..], all[..MAX_HITS]);
        }
    }

    #[test]
    fn one_core_finds_what_every_core_finds() {
        let articles = corpus(CHUNK * 2 + 5, 3);
        let regex = Regex::new("(?i)DRONES").expect("pattern");
        let one_core = Scan {
            parallel: false,
            cancel: &NEVER,
        };
        let (hits, truncated) = find_hits(&articles, &regex, false, &one_core);
        assert_eq!((hits.len(), truncated), (articles.len() * 3, false));
        assert_eq!(hits, one_by_one(&articles, &regex));
    }

    #[test]
    fn a_cancelled_scan_stops() {
        let articles = corpus(CHUNK * 4, 2);
        let regex = Regex::new("shot").expect("pattern");
        let cancel = AtomicBool::new(true);
        let scan = Scan {
            parallel: true,
            cancel: &cancel,
        };
        assert_eq!(
            find_hits(&articles, &regex, false, &scan),
            (Vec::new(), false)
        );
    }
}
