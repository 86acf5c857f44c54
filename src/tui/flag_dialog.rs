//! The flag dialog: the figure, the reasons numbered 1-8 (a digit picks
//! one and moves on to the note), and a note.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::{App, FlagDialog};
use super::ui::{hedged, popup, put};
use crate::review::Reason;

pub struct FlagDialogView<'a> {
    pub app: &'a App,
    pub dialog: &'a FlagDialog,
}

impl Widget for FlagDialogView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let d = self.dialog;
        let f = app.fig(d.figure);
        let title = if d.flagged {
            "Change the flag"
        } else {
            "Flag a figure"
        };
        let inner = popup(app, area, buf, 66, 19, title);
        let w = inner.width.saturating_sub(2) as usize;
        let x = inner.x + 1;
        let mut lines: Vec<(String, Style)> = vec![
            (
                format!(
                    "{} {} {} · claimed by {}{}",
                    hedged(f.value, f.qualifier),
                    f.item,
                    f.event,
                    f.claimant,
                    f.source
                        .as_deref()
                        .map(|s| format!(" ({s})"))
                        .unwrap_or_default()
                ),
                t.heading(),
            ),
            (format!("“{}”", app.whole_sentence(f)), t.dim()),
            (String::new(), Style::new()),
            (
                "Reason".to_string(),
                if d.on_note { t.dim() } else { t.heading() },
            ),
        ];
        for (i, r) in Reason::ALL.iter().enumerate() {
            let chosen = i == d.reason;
            let marker = if chosen { "▶" } else { " " };
            let style = match (chosen, d.on_note) {
                (true, false) => t.selected_row(true),
                (true, true) => t.selected_row(false),
                _ => Style::new(),
            };
            lines.push((format!("{marker} {} {}", i + 1, r.label()), style));
        }
        lines.push((String::new(), Style::new()));
        let cursor = if d.on_note { "█" } else { "" };
        lines.push((
            format!("Note: {}{cursor}", d.note),
            if d.on_note { t.message() } else { Style::new() },
        ));
        lines.push((String::new(), Style::new()));
        lines.push((
            "Enter save · 1-8 pick · Tab note · Esc cancel".to_string(),
            t.dim(),
        ));
        for (i, (s, style)) in lines.iter().enumerate().take(inner.height as usize) {
            put(buf, x, inner.y + i as u16, s, w, *style);
        }
    }
}
