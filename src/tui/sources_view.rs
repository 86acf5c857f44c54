//! The sources overlay: every outlet and speaker, with the figures and
//! articles they gave, their nights (first–last and how many) and how many
//! of their figures someone else contradicts; scrolled like a list.

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::app::{App, SourcesView};
use super::articles::pad;
use super::ui::{list_row, popup, put, scrolled};
use crate::compare::sources::{Tally, Who};

pub struct SourcesOverlay<'a> {
    pub app: &'a App,
    pub sources: &'a SourcesView,
}

/// `2025-06-01–06-20 (14)`: the first and last night, and how many.
pub fn nights(t: &Tally) -> String {
    let (Some(first), Some(last)) = (t.first, t.last) else {
        return "-".into();
    };
    let end = |d: NaiveDate| {
        if d.year() == first.year() {
            d.format("%m-%d").to_string()
        } else {
            d.to_string()
        }
    };
    if first == last {
        format!("{first} (1)")
    } else {
        format!("{first}–{} ({})", end(last), t.nights)
    }
}

impl Widget for SourcesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let v = self.sources;
        let outlets = v.outlets();
        let title = format!(
            "Sources · {outlets} outlets, {} speakers · by {} ({} orders){} · Enter filters",
            v.rows.len() - outlets,
            v.sort.label(),
            app.keymap.key("sort"),
            if v.updating { " · updating…" } else { "" }
        );
        let w = area.width.min(112);
        let h = (v.rows.len() as u16 + 4).max(6).min(area.height);
        let inner = popup(app, area, buf, w, h, &title);
        if inner.height < 3 || inner.width < 20 {
            return;
        }
        let w = inner.width.saturating_sub(2) as usize;
        // Name takes what the numbers leave; a narrow screen shortens their
        // headings to leave it more.
        let compact = w < 96;
        let (num_w, gap) = if compact { (5, 1) } else { (8, 3) };
        let name_w = w
            .saturating_sub(10 + 2 * (num_w + 1) + gap + 21 + 11)
            .max(8);
        let line = |kind: &str,
                    name: &str,
                    figures: &str,
                    articles: &str,
                    nights: &str,
                    disputed: &str| {
            format!(
                "{}{}{figures:>nw$} {articles:>nw$} {}{disputed:>11}",
                pad(kind, 10),
                pad(name, name_w),
                pad(&format!("{}{nights}", " ".repeat(gap)), gap + 21),
                nw = num_w,
            )
        };
        let (figures, articles) = if compact {
            ("fig", "art")
        } else {
            ("figures", "articles")
        };
        let header = line("  who", "name", figures, articles, "nights", "disputed");
        put(buf, inner.x + 1, inner.y, &header, w, t.header());
        let list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 2);
        let mut areas = app.view.areas.get();
        areas.sources = Some(list);
        app.view.areas.set(areas);
        let note = "disputed: their figures that someone else's incompatible claim (same matter, night, place) contradicts";
        put(buf, inner.x + 1, inner.bottom() - 1, note, w, t.dim());
        if v.rows.is_empty() {
            put(buf, list.x + 1, list.y, "no figures", w, t.dim());
            return;
        }
        let height = list.height as usize;
        let offset = scrolled(
            app.view.sources_offset.get(),
            v.selected,
            height,
            v.rows.len(),
        );
        app.view.sources_offset.set(offset);
        for (i, r) in v.rows.iter().enumerate().skip(offset).take(height) {
            let y = list.y + (i - offset) as u16;
            let selected = i == v.selected;
            let marker = if selected { "▶ " } else { "  " };
            let kind = match r.who {
                Who::Outlet => "outlet",
                Who::Speaker => "speaker",
            };
            let disputed = format!(
                "{} {:>3}%",
                r.disputed,
                (r.disagreement() * 100.0).round() as u32
            );
            let text = line(
                &format!("{marker}{kind}"),
                &r.name,
                &r.figures.to_string(),
                &r.articles.to_string(),
                &nights(r),
                &disputed,
            );
            let row = Rect::new(list.x, y, list.width, 1);
            list_row(app, buf, row, inner.x + 1, &text, selected);
        }
    }
}
