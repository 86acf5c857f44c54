//! The same matter on the same night for the same place, told differently
//! by different articles or sources.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::message::Why;
use super::{Add, DoubtKind, View};
use crate::compare::Figures;
use crate::model::{Figure, Qualifier};
use crate::store::{FigureId, Matter};

/// The figures a figure is held against: those about its night, matter
/// and place. A running total, or a part of another figure (`six of them
/// over Tula`), is held against none: parts are not rivals of their total
/// nor of each other, and so neither are figures for different places.
pub type Group = (NaiveDate, Matter, Option<Arc<str>>);

/// The group figure `f` is held against, if any.
pub fn group_of(f: &Figure) -> Option<Group> {
    if f.cumulative || f.subset_of.is_some() {
        return None;
    }
    Some((f.date?, Matter::of(f), f.location.clone()))
}

/// Every group of night `date`.
pub(super) fn same_night<F: Figures + ?Sized>(
    view: &View<'_, F>,
    date: NaiveDate,
    add: &mut Add<'_>,
) {
    let mut groups: HashMap<(Matter, Option<&str>), Vec<FigureId>> = HashMap::new();
    for id in view.night(date) {
        if let Some(f) = view
            .get(id)
            .filter(|f| !f.cumulative && f.subset_of.is_none())
        {
            groups
                .entry((Matter::of(f), f.location.as_deref()))
                .or_default()
                .push(id);
        }
    }
    for ids in groups.values() {
        group(view, ids, add);
    }
}

/// The figures of one group, `ids` in the order [`View::night`] gives them.
pub(super) fn group<F: Figures + ?Sized>(view: &View<'_, F>, ids: &[FigureId], add: &mut Add<'_>) {
    if ids.len() < 2 {
        return;
    }
    let briefs: Vec<Brief<'_>> = ids.iter().filter_map(|&i| Brief::of(view, i)).collect();
    // What the whole group says, once: exact values sorted and counted,
    // so each figure's count of clashes costs a lookup, not a pass over
    // the night.
    let mut exact: Vec<u64> = briefs
        .iter()
        .filter(|b| b.exact())
        .map(|b| b.value)
        .collect();
    exact.sort_unstable();
    // Hedged figures' ranges, their ends sorted: a range clashes with
    // those that start above its top or end below its bottom.
    let ranges: Vec<(f64, f64)> = briefs
        .iter()
        .filter(|b| !b.exact())
        .map(|b| crate::model::bounds(b.value, b.qualifier))
        .collect();
    let mut starts: Vec<f64> = ranges.iter().map(|r| r.0).collect();
    let mut ends: Vec<f64> = ranges.iter().map(|r| r.1).collect();
    starts.sort_by(f64::total_cmp);
    ends.sort_by(f64::total_cmp);
    let hedged_outside = |lo: f64, hi: f64| {
        starts.len() - starts.partition_point(|&s| s <= hi) + ends.partition_point(|&e| e < lo)
    };
    let (lo_all, hi_all) = (exact.first().copied(), exact.last().copied());
    // Examples are taken from the first figures of the night only, so
    // a figure's search ends early; exact and hedged apart, since an
    // exact figure clashes only with hedged ones.
    const WINDOW: usize = 513;
    const KEPT: usize = 16;
    let window = &briefs[..briefs.len().min(WINDOW)];
    let (exact_window, hedged_window): (Vec<&Brief<'_>>, Vec<&Brief<'_>>) =
        window.iter().partition(|b| b.exact());
    for fa in &briefs {
        let examples = |among: &mut dyn Iterator<Item = &Brief<'_>>, clash: bool| {
            among
                .filter(|b| fa.comparable(b) && (!clash || !fa.compatible(b)))
                .take(KEPT)
                .map(|b| b.id)
                .collect::<Vec<FigureId>>()
        };
        let (lo, hi) = crate::model::bounds(fa.value, fa.qualifier);
        // How many others differ, counted first: a figure that none
        // contradicts needs no search for examples.
        let exact_n = if fa.exact() {
            let same = exact.partition_point(|&v| v <= fa.value)
                - exact.partition_point(|&v| v < fa.value);
            exact.len() - same
        } else {
            0
        };
        let hedged_n = if fa.exact() {
            hedged_outside(lo, hi)
        } else {
            let outside = exact.partition_point(|&v| (v as f64) < lo)
                + (exact.len() - exact.partition_point(|&v| (v as f64) <= hi));
            outside + hedged_outside(lo, hi)
        };
        let exact_ex = if exact_n > 0 {
            examples(&mut exact_window.iter().copied(), false)
        } else {
            Vec::new()
        };
        let hedged_ex = match (hedged_n > 0, fa.exact()) {
            (false, _) => Vec::new(),
            (true, true) => examples(&mut hedged_window.iter().copied(), true),
            (true, false) => examples(&mut window.iter(), true),
        };
        if !exact_ex.is_empty() {
            let (lo, hi) = (
                lo_all.unwrap_or(fa.value).min(fa.value),
                hi_all.unwrap_or(fa.value).max(fa.value),
            );
            let why = Why::Spread {
                total: exact_n.max(exact_ex.len()) as u32,
                lo,
                hi,
            };
            add(fa.id, DoubtKind::ConflictingValues, why, exact_ex);
        }
        if !hedged_ex.is_empty() {
            let why = Why::Clash {
                total: hedged_n.max(hedged_ex.len()) as u32,
            };
            add(fa.id, DoubtKind::HedgeConflict, why, hedged_ex);
        }
    }
}

/// What the same-night check reads of a figure, side by side with the
/// rest of its group: a night that hundreds of reports cover is read over
/// and over, and scattered figures would cost a cache miss each time.
struct Brief<'s> {
    id: FigureId,
    value: u64,
    qualifier: Qualifier,
    owner: usize,
    source: Option<&'s str>,
}

impl<'s> Brief<'s> {
    fn of<F: Figures + ?Sized>(view: &View<'s, F>, id: FigureId) -> Option<Brief<'s>> {
        let f = view.get(id)?;
        Some(Brief {
            id,
            value: f.value,
            qualifier: f.qualifier,
            owner: view.owner(id),
            source: f.source.as_deref(),
        })
    }

    fn exact(&self) -> bool {
        self.qualifier == Qualifier::Exact
    }

    /// Whether `b` may be held against this figure: another value, from
    /// another article or the same source contradicting itself.
    fn comparable(&self, b: &Brief<'_>) -> bool {
        b.id != self.id
            && b.value != self.value
            && (self.owner != b.owner || self.source == b.source && self.source.is_some())
    }

    fn compatible(&self, b: &Brief<'_>) -> bool {
        crate::model::compatible(self.value, self.qualifier, b.value, b.qualifier)
    }
}
