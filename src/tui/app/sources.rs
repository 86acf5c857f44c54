//! `S`: every outlet and speaker with their figures, articles, nights and
//! how often someone else contradicts them, worked out once per state of
//! the review and kept; `o` orders the list, `Enter` filters the figures
//! to the row's outlet or speaker.

use std::rc::Rc;

use ratatui::layout::Position;

use super::{App, Modal};
use crate::compare::sources::{self, SortBy, Tally, Who};
use crate::store::FigureId;
use crate::tui::action::Action;
use crate::tui::column_filter::ColumnFilter;

/// What the tallies were worked out from: the store (its doubts generation
/// and figures) and the review's effect on figures.
type SourcesKey = (u64, usize, u64);

/// The tallies kept, with what they were worked out from, and whether the
/// corpus comparison was up to date with it (else they are redone once it
/// is).
#[derive(Debug)]
pub(super) struct SourcesCache {
    key: SourcesKey,
    exact: bool,
    tallies: Rc<Vec<Tally>>,
}

/// The sources overlay.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcesView {
    /// In `sort`'s order.
    pub rows: Vec<Tally>,
    pub sort: SortBy,
    pub selected: usize,
    /// The disputes are counted over a comparison that is being brought up
    /// to date on its own thread; the view is redone when it lands.
    pub updating: bool,
}

impl SourcesView {
    pub fn outlets(&self) -> usize {
        self.rows.iter().filter(|t| t.who == Who::Outlet).count()
    }
}

impl App {
    /// The tallies of the figures as reviewed, by most figures, and whether
    /// their disputes are counted over the comparison as it stands (not
    /// while it is being brought up to date after a review action).
    pub fn source_tallies(&mut self) -> (Rc<Vec<Tally>>, bool) {
        let key = (self.doubts_gen, self.store.figures().len(), self.effect_gen);
        let kept = self.sources_cache.as_ref().filter(|c| c.key == key);
        if let Some(c) = kept.filter(|c| c.exact) {
            return (c.tallies.clone(), true);
        }
        let (rows, exact) = self.corpus_claims_now();
        if let Some(c) = kept.filter(|_| !exact) {
            return (c.tallies.clone(), false);
        }
        let ids: Vec<FigureId> = (0..self.store.figures().len() as FigureId)
            .chain(self.reviewed.added_ids())
            .collect();
        let tallies = Rc::new(sources::tally(
            &self.reviewed.view(&self.store),
            &ids,
            &rows,
        ));
        self.sources_cache = Some(SourcesCache {
            key,
            exact,
            tallies: tallies.clone(),
        });
        (tallies, exact)
    }

    pub(super) fn open_sources(&mut self) {
        let (tallies, exact) = self.source_tallies();
        let mut rows = Rc::unwrap_or_clone(tallies);
        if self.sources_sort != SortBy::Figures {
            sources::sort(&mut rows, self.sources_sort);
        }
        self.view.sources_offset.set(0);
        self.modal = Modal::Sources(SourcesView {
            rows,
            sort: self.sources_sort,
            selected: 0,
            updating: !exact,
        });
    }

    /// The sources view open while the comparison was brought up to date:
    /// counted again now that it is, the same row selected.
    pub(super) fn refresh_sources(&mut self) {
        if !matches!(&self.modal, Modal::Sources(v) if v.updating) {
            return;
        }
        let (tallies, exact) = self.source_tallies();
        let Modal::Sources(v) = &mut self.modal else {
            return;
        };
        let at = v.rows.get(v.selected).map(|t| (t.who, t.name.clone()));
        v.rows = Rc::unwrap_or_clone(tallies);
        sources::sort(&mut v.rows, v.sort);
        v.selected = select(&v.rows, at);
        v.updating = !exact;
    }

    pub(super) fn sources_view(&mut self, action: Action) {
        let Modal::Sources(v) = &mut self.modal else {
            return;
        };
        let last = v.rows.len().saturating_sub(1);
        let page = self
            .view
            .areas
            .get()
            .sources
            .map_or(10, |r| (r.height as usize).saturating_sub(1).max(1));
        match action {
            Action::Down | Action::ScrollDown { .. } => v.selected = (v.selected + 1).min(last),
            Action::Up | Action::ScrollUp { .. } => v.selected = v.selected.saturating_sub(1),
            Action::PageDown => v.selected = (v.selected + page).min(last),
            Action::PageUp => v.selected = v.selected.saturating_sub(page),
            Action::Top => v.selected = 0,
            Action::Bottom => v.selected = last,
            Action::Sort => {
                // The row selected stays selected.
                let at = v.rows.get(v.selected).map(|t| (t.who, t.name.clone()));
                v.sort = v.sort.next();
                sources::sort(&mut v.rows, v.sort);
                v.selected = select(&v.rows, at);
                self.sources_sort = v.sort;
                self.message = Some(format!("sources by {}", v.sort.label()));
            }
            Action::Click { col, row } => {
                let list = self.view.areas.get().sources;
                match list.filter(|r| r.contains(Position { x: col, y: row })) {
                    Some(r) => {
                        let i = self.view.sources_offset.get() + (row - r.y) as usize;
                        if i <= last && !v.rows.is_empty() {
                            v.selected = i;
                            self.sources_view(Action::Enter);
                        }
                    }
                    None => self.modal = Modal::None,
                }
            }
            Action::Enter => {
                let Some(t) = v.rows.get(v.selected) else {
                    self.modal = Modal::None;
                    return;
                };
                let text = t.name.clone();
                let filter = match t.who {
                    Who::Outlet => ColumnFilter::Outlet { text, whole: true },
                    Who::Speaker => ColumnFilter::Source { text, whole: true },
                };
                self.modal = Modal::None;
                self.add_column_filter(filter);
            }
            Action::Cancel | Action::Quit | Action::Sources => self.modal = Modal::None,
            _ => {}
        }
    }
}

/// Where the row of `at` (who and name) is in `rows`; the first row when
/// it is not.
fn select(rows: &[Tally], at: Option<(Who, String)>) -> usize {
    at.and_then(|(who, name)| rows.iter().position(|t| t.who == who && t.name == name))
        .unwrap_or(0)
}
