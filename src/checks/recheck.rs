//! Doubts as reviewed, kept as what they change of the store's, and brought
//! up to date after a review action by running again only the checks the
//! action can change: those within the figure's article, and those among
//! the figures about its night, place and matter (as the engine had it,
//! as it was and as it is).

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::doubts::Sharer;
use super::night::{Group, group_of};
use super::{Doubt, DoubtKind, Doubts, Family, View, figure, night, within};
use crate::compare::Figures;
use crate::model::Figure;
use crate::store::FigureId;

/// The doubts about the figures as reviewed that differ from the store's:
/// with [`Doubts`] worked out over the engine's figures, what [`super::check`]
/// gives over the figures as reviewed.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Rechecked {
    changed: FxHashMap<FigureId, Box<[Doubt]>>,
}

impl Rechecked {
    /// The doubts about figure `id` as reviewed, `base` the store's.
    pub fn of<'a>(&'a self, base: &'a Doubts, id: FigureId) -> &'a [Doubt] {
        self.changed
            .get(&id)
            .map_or_else(|| base.of(id), |d| &d[..])
    }

    /// Forget every change: the doubts are the store's.
    pub fn clear(&mut self) {
        self.changed.clear();
    }

    /// Check again what changes to figures can change: `changed` holds
    /// each figure's id and, when the review changed it before, the
    /// figure as it was then.
    pub fn recheck<F: Figures + ?Sized>(
        &mut self,
        view: &View<'_, F>,
        base: &Doubts,
        changed: &[(FigureId, Option<&Figure>)],
    ) {
        let mut articles = BTreeSet::new();
        let mut groups: BTreeSet<Group> = BTreeSet::new();
        for &(id, before) in changed {
            articles.insert(view.owner(id));
            for f in [view.engine(id), before, view.get(id)]
                .into_iter()
                .flatten()
            {
                groups.extend(group_of(f));
            }
        }
        // A figure that left its night keeps none of that night's doubts;
        // one still in a night gets them again with its group below.
        for &(id, _) in changed {
            self.replace(base, id, &[Family::Night], Vec::new());
        }
        let mut sharer = Sharer::default();
        for g in groups {
            let ids: Vec<FigureId> = view
                .night(g.0)
                .filter(|&id| view.get(id).and_then(group_of).as_ref() == Some(&g))
                .collect();
            let mut found: FxHashMap<FigureId, Vec<Doubt>> = FxHashMap::default();
            night::group(view, &ids, &mut |id, kind, why, related| {
                found
                    .entry(id)
                    .or_default()
                    .push(sharer.doubt(kind, why, related))
            });
            for id in ids {
                let new = found.remove(&id).unwrap_or_default();
                self.replace(base, id, &[Family::Night], new);
            }
        }
        for a in articles {
            let mut found: FxHashMap<FigureId, Vec<Doubt>> = FxHashMap::default();
            let mut add = |id, kind: DoubtKind, why, related| {
                let list = found.entry(id).or_default();
                // A figure keeps the first doubt of each kind, as when filed.
                if list.iter().all(|d| d.kind != kind) {
                    list.push(sharer.doubt(kind, why, related));
                }
            };
            within::within_article(view, a, &mut add);
            figure::each_figure(view, base.typical(), a, &mut add);
            for id in view.ids_of(a) {
                let new = found.remove(&id).unwrap_or_default();
                if view.get(id).is_some() {
                    self.replace(base, id, &[Family::Article, Family::Alone], new);
                } else {
                    // Not a figure: it has no doubts, and gives none.
                    self.set(base, id, Vec::new());
                }
            }
        }
    }

    /// Figure `id`'s doubts of `families` replaced by `new`, the others
    /// kept, in the order they are always listed.
    fn replace(&mut self, base: &Doubts, id: FigureId, families: &[Family], new: Vec<Doubt>) {
        let current = self.of(base, id);
        let mut list = Vec::with_capacity(current.len() + new.len());
        for family in [Family::Article, Family::Night, Family::Alone] {
            let from = if families.contains(&family) {
                &new[..]
            } else {
                current
            };
            list.extend(from.iter().filter(|d| d.kind.family() == family).cloned());
        }
        self.set(base, id, list);
    }

    fn set(&mut self, base: &Doubts, id: FigureId, list: Vec<Doubt>) {
        if list[..] == *base.of(id) {
            self.changed.remove(&id);
        } else {
            self.changed.insert(id, list.into_boxed_slice());
        }
    }
}
