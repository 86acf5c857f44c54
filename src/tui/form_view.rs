//! The correction form on screen: the figure and its sentence, one line
//! per field (choices between `◀ ▶`), what saving would change, and why
//! the last Enter did not save.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::App;
use super::articles::pad;
use super::form::{CorrectionForm, Field};
use super::ui::{hedged, popup, put};

pub struct FormView<'a> {
    pub app: &'a App,
    pub form: &'a CorrectionForm,
}

impl Widget for FormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let form = self.form;
        let b = &form.before;
        let title = if form.is_new() {
            "Add a figure"
        } else {
            "Correct a figure"
        };
        let source = b
            .source
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let head = if form.is_new() {
            format!("“{}” at byte {} of {}", b.text, b.start, b.article)
        } else {
            format!(
                "{} {} {} · claimed by {}{source}",
                hedged(b.value, b.qualifier),
                b.item,
                b.event,
                b.claimant
            )
        };
        let mut lines: Vec<(String, Style)> = vec![
            (head, t.heading()),
            (format!("“{}”", app.whole_sentence(b)), t.dim()),
            (String::new(), Style::new()),
        ];
        let label_w = 11;
        let mut active_line = 0;
        for field in Field::ALL {
            let active = field == form.field;
            if active {
                active_line = lines.len();
            }
            let marker = if active { "▶" } else { " " };
            let star = if form.changed(field) { "*" } else { "" };
            let value = form.shown(field);
            let shown = match field {
                _ if field.is_choice() => format!("◀ {value} ▶"),
                _ if active => format!("{value}█"),
                _ => value,
            };
            let style = if active {
                t.selected_row(true)
            } else if form.changed(field) {
                t.corrected()
            } else {
                Style::new()
            };
            lines.push((
                format!(
                    "{marker} {}{shown}",
                    pad(&format!("{}{star}", field.label()), label_w)
                ),
                style,
            ));
        }
        lines.push((String::new(), Style::new()));
        let changes = form.summary();
        lines.push(if form.is_new() {
            (
                format!(
                    "adds: {} · attack {} · claimed by {}",
                    form.describe(),
                    super::form::attacker_name(form.attacker),
                    form.claimant
                ),
                Style::new(),
            )
        } else if changes.is_empty() {
            ("no change yet".to_string(), t.dim())
        } else {
            (format!("changes: {changes}"), Style::new())
        });
        lines.push(match &form.error {
            Some(e) => (e.clone(), t.message()),
            None => (String::new(), Style::new()),
        });
        lines.push((String::new(), Style::new()));
        let save = if form.is_new() { "add" } else { "save" };
        lines.push((
            format!("Enter {save} · ↑/↓ Tab field · ←/→ change · letters choose · Esc cancel"),
            t.dim(),
        ));
        let inner = popup(app, area, buf, 76, lines.len() as u16 + 2, title);
        let w = inner.width.saturating_sub(2) as usize;
        let x = inner.x + 1;
        // On a small screen the form scrolls to keep the field being edited
        // in view, with the line after it.
        let height = inner.height as usize;
        let skip = (active_line + 2).saturating_sub(height);
        for (i, (s, style)) in lines.iter().skip(skip).enumerate().take(height) {
            put(buf, x, inner.y + i as u16, s, w, *style);
        }
    }
}
