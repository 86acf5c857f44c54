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

/// Columns a prompt keeps beside a message about it.
const MIN_PROMPT: usize = 12;

/// Shown while `a` moves on to the next figure nobody has reviewed.
pub const ADVANCE_MARK: &str = "a→";

pub struct StatusBar<'a> {
    pub app: &'a App,
}

impl StatusBar<'_> {
    /// The keys worth showing now, as (keys, what) pairs.
    fn hints(&self) -> Vec<(String, &'static str)> {
        let app = self.app;
        let k = |name: &str| app.keymap.key(name);
        let pair = |a: &str, b: &str| format!("{}/{}", k(a), k(b));
        match &app.modal {
            Modal::Help => vec![(pair("down", "up"), "scroll"), ("Esc".into(), "close")],
            Modal::Search(_) => vec![("Enter".into(), "search"), ("Esc".into(), "cancel")],
            Modal::Filter { .. } => vec![("Enter".into(), "keep"), ("Esc".into(), "cancel")],
            Modal::Night { .. } => vec![
                ("Enter".into(), "give it (empty: take it back)"),
                ("Esc".into(), "cancel"),
            ],
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
                    Field::Note | Field::Source => v.push(("type".into(), form.field.label())),
                    Field::Night => v.push(("0-9 - ←/→".into(), "night")),
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
            Modal::Timeline if app.timeline.cell.is_some() => vec![
                (pair("down", "up"), "figure"),
                ("Enter".into(), "show in text"),
                ("Esc".into(), "back"),
            ],
            Modal::Timeline => vec![
                (pair("down", "up"), "night"),
                (pair("next_pane", "prev_pane"), "matter"),
                (pair("next_article", "prev_article"), "next with figures"),
                ("Enter".into(), "claims / figures"),
                (k("jump"), "go to"),
                (k("write"), "write"),
                ("Esc".into(), "close"),
            ],
            Modal::Summary(_) => vec![
                (pair("down", "up"), "move"),
                ("Enter".into(), "filter"),
                ("Esc".into(), "close"),
            ],
            Modal::Write(d) if d.overwrite.is_some() => {
                vec![("y".into(), "overwrite"), ("other".into(), "keep it")]
            }
            Modal::Write(_) => vec![
                ("Tab".into(), "csv/json"),
                ("Enter".into(), "write"),
                ("Esc".into(), "cancel"),
            ],
            Modal::Confirm(_) => vec![("y".into(), "yes"), ("other".into(), "no")],
            Modal::Jump(_) => vec![("Enter".into(), "go"), ("Esc".into(), "cancel")],
            Modal::Expression(_) => vec![
                ("Enter".into(), "filter (empty: none)"),
                ("Esc".into(), "cancel"),
            ],
            Modal::Choose(_) => vec![
                (pair("down", "up"), "value"),
                ("1-9".into(), "pick"),
                ("Enter".into(), "filter"),
                ("Esc".into(), "close"),
            ],
            Modal::Sources(_) => vec![
                (pair("down", "up"), "move"),
                (k("sort"), "order"),
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
                        (k("enter"), "mention"),
                        (k("cycle_scope"), "scope"),
                    ],
                };
                v.push((k("next_pane"), "pane"));
                v.push((k("search"), "search"));
                v.push((k("summary"), "summary"));
                v.push((k("help"), "help"));
                v.push((k("quit"), "quit"));
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
            match app.hit_number() {
                Some((i, n)) => parts.push(format!("/{}/ {i}/{n}", s.pattern)),
                None => parts.push(format!("/{}/ {}", s.pattern, s.hits.len())),
            }
        }
        if app.settings.accept_and_advance {
            parts.push(ADVANCE_MARK.to_string());
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
        let badge = match &app.modal {
            Modal::None => app.focus.title().to_uppercase(),
            Modal::Help => "HELP".into(),
            Modal::Search(_) => "SEARCH".into(),
            Modal::Filter { .. } => "FILTER".into(),
            Modal::Night { .. } => "NIGHT".into(),
            Modal::Flag(_) => "FLAG".into(),
            Modal::Summary(_) => "SUMMARY".into(),
            Modal::Timeline => "TIMELINE".into(),
            Modal::Correct(f) if f.is_new() => "ADD".into(),
            Modal::Correct(_) => "CORRECT".into(),
            Modal::Pick(_) => "ADD".into(),
            Modal::Write(_) => "WRITE".into(),
            Modal::Confirm(_) => "CONFIRM".into(),
            Modal::Jump(_) => "JUMP".into(),
            Modal::Expression(_) | Modal::Choose(_) => "FILTER".into(),
            Modal::Sources(_) => "SOURCES".into(),
        };
        let prompt = match &app.modal {
            Modal::Search(p) => Some(format!("/{p}█")),
            Modal::Filter { text, .. } => Some(format!("&{text}█")),
            Modal::Night { text, .. } => Some(format!("night of the article: {text}█")),
            Modal::Jump(text) => Some(super::jump_prompt::line(text)),
            Modal::Expression(text) => Some(format!("={text}█")),
            _ => None,
        };
        let mut hints = self.hints();
        // The last two hints (help and quit in the main view, confirm and
        // cancel in a dialog) stay through a message; the pane's first
        // keys give way to it.
        let lasting = hints.split_off(hints.len() - 2);
        let cost =
            |h: &[(String, &str)]| h.iter().map(|(k, w)| width(k) + w.len() + 3).sum::<usize>();
        let wanted = badge.len()
            + 3
            + cost(&lasting)
            + match &app.message {
                Some(m) => width(m) + 2,
                None => cost(&hints[..hints.len().min(2)]),
            };
        // Not being saved must not be cut off: it gets more of the bar.
        // Else the right end (progress) gives way to what is wanted.
        let rw = if app.saving_problem().is_some() {
            (width(&right) as u16).min(area.width * 2 / 3)
        } else {
            let room = (area.width as usize).saturating_sub(wanted + 1);
            width(&right)
                .min((area.width / 2) as usize)
                .min(room.max(area.width as usize / 4)) as u16
        };
        let left_w = area.width.saturating_sub(rw + 1) as usize;
        let room = left_w.saturating_sub(badge.len() + 3);
        let mut spans = vec![
            Span::styled(format!(" {badge} "), t.selected_row(true)),
            Span::raw(" "),
        ];
        if let Some(p) = prompt {
            // What is wrong with the pattern must show, however long the
            // pattern: the pattern is cut to make room for it.
            let message = app
                .message
                .as_ref()
                .map(|m| format!("  {}", fit(m, room.saturating_sub(MIN_PROMPT + 2))));
            let prompt_room = room.saturating_sub(message.as_deref().map_or(0, width));
            spans.push(Span::styled(fit(&p, prompt_room).into_owned(), t.status()));
            if let Some(m) = message {
                spans.push(Span::styled(m, t.message()));
            }
        } else {
            let mut shown = match &app.message {
                Some(m) => {
                    // Room for help after it (quit too, where it fits), but
                    // never less than a few words of the message.
                    let m_room = room
                        .saturating_sub(cost(&lasting[..1]) + 2)
                        .max(room.min(12));
                    spans.push(Span::styled(
                        format!("{}  ", fit(m, m_room)),
                        t.message().patch(t.status()),
                    ));
                    Vec::new()
                }
                None => hints,
            };
            let left = room.saturating_sub(spans.iter().skip(2).map(|s| width(&s.content)).sum());
            while !shown.is_empty() && cost(&shown) + cost(&lasting) > left {
                shown.pop();
            }
            shown.extend(lasting);
            while !shown.is_empty() && cost(&shown) > left {
                shown.pop();
            }
            for (keys, what) in shown {
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
