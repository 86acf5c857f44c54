//! Claims: one side's figures for a matter grouped by value, hedge and
//! place, each with how often it is given and by how many sources.

use std::collections::hash_map::Entry;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::Figures;
use crate::model::{Figure, Qualifier};
use crate::store::FigureId;

/// One value for a matter, as one side gives it for one place (or for
/// none), with every mention of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub value: u64,
    pub qualifier: Qualifier,
    /// The place it is about, case and spacing aside: claims for two places
    /// are parts that add up, not rivals.
    pub place: Option<Arc<str>>,
    /// Every figure that gives this value, in store order.
    pub figures: Vec<FigureId>,
    /// Distinct outlets, articles and sources (as written, case and spacing
    /// aside; none counts as one) that give it.
    pub outlets: usize,
    pub articles: usize,
    pub sources: usize,
    /// Every mention is given as part of a larger total (`three of them in
    /// Kyiv`), so it does not compete with the whole.
    pub part: bool,
}

impl Claim {
    /// How it was counted, for a repeat: `×3: 3 articles, 2 outlets`;
    /// nothing for a single mention.
    pub fn counted(&self) -> String {
        let n = self.figures.len();
        if n < 2 {
            return String::new();
        }
        let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        format!(
            "×{n}: {}, {}, {}",
            plural(self.articles, "article"),
            plural(self.outlets, "outlet"),
            plural(self.sources, "source")
        )
    }
}

impl Claim {
    /// ` in Kursk` and ` (the governor)`: its place and its source as its
    /// first figure `f` writes them, each cut by `cut`; empty where it has
    /// none.
    pub fn labels(&self, f: &Figure, cut: impl Fn(&str) -> String) -> (String, String) {
        let place = f.location.as_deref().filter(|_| self.place.is_some());
        let place = place.map_or_else(String::new, |p| format!(" in {}", cut(p)));
        let source = f.source.as_deref();
        let source = source.map_or_else(String::new, |s| format!(" ({})", cut(s)));
        (place, source)
    }
}

/// What a claim reads of a figure.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub id: FigureId,
    pub value: u64,
    pub qualifier: Qualifier,
    pub place: Option<Arc<str>>,
    /// Who gives it, case and spacing aside. Sources are written freely
    /// (`the air force`, `a preliminary air force bulletin`), so they do
    /// not split a claim, but a claim says how many it has.
    pub source: Option<Arc<str>>,
    /// Given as part of a larger total.
    pub part: bool,
}

/// Group figures, in store order, into claims by value, hedge and place.
pub(super) fn claims<F: Figures>(figures: &F, mentions: Vec<Mention>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    // Each claim's place in `out`: across the corpus a row holds thousands
    // of values.
    let mut at: FxHashMap<(u64, Qualifier, Option<Arc<str>>), usize> = FxHashMap::default();
    // Each claim's sources, by claim.
    let mut sources: Vec<Vec<Option<Arc<str>>>> = Vec::new();
    for m in mentions {
        match at.entry((m.value, m.qualifier, m.place)) {
            Entry::Occupied(e) => {
                let i = *e.get();
                let c = &mut out[i];
                c.figures.push(m.id);
                c.part &= m.part;
                if !sources[i].contains(&m.source) {
                    sources[i].push(m.source);
                }
            }
            Entry::Vacant(e) => {
                let place = e.key().2.clone();
                e.insert(out.len());
                sources.push(vec![m.source]);
                out.push(Claim {
                    value: m.value,
                    qualifier: m.qualifier,
                    place,
                    figures: vec![m.id],
                    outlets: 0,
                    articles: 0,
                    sources: 0,
                    part: m.part,
                });
            }
        }
    }
    let mut outlets: FxHashSet<&str> = FxHashSet::default();
    for (c, named) in out.iter_mut().zip(&sources) {
        c.sources = named.len();
        // In store order an article's figures sit together, so its
        // articles are counted where the owner changes.
        let mut last = None;
        for &i in &c.figures {
            let a = figures.article_of(i);
            if last != Some(a) {
                last = Some(a);
                c.articles += 1;
                outlets.insert(figures.store().outlet(a));
            }
        }
        c.outlets = outlets.len();
        outlets.clear();
    }
    out.sort_by_key(|c| std::cmp::Reverse(c.articles));
    out
}
