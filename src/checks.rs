//! Automatic doubts: the figures that deserve a second look, and why.
//!
//! Each doubt has a machine-readable kind and a sentence an analyst can
//! read. Checks look within an article (parts and totals), across the
//! figures about the same night, place and matter (disagreements), and at
//! each figure alone (who gives it, how it was read, how far it is from
//! what the corpus usually says). They read the figures through
//! [`View`]: the store's own, or as an analyst's review has them, and
//! [`Rechecked`] brings them up to date after one review action by running
//! again only the checks the action can change.

mod doubts;
mod figure;
mod garbled;
mod message;
mod night;
mod recheck;
mod typical;
mod view;
mod within;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use doubts::{Doubt, Doubts};
pub use recheck::Rechecked;
pub use view::View;

use crate::compare::Figures;
use crate::store::FigureId;
use doubts::Filer;
use message::Why;
use typical::Typical;

/// What kind of doubt a figure carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DoubtKind {
    /// Shot down plus not reached is more than was launched.
    ExceedsLaunched,
    /// Parts do not add up to the total they are given with.
    PartsMismatch,
    /// A part is larger than the total it belongs to.
    PartExceedsTotal,
    /// Other articles or sources give another value for the same night.
    ConflictingValues,
    /// A hedged figure that an exact one for the same night contradicts.
    HedgeConflict,
    /// Nobody is named as giving the figure.
    Unattributed,
    /// What is counted, or whose attack it was, is not read from the
    /// figure's own sentence.
    Inferred,
    /// Far from every other value the corpus has for its matter.
    Outlier,
    /// A running total smaller than one night's figure.
    TotalBelowNight,
    /// The text around it looks garbled.
    Garbled,
}

/// Which check raises a kind, in the order a figure's doubts are listed:
/// what a review action must run again to bring a kind up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// Within the figure's article.
    Article,
    /// Among the figures about its night, place and matter.
    Night,
    /// The figure on its own.
    Alone,
}

impl DoubtKind {
    pub const ALL: [DoubtKind; 10] = [
        DoubtKind::ExceedsLaunched,
        DoubtKind::PartsMismatch,
        DoubtKind::PartExceedsTotal,
        DoubtKind::ConflictingValues,
        DoubtKind::HedgeConflict,
        DoubtKind::Unattributed,
        DoubtKind::Inferred,
        DoubtKind::Outlier,
        DoubtKind::TotalBelowNight,
        DoubtKind::Garbled,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DoubtKind::ExceedsLaunched => "exceeds_launched",
            DoubtKind::PartsMismatch => "parts_mismatch",
            DoubtKind::PartExceedsTotal => "part_exceeds_total",
            DoubtKind::ConflictingValues => "conflicting_values",
            DoubtKind::HedgeConflict => "hedge_conflict",
            DoubtKind::Unattributed => "unattributed",
            DoubtKind::Inferred => "inferred",
            DoubtKind::Outlier => "outlier",
            DoubtKind::TotalBelowNight => "total_below_night",
            DoubtKind::Garbled => "garbled",
        }
    }

    fn family(self) -> Family {
        match self {
            DoubtKind::ExceedsLaunched
            | DoubtKind::PartsMismatch
            | DoubtKind::PartExceedsTotal
            | DoubtKind::TotalBelowNight => Family::Article,
            DoubtKind::ConflictingValues | DoubtKind::HedgeConflict => Family::Night,
            DoubtKind::Outlier
            | DoubtKind::Unattributed
            | DoubtKind::Inferred
            | DoubtKind::Garbled => Family::Alone,
        }
    }
}

/// One doubt found by a check, before it is filed under its figure.
type Found = (FigureId, DoubtKind, Why, Vec<FigureId>);

/// Where a check hands what it finds.
type Add<'a> = dyn FnMut(FigureId, DoubtKind, Why, Vec<FigureId>) + 'a;

/// Run `check` on every item of `items` on every core, handing what each
/// finds to `file` in the items' order. Items go `per_slice` at a time, so
/// what is found waits for filing a slice's worth, not a corpus's: an
/// article yields a few doubts, a night covered by hundreds of reports
/// yields hundreds.
fn on_all<T: Sync>(
    items: &[T],
    per_slice: usize,
    check: impl Fn(&T, &mut Add<'_>) + Sync,
    file: &mut impl FnMut(Vec<Found>),
) {
    use rayon::prelude::*;
    for slice in items.chunks(per_slice) {
        file(
            slice
                .par_iter()
                .with_min_len(per_slice / 64)
                .flat_map_iter(|item| {
                    let mut found = Vec::new();
                    check(item, &mut |id, kind, message, related| {
                        found.push((id, kind, message, related))
                    });
                    found
                })
                .collect(),
        );
    }
}

/// Every figure's doubts, over the store's own figures.
pub fn run(store: &crate::store::Store) -> Doubts {
    check(&View::new(store, &[], &[]))
}

/// Every figure's doubts, over the figures as `view` has them: the one
/// computation behind the store's doubts, `check --review` and, a part at
/// a time, the doubts the TUI shows as reviewed ([`Rechecked`]).
pub fn check<F: Figures + Sync>(view: &View<'_, F>) -> Doubts {
    let store = view.store();
    let typical = Typical::of(store);
    let articles: Vec<usize> = (0..store.articles().len()).collect();
    let dates: Vec<NaiveDate> = view.dates();
    let mut filer = Filer::new(store.figures().len(), view.extra());
    let mut file = |found: Vec<Found>| filer.file(found);
    // Checks run in parallel; their findings are filed in a fixed order,
    // one family at a time, so which doubt a figure keeps does not depend
    // on the number of cores.
    let within = |&a: &usize, add: &mut Add<'_>| within::within_article(view, a, add);
    on_all(&articles, 4096, within, &mut file);
    let night = |&date: &NaiveDate, add: &mut Add<'_>| night::same_night(view, date, add);
    on_all(&dates, 16, night, &mut file);
    let alone = |&a: &usize, add: &mut Add<'_>| figure::each_figure(view, &typical, a, add);
    on_all(&articles, 4096, alone, &mut file);
    filer.finish(typical)
}

#[cfg(test)]
mod tests;
