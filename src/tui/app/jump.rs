//! `:` jumps to a night: the first article about it in the list shown,
//! with a figure about it selected (so the claims, in night scope, show
//! that night), or, when no article is about it, to the nearest night that
//! has one.

use chrono::NaiveDate;

use super::{App, Modal, prompt};
use crate::time::jump::{nearest, parse_jump};
use crate::tui::action::Action;

/// The machine's date today, which `today` and `yesterday` count from.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl App {
    /// Where in the list shown the articles about `night` are.
    fn positions_about(&self, night: NaiveDate) -> Vec<usize> {
        (0..self.visible.len())
            .filter(|&p| self.article_nights(self.visible[p]).contains(&night))
            .collect()
    }

    pub(super) fn jump_prompt(&mut self, action: Action) {
        let Modal::Jump(text) = &mut self.modal else {
            return;
        };
        if prompt::edit(text, &action, 40) {
            return;
        }
        // Opened over the timeline, the prompt moves its cursor and goes
        // back to it.
        let back = if self.jump_in_timeline {
            Modal::Timeline
        } else {
            Modal::None
        };
        match action {
            Action::Cancel => {
                self.modal = back;
                self.jump_in_timeline = false;
            }
            Action::Enter => match parse_jump(text, today()) {
                Ok(night) => {
                    self.modal = back;
                    if std::mem::take(&mut self.jump_in_timeline) {
                        self.timeline_go_to(night);
                    } else {
                        self.jump_to_night(night);
                    }
                }
                // The prompt stays open, so the date can be fixed.
                Err(e) => self.message = Some(e),
            },
            _ => {}
        }
    }

    /// The nights article `a` is about, among the figures the filters
    /// show: those of its figures (that count as figures), else its date.
    pub fn article_nights(&self, a: usize) -> Vec<NaiveDate> {
        let mut nights: Vec<NaiveDate> = self
            .ids_of(a)
            .filter(|&id| self.passes(id) && self.reviewed.counts_as_figure(id))
            .filter_map(|id| self.fig(id).date)
            .collect();
        if nights.is_empty() {
            nights.extend(self.store.article(a).date);
        }
        nights.sort_unstable();
        nights.dedup();
        nights
    }

    /// Go to the first article shown about `night`, else to the nearest
    /// night an article shown is about; says which.
    pub fn jump_to_night(&mut self, mut night: NaiveDate) {
        let mut about = self.positions_about(night);
        let mut note = String::new();
        if about.is_empty() {
            let all = self.visible.iter().flat_map(|&a| self.article_nights(a));
            let Some(near) = nearest(all, night) else {
                self.message = Some(format!(
                    "no article about {night}, nor about any other night"
                ));
                return;
            };
            note = format!("no article about {night}; nearest: {near}");
            night = near;
            about = self.positions_about(night);
        }
        let Some(&pos) = about.first() else { return };
        self.select_article(pos);
        // A figure about the night, so that the claims show it.
        let order = self.text_order();
        if let Some(id) = order
            .into_iter()
            .find(|&id| self.fig(id).date == Some(night))
        {
            self.select_figure(Some(id));
        }
        let count = match about.len() {
            1 => "the one article about it".to_string(),
            n => format!("the first of {n} articles about it"),
        };
        self.message = Some(if note.is_empty() {
            format!("night of {}: {count}", night.format("%a %-d %b %Y"))
        } else {
            format!("{note} ({count})")
        });
    }
}
