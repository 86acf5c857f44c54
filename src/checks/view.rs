//! The figures the checks read: the store's own, or as a review has them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::compare::Figures;
use crate::model::Figure;
use crate::store::{FigureId, Store};

/// The figures of `figures` (the store, or the store as reviewed) with
/// those beyond the store's (added by hand) found by article and night,
/// and the store's whose night the review changed found by the new one.
pub struct View<'a, F: ?Sized> {
    figures: &'a F,
    /// Ids beyond the store's, in order.
    extra: Vec<FigureId>,
    extra_by_article: FxHashMap<usize, Vec<FigureId>>,
    /// Added figures and store figures moved to another night, by night.
    extra_by_date: BTreeMap<NaiveDate, Vec<FigureId>>,
    /// Store figures no longer about the night the store files them under.
    moved: FxHashSet<FigureId>,
}

impl<'a, F: Figures + ?Sized> View<'a, F> {
    /// `figures` with the ids `extra` beyond the store's; `changed` are
    /// store ids whose figure the review may have moved to another night.
    pub fn new(figures: &'a F, extra: &[FigureId], changed: &[FigureId]) -> View<'a, F> {
        let mut extra = extra.to_vec();
        extra.sort_unstable();
        let mut extra_by_article: FxHashMap<usize, Vec<FigureId>> = FxHashMap::default();
        let mut extra_by_date: BTreeMap<NaiveDate, Vec<FigureId>> = BTreeMap::new();
        for &id in &extra {
            extra_by_article
                .entry(figures.article_of(id))
                .or_default()
                .push(id);
            if let Some(d) = figures.compared(id).and_then(|f| f.date) {
                extra_by_date.entry(d).or_default().push(id);
            }
        }
        let store = figures.store();
        let mut moved = FxHashSet::default();
        for &id in changed {
            let (Some(engine), now) = (store.figures().get(id as usize), figures.compared(id))
            else {
                continue;
            };
            let night = now.and_then(|f| f.date);
            if now.is_some() && night != engine.date {
                moved.insert(id);
                if let Some(d) = night {
                    extra_by_date.entry(d).or_default().push(id);
                }
            }
        }
        for ids in extra_by_date.values_mut() {
            // A night's figures in store order: an article's together.
            ids.sort_unstable_by_key(|&id| (figures.article_of(id), id));
        }
        View {
            figures,
            extra,
            extra_by_article,
            extra_by_date,
            moved,
        }
    }

    pub fn figures(&self) -> &'a F {
        self.figures
    }

    pub fn store(&self) -> &'a Store {
        self.figures.store()
    }

    /// Figure `id` as checked; none when it does not count as a figure.
    pub fn get(&self, id: FigureId) -> Option<&'a Figure> {
        self.figures.compared(id)
    }

    /// The engine's figure `id`; none for one beyond the store's.
    pub fn engine(&self, id: FigureId) -> Option<&'a Figure> {
        self.store().figures().get(id as usize)
    }

    /// The index of figure `id`'s article.
    pub fn owner(&self, id: FigureId) -> usize {
        self.figures.article_of(id)
    }

    pub fn extra(&self) -> &[FigureId] {
        &self.extra
    }

    /// Every id of article `a`, figures or not.
    pub fn ids_of(&self, a: usize) -> impl Iterator<Item = FigureId> + '_ {
        let extra = self.extra_by_article.get(&a).map_or(&[][..], Vec::as_slice);
        self.store().article_figures(a).chain(extra.iter().copied())
    }

    /// Article `a`'s figures, in text order.
    pub fn article(&self, a: usize) -> Vec<(FigureId, &'a Figure)> {
        let mut figures: Vec<(FigureId, &Figure)> = self
            .ids_of(a)
            .filter_map(|id| Some((id, self.get(id)?)))
            .collect();
        if self.extra_by_article.contains_key(&a) {
            // Stable: at one place the engine's figure comes first.
            figures.sort_by_key(|(_, f)| f.start);
        }
        figures
    }

    /// The ids of the figures about night `d`, the store's first.
    pub fn night(&self, d: NaiveDate) -> impl Iterator<Item = FigureId> + '_ {
        let extra = self.extra_by_date.get(&d).map_or(&[][..], Vec::as_slice);
        let store = self.store().by_date(d).iter().copied();
        store
            .filter(|&id| self.get(id).is_some() && !self.moved.contains(&id))
            .chain(extra.iter().copied())
    }

    /// Every night some figure is about, in order.
    pub fn dates(&self) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = self.store().dates().collect();
        dates.extend(self.extra_by_date.keys());
        dates.sort_unstable();
        dates.dedup();
        dates
    }

    /// The figure that figure `id` of article `a` is given as part of,
    /// when that one counts as a figure.
    pub fn parent(&self, a: usize, f: &Figure) -> Option<(FigureId, &'a Figure)> {
        let p = self.store().figure_in(a, f.subset_of?)?;
        Some((p, self.get(p)?))
    }
}
