//! Search over every article: a pattern found in each article's text zones,
//! its hits kept in corpus order and stepped through with `n` and `N`.

use rayon::prelude::*;
use regex::{Regex, RegexBuilder};

use super::{App, Hit, MAX_HITS, Search};
use crate::model::Article;

/// Articles a search thread takes at a time: enough that the hand-over
/// costs nothing beside the scan, few enough that both cores stay busy.
const CHUNK: usize = 2048;

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
        let (hits, truncated) = find_hits(self.store.articles(), &regex);
        let n = hits.len();
        self.search = Some(Search {
            pattern: pattern.to_string(),
            regex,
            hits,
            current: None,
            truncated,
        });
        if n == 0 {
            self.message = Some(format!("no match for /{pattern}/"));
            return Ok(());
        }
        // The first hit from the selected figure on.
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
        Ok(())
    }

    /// Go to the next (or previous) hit in an article the filters show.
    pub(super) fn next_hit(&mut self, forward: bool) {
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

/// Every non-empty match of `regex` in the zones of `articles`, in corpus
/// order, the first [`MAX_HITS`] of them; true when there were more.
///
/// The articles are scanned on every core, a chunk at a time; each chunk
/// stops at `MAX_HITS` of its own, as no later chunk's hit could be kept
/// before it.
pub(super) fn find_hits(articles: &[Article], regex: &Regex) -> (Vec<Hit>, bool) {
    let chunks: Vec<(Vec<Hit>, bool)> = articles
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            let mut hits = Vec::new();
            for (i, art) in chunk.iter().enumerate() {
                for zone in &art.zones {
                    for m in regex.find_iter(&art.text[zone.clone()]) {
                        if m.is_empty() {
                            continue;
                        }
                        if hits.len() == MAX_HITS {
                            return (hits, true);
                        }
                        hits.push(Hit {
                            article: c * CHUNK + i,
                            range: zone.start + m.start()..zone.start + m.end(),
                        });
                    }
                }
            }
            (hits, false)
        })
        .collect();
    let mut hits = Vec::new();
    for (chunk, more) in chunks {
        let room = MAX_HITS - hits.len();
        if more || chunk.len() > room {
            hits.extend(chunk.into_iter().take(room));
            return (hits, true);
        }
        hits.extend(chunk);
    }
    (hits, false)
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
        let (hits, truncated) = find_hits(&articles, &regex);
        assert!(!truncated);
        assert_eq!(hits.len(), articles.len() * 2);
        assert_eq!(hits, one_by_one(&articles, &regex));
    }

    #[test]
    fn too_many_hits_keep_the_first_and_say_so() {
        let per = 7;
        let articles = corpus(MAX_HITS / per + CHUNK, per);
        let regex = Regex::new("down").expect("pattern");
        let (hits, truncated) = find_hits(&articles, &regex);
        assert!(truncated);
        assert_eq!(hits.len(), MAX_HITS);
        let all = one_by_one(&articles, &regex);
        assert_eq!(hits[..], all[..MAX_HITS]);
        // Exactly as many as may be kept is not truncated.
        let exact = corpus(MAX_HITS / 4, 4);
        let (hits, truncated) = find_hits(&exact, &regex);
        assert_eq!((hits.len(), truncated), (MAX_HITS, false));
    }
}
