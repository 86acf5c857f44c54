//! Pasted text (bracketed paste): typed into the prompt or field that has
//! focus as one piece, never taken as keys, so pasting `aaa` accepts no
//! figure and a long paste into the filter refilters once.

use super::{App, Modal};
use crate::tui::action::Action;

impl App {
    /// `text` pasted: into the search or filter prompt, the flag's note,
    /// the correction form's typed fields, the night, jump or column
    /// filters prompt, one line
    /// without control characters; with none of them open, ignored.
    pub(super) fn paste(&mut self, text: &str) {
        let text = crate::safe::pasted(text);
        self.message = None;
        let taken = match &mut self.modal {
            Modal::Search(_) | Modal::Filter { .. } => {
                self.edit_prompt(|t| t.push_str(&text));
                true
            }
            Modal::Flag(d) if d.on_note => {
                d.note.push_str(&text);
                true
            }
            Modal::Correct(form) => form.paste(&text),
            Modal::Night { .. } => {
                // Only what a date is made of is kept, as when typed.
                for c in text.chars() {
                    self.night_prompt(Action::Input(c));
                }
                true
            }
            Modal::Jump(t) | Modal::Expression(t) => {
                t.push_str(&text);
                true
            }
            _ => false,
        };
        if !taken {
            self.message = Some(format!(
                "paste ignored: no text field open ({} search, {} filter)",
                self.keymap.key("search"),
                self.keymap.key("filter")
            ));
        }
    }
}
