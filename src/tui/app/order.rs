//! The order of the articles list (as loaded, newest first, by source, most
//! doubts, most unreviewed figures), and moving in it: the list, `J`/`K`,
//! the unreviewed figures and the search hits all follow the order shown.
//!
//! An order is worked out over every article when it is chosen (or the
//! store changes), and filtering keeps it: reviewing an article does not
//! move it under the analyst's feet while they work down the list.

use std::cmp::Reverse;
use std::rc::Rc;

use super::{App, Hit};

/// How the articles list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleOrder {
    /// As the files were read.
    #[default]
    Loaded,
    /// Newest first, undated last.
    Date,
    /// By source (channel, outlet), A to Z, none last.
    Source,
    /// Most doubted figures first.
    Doubts,
    /// Most figures nobody has reviewed first.
    Unreviewed,
}

impl ArticleOrder {
    pub const ALL: [ArticleOrder; 5] = [
        ArticleOrder::Loaded,
        ArticleOrder::Date,
        ArticleOrder::Source,
        ArticleOrder::Doubts,
        ArticleOrder::Unreviewed,
    ];

    pub fn next(self) -> ArticleOrder {
        let i = Self::ALL.iter().position(|&o| o == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// `newest first`: as the list's border and the status bar name it.
    pub fn label(self) -> &'static str {
        match self {
            ArticleOrder::Loaded => "as loaded",
            ArticleOrder::Date => "newest first",
            ArticleOrder::Source => "by source",
            ArticleOrder::Doubts => "most doubts first",
            ArticleOrder::Unreviewed => "most unreviewed first",
        }
    }
}

/// Every article in the order chosen, worked out once.
#[derive(Debug, Default)]
pub(super) struct Ranking {
    /// The order, the number of articles and the doubts generation it was
    /// worked out for.
    key: Option<(ArticleOrder, usize, u64)>,
    /// Every article, in the order.
    order: Rc<Vec<usize>>,
    /// Each article's place in the order, by store index.
    rank: Vec<u32>,
}

impl App {
    /// `O`: the next order of the articles list.
    pub(super) fn cycle_article_order(&mut self) {
        self.article_order = self.article_order.next();
        // Chosen again: worked out anew, with the review as it is now.
        self.ranking.key = None;
        self.recompute_visible();
        self.view.articles_offset.set(0);
        let next = self.article_order.next().label();
        self.message = Some(format!(
            "articles {} ({} again: {next})",
            self.article_order.label(),
            self.keymap.key("sort_articles")
        ));
    }

    /// Every article in the order shown; none as loaded.
    pub(super) fn ranked_articles(&mut self) -> Option<Rc<Vec<usize>>> {
        if self.article_order == ArticleOrder::Loaded {
            return None;
        }
        let key = (
            self.article_order,
            self.store.articles().len(),
            self.doubts_gen,
        );
        if self.ranking.key != Some(key) {
            let order = self.ranked(self.article_order);
            let mut rank = vec![0; order.len()];
            for (r, &a) in order.iter().enumerate() {
                rank[a] = r as u32;
            }
            self.ranking = Ranking {
                key: Some(key),
                order: Rc::new(order),
                rank,
            };
        }
        Some(self.ranking.order.clone())
    }

    /// Every article in `order`; ties in the order loaded.
    fn ranked(&self, order: ArticleOrder) -> Vec<usize> {
        let mut all: Vec<usize> = (0..self.store.articles().len()).collect();
        match order {
            ArticleOrder::Loaded => {}
            // Undated articles last: none is below every date.
            ArticleOrder::Date => all.sort_by_key(|&a| Reverse(self.store.article(a).date)),
            ArticleOrder::Source => all.sort_by_cached_key(|&a| {
                let source = self.store.article(a).source.as_deref();
                (source.is_none(), source.map(str::to_lowercase))
            }),
            ArticleOrder::Doubts => {
                all.sort_by_cached_key(|&a| Reverse(self.counts(a).doubted));
            }
            ArticleOrder::Unreviewed => all.sort_by_cached_key(|&a| Reverse(self.unreviewed(a))),
        }
        all
    }

    /// How many of article `a`'s figures nobody has reviewed.
    pub fn unreviewed(&self, a: usize) -> usize {
        let c = self.reviewed.counts(a);
        self.store
            .article_figures(a)
            .len()
            .saturating_sub(c.reviewed - c.added)
    }

    /// Article `a`'s place in the order shown, by which `visible` is sorted.
    fn rank_of(&self, a: usize) -> usize {
        match self.article_order {
            ArticleOrder::Loaded => a,
            _ => self.ranking.rank.get(a).map_or(a, |&r| r as usize),
        }
    }

    /// Where article `a` is in the list shown, if it is.
    pub fn position_of(&self, a: usize) -> Option<usize> {
        let p = self.position_near(a);
        (self.visible.get(p) == Some(&a)).then_some(p)
    }

    /// Where article `a` is in the list shown, or, hidden, where it would
    /// be.
    pub(super) fn position_near(&self, a: usize) -> usize {
        let r = self.rank_of(a);
        self.visible.partition_point(|&v| self.rank_of(v) < r)
    }

    /// The number of the search hit last gone to, and of hits, as the
    /// status bar counts them: in the order shown.
    pub fn hit_number(&self) -> Option<(usize, usize)> {
        let s = self.search.as_ref()?;
        let i = s.current?;
        if self.article_order == ArticleOrder::Loaded {
            return Some((i + 1, s.hits.len()));
        }
        self.shown_hit
            .filter(|&(at, ..)| at == i)
            .map(|(_, n, of)| (n, of))
    }

    /// The next (or previous) search hit in the order shown, from the one
    /// last gone to or from the selection: its index in the hits and its
    /// number among those shown, of how many.
    pub(super) fn step_hit_shown(&self, forward: bool) -> Option<(usize, usize, usize)> {
        let s = self.search.as_ref()?;
        // From the hit last gone to, if its article still shows; else from
        // the selection.
        let from = s
            .current
            .and_then(|i| s.hits.get(i))
            .and_then(|h| Some((self.position_of(h.article)?, h.range.start)));
        let from_hit = from.is_some();
        let (pos, at) =
            from.unwrap_or((self.article, self.figure.map_or(0, |f| self.fig(f).start)));
        let n = self.visible.len();
        for step in 0..=n {
            let p = if forward {
                (pos + step) % n.max(1)
            } else {
                (pos + n - step % n.max(1)) % n.max(1)
            };
            let &a = self.visible.get(p)?;
            let hits = self.hits_in(a);
            let after = |h: &Hit| h.range.start > at;
            let from = |h: &Hit| h.range.start >= at;
            let within = match (step, forward) {
                // The article of the start: past the start; then, once
                // round, what was before it.
                (0, true) if from_hit => hits.iter().position(after),
                (0, true) => hits.iter().position(from),
                (0, false) => hits.iter().rposition(|h| !from(h)),
                (k, true) if k == n => hits.iter().position(|h| !after(h)),
                (k, false) if k == n => hits.iter().rposition(from),
                (_, true) => (!hits.is_empty()).then_some(0),
                (_, false) => hits.len().checked_sub(1),
            };
            let Some(within) = within else { continue };
            let lo = self
                .search
                .as_ref()
                .map_or(0, |s| s.hits.partition_point(|x| x.article < a));
            let before: usize = self.visible[..p]
                .iter()
                .map(|&v| self.hits_in(v).len())
                .sum();
            let total: usize = self.visible.iter().map(|&v| self.hits_in(v).len()).sum();
            return Some((lo + within, before + within + 1, total));
        }
        None
    }
}
