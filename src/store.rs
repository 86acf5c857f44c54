//! The in-memory store: articles and their figures, indexed by article,
//! matter, claimant side and date, with the doubts raised about each figure.
//!
//! Every query the front ends make is answered from an index, so they stay
//! cheap with a hundred thousand articles loaded.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::checks::{self, Doubt, Doubts};
use crate::extract::extract_guarded;
use crate::model::{Article, Claimant, Event, Figure, Item, Side};

/// What a figure is about: whose attack, what is counted, what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Matter {
    pub attacker: Option<Side>,
    pub item: Item,
    pub event: Event,
}

impl Matter {
    pub fn of(f: &Figure) -> Matter {
        Matter {
            attacker: f.attacker,
            item: f.item,
            event: f.event,
        }
    }

    /// The same counting from the other side's point of view: Russian
    /// drones shot down by Ukraine mirror Ukrainian drones shot down by Russia.
    pub fn mirror(self) -> Matter {
        Matter {
            attacker: self.attacker.map(Side::other),
            ..self
        }
    }
}

/// Index of a figure in the store.
pub type FigureId = u32;

/// Articles, figures and indexes over them.
#[derive(Debug, Default, Clone)]
pub struct Store {
    articles: Vec<Article>,
    figures: Vec<Figure>,
    /// Which article each figure belongs to.
    owner: Vec<u32>,
    /// Each article's figures, as a range of ids.
    spans: Vec<Range<u32>>,
    by_matter: HashMap<Matter, Vec<FigureId>>,
    by_claimant: HashMap<Claimant, Vec<FigureId>>,
    by_date: BTreeMap<NaiveDate, Vec<FigureId>>,
    by_id: HashMap<String, usize>,
    /// Each figure's doubts.
    doubts: Doubts,
    /// Bytes of article text in all.
    text_bytes: usize,
    /// A line for each article the engine failed on, kept with no figures.
    faults: Vec<String>,
}

impl Store {
    /// A store of articles given as `(id, text)`, headers read as in a
    /// text file: what the engine's own tests compare.
    #[cfg(test)]
    pub(crate) fn of_texts(texts: &[(&str, &str)]) -> Store {
        Store::build(
            texts
                .iter()
                .map(|(id, t)| crate::corpus::parse_text(id, id, t.to_string()))
                .collect(),
        )
    }

    /// Extract every article and index the figures.
    pub fn build(articles: Vec<Article>) -> Store {
        let mut store = Store::default();
        store.extend(articles);
        store.refresh_doubts();
        store
    }

    /// Extract and add `articles`, on every core, a slice at a time: the
    /// figures of one slice are filed while the next is extracted, so they
    /// are never all held twice over and filing costs no time of its own.
    pub fn extend(&mut self, articles: Vec<Article>) {
        self.extend_by(articles, 4096);
    }

    fn extend_by(&mut self, articles: Vec<Article>, per_slice: usize) {
        use rayon::prelude::*;
        let total = articles.len();
        self.reserve(self.articles.len() + total, 0);
        let mut articles = articles.into_iter();
        let mut done = 0;
        let mut extracted: Vec<(Article, Vec<Figure>)> = Vec::new();
        loop {
            let slice: Vec<Article> = articles.by_ref().take(per_slice).collect();
            if slice.is_empty() && extracted.is_empty() {
                break;
            }
            let filing = std::mem::take(&mut extracted);
            done += filing.len();
            let results: Vec<(Article, Result<Vec<Figure>, String>)>;
            (results, ()) = rayon::join(
                || {
                    slice
                        .into_par_iter()
                        .map(|a| {
                            let f = extract_guarded(&a);
                            (a, f)
                        })
                        .collect()
                },
                || self.file(filing, done, total),
            );
            // One article that trips the engine is kept, with no figures,
            // and a line saying so; the rest go on.
            extracted = results
                .into_iter()
                .map(|(a, f)| {
                    let f = f.unwrap_or_else(|fault| {
                        self.faults.push(format!("{fault}; shown without figures"));
                        Vec::new()
                    });
                    (a, f)
                })
                .collect();
        }
    }

    /// A line for each article the engine failed on: kept, with no figures.
    pub fn faults(&self) -> &[String] {
        &self.faults
    }

    /// File extracted articles, `done` of `total` so far counting them.
    fn file(&mut self, extracted: Vec<(Article, Vec<Figure>)>, done: usize, total: usize) {
        if extracted.is_empty() {
            return;
        }
        if done < total && self.figures.capacity() == self.figures.len() {
            // Room for the rest at the density seen so far, so the list
            // of figures is not grown (and copied) time and again.
            let seen = self.figures.len() + extracted.iter().map(|(_, f)| f.len()).sum::<usize>();
            let expected = seen * total / done;
            self.reserve(self.articles.len(), expected + expected / 20);
        }
        for (article, figures) in extracted {
            self.push(article, figures);
        }
    }

    /// Index articles whose figures are already extracted.
    pub fn from_extracted(extracted: Vec<(Article, Vec<Figure>)>) -> Store {
        let mut store = Store::unchecked(extracted);
        store.refresh_doubts();
        store
    }

    /// [`Store::from_extracted`] with no doubts raised yet, for a caller
    /// that checks the figures its own way (as reviewed).
    pub fn unchecked(extracted: Vec<(Article, Vec<Figure>)>) -> Store {
        let mut store = Store::default();
        // Sized once: growing by doubling would hold up to twice the figures.
        store.reserve(
            extracted.len(),
            extracted.iter().map(|(_, f)| f.len()).sum(),
        );
        for (article, figures) in extracted {
            store.push(article, figures);
        }
        store
    }

    /// Add one article and its figures. Doubts that compare articles are
    /// brought up to date by [`Store::refresh_doubts`].
    pub fn push(&mut self, article: Article, figures: Vec<Figure>) {
        let a = self.articles.len() as u32;
        let first = self.figures.len() as u32;
        for f in figures {
            let id = self.figures.len() as FigureId;
            self.by_matter.entry(Matter::of(&f)).or_default().push(id);
            self.by_claimant.entry(f.claimant).or_default().push(id);
            if let Some(d) = f.date {
                self.by_date.entry(d).or_default().push(id);
            }
            self.figures.push(f);
            self.owner.push(a);
        }
        self.spans.push(first..self.figures.len() as u32);
        self.by_id.insert(article.id.clone(), a as usize);
        self.text_bytes += article.text.len();
        self.articles.push(article);
    }

    /// Make room for `articles` and `figures` in all, so that adding that
    /// many copies nothing.
    pub fn reserve(&mut self, articles: usize, figures: usize) {
        let more = articles.saturating_sub(self.articles.len());
        self.articles.reserve_exact(more);
        self.spans.reserve_exact(more);
        let more = figures.saturating_sub(self.figures.len());
        self.figures.reserve_exact(more);
        self.owner.reserve_exact(more);
    }

    /// How many figures fit before the store must grow.
    pub fn figure_capacity(&self) -> usize {
        self.figures.capacity()
    }

    /// Recompute every figure's doubts.
    pub fn refresh_doubts(&mut self) {
        self.doubts = checks::run(self);
    }

    /// Take doubts worked out elsewhere over the same figures.
    pub fn set_doubts(&mut self, doubts: Doubts) {
        debug_assert_eq!(doubts.len(), self.figures.len());
        self.doubts = doubts;
    }

    /// Bytes of article text in all: what a search over every article reads.
    pub fn text_bytes(&self) -> usize {
        self.text_bytes
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn article(&self, a: usize) -> &Article {
        &self.articles[a]
    }

    /// The index of the article with this id.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    pub fn figure(&self, id: FigureId) -> &Figure {
        &self.figures[id as usize]
    }

    /// The article a figure belongs to.
    pub fn owner(&self, id: FigureId) -> usize {
        self.owner[id as usize] as usize
    }

    /// The ids of an article's figures, in text order.
    pub fn article_figures(&self, a: usize) -> Range<FigureId> {
        self.spans[a].clone()
    }

    /// A figure's id from its article and its index in the article's list
    /// (what `subset_of` holds).
    pub fn figure_in(&self, a: usize, index: usize) -> Option<FigureId> {
        let span = &self.spans[a];
        let id = span.start + index as u32;
        (id < span.end).then_some(id)
    }

    pub fn by_matter(&self, m: &Matter) -> &[FigureId] {
        self.by_matter.get(m).map_or(&[], Vec::as_slice)
    }

    pub fn matters(&self) -> impl Iterator<Item = (&Matter, &Vec<FigureId>)> {
        self.by_matter.iter()
    }

    pub fn by_claimant(&self, c: Claimant) -> &[FigureId] {
        self.by_claimant.get(&c).map_or(&[], Vec::as_slice)
    }

    /// Figures dated within `range` (inclusive).
    pub fn by_dates(
        &self,
        range: std::ops::RangeInclusive<NaiveDate>,
    ) -> impl Iterator<Item = FigureId> + '_ {
        self.by_date
            .range(range)
            .flat_map(|(_, ids)| ids.iter().copied())
    }

    pub fn by_date(&self, d: NaiveDate) -> &[FigureId] {
        self.by_date.get(&d).map_or(&[], Vec::as_slice)
    }

    /// Every date that has figures, in order.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.by_date.keys().copied()
    }

    pub fn doubts(&self, id: FigureId) -> &[Doubt] {
        self.doubts.of(id)
    }

    /// Every figure's doubts, over the engine's figures.
    pub fn checked(&self) -> &Doubts {
        &self.doubts
    }

    /// Article `a`'s outlet ([`Article::outlet`]).
    pub fn outlet(&self, a: usize) -> &str {
        self.articles[a].outlet()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_text;
    use crate::extract::extract;

    fn store() -> Store {
        Store::build(vec![
            parse_text("a", "a", "Date: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.\n".into()),
            parse_text("b", "b", "Date: 2025-06-05\n\nUkraine's air force said Russia launched 120 drones overnight, and 90 were shot down.\n".into()),
        ])
    }

    #[test]
    fn text_bytes_count_every_article_added() {
        let sample = crate::corpus::sample();
        let bytes: usize = sample.iter().map(|a| a.text.len()).sum();
        let mut s = Store::build(sample[..3].to_vec());
        s.extend(sample[3..].to_vec());
        assert!(bytes > 0);
        assert_eq!(s.text_bytes(), bytes);
        assert_eq!(Store::default().text_bytes(), 0);
    }

    #[test]
    fn slices_are_filed_in_article_order() {
        let sample = crate::corpus::sample();
        let mut sliced = Store::default();
        sliced.extend_by(sample.clone(), 3);
        let one_by_one: Vec<Figure> = sample.iter().flat_map(extract).collect();
        assert!(sample.len() > 6, "several slices");
        assert_eq!(sliced.figures(), &one_by_one[..]);
        for (a, art) in sample.iter().enumerate() {
            assert_eq!(sliced.article(a).id, art.id);
            let ids = sliced.article_figures(a);
            assert!(ids.clone().all(|id| sliced.owner(id) == a));
            assert_eq!(ids.len(), extract(art).len());
        }
    }

    #[test]
    fn figures_are_indexed_by_article_matter_claimant_and_date() {
        let s = store();
        assert_eq!(s.articles().len(), 2);
        assert_eq!(s.article_figures(0).len(), 1);
        assert_eq!(s.article_figures(1).len(), 2);
        let launched = Matter {
            attacker: Some(Side::Ru),
            item: Item::Drone,
            event: Event::Launched,
        };
        let values: Vec<u64> = s
            .by_matter(&launched)
            .iter()
            .map(|&i| s.figure(i).value)
            .collect();
        assert_eq!(values, [100, 120]);
        assert_eq!(s.by_claimant(Claimant::Ua).len(), 3);
        // Overnight, reported on the 5th: the night of the 4th.
        let night = NaiveDate::from_ymd_opt(2025, 6, 4).unwrap();
        assert_eq!(s.by_date(night).len(), 3);
        assert_eq!(s.owner(2), 1);
    }

    #[test]
    fn mirror_swaps_the_attacker() {
        let m = Matter {
            attacker: Some(Side::Ru),
            item: Item::Drone,
            event: Event::Intercepted,
        };
        assert_eq!(m.mirror().attacker, Some(Side::Ua));
        assert_eq!(m.mirror().mirror(), m);
    }
}
