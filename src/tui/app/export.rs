//! `w`: the view on screen written to a CSV or JSON file. The figures table
//! as filtered and sorted (the columns `extract --format csv` writes, and
//! the review's mark), or the claims rows of the scope shown (the columns
//! of `compare --format csv`), through the prompt of `tui::export`.

use super::{App, Modal, Pane, ScopeKind, SortKey};
use crate::compare::Scope;
use crate::sheet::{self, Cell, Sheet};
use crate::tui::action::Action;
use crate::tui::export::{Export, WriteDialog, write_file};

impl App {
    /// Open the `w` prompt on `export`: what another view calls, with a
    /// sheet of what it shows, to be written like the figures and claims.
    ///
    /// ```ignore
    /// // A timeline's `w`: its rows, one call.
    /// let mut sheet = Sheet::new(["night", "claimant", "value"]);
    /// sheet.push(vec!["2025-06-12".into(), "ua".into(), Cell::Number(17)]);
    /// self.offer_write(Export::new("nights", "the timeline", "timeline", sheet));
    /// ```
    pub fn offer_write(&mut self, export: Export) {
        if export.sheet.rows.is_empty() {
            self.message = Some(format!("no {} to write", export.noun));
            return;
        }
        // A view over the main one (the timeline) comes back when the
        // prompt closes.
        let back = std::mem::replace(&mut self.modal, Modal::Write(Box::new(WriteDialog::new(export))));
        self.after_write = (back != Modal::None).then_some(back);
    }

    /// Close the `w` prompt, back to the view it was opened over.
    fn close_write(&mut self) {
        self.modal = self.after_write.take().unwrap_or(Modal::None);
    }

    /// `w` in the main view: the focused pane's rows, or the lower pane's.
    pub(super) fn open_write(&mut self) {
        let pane = match self.focus {
            Pane::Figures | Pane::Claims => self.focus,
            Pane::Articles | Pane::Text => self.lower,
        };
        let export = match pane {
            Pane::Claims => self.claims_export(),
            _ => self.figures_export(),
        };
        self.offer_write(export);
    }

    /// The figures table as it shows, each figure as the analyst has it.
    fn figures_export(&self) -> Export {
        let mut sheet = Sheet::new(sheet::figures::COLUMNS.into_iter().chain(["review"]));
        for &id in &self.rows {
            let mut row = sheet::figures::cells(self.fig(id));
            row.push(Cell::text(self.mark(id).map(|m| m.label())));
            sheet.push(row);
        }
        let id = self
            .current()
            .map_or(String::new(), |a| self.store.article(a).id.clone());
        let n = self.rows.len();
        let shown = if self.filters.on_figures() {
            " the filters let through"
        } else {
            ""
        };
        let order = match self.sort {
            SortKey::Position => "in text order".to_string(),
            k => format!("sorted by {}", k.label()),
        };
        Export::new(
            "figures",
            format!("the {n} figures of {id}{shown}, {order}"),
            &format!("figures-{id}"),
            sheet,
        )
    }

    /// The claims rows of the scope shown.
    fn claims_export(&self) -> Export {
        let rows = self.claim_rows();
        let sheet = sheet::claims::sheet(&rows, |id| self.fig(id));
        let (what, stem) = match self.scope {
            ScopeKind::Article => {
                let id = self
                    .current()
                    .map_or(String::new(), |a| self.store.article(a).id.clone());
                (format!("article {id}"), format!("article-{id}"))
            }
            ScopeKind::Night => match self.night_scope() {
                Some(Scope::Night(d)) => (format!("the night of {d}"), format!("night-{d}")),
                Some(s) => {
                    let name = s.name(&self.store);
                    (name.clone(), format!("night-{name}"))
                }
                None => ("the night".into(), "night".into()),
            },
            ScopeKind::Corpus => ("the corpus".into(), "corpus".into()),
        };
        Export::new(
            "claims rows",
            format!("the {} claims rows for {what}", rows.len()),
            &format!("claims-{stem}"),
            sheet,
        )
    }

    /// A key in the `w` prompt.
    pub(super) fn write_dialog(&mut self, action: Action) {
        let Modal::Write(d) = &mut self.modal else {
            return;
        };
        if d.overwrite.is_some() {
            if action == Action::Input('y') {
                return self.write_now(true);
            }
            d.overwrite = None;
            d.error = Some("not overwritten: change the name, or Enter and y".into());
            return;
        }
        match action {
            Action::Input(c) => {
                d.name.push(c);
                d.error = None;
            }
            Action::Backspace => {
                d.name.pop();
                d.error = None;
            }
            Action::NextPane | Action::PrevPane => d.switch_format(),
            Action::Enter => self.write_now(false),
            Action::Cancel | Action::Quit => {
                self.close_write();
                self.message = Some("nothing written".into());
            }
            _ => {}
        }
    }

    /// Write the prompt's sheet where its name points; a file there is
    /// asked about first unless `overwrite`. What goes wrong stays in the
    /// prompt, for the name to be put right.
    fn write_now(&mut self, overwrite: bool) {
        let Modal::Write(d) = &mut self.modal else {
            return;
        };
        let (path, format) = match d.target() {
            Ok(t) => t,
            Err(e) => {
                d.error = Some(e);
                return;
            }
        };
        if !overwrite && path.is_file() {
            d.overwrite = Some(path);
            return;
        }
        d.overwrite = None;
        match write_file(&d.export.sheet, format, &path) {
            Ok(()) => {
                let n = d.export.sheet.rows.len();
                let noun = d.export.noun.clone();
                self.close_write();
                self.message = Some(format!("wrote {n} {noun} to {}", path.display()));
            }
            Err(e) => d.error = Some(e),
        }
    }
}
