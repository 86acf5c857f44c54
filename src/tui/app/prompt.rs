//! Typing into a one-line prompt: a character added, the last taken back.

use crate::tui::action::Action;

/// Apply `action` to `text` when it is typing (at most `max` characters
/// kept); true when it was.
pub(super) fn edit(text: &mut String, action: &Action, max: usize) -> bool {
    match action {
        Action::Input(c) => {
            if text.chars().count() < max {
                text.push(*c);
            }
            true
        }
        Action::Backspace => {
            text.pop();
            true
        }
        _ => false,
    }
}
