//! The status bar: the prompt being typed, else the last message, else the
//! keys that matter in the focused pane; on the right, whether the review
//! is not being saved, loading progress, the search hit, the flag count and
//! the review's progress (`reviewed/total`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::{App, Modal, Pane};
use super::form::Field;
use super::wrap::{FLAG_MARK, fit, width};

pub struct StatusBar<'a> {
    pub app: &'a App,
}

impl StatusBar<'_> {
    /// The keys worth showing now, as (keys, what) pairs.
    fn hints(&self) -> Vec<(String, &'static str)> {
        let app = self.app;
        let k = |name: &str| {
            app.keymap
                .keys_of(name)
                .first()
                .map_or("?".into(), |k| k.label())
        };
        let pair = |a: &str, b: &str| format!("{}/{}", k(a), k(b));
        match &app.modal {
            Modal::Help => vec![(pair("down", "up"), "scroll"), ("Esc".into(), "close")],
            Modal::Search(_) => vec![("Enter".into(), "search"), ("Esc".into(), "cancel")],
            Modal::Filter { .. } => vec![("Enter".into(), "keep"), ("Esc".into(), "cancel")],
            Modal::Flag(d) if d.on_note => vec![
                ("Enter".into(), "save"),
                ("Tab".into(), "reasons"),
                ("Esc".into(), "cancel"),
            ],
            Modal::Flag(_) => vec![
                (pair("down", "up"), "reason"),
                ("1-8".into(), "pick"),
                ("Tab".into(), "note"),
                ("Enter".into(), "save"),
                ("Esc".into(), "cancel"),
            ],
            Modal::Correct(form) => {
                let mut v = vec![("↑/↓ Tab".into(), "field")];
                match form.field {
                    Field::Value => v.push(("0-9 ←/→".into(), "value")),
                    Field::Note => v.push(("type".into(), "note")),
                    _ => v.push(("←/→ or letters".into(), "choose")),
                }
                v.push(("Enter".into(), if form.is_new() { "add" } else { "save" }));
                v.push(("Esc".into(), "cancel"));
                v
            }
            Modal::Pick(_) => vec![
                (pair("down", "up"), "number"),
                ("Enter".into(), "add it"),
                ("Esc".into(), "cancel"),
            ],
            Modal::Summary(_) => vec![
                (pair("down", "up"), "move"),
                ("Enter".into(), "filter"),
                ("Esc".into(), "close"),
            ],
            Modal::None => {
                let mut v = match app.focus {
                    Pane::Articles => vec![
                        (pair("down", "up"), "article"),
                        (k("enter"), "read"),
                        (k("filter"), "filter"),
                    ],
                    Pane::Text => vec![
                        (pair("down", "up"), "figure"),
                        (pair("next_article", "prev_article"), "article"),
                        (k("accept"), "accept"),
                        (k("flag"), "flag"),
                        (k("correct"), "correct"),
                        (k("add_figure"), "add"),
                        (k("next_unreviewed"), "unreviewed"),
                    ],
                    Pane::Figures => vec![
                        (pair("down", "up"), "figure"),
                        (k("enter"), "in text"),
                        (k("accept"), "accept"),
                        (k("flag"), "flag"),
                        (k("correct"), "correct"),
                        (k("sort"), "sort"),
                    ],
                    Pane::Claims => vec![
                        (pair("down", "up"), "row"),
                        (k("enter"), "jump"),
                        (k("cycle_scope"), "scope"),
                    ],
                };
                v.push((k("next_pane"), "pane"));
                v.push((k("search"), "search"));
                v.push((k("summary"), "summary"));
                v.push((k("quit"), "quit"));
                v.push((k("help"), "help"));
                v
            }
        }
    }

    /// Loading, search, flags and review progress, for the right end.
    fn right(&self) -> String {
        let app = self.app;
        let mut parts = Vec::new();
        if let Some(p) = app.saving_problem() {
            parts.push(format!("⚠ {p}"));
        }
        if !app.loading.done {
            parts.push(format!(
                "loading: {} articles read, {} extracted",
                app.loading.read, app.loading.extracted
            ));
        }
        if app.checking {
            parts.push("checking doubts…".to_string());
        }
        if let Some(pattern) = app.searching() {
            parts.push(format!("/{pattern}/ searching…"));
        }
        if let Some(s) = &app.search {
            match s.current {
                Some(i) => parts.push(format!("/{}/ {}/{}", s.pattern, i + 1, s.hits.len())),
                None => parts.push(format!("/{}/ {}", s.pattern, s.hits.len())),
            }
        }
        if app.reviewed.flagged() > 0 {
            parts.push(format!("{FLAG_MARK}{}", app.reviewed.flagged()));
        }
        parts.push(format!(
            "{}/{} reviewed",
            app.reviewed.reviewed(),
            app.total_figures()
        ));
        parts.join(" · ")
    }
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        buf.set_style(area, t.status());
        let right = self.right();
        // Not being saved must not be cut off: it gets more of the bar.
        let share = if app.saving_problem().is_some() {
            area.width * 2 / 3
        } else {
            area.width / 2
        };
        let rw = (width(&right) as u16).min(share);
        let left_w = area.width.saturating_sub(rw + 1) as usize;
        let badge = match &app.modal {
            Modal::None => app.focus.title().to_uppercase(),
            Modal::Help => "HELP".into(),
            Modal::Search(_) => "SEARCH".into(),
            Modal::Filter { .. } => "FILTER".into(),
            Modal::Flag(_) => "FLAG".into(),
            Modal::Summary(_) => "SUMMARY".into(),
            Modal::Correct(f) if f.is_new() => "ADD".into(),
            Modal::Correct(_) => "CORRECT".into(),
            Modal::Pick(_) => "ADD".into(),
        };
        let mut spans = vec![
            Span::styled(format!(" {badge} "), t.selected_row(true)),
            Span::raw(" "),
        ];
        let prompt = match &app.modal {
            Modal::Search(p) => Some(format!("/{p}█")),
            Modal::Filter { text, .. } => Some(format!("&{text}█")),
            _ => None,
        };
        if let Some(p) = prompt {
            spans.push(Span::styled(
                fit(&p, left_w.saturating_sub(badge.len() + 3)).into_owned(),
                t.status(),
            ));
            if let Some(m) = &app.message {
                spans.push(Span::styled(
                    format!("  {}", fit(m, left_w / 2)),
                    t.message(),
                ));
            }
        } else if let Some(m) = &app.message {
            spans.push(Span::styled(
                fit(m, left_w.saturating_sub(badge.len() + 3)).into_owned(),
                t.message().patch(t.status()),
            ));
        } else {
            // Drop hints from the end until they fit, but keep the last
            // (help), which leads to every other key.
            let mut hints = self.hints();
            let room = left_w.saturating_sub(badge.len() + 3);
            while hints.len() > 1
                && hints
                    .iter()
                    .map(|(k, w)| width(k) + w.len() + 3)
                    .sum::<usize>()
                    > room
            {
                hints.remove(hints.len() - 2);
            }
            for (keys, what) in hints {
                spans.push(Span::styled(
                    keys,
                    t.key().bg(t.status().bg.unwrap_or_default()),
                ));
                spans.push(Span::raw(format!(" {what}  ")));
            }
        }
        buf.set_line(area.x, area.y, &Line::from(spans), left_w as u16);
        if rw > 0 {
            let s = fit(&right, rw as usize);
            let style = if app.saving_problem().is_some() {
                t.status().patch(t.message())
            } else {
                t.status()
            };
            buf.set_stringn(area.right() - rw, area.y, &s, rw as usize, style);
        }
    }
}
