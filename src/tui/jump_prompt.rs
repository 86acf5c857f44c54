//! The jump prompt's line in the status bar: what is typed, and the day it
//! reads as, so a date is seen right before Enter goes there.

use super::app::today;
use crate::time::jump::parse_jump;

/// `go to night: 16 jun█  → Mon 16 Jun 2025`.
pub fn line(text: &str) -> String {
    let typed = format!("go to night: {text}█");
    if text.trim().is_empty() {
        return typed;
    }
    match parse_jump(text, today()) {
        Ok(d) => format!("{typed}  → {}", d.format("%a %-d %b %Y")),
        Err(_) => typed,
    }
}
