//! The articles pane: title, language, source, date and figure counts of each article
//! the filters let through (figures, doubted `?`, flagged `⚑`, reviewed
//! `✓`), with the filter line on top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Widget;

use super::app::{App, ArticleOrder, Modal, Pane};
use super::ui::{bottom_note, pane_block, put, scrolled};
use super::wrap::{FLAG_MARK, fit, width};
use crate::model::Language;

pub struct ArticlesPane<'a> {
    pub app: &'a App,
}

impl Widget for ArticlesPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let total = app.store.articles().len();
        let count = if app.visible.len() == total {
            format!("{total}")
        } else {
            format!("{}/{total}", app.visible.len())
        };
        let loading = if app.loading.done { "" } else { " loading…" };
        let mut title = vec![
            Span::styled("Articles", t.heading()),
            Span::raw(format!(" {count}{loading}")),
        ];
        title.extend(order_and_filters(app).map(|s| Span::styled(s, t.dim())));
        let inner = pane_block(app, area, buf, Pane::Articles, title);
        bottom_note(area, buf, &filter_note(app), t.message());
        if inner.height == 0 || inner.width < 4 {
            return;
        }
        let mut y = inner.y;
        let w = inner.width as usize;
        // The filter line, while typed and while it filters.
        let editing = matches!(app.modal, Modal::Filter { .. });
        if editing || !app.filters.text.is_empty() {
            let cursor = if editing { "█" } else { "" };
            put(
                buf,
                inner.x,
                y,
                &format!("& {}{cursor}", app.filters.text),
                w,
                t.message(),
            );
            y += 1;
        }
        // Narrow panes give each article two lines: the title, then its
        // source, date and counts; wide ones a table row.
        let two_lines = w < 70;
        let cols = Columns::for_width(w);
        if !two_lines && inner.bottom() > y + 2 {
            let header = cols.line("title", "source", "date", ["fig", "?", FLAG_MARK, "✓"]);
            put(buf, inner.x, y, &header, w, t.header());
            y += 1;
        }
        let rows = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
        let per_item: u16 = if two_lines { 2 } else { 1 };
        let mut areas = app.view.areas.get();
        areas.articles = Some(rows);
        areas.article_lines = per_item;
        app.view.areas.set(areas);
        if app.visible.is_empty() {
            let why = if !app.loading.done {
                format!(
                    "loading: {} read, {} extracted",
                    app.loading.read, app.loading.extracted
                )
            } else if total == 0 {
                "no article could be loaded".to_string()
            } else {
                "no article matches the filters (Esc clears)".to_string()
            };
            put(buf, rows.x, rows.y, &why, w, t.dim());
            return;
        }
        let h = (rows.height / per_item).max(1) as usize;
        let offset = scrolled(
            app.view.articles_offset.get(),
            app.article,
            h,
            app.visible.len(),
        );
        app.view.articles_offset.set(offset);
        let focused = app.focus == Pane::Articles;
        for (i, &a) in app.visible.iter().enumerate().skip(offset).take(h) {
            let y = rows.y + (i - offset) as u16 * per_item;
            if y + per_item > rows.bottom() {
                break;
            }
            let art = app.store.article(a);
            let counts = app.counts(a);
            let (n, doubted, flagged, reviewed) = (
                counts.figures,
                counts.doubted,
                counts.flagged,
                counts.reviewed,
            );
            let selected = i == app.article;
            let marker = if selected { "▶" } else { " " };
            let style = if selected {
                t.selected_row(focused)
            } else {
                Style::new()
            };
            buf.set_style(Rect::new(rows.x, y, rows.width, per_item), style);
            if two_lines {
                put(
                    buf,
                    rows.x,
                    y,
                    &format!("{marker}{}", art.label()),
                    w,
                    style.patch(t.heading()),
                );
                // Language, date and counts before the source, which can
                // be cut; English, the usual, goes untagged.
                let mut about: Vec<String> = Vec::new();
                if art.language != Language::En {
                    about.push(art.language.code().to_string());
                }
                if let Some(d) = art.date {
                    about.push(d.to_string());
                }
                about.push(format!("{n} fig"));
                if let Some(source) = &art.source {
                    about.push(source.clone());
                }
                let mut counts = String::new();
                if doubted > 0 {
                    counts.push_str(&format!("?{doubted} "));
                }
                if flagged > 0 {
                    counts.push_str(&format!("{FLAG_MARK}{flagged} "));
                }
                if reviewed > 0 {
                    counts.push_str(&format!("✓{reviewed}"));
                }
                let counts = counts.trim_end();
                let cw = width(counts);
                let about_w = w.saturating_sub(cw + 2);
                let dim = if selected { style } else { t.dim() };
                put(buf, rows.x + 1, y + 1, &about.join(" · "), about_w, dim);
                if cw > 0 {
                    put(
                        buf,
                        rows.right() - cw as u16,
                        y + 1,
                        counts,
                        cw,
                        style.patch(t.doubt_mark()),
                    );
                }
                continue;
            }
            let date = art.date.map(|d| {
                d.format(if cols.date == 10 { "%Y-%m-%d" } else { "%m-%d" })
                    .to_string()
            });
            let doubted = if doubted > 0 {
                format!("?{doubted}")
            } else {
                String::new()
            };
            let flagged = if flagged > 0 {
                format!("{FLAG_MARK}{flagged}")
            } else {
                String::new()
            };
            let reviewed = if reviewed > 0 {
                format!("✓{reviewed}")
            } else {
                String::new()
            };
            let tag = if art.language == Language::En {
                String::new()
            } else {
                format!("[{}] ", art.language.code())
            };
            let line = cols.line(
                &format!("{marker}{tag}{}", art.label()),
                art.source.as_deref().unwrap_or(""),
                date.as_deref().unwrap_or(""),
                [&n.to_string(), &doubted, &flagged, &reviewed],
            );
            put(buf, rows.x, y, &line, w, style);
        }
    }
}

/// ` · newest first · 2 filters`: the list's order, unless as loaded, and
/// how many filters on the figures' columns are stacked.
fn order_and_filters(app: &App) -> Option<String> {
    let mut s = String::new();
    if app.article_order != ArticleOrder::Loaded {
        s.push_str(&format!(" · {}", app.article_order.label()));
    }
    match app.filters.columns.len() {
        0 => {}
        1 => s.push_str(" · 1 filter"),
        n => s.push_str(&format!(" · {n} filters")),
    }
    (!s.is_empty()).then_some(s)
}

/// What filters are on, for the pane's bottom border.
fn filter_note(app: &App) -> String {
    let f = &app.filters;
    let mut parts = Vec::new();
    if f.only_flagged {
        parts.push("only flagged".to_string());
    }
    if f.only_doubted {
        parts.push("only doubted".to_string());
    }
    parts.extend(f.columns.iter().map(ToString::to_string));
    if parts.is_empty() && f.text.is_empty() {
        return String::new();
    }
    if !f.text.is_empty() {
        parts.push(format!("&{}", f.text));
    }
    format!(" {} · Esc clears ", parts.join(" · "))
}

/// Column widths of the list at one pane width: the title takes what the
/// others leave, and the source shows only when there is room.
struct Columns {
    title: usize,
    source: usize,
    date: usize,
}

impl Columns {
    const COUNTS: usize = 4 + 4 + 4 + 5;

    fn for_width(w: usize) -> Columns {
        let date = if w >= 60 {
            10
        } else if w >= 30 {
            5
        } else {
            0
        };
        let source = if w >= 70 { (w / 4).min(24) } else { 0 };
        let used = Self::COUNTS + date + usize::from(date > 0) + source + usize::from(source > 0);
        Columns {
            title: w.saturating_sub(used).max(4),
            source,
            date,
        }
    }

    fn line(
        &self,
        title: &str,
        source: &str,
        date: &str,
        // Figures, doubted, flagged, reviewed.
        counts: [&str; 4],
    ) -> String {
        let mut s = pad(title, self.title);
        if self.source > 0 {
            s.push(' ');
            s.push_str(&pad(source, self.source));
        }
        if self.date > 0 {
            s.push(' ');
            s.push_str(&pad(date, self.date));
        }
        let [n, doubted, flagged, reviewed] = counts;
        s.push_str(&format!("{n:>4}{doubted:>4}{flagged:>4}{reviewed:>5}"));
        s
    }
}

/// `s` cut or padded to exactly `w` cells.
pub fn pad(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let used = width(&s);
    format!("{s}{}", " ".repeat(w.saturating_sub(used)))
}
