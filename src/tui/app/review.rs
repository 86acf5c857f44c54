//! The review keys: accept, not a figure, flag, correct, add a figure the
//! engine missed, undo and redo, and the jump to the next figure nobody
//! has reviewed. Each action is recorded in the [`Review`] (on disk before
//! the screen says it is done), then the overlay is rebuilt.

use std::ops::Range;

use super::{App, FlagDialog, Modal, Pane, describe};
use crate::model::{Claimant, Event, Excerpt, Figure, Item, Qualifier};
use crate::review::{Decision, Key, Reason, Review, Saving};
use crate::store::FigureId;
use crate::tui::action::Action;
use crate::tui::form::{CorrectionForm, Target};
use crate::tui::pick::{self, Pick};
use crate::tui::reviewed::{Mark, is_added};

impl App {
    /// Use `review` from now on. Its warnings (a corrupt file moved aside,
    /// a torn last line, a file that cannot be written) go to the status
    /// bar and, after exit, to stderr.
    pub fn set_review(&mut self, mut review: Review) {
        let warnings = std::mem::take(&mut review.warnings);
        self.review = review;
        if let Some(first) = warnings.first() {
            self.message = Some(format!("review: {first}"));
        }
        self.warnings
            .extend(warnings.into_iter().map(|w| format!("warning: {w}")));
        self.review_changed();
    }

    /// Lay the review over the store again after it (or the store)
    /// changed, keeping the selection on the same figure.
    pub(super) fn review_changed(&mut self) {
        self.lay_review(None);
    }

    /// Lay the review over the store again after the decision on `key`,
    /// and no other, changed: what a review key does.
    fn decision_changed(&mut self, key: &Key) {
        self.lay_review(Some(key));
    }

    fn lay_review(&mut self, changed: Option<&Key>) {
        // Decisions from another window change other keys too.
        let changed = changed.filter(|_| self.review.news() == 0);
        // Added figures' ids follow their order, which an addition shifts:
        // hold on to the place rather than the id.
        let sel = self.figure.map(|id| (self.owner(id), self.fig(id).start));
        // A dialog open on an added figure (while loading goes on) follows
        // it by its key.
        let open = self.dialog_figure().filter(|&id| is_added(id));
        let open = open.map(|id| self.key_of(id));
        let effect = match changed {
            Some(key) => self.reviewed.update(&self.store, &self.review, key),
            None => self.reviewed.rebuild(&self.store, &self.review),
        };
        self.review_gen += 1;
        if effect {
            self.effect_gen += 1;
        }
        if let Some((a, start)) = sel {
            let order = self.figures_of(a);
            self.figure = order
                .iter()
                .copied()
                .find(|&id| self.fig(id).start >= start)
                .or_else(|| order.last().copied());
        }
        if let Some(key) = open {
            match self.locate(&key) {
                Some((_, Some(id))) => self.set_dialog_figure(id),
                _ => self.modal = Modal::None,
            }
        }
        if self.filters.on_figures() {
            self.recompute_visible();
        } else {
            self.refresh_rows();
        }
    }

    /// The figure the flag dialog or the correction form is about.
    fn dialog_figure(&self) -> Option<FigureId> {
        match &self.modal {
            Modal::Flag(d) => Some(d.figure),
            Modal::Correct(form) => match form.target {
                Target::Figure(id) => Some(id),
                Target::New { .. } => None,
            },
            _ => None,
        }
    }

    fn set_dialog_figure(&mut self, id: FigureId) {
        match &mut self.modal {
            Modal::Flag(d) => d.figure = id,
            Modal::Correct(form) => form.target = Target::Figure(id),
            _ => {}
        }
    }

    /// Called on every turn of the event loop: take in a corpus comparison
    /// done on its thread and the decisions another window wrote, and while
    /// the review cannot be saved, try again. True when that changed what
    /// the screen says.
    pub fn tick(&mut self) -> bool {
        // A corpus comparison or a search done on its thread, to draw.
        let compared = self.poll_claims();
        if compared {
            self.refresh_sources();
        }
        let claims = compared | self.poll_search(None) | self.poll_opener();
        if !matches!(self.review.saving(), Saving::Failing(_)) || self.review.unsaved() == 0 {
            self.review.refresh();
            return self.take_news(None) || claims;
        }
        if *self.review.retry() == Saving::Saved {
            let path = self
                .review
                .path()
                .map_or(String::new(), |p| format!(" to {}", p.display()));
            self.take_news(None);
            self.message = Some(format!("review saved{path}: every action is on disk"));
            return true;
        }
        self.take_news(None) || claims
    }

    /// Lay the review again if decisions from another window were taken
    /// in, and say so after `what` (or alone); true if there were any.
    fn take_news(&mut self, what: Option<String>) -> bool {
        let news = self.review.take_news();
        let skipped = std::mem::take(&mut self.review.warnings);
        self.warnings
            .extend(skipped.iter().map(|w| format!("warning: review: {w}")));
        if news == 0 && skipped.is_empty() {
            if let Some(what) = what {
                self.message = Some(what);
            }
            return false;
        }
        if news > 0 && what.is_none() {
            self.review_changed();
        }
        let s = if news == 1 { "" } else { "s" };
        let taken = format!("{news} decision{s} from another window taken in");
        let said = what.into_iter().chain((news > 0).then_some(taken));
        let said: Vec<String> = said.chain(skipped).collect();
        self.message = Some(said.join(" · "));
        true
    }

    /// What the status bar says while the review is not being saved.
    pub fn saving_problem(&self) -> Option<String> {
        match self.review.saving() {
            Saving::Failing(_) => Some(match self.review.unsaved() {
                0 => "review file not writable: kept in memory, not saved".to_string(),
                n => format!("review kept in memory, NOT SAVED ({n} unsaved)"),
            }),
            _ => None,
        }
    }

    /// A message about a review action, with a warning when it is only in
    /// memory.
    pub(super) fn done(&mut self, what: String) {
        let what = match self.review.saving() {
            Saving::Failing(_) => format!("{what} · NOT SAVED, kept in memory (retrying)"),
            _ => what,
        };
        self.take_news(Some(what));
    }

    /// The key the review knows figure `id` by.
    pub(super) fn key_of(&self, id: FigureId) -> Key {
        match self.reviewed.added(id) {
            Some(a) => a.key.clone(),
            None => Key::of(
                self.store.article(self.store.owner(id)),
                self.store.figure(id),
            ),
        }
    }

    /// The figure a review key is about, when its article is loaded: the
    /// article, and the figure if it is still there.
    pub(super) fn locate(&self, key: &Key) -> Option<(usize, Option<FigureId>)> {
        let a = self.store.article_index(&key.article)?;
        let id = self.ids_of(a).find(|&id| match self.reviewed.added(id) {
            Some(added) => added.key == *key,
            None => {
                let f = self.store.figure(id);
                (f.start, f.end, f.value) == (key.start, key.end, key.value)
            }
        });
        Some((a, id))
    }

    /// The figure a review key acts on: one the analyst can see with its
    /// detail, that is the selected figure in the text or the figures
    /// table, or the claims row's mention that Enter showed. Anywhere else
    /// the key acts on nothing and the status bar says what to do.
    fn selected(&mut self) -> Option<FigureId> {
        let target = match self.focus {
            Pane::Text | Pane::Figures => self.figure,
            Pane::Claims => self.mention().map(|m| m.id),
            Pane::Articles => None,
        };
        if target.is_none() {
            let how = match self.focus {
                Pane::Text | Pane::Figures => self.keymap.key("down"),
                _ => self.keymap.key("enter"),
            };
            self.message = Some(format!("select a figure first: {how}"));
        }
        target
    }

    /// Say that `what` is done where figures show with their detail.
    fn where_figures_show(&mut self, what: &str) {
        let how = match self.focus {
            Pane::Articles => format!("open the text first: {}", self.keymap.key("enter")),
            _ => format!(
                "go to the text or figures first: {}",
                self.keymap.key("prev_pane")
            ),
        };
        self.message = Some(format!("{what}: {how}"));
    }

    // ----- a, x -----

    pub(super) fn accept(&mut self) {
        let Some(id) = self.selected() else { return };
        if self
            .decision(id)
            .is_some_and(|d| d.accepted && d.flag.is_none())
        {
            self.message = Some(format!("{} is accepted already", describe(self.fig(id))));
            return;
        }
        let what = format!("accepted {}", describe(self.fig(id)));
        let key = self.key_of(id);
        self.review.accept(key.clone());
        self.decision_changed(&key);
        self.done(what);
    }

    pub(super) fn not_a_figure(&mut self) {
        let Some(id) = self.selected() else { return };
        if self.decision(id).is_some_and(Decision::not_a_figure) {
            self.message = Some(format!(
                "{} is marked not a figure already ({} accepts it, {} undoes)",
                describe(self.fig(id)),
                self.keymap.label("accept"),
                self.keymap.label("undo")
            ));
            return;
        }
        let what = format!("marked not a figure: {}", describe(self.fig(id)));
        let key = self.key_of(id);
        self.review
            .flag(key.clone(), Reason::NotAFigure, String::new());
        self.decision_changed(&key);
        self.done(what);
    }

    // ----- f -----

    pub(super) fn open_flag(&mut self) {
        let Some(id) = self.selected() else { return };
        let existing = self.decision(id).and_then(|d| d.flag.clone());
        self.modal = Modal::Flag(FlagDialog {
            figure: id,
            reason: existing
                .as_ref()
                .and_then(|(r, _)| Reason::ALL.iter().position(|x| x == r))
                .unwrap_or(0),
            note: existing
                .as_ref()
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            on_note: false,
            flagged: existing.is_some(),
        });
    }

    pub(super) fn flag_dialog(&mut self, action: Action) {
        let Modal::Flag(d) = &mut self.modal else {
            return;
        };
        let n = Reason::ALL.len();
        match action {
            Action::Cancel | Action::Quit => self.modal = Modal::None,
            Action::NextPane | Action::PrevPane => d.on_note = !d.on_note,
            Action::Down if !d.on_note => d.reason = (d.reason + 1) % n,
            Action::Up if !d.on_note => d.reason = (d.reason + n - 1) % n,
            Action::Top if !d.on_note => d.reason = 0,
            Action::Bottom if !d.on_note => d.reason = n - 1,
            Action::Input(c) if d.on_note => d.note.push(c),
            Action::Backspace if d.on_note => {
                d.note.pop();
            }
            Action::Input(c @ '1'..='9') => {
                let i = c as usize - '1' as usize;
                if i < n {
                    d.reason = i;
                    // A digit picks the reason and moves on to the note.
                    d.on_note = true;
                }
            }
            Action::Enter => {
                let (id, reason, note) =
                    (d.figure, Reason::ALL[d.reason], d.note.trim().to_string());
                self.modal = Modal::None;
                let what = format!("flagged {}: {}", describe(self.fig(id)), reason.label());
                let key = self.key_of(id);
                self.review.flag(key.clone(), reason, note);
                self.decision_changed(&key);
                self.done(what);
            }
            _ => {}
        }
    }

    // ----- e -----

    pub(super) fn open_correct(&mut self) {
        let Some(id) = self.selected() else { return };
        let mut form = CorrectionForm::new(Target::Figure(id), self.fig(id).clone());
        form.day = self.store.article(self.owner(id)).date;
        self.modal = Modal::Correct(Box::new(form));
    }

    pub(super) fn correct_form(&mut self, action: Action) {
        let Modal::Correct(form) = &mut self.modal else {
            return;
        };
        match action {
            Action::Cancel | Action::Quit => self.modal = Modal::None,
            Action::Input(c) => form.input(c),
            Action::Backspace => form.backspace(),
            Action::Up | Action::PrevPane => form.move_field(-1),
            Action::Down | Action::NextPane => form.move_field(1),
            Action::Left => form.cycle(-1),
            Action::Right => form.cycle(1),
            Action::Enter => self.save_form(),
            _ => {}
        }
    }

    fn save_form(&mut self) {
        let Modal::Correct(form) = &mut self.modal else {
            return;
        };
        let note = form.note.trim().to_string();
        match form.target {
            Target::Figure(id) => {
                let correction = match form.correction() {
                    Ok(c) => c,
                    Err(e) => {
                        form.error = Some(e);
                        return;
                    }
                };
                let summary = form.summary();
                self.modal = Modal::None;
                if correction.is_empty() {
                    self.message = Some("no field changed: nothing saved".into());
                    return;
                }
                let what = format!("corrected {}: {summary}", describe(self.fig(id)));
                let key = self.key_of(id);
                self.review.correct(key.clone(), correction, note);
                self.decision_changed(&key);
                self.done(what);
            }
            Target::New { article } => {
                let figure = match form.figure() {
                    Ok(f) => f,
                    Err(e) => {
                        form.error = Some(e);
                        return;
                    }
                };
                self.modal = Modal::None;
                let what = format!("added {}", describe(&figure));
                let start = figure.start;
                self.review.add(self.store.article(article), figure, note);
                self.review_changed();
                let added = self.ids_of(article).find(|&id| self.fig(id).start == start);
                if let Some(id) = added {
                    self.reveal(id);
                    self.set_focus(Pane::Text);
                }
                self.done(what);
            }
        }
    }

    // ----- + -----

    pub(super) fn open_pick(&mut self) {
        // Into the article shown: the claims row's mention's, once shown.
        let shown = match self.focus {
            Pane::Articles => false,
            Pane::Claims => self.mention().is_some(),
            Pane::Text | Pane::Figures => true,
        };
        if !shown {
            return self.where_figures_show("add a figure");
        }
        let article = match self.mention() {
            Some(m) if self.focus == Pane::Claims => Some(self.owner(m.id)),
            _ => self.current(),
        };
        let Some(a) = article else {
            self.message = Some("no article".into());
            return;
        };
        let taken: Vec<Range<usize>> = self
            .ids_of(a)
            .map(|id| self.fig(id).start..self.fig(id).end)
            .collect();
        let spots = pick::candidates(self.store.article(a), &taken);
        if spots.is_empty() {
            self.message = Some("every number in this article is a figure already".into());
            return;
        }
        let from = self.figure.map_or(0, |id| self.fig(id).start);
        let at = spots.iter().position(|r| r.start >= from).unwrap_or(0);
        self.set_focus(Pane::Text);
        self.view.anchor.set(Some(spots[at].start));
        self.modal = Modal::Pick(Pick {
            article: a,
            spots,
            at,
        });
    }

    pub(super) fn pick(&mut self, action: Action) {
        let Modal::Pick(p) = &mut self.modal else {
            return;
        };
        let n = p.spots.len();
        match action {
            Action::Down | Action::NextPane | Action::Right => p.at = (p.at + 1) % n,
            Action::Up | Action::PrevPane | Action::Left => p.at = (p.at + n - 1) % n,
            Action::Top => p.at = 0,
            Action::Bottom => p.at = n - 1,
            Action::Enter => return self.open_new_form(),
            Action::Cancel | Action::Quit | Action::AddFigure | Action::Click { .. } => {
                self.modal = Modal::None;
                self.anchor_figure();
                return;
            }
            _ => return,
        }
        let start = p.spots[p.at].start;
        self.view.anchor.set(Some(start));
    }

    /// The form for the number under the pick cursor, filled in with its
    /// value and span. Who speaks and whose attack it is are taken from a
    /// figure of the same sentence, which is usually right and shows in the
    /// form to change; what it counts is left `other` for the analyst to
    /// say, so a hasty Enter adds nothing the scorer counts.
    fn open_new_form(&mut self) {
        let Modal::Pick(p) = &self.modal else { return };
        let (a, r) = (p.article, p.spots[p.at].clone());
        let article = self.store.article(a);
        let text = article.text[r.clone()].to_string();
        let near = self
            .ids_of(a)
            .map(|id| self.fig(id))
            .filter(|f| f.sentence_start <= r.start && r.end <= f.sentence_end)
            .min_by_key(|f| f.start.abs_diff(r.start));
        let sentence = near.map_or_else(
            || pick::sentence_around(&article.text, &r),
            |f| f.sentence_start..f.sentence_end,
        );
        let date = near
            .and_then(|f| f.date)
            .or_else(|| self.ids_of(a).find_map(|id| self.fig(id).date))
            .or(article.date);
        let figure = Figure {
            article: article.id.as_str().into(),
            value: pick::value_of(&text),
            qualifier: Qualifier::Exact,
            item: Item::Other,
            event: Event::Other,
            attacker: near.and_then(|f| f.attacker),
            claimant: near.map_or(Claimant::Unknown, |f| f.claimant),
            source: near.and_then(|f| f.source.clone()),
            text: text.into(),
            start: r.start,
            end: r.end,
            sentence: Excerpt::around(&article.text, sentence.clone(), r.clone()),
            sentence_start: sentence.start,
            sentence_end: sentence.end,
            weapon: None,
            subset_of: None,
            cumulative: false,
            date,
            language: article.language,
            location: None,
            confidence: 1.0,
            rule: "added by hand".into(),
        };
        let mut form = CorrectionForm::new(Target::New { article: a }, figure);
        form.day = article.date;
        self.modal = Modal::Correct(Box::new(form));
    }

    // ----- - -----

    /// Back to not reviewed, whatever came after: an undo would take the
    /// later decisions with it. An added figure cleared is gone.
    pub(super) fn clear_decision(&mut self) {
        let Some(id) = self.selected() else { return };
        if self.decision(id).is_none() {
            self.message = Some(format!(
                "{} is not reviewed: nothing to clear",
                describe(self.fig(id))
            ));
            return;
        }
        let what = match self.reviewed.added(id) {
            Some(_) => format!(
                "cleared: the added figure {} is gone",
                describe(self.fig(id))
            ),
            None => format!("cleared: {} is not reviewed", describe(self.fig(id))),
        };
        let key = self.key_of(id);
        self.review.clear(key.clone());
        self.decision_changed(&key);
        self.done(what);
    }

    // ----- u, Ctrl-r -----

    /// Undo (or redo) the latest review action, and show the figure it
    /// was about.
    pub(super) fn undo(&mut self, undo: bool) {
        if !matches!(self.focus, Pane::Text | Pane::Figures) {
            // What it takes back is shown in the text, which is not on screen.
            return self.where_figures_show(if undo { "undo" } else { "redo" });
        }
        let (can, word) = if undo {
            (self.review.can_undo(), "undone")
        } else {
            (self.review.can_redo(), "redone")
        };
        if !can {
            self.message = Some(format!("nothing to {}", if undo { "undo" } else { "redo" }));
            return;
        }
        let count = if undo {
            self.review.undo_count()
        } else {
            self.review.redo_count()
        };
        if count > 1 {
            return self.turn_step(undo, count);
        }
        // The one figure whose decision it changes.
        let changed = self.turn_review(undo);
        let Some(key) = changed else {
            self.review_changed();
            return self.done(word.to_string());
        };
        self.decision_changed(&key);
        match self.locate(&key) {
            Some((_, Some(id))) => {
                self.reveal(id);
                let state = state(self.decision(id));
                self.done(format!("{word}: {} is now {state}", describe(self.fig(id))));
            }
            Some((a, None)) => {
                // An added figure taken back: show where it was.
                if let Some(pos) = self.position_of(a) {
                    self.select_article(pos);
                }
                self.view.anchor.set(Some(key.start));
                self.done(format!("{word}: the added figure {} is gone", key.value));
            }
            None => self.done(format!(
                "{word}: a decision on {} (not loaded)",
                key.article
            )),
        }
    }

    /// Undo (or redo) in the review; the figure whose decision that
    /// changes (the first of a step of several).
    pub(super) fn turn_review(&mut self, undo: bool) -> Option<Key> {
        let key = if undo {
            self.review.undo_key()
        } else {
            self.review.redo_key()
        }
        .cloned();
        if undo {
            self.review.undo();
        } else {
            self.review.redo();
        }
        key
    }

    // ----- Space, Backspace -----

    /// Go to the next (or previous) figure with no decision, in the
    /// articles and figures the filters show, from the selected one on,
    /// round to the start.
    pub(super) fn next_unreviewed(&mut self, forward: bool) {
        let n = self.visible.len();
        if n == 0 {
            return;
        }
        let here = self.figure.map(|id| self.fig(id).start);
        for step in 0..=n {
            let pos = if forward {
                (self.article + step) % n
            } else {
                (self.article + n - step % n) % n
            };
            let a = self.visible[pos];
            // Added figures are reviewed by being added: only the store's
            // can be left, and an article whose are all decided is skipped.
            let c = self.reviewed.counts(a);
            if c.reviewed - c.added >= self.store.article_figures(a).len() {
                continue;
            }
            let open = |id: &FigureId| self.decision(*id).is_none() && self.passes(*id);
            let start = |id: &FigureId| self.fig(*id).start;
            let order = self.figures_of(a);
            let found = match (step, here) {
                // The selected article: past the selection; last, before it.
                (0, Some(h)) if forward => order.iter().find(|id| open(id) && start(id) > h),
                (0, Some(h)) => order.iter().rev().find(|id| open(id) && start(id) < h),
                (s, Some(h)) if s == n && forward => {
                    order.iter().find(|id| open(id) && start(id) <= h)
                }
                (s, Some(h)) if s == n => order.iter().rev().find(|id| open(id) && start(id) >= h),
                _ if forward => order.iter().find(|id| open(id)),
                _ => order.iter().rev().find(|id| open(id)),
            }
            .copied();
            let Some(id) = found else { continue };
            let wrapped = step > 0 && (pos == self.article || (pos < self.article) == forward);
            self.select_article(pos);
            self.select_figure(Some(id));
            let left = self.total_figures() - self.reviewed.reviewed();
            let from = if wrapped {
                if forward {
                    "from the top: "
                } else {
                    "from the end: "
                }
            } else {
                ""
            };
            self.message = Some(format!(
                "{from}not reviewed: {} ({left} figures left to review)",
                describe(self.fig(id))
            ));
            return;
        }
        self.message = Some("every figure shown has been reviewed".into());
    }
}

/// How a decision reads in a message.
fn state(d: Option<&Decision>) -> String {
    let Some(d) = d else {
        return "not reviewed".into();
    };
    match Mark::of(d) {
        Mark::Flagged => match &d.flag {
            Some((r, _)) => format!("flagged ({})", r.label()),
            None => "flagged".into(),
        },
        m => m.label().into(),
    }
}
