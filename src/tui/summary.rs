//! The summary sheet: how many figures there are by claimant, item, event
//! and doubt kind, like a spreadsheet's frequency table; Enter on a row
//! shows only those figures.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::{App, Summary};
use super::articles::pad;
use super::ui::{popup, put, scrolled};

pub struct SummaryView<'a> {
    pub app: &'a App,
    pub sheet: &'a Summary,
}

impl Widget for SummaryView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let s = self.sheet;
        let h = (s.rows.len() as u16 + 4).min(area.height.saturating_sub(2));
        let title = format!("Summary · {} figures · Enter filters", s.total);
        let inner = popup(app, area, buf, 64, h, &title);
        if inner.height < 2 {
            return;
        }
        let w = inner.width.saturating_sub(2) as usize;
        let header = format!("{}{:>7}{:>6}  share", pad("value", 22), "count", "%");
        put(buf, inner.x + 1, inner.y, &header, w, t.header());
        let list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
        let mut areas = app.view.areas.get();
        areas.summary = Some(list);
        app.view.areas.set(areas);
        let height = list.height as usize;
        let offset = scrolled(
            app.view.summary_offset.get(),
            s.selected,
            height,
            s.rows.len(),
        );
        app.view.summary_offset.set(offset);
        let bar_w = w.saturating_sub(22 + 7 + 6 + 2);
        let mut section_total = 0;
        for (i, r) in s.rows.iter().enumerate() {
            if r.facet.is_none() {
                section_total = r.count.max(1);
            }
            if i < offset || i >= offset + height {
                continue;
            }
            let y = list.y + (i - offset) as u16;
            let Some(facet) = r.facet else {
                put(buf, inner.x + 1, y, &r.label, w, t.heading());
                continue;
            };
            let active = app.filters.columns.contains(&facet.filter());
            let pct = r.count * 100 / section_total;
            let bar = "█".repeat((r.count * bar_w).div_ceil(section_total).min(bar_w));
            let marker = if active {
                "●"
            } else if i == s.selected {
                "▶"
            } else {
                " "
            };
            let line = format!(
                "{}{:>7}{:>5}%  {bar}",
                pad(&format!("{marker} {}", r.label), 22),
                r.count,
                pct
            );
            let style = if i == s.selected {
                t.selected_row(true)
            } else {
                Style::new()
            };
            buf.set_style(Rect::new(list.x, y, list.width, 1), style);
            put(buf, inner.x + 1, y, &line, w, style);
        }
    }
}
