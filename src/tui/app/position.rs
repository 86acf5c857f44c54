//! The position saved at the last exit, put back: as soon as its article
//! is loaded (the rest may still be loading), unless the analyst has moved
//! meanwhile; forgotten quietly when its article never comes.

use super::{App, Pane, ScopeKind, SortKey};
use crate::tui::action::Action;
use crate::tui::position::{FigureAt, Position};

impl App {
    /// Go back to `position` once its article is in: now, if it is.
    pub fn restore(&mut self, position: Position) {
        self.restore = Some(position);
        self.restore_position();
    }

    /// Where the analyst is, to save: the position still waiting for its
    /// article when it has not come (nothing else happened meanwhile), else
    /// the current one; none before any article.
    pub fn position(&self) -> Option<Position> {
        if let Some(p) = &self.restore {
            return Some(p.clone());
        }
        let a = self.current()?;
        let article = self.store.article(a).id.clone();
        let figure = self.figure.map(|id| {
            let f = self.fig(id);
            FigureAt {
                article: f.article.to_string(),
                start: f.start,
                end: f.end,
            }
        });
        Some(Position {
            article,
            figure,
            focus: self.focus.title().to_lowercase(),
            lower: self.lower.title().to_lowercase(),
            scope: self.scope.label().into(),
            sort: self.sort.label().into(),
        })
    }

    /// A key or a click before the position came back: the analyst is
    /// elsewhere now, and it is not put back over them. Help, a setting
    /// and copying move nothing.
    pub(super) fn analyst_acts(&mut self, action: &Action) {
        let moves = !matches!(
            action,
            Action::Help | Action::ToggleAdvance | Action::CopyCitation | Action::OpenUrl
        ) && !matches!(self.modal, super::Modal::Help);
        if moves {
            self.restore = None;
        }
    }

    /// Put the waiting position back if its article is in; forget it once
    /// loading is done without it.
    pub(super) fn restore_position(&mut self) {
        let Some(p) = &self.restore else { return };
        let Some(a) = self.store.article_index(&p.article) else {
            if self.loading.done {
                self.restore = None;
            }
            return;
        };
        let Some(p) = self.restore.take() else { return };
        let Ok(pos) = self.visible.binary_search(&a) else {
            return;
        };
        if let Some(sort) = SortKey::ALL.into_iter().find(|k| k.label() == p.sort) {
            self.sort = sort;
        }
        self.select_article(pos);
        if let Some(at) = p.figure.filter(|f| f.article == p.article) {
            // The same span, else the first figure from where it was: the
            // engine may read the text a little otherwise now.
            let same = self.rows.iter().copied().find(|&id| {
                let f = self.fig(id);
                (f.start, f.end) == (at.start, at.end)
            });
            let near = || {
                let mut order = self.text_order();
                order.retain(|&id| self.fig(id).start >= at.start);
                order.first().copied()
            };
            if let Some(id) = same.or_else(near) {
                self.select_figure(Some(id));
            }
        }
        let scopes = [ScopeKind::Article, ScopeKind::Night, ScopeKind::Corpus];
        if let Some(scope) = scopes.into_iter().find(|s| s.label() == p.scope) {
            self.scope = scope;
        }
        let pane = |name: &str| {
            Pane::ALL
                .into_iter()
                .find(|q| q.title().eq_ignore_ascii_case(name))
        };
        if let Some(lower) = pane(&p.lower).filter(|q| matches!(q, Pane::Figures | Pane::Claims)) {
            self.lower = lower;
        }
        if let Some(focus) = pane(&p.focus) {
            self.set_focus(focus);
        }
        self.anchor_figure();
        if self.message.is_none() {
            self.message = Some(format!("back where you left off: {}", p.article));
        }
    }
}
