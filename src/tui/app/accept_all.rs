//! Moving through a review faster: `A` accepts every figure of the article
//! nobody has reviewed, after a y/n question, as one step that one `u`
//! takes back; with accept-and-advance on (`Ctrl-a`, or `settings.txt`),
//! `a` moves on to the next figure nobody has reviewed, as `Space` does.

use super::{App, Modal, Pane};
use crate::store::FigureId;
use crate::tui::action::Action;
use crate::tui::ui::hedged;

/// A question answered `y`, or anything else for no.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub title: String,
    /// Ends in `y/n`.
    pub question: String,
    /// Lines under it: what it acts on.
    pub detail: Vec<String>,
    pub then: Then,
}

/// What a `y` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Then {
    /// Accept these figures of article `article` (store index).
    AcceptAll {
        article: usize,
        figures: Vec<FigureId>,
    },
}

/// Figures listed under the question, at most.
const LISTED: usize = 6;

impl App {
    /// `a`, and with accept-and-advance on, on to the next figure nobody
    /// has reviewed.
    pub(super) fn accept_then_advance(&mut self) {
        let target = match self.focus {
            Pane::Text | Pane::Figures => self.figure,
            Pane::Claims => self.mention().map(|m| m.id),
            Pane::Articles => None,
        };
        self.accept();
        let accepted = target.is_some_and(|id| {
            self.decision(id)
                .is_some_and(|d| d.accepted && d.flag.is_none())
        });
        if !self.settings.accept_and_advance || !accepted {
            return;
        }
        let said = self.message.take();
        self.next_unreviewed(true);
        let next = self.message.take().unwrap_or_default();
        self.message = Some(match said {
            Some(s) => format!("{s} → {next}"),
            None => next,
        });
    }

    /// `Ctrl-a`: accept-and-advance on or off, for this session.
    pub(super) fn toggle_advance(&mut self) {
        let on = !self.settings.accept_and_advance;
        self.settings.accept_and_advance = on;
        self.message = Some(if on {
            format!(
                "accept and advance: on ({} then goes to the next figure nobody has reviewed)",
                self.keymap.key("accept")
            )
        } else {
            format!(
                "accept and advance: off ({} accepts and stays)",
                self.keymap.key("accept")
            )
        });
    }

    /// `A`: ask whether to accept every figure of the article shown that
    /// nobody has reviewed (those the filters hide are left).
    pub(super) fn ask_accept_all(&mut self) {
        let Some(a) = self.current() else {
            self.message = Some("no article".into());
            return;
        };
        let (open, hidden): (Vec<FigureId>, Vec<FigureId>) = self
            .figures_of(a)
            .into_iter()
            .filter(|&id| self.decision(id).is_none())
            .partition(|&id| self.passes(id));
        if open.is_empty() {
            self.message = Some(if hidden.is_empty() {
                "every figure of this article has been reviewed".into()
            } else {
                format!(
                    "every figure shown has been reviewed ({} hidden by the filters; Esc shows them)",
                    hidden.len()
                )
            });
            return;
        }
        let n = open.len();
        let figures = if n == 1 { "figure" } else { "figures" };
        let question = format!("accept the {n} {figures} of this article nobody has reviewed? y/n");
        let mut detail = vec![self.store.article(a).label().to_string(), String::new()];
        detail.extend(open.iter().take(LISTED).map(|&id| {
            let f = self.fig(id);
            format!("  {} {} {}", hedged(f.value, f.qualifier), f.item, f.event)
        }));
        if n > LISTED {
            detail.push(format!("  … and {} more", n - LISTED));
        }
        detail.push(String::new());
        detail.push("Flagged, corrected and accepted figures are left as they are.".into());
        if !hidden.is_empty() {
            detail.push(format!(
                "{} hidden by the filters are left too.",
                hidden.len()
            ));
        }
        detail.push(format!(
            "One {} takes them all back.",
            self.keymap.key("undo")
        ));
        self.modal = Modal::Confirm(Confirm {
            title: "Accept the rest of the article".into(),
            question,
            detail,
            then: Then::AcceptAll {
                article: a,
                figures: open,
            },
        });
    }

    /// A key in a confirmation: `y` does it, anything else says no.
    pub(super) fn confirm(&mut self, action: Action) {
        let Modal::Confirm(c) = std::mem::replace(&mut self.modal, Modal::None) else {
            return;
        };
        if action != Action::Input('y') {
            self.message = Some("nothing accepted".into());
            return;
        }
        match c.then {
            Then::AcceptAll { article, figures } => self.accept_all(article, figures),
        }
    }

    fn accept_all(&mut self, article: usize, figures: Vec<FigureId>) {
        // Only those still undecided: another window may have been quicker.
        let keys: Vec<_> = figures
            .into_iter()
            .filter(|&id| self.owner(id) == article && self.decision(id).is_none())
            .map(|id| self.key_of(id))
            .collect();
        if keys.is_empty() {
            self.message = Some("nothing left to accept: reviewed meanwhile".into());
            return;
        }
        let n = keys.len();
        self.review.accept_all(keys);
        self.review_changed();
        let id = &self.store.article(article).id;
        let figures = if n == 1 { "figure" } else { "figures" };
        let what = format!(
            "accepted the {n} {figures} of {id} nobody had reviewed ({} takes them all back)",
            self.keymap.key("undo")
        );
        self.done(what);
    }

    /// Undo or redo a step of `count` actions taken together, and show the
    /// article they are in (the selection stays where it is in it).
    pub(super) fn turn_step(&mut self, undo: bool, count: usize) {
        let key = self.turn_review(undo);
        self.review_changed();
        if let Some((a, id)) = key.as_ref().and_then(|k| self.locate(k))
            && self.current() != Some(a)
        {
            match id {
                Some(id) => self.reveal(id),
                None => {
                    if let Ok(pos) = self.visible.binary_search(&a) {
                        self.select_article(pos);
                    }
                }
            }
        }
        let what = if undo {
            format!("undone: the {count} figures accepted together are not reviewed again")
        } else {
            format!("redone: the {count} figures accepted together are accepted again")
        };
        self.done(what);
    }
}
