//! The timeline view's state and keys: a night and a matter selected, the
//! figures behind a cell listed, and the ways back to the main view (a
//! night's claims, a figure in its text).

use std::rc::Rc;

use chrono::NaiveDate;

use super::{App, Modal, Pane, ScopeKind};
use crate::compare::Row;
use crate::store::FigureId;
use crate::time::jump::nearest;
use crate::timeline::{Timeline, main_lines, timeline};
use crate::tui::action::Action;
use crate::tui::export::Export;

/// Where the timeline's cursor is; kept while the view is closed, so `t`
/// comes back to the same cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineState {
    /// The selected night, by date, so that it stays put as nights come in.
    pub night: Option<NaiveDate>,
    /// 0: the night itself; from 1, a matter (a line of the timeline).
    pub column: usize,
    /// The figures behind the cell Enter opened.
    pub cell: Option<CellList>,
}

/// The figures behind one cell, one selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellList {
    pub figures: Vec<FigureId>,
    pub selected: usize,
}

/// Nights a page key moves.
const PAGE: usize = 10;

/// The timeline built from the corpus rows it was made from.
pub(super) type TimelineCache = Option<(Rc<Vec<Row>>, Rc<Timeline>)>;

impl App {
    /// The timeline of the main matters over the figures as reviewed: from
    /// the corpus claims as shown (the last ones while newer are compared),
    /// rebuilt only when those change.
    pub fn timeline(&self) -> Rc<Timeline> {
        let rows = self.corpus_rows_shown();
        let mut cache = self.timeline_cache.borrow_mut();
        if let Some((from, t)) = cache.as_ref()
            && Rc::ptr_eq(from, &rows)
        {
            return t.clone();
        }
        let t = Rc::new(timeline(
            &self.reviewed.view(&self.store),
            &rows,
            &main_lines(),
        ));
        *cache = Some((rows, t.clone()));
        t
    }

    /// Whether the timeline is on screen: open, or under a prompt opened
    /// over it (`:`, `w`).
    pub fn over_timeline(&self) -> bool {
        match &self.modal {
            Modal::Timeline => true,
            Modal::Jump(_) => self.jump_in_timeline,
            Modal::Write(_) => self.after_write == Some(Modal::Timeline),
            _ => false,
        }
    }

    /// The row of the selected night in `t`: the night itself, else the
    /// nearest after it, else the last.
    pub fn timeline_row(&self, t: &Timeline) -> usize {
        let last = t.nights.len().saturating_sub(1);
        match self.timeline.night.map(|d| t.find(d)) {
            Some(Ok(i)) => i,
            Some(Err(i)) => i.min(last),
            None => last,
        }
    }

    pub(super) fn open_timeline(&mut self) {
        let t = self.timeline();
        // The night the analyst is reading about, when it is on the timeline.
        if let Some(d) = self.night().filter(|&d| t.find(d).is_ok()) {
            self.timeline.night = Some(d);
        }
        if self.timeline.night.is_none() {
            self.timeline.night = t.nights.last().map(|r| r.night);
        }
        if self.timeline.column == 0 {
            self.timeline.column = 1;
        }
        self.timeline.cell = None;
        self.modal = Modal::Timeline;
        if t.nights.is_empty() {
            self.message = Some(match t.undated {
                0 => "no figure of the main matters yet".into(),
                n => format!(
                    "no night on the timeline: {n} figures have no night (D gives an article one)"
                ),
            });
        }
    }

    pub(super) fn timeline_keys(&mut self, action: Action) {
        if self.timeline.cell.is_some() {
            return self.cell_list_keys(action);
        }
        let t = self.timeline();
        let row = self.timeline_row(&t);
        let last = t.nights.len().saturating_sub(1);
        let go = |app: &mut App, r: usize| {
            app.timeline.night = t.nights.get(r.min(last)).map(|n| n.night);
        };
        match action {
            Action::Down | Action::ScrollDown { .. } => go(self, row + 1),
            Action::Up | Action::ScrollUp { .. } => go(self, row.saturating_sub(1)),
            Action::PageDown => go(self, row + PAGE),
            Action::PageUp => go(self, row.saturating_sub(PAGE)),
            Action::Top => go(self, 0),
            Action::Bottom => go(self, last),
            Action::NextPane | Action::Right => {
                self.timeline.column = (self.timeline.column + 1).min(t.lines.len());
            }
            Action::PrevPane | Action::Left => {
                self.timeline.column = self.timeline.column.saturating_sub(1);
            }
            Action::NextArticle | Action::PrevArticle => {
                let next = action == Action::NextArticle;
                // The next night with a figure for the selected matter.
                let has = |r: usize| match self.timeline.column {
                    0 => true,
                    c => !t.nights[r].cells[c - 1].is_empty(),
                };
                let found = if next {
                    (row + 1..t.nights.len()).find(|&r| has(r))
                } else {
                    (0..row).rev().find(|&r| has(r))
                };
                match found {
                    Some(r) => go(self, r),
                    None => {
                        self.message = Some(format!(
                            "no {} night with {}",
                            if next { "later" } else { "earlier" },
                            self.timeline_column_name(&t)
                        ));
                    }
                }
            }
            Action::Enter => self.timeline_enter(&t, row),
            Action::Jump => {
                self.jump_in_timeline = true;
                self.modal = Modal::Jump(String::new());
            }
            Action::WriteView => {
                let sheet = crate::sheet::timeline::sheet(&t);
                let what = format!(
                    "the timeline: {} rows over {} nights",
                    sheet.rows.len(),
                    t.nights.len()
                );
                self.offer_write(Export::new("timeline rows", what, "timeline", sheet));
            }
            Action::Cancel | Action::Quit | Action::Timeline => self.modal = Modal::None,
            _ => {}
        }
    }

    /// Put the timeline's cursor on `night`, or on the nearest night it
    /// holds; says which.
    pub(super) fn timeline_go_to(&mut self, night: NaiveDate) {
        let t = self.timeline();
        let Some(near) = nearest(t.nights.iter().map(|r| r.night), night) else {
            self.message = Some("no night on the timeline".into());
            return;
        };
        self.timeline.night = Some(near);
        self.message = Some(if near == night {
            format!("night of {}", night.format("%a %-d %b %Y"))
        } else {
            format!("no figure of these matters on {night}; nearest: {near}")
        });
    }

    /// What the selected column is, in words.
    fn timeline_column_name(&self, t: &Timeline) -> String {
        match self.timeline.column {
            0 => "a figure".into(),
            c => t.lines[c - 1].label.clone(),
        }
    }

    fn timeline_enter(&mut self, t: &Timeline, row: usize) {
        let Some(night) = t.nights.get(row) else {
            return;
        };
        let d = night.night;
        if self.timeline.column == 0 {
            // The night's claims: a figure of the night selected, so that
            // the claims pane's night is it.
            let Some(&id) = night.cells.iter().flat_map(|c| c.figures.first()).next() else {
                return;
            };
            self.modal = Modal::None;
            self.reveal(id);
            self.scope = ScopeKind::Night;
            self.claim = 0;
            self.view.claims_offset.set(0);
            self.set_focus(Pane::Claims);
            self.message = Some(format!("claims for the night of {d}"));
            return;
        }
        let c = self.timeline.column - 1;
        let cell = &night.cells[c];
        if cell.is_empty() {
            self.message = Some(format!("no figure for {} on {d}", t.lines[c].label));
            return;
        }
        self.view.cell_list_offset.set(0);
        self.timeline.cell = Some(CellList {
            figures: cell.figures.clone(),
            selected: 0,
        });
    }

    fn cell_list_keys(&mut self, action: Action) {
        let Some(list) = self.timeline.cell.as_mut() else {
            return;
        };
        let last = list.figures.len().saturating_sub(1);
        match action {
            Action::Down | Action::ScrollDown { .. } => {
                list.selected = (list.selected + 1).min(last)
            }
            Action::Up | Action::ScrollUp { .. } => list.selected = list.selected.saturating_sub(1),
            Action::PageDown => list.selected = (list.selected + PAGE).min(last),
            Action::PageUp => list.selected = list.selected.saturating_sub(PAGE),
            Action::Top => list.selected = 0,
            Action::Bottom => list.selected = last,
            Action::Enter => {
                let id = list.figures.get(list.selected).copied();
                self.timeline.cell = None;
                if let Some(id) = id {
                    self.modal = Modal::None;
                    self.go_to_figure(id);
                }
            }
            Action::Cancel | Action::Quit => self.timeline.cell = None,
            Action::Timeline => {
                self.timeline.cell = None;
                self.modal = Modal::None;
            }
            _ => {}
        }
    }
}
