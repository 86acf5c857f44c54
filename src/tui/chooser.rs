//! The `,` chooser: the selected figure's own values (claimant, item,
//! event, attacker, speaker, outlet, night, value), one a row, each a
//! filter to stack; those already on are marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::app::{App, Chooser, describe};
use super::articles::pad;
use super::column_filter::ColumnFilter;
use super::ui::{list_row, popup, put};

pub struct ChooserView<'a> {
    pub app: &'a App,
    pub chooser: &'a Chooser,
}

/// How a value reads in the chooser: `ua`, `≥ 130`, `Ukraine's air force`.
fn shown(f: &ColumnFilter) -> String {
    match f {
        ColumnFilter::Value(..) => {
            let v = f.value();
            let sign_len = v.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            format!("{} {}", &v[..sign_len], &v[sign_len..])
        }
        ColumnFilter::Source { text, .. } | ColumnFilter::Outlet { text, .. } => text.clone(),
        _ => f.value().trim_start_matches('=').to_string(),
    }
}

impl Widget for ChooserView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let c = self.chooser;
        let title = format!(
            "Filter by a value of {} · Enter",
            describe(app.fig(c.figure))
        );
        let h = c.options.len() as u16 + 4;
        let inner = popup(app, area, buf, 58, h, &title);
        if inner.height == 0 {
            return;
        }
        let w = inner.width.saturating_sub(2) as usize;
        for (i, f) in c.options.iter().enumerate() {
            let y = inner.y + i as u16;
            if y >= inner.bottom() {
                return;
            }
            let on = app.filters.columns.contains(f);
            let marker = if on {
                "●"
            } else if i == c.selected {
                "▶"
            } else {
                " "
            };
            let column = match f {
                ColumnFilter::Source { .. } => "speaker",
                _ => f.column(),
            };
            let line = format!("{marker}{} {}{}", i + 1, pad(column, 9), shown(f));
            let row = Rect::new(inner.x, y, inner.width, 1);
            list_row(app, buf, row, inner.x + 1, &line, i == c.selected);
        }
        let y = inner.y + c.options.len() as u16 + 1;
        if y < inner.bottom() {
            put(
                buf,
                inner.x + 1,
                y,
                "● on already: Enter lifts it · filters stack (AND)",
                w,
                t.dim(),
            );
        }
    }
}
