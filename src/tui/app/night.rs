//! Giving an article a night: where the engine could date none of its
//! figures (no date line, no date in the text), the analyst types the
//! night, and its figures with none take it. Kept in the review like any
//! decision.

use chrono::NaiveDate;

use super::{App, Modal, Pane};
use crate::review::text_hash;
use crate::tui::action::Action;

impl App {
    pub(super) fn open_night_prompt(&mut self) {
        let Some(a) = self.current() else {
            self.message = Some("no article".into());
            return;
        };
        if self.focus == Pane::Claims {
            self.message = Some(format!(
                "give a night in the articles or the text: {}",
                self.keymap.key("prev_pane")
            ));
            return;
        }
        let article = self.store.article(a);
        let given = self.review.article_date(&article.id, &text_hash(article));
        let text = given
            .or_else(|| self.ids_of(a).find_map(|id| self.fig(id).date))
            .or(article.date)
            .map(|d| d.to_string())
            .unwrap_or_default();
        self.modal = Modal::Night { article: a, text };
    }

    pub(super) fn night_prompt(&mut self, action: Action) {
        let Modal::Night { article, text } = &mut self.modal else {
            return;
        };
        match action {
            Action::Input(c) if (c.is_ascii_digit() || c == '-') && text.len() < 10 => text.push(c),
            Action::Backspace => {
                text.pop();
            }
            Action::Cancel => self.modal = Modal::None,
            Action::Enter => {
                let (a, typed) = (*article, text.trim().to_string());
                let night = match typed.as_str() {
                    "" => None,
                    t => match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
                        Ok(d) => Some(d),
                        Err(_) => {
                            self.message = Some(format!("{t} is not a date like 2025-06-11"));
                            return;
                        }
                    },
                };
                self.modal = Modal::None;
                let id = self.store.article(a).id.clone();
                self.review.date_article(self.store.article(a), night);
                self.review_changed();
                self.done(match night {
                    Some(d) => {
                        format!("{id} is about the night of {d}: its undated figures take it")
                    }
                    None => format!("{id} has no night given any more"),
                });
            }
            _ => {}
        }
    }
}
