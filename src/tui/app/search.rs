//! Search over every article: a pattern found in each article's text zones,
//! its hits kept in corpus order and stepped through with `n` and `N`.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use rayon::prelude::*;
use regex::{Regex, RegexBuilder};

use super::{App, Hit, MAX_HITS, Search};
use crate::model::Article;

/// Articles a search thread takes at a time: enough that the hand-over
/// costs nothing beside the scan, few enough that both cores stay busy.
const CHUNK: usize = 2048;

/// A search running on a thread of its own, and where its hits will come.
#[derive(Debug)]
pub(super) struct SearchJob {
    pattern: String,
    regex: Regex,
    rx: Receiver<(Vec<Hit>, bool)>,
}

/// Text from which on a search runs on a thread of its own: about what
/// one core scans in a frame.
pub const SEARCH_IN_BACKGROUND: usize = 16 << 20;

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
        let anchored = anchored(pattern);
        self.search_job = None;
        // Once loading is over nothing changes the store, so a thread can
        // share it; a large corpus is then searched there and the screen
        // never waits for it.
        if self.loading.done
            && !self.checking
            && self.store.text_bytes() >= self.search_in_background
        {
            let (tx, rx) = mpsc::channel();
            let (store, shared) = (Arc::clone(&self.store), regex.clone());
            let spawned = std::thread::Builder::new()
                .name("counterclaim-search".into())
                .spawn(move || {
                    let _ = tx.send(find_hits(store.articles(), &shared, anchored));
                });
            if spawned.is_ok() {
                // The status bar says it is searching until the hits come.
                self.search = None;
                self.search_job = Some(SearchJob {
                    pattern: pattern.to_string(),
                    regex,
                    rx,
                });
                return Ok(());
            }
        }
        let (hits, truncated) = find_hits(self.store.articles(), &regex, anchored);
        self.show_hits(pattern.to_string(), regex, hits, truncated);
        Ok(())
    }

    /// Take in the hits of a search, and go to the first from the selected
    /// figure on.
    fn show_hits(&mut self, pattern: String, regex: Regex, hits: Vec<Hit>, truncated: bool) {
        let n = hits.len();
        if n == 0 {
            self.message = Some(format!("no match for /{pattern}/"));
        }
        self.search = Some(Search {
            pattern,
            regex,
            hits,
            current: None,
            truncated,
        });
        if n == 0 {
            return;
        }
        let here = (
            self.current().unwrap_or(0),
            self.figure.map_or(0, |f| self.fig(f).start),
        );
        let start = self.search.as_ref().map_or(0, |s| {
            s.hits
                .partition_point(|h| (h.article, h.range.start) < here)
        });
        if let Some(s) = &mut self.search {
            s.current = Some(start.checked_sub(1).unwrap_or(n - 1));
        }
        self.next_hit(true);
    }

    /// Take in the hits of a search done on its thread (or, with `wait`,
    /// once it is); true when they were taken in.
    pub(super) fn poll_search(&mut self, wait: bool) -> bool {
        let Some(job) = &self.search_job else {
            return false;
        };
        let found = if wait {
            job.rx.recv().ok()
        } else {
            match job.rx.try_recv() {
                Ok(found) => Some(found),
                Err(TryRecvError::Empty) => return false,
                Err(TryRecvError::Disconnected) => None,
            }
        };
        let Some(job) = self.search_job.take() else {
            return false;
        };
        match found {
            Some((hits, truncated)) => self.show_hits(job.pattern, job.regex, hits, truncated),
            None => self.message = Some(format!("search /{}/ failed", job.pattern)),
        }
        true
    }

    /// The pattern of the search under way on its thread.
    pub fn searching(&self) -> Option<&str> {
        self.search_job.as_ref().map(|j| j.pattern.as_str())
    }

    /// Go to the next (or previous) hit in an article the filters show.
    pub(super) fn next_hit(&mut self, forward: bool) {
        // Pressed before the hits are in: they come, and the first is shown.
        if self.poll_search(true) {
            return;
        }
        let Some(search) = &self.search else {
            self.message = Some("no search: press / to search".into());
            return;
        };
        let n = search.hits.len();
        if n == 0 {
            self.message = Some(format!("no match for /{}/", search.pattern));
            return;
        }
        let mut i = search.current.unwrap_or(if forward { n - 1 } else { 0 });
        let mut found = None;
        for _ in 0..n {
            i = if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            if self.visible.binary_search(&search.hits[i].article).is_ok() {
                found = Some(i);
                break;
            }
        }
        let Some(i) = found else {
            self.message = Some("every hit is in an article the filters hide".into());
            return;
        };
        let hit = search.hits[i].clone();
        let more = if search.truncated { "+" } else { "" };
        let msg = format!("hit {} of {n}{more} for /{}/", i + 1, search.pattern);
        if let Some(s) = &mut self.search {
            s.current = Some(i);
        }
        if let Ok(pos) = self.visible.binary_search(&hit.article) {
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
fn anchored(pattern: &str) -> bool {
    regex_syntax::parse(pattern).map_or(true, |hir| !hir.properties().look_set().is_empty())
}

/// Every non-empty match of `regex` in the zones of `articles`, in corpus
/// order, the first [`MAX_HITS`] of them; true when there were more.
/// `anchored` as [`anchored`] says of the pattern.
///
/// The articles are scanned on every core, a chunk at a time; each chunk
/// stops once it has more than `MAX_HITS`, as no later chunk's hit could be
/// kept before them.
pub(super) fn find_hits(articles: &[Article], regex: &Regex, anchored: bool) -> (Vec<Hit>, bool) {
    let chunks: Vec<Vec<Hit>> = articles
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            let mut hits = Vec::new();
            for (i, art) in chunk.iter().enumerate() {
                article_hits(c * CHUNK + i, art, regex, anchored, &mut hits);
                if hits.len() > MAX_HITS {
                    break;
                }
            }
            hits
        })
        .collect();
    let mut hits = Vec::new();
    for chunk in chunks {
        hits.extend(chunk.into_iter().take(MAX_HITS + 1 - hits.len()));
        if hits.len() > MAX_HITS {
            hits.truncate(MAX_HITS);
            return (hits, true);
        }
    }
    (hits, false)
}

/// The hits of article `a` appended to `out`, stopping once `out` holds
/// more than [`MAX_HITS`].
///
/// A pattern that asserts nothing about its surroundings finds the same
/// matches in a zone as in the whole text, unless a match runs over a
/// zone's edge; so the whole text is scanned in one call (most of an
/// article is zone), and the zones one by one only for an article where a
/// match does run over an edge.
fn article_hits(a: usize, art: &Article, regex: &Regex, anchored: bool, out: &mut Vec<Hit>) {
    let before = out.len();
    if !anchored {
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
                if out.len() > MAX_HITS {
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
            if out.len() > MAX_HITS {
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
        let articles = corpus(CHUNK * 3 + 17, 2);
        let regex = Regex::new("shot|Header").expect("pattern");
        let (hits, truncated) = find_hits(&articles, &regex, false);
        assert!(!truncated);
        assert_eq!(hits.len(), articles.len() * 2);
        assert_eq!(hits, one_by_one(&articles, &regex));
    }

    #[test]
    fn too_many_hits_keep_the_first_and_say_so() {
        let per = 7;
        let articles = corpus(MAX_HITS / per + CHUNK, per);
        let regex = Regex::new("down").expect("pattern");
        let (hits, truncated) = find_hits(&articles, &regex, false);
        assert!(truncated);
        assert_eq!(hits.len(), MAX_HITS);
        let all = one_by_one(&articles, &regex);
        assert_eq!(hits[..], all[..MAX_HITS]);
        // Exactly as many as may be kept is not truncated.
        let exact = corpus(MAX_HITS / 4, 4);
        let (hits, truncated) = find_hits(&exact, &regex, false);
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
            let (hits, _) = find_hits(&articles, &regex, anchored(pattern));
            assert_eq!(hits, one_by_one(&articles, &regex), "/{pattern}/");
        }
        assert!(!anchored("shot down") && anchored("^shot") && anchored(r"\bshot"));
    }
}
