//! Stacking filters on the figures' columns: `,` offers the selected
//! figure's own values to choose from, `=` takes an expression; the summary
//! sheet and the sources view add theirs to the same stack.

use super::{App, Modal, prompt};
use crate::store::FigureId;
use crate::tui::action::Action;
use crate::tui::column_filter::{self, ColumnFilter, Columns};

/// The `,` chooser: filters on each of a figure's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    pub figure: FigureId,
    pub options: Vec<ColumnFilter>,
    pub selected: usize,
}

impl App {
    pub(super) fn open_chooser(&mut self) {
        let Some(id) = self.figure else {
            self.message = Some(format!(
                "select a figure first, to filter by its values: {}",
                self.keymap.key("enter")
            ));
            return;
        };
        let outlet = self.store.outlet(self.owner(id));
        let options = column_filter::values_of(self.fig(id), outlet);
        self.modal = Modal::Choose(Chooser {
            figure: id,
            options,
            selected: 0,
        });
    }

    pub(super) fn chooser(&mut self, action: Action) {
        let Modal::Choose(c) = &mut self.modal else {
            return;
        };
        let last = c.options.len().saturating_sub(1);
        match action {
            Action::Down | Action::ScrollDown { .. } => c.selected = (c.selected + 1).min(last),
            Action::Up | Action::ScrollUp { .. } => c.selected = c.selected.saturating_sub(1),
            Action::Top => c.selected = 0,
            Action::Bottom => c.selected = last,
            Action::Input(d @ '1'..='9') => {
                let i = d as usize - '1' as usize;
                if i <= last {
                    c.selected = i;
                    self.chooser(Action::Enter);
                }
            }
            Action::Enter => {
                let chosen = c.options.get(c.selected).cloned();
                self.modal = Modal::None;
                if let Some(f) = chosen {
                    self.toggle_column_filter(f);
                }
            }
            Action::Cancel | Action::Quit | Action::FilterByValue | Action::Click { .. } => {
                self.modal = Modal::None
            }
            _ => {}
        }
    }

    pub(super) fn open_expression(&mut self) {
        let mut text = self.filters.columns.expression();
        if !text.is_empty() {
            text.push(' ');
        }
        self.modal = Modal::Expression(text);
    }

    pub(super) fn expression_prompt(&mut self, action: Action) {
        let Modal::Expression(text) = &mut self.modal else {
            return;
        };
        if prompt::edit(text, &action, 500) {
            return;
        }
        match action {
            Action::Cancel => self.modal = Modal::None,
            Action::Enter => match column_filter::parse(text, super::jump::today()) {
                Ok(filters) => {
                    self.modal = Modal::None;
                    let mut stack = Columns::default();
                    for f in filters {
                        stack.add(f);
                    }
                    self.filters.columns = stack;
                    self.columns_changed();
                }
                // The prompt stays open, so the expression can be fixed.
                Err(e) => self.message = Some(e),
            },
            _ => {}
        }
    }

    /// Stack filter `f`, or lift it if it is stacked already.
    pub(super) fn toggle_column_filter(&mut self, f: ColumnFilter) {
        self.filters.columns.toggle(f);
        self.columns_changed();
    }

    /// Stack filter `f` (another value of its column gives way).
    pub(super) fn add_column_filter(&mut self, f: ColumnFilter) {
        self.filters.columns.add(f);
        self.columns_changed();
    }

    fn columns_changed(&mut self) {
        self.recompute_visible();
        let cols = &self.filters.columns;
        self.message = Some(if cols.is_empty() {
            "no filter on the figures' columns".into()
        } else {
            let what: Vec<String> = cols.iter().map(ToString::to_string).collect();
            let n = self.visible.len();
            format!(
                "only figures with {}: {n} article{} (Esc clears)",
                what.join(" · "),
                if n == 1 { "" } else { "s" }
            )
        });
    }
}
