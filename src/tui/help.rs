//! The help overlay: every key of the keymap as it is now (remapped keys
//! included), the keys of prompts, dialogs and the correction form, the
//! mouse, the marks, and where the keymap and the review are kept.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::app::App;
use super::articles::pad;
use super::keymap::{ACTIONS, Section, config_path};
use super::reviewed::Mark;
use super::ui::{popup, put};
use super::wrap::DOUBT_MARK;

pub struct HelpView<'a> {
    pub app: &'a App,
}

/// The help's lines: (keys, what), or a heading when `what` is empty.
pub fn lines(app: &App) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for section in [Section::Move, Section::Find, Section::Review, Section::View] {
        out.push((section.title().to_string(), String::new()));
        for a in ACTIONS.iter().filter(|a| a.section == section) {
            out.push((app.keymap.label(a.name), a.help.to_string()));
        }
        out.push((String::new(), String::new()));
    }
    let fixed: &[(&str, &str)] = &[
        ("Ctrl-C", "quit from anywhere"),
        ("", ""),
        ("Prompts, the flag dialog and the correction form", ""),
        (
            "Enter",
            "search; keep the filter; save the flag or correction",
        ),
        ("Esc", "cancel"),
        ("1-8", "flag dialog: pick a reason, then type a note"),
        (
            "Tab",
            "write prompt: .csv or .json (the extension is the format)",
        ),
        (
            "y",
            "a question (accept the rest, overwrite a file): yes; other keys: no",
        ),
        ("Tab", "flag dialog: between reasons and note"),
        ("↑/↓ Tab", "form: the previous / next field"),
        (
            "←/→",
            "form: the previous / next value (the value: one less / more)",
        ),
        (
            "letters",
            "form: choose a value by name (mi → missile, n → none)",
        ),
        ("", ""),
        ("Adding a figure", ""),
        ("j/k ←/→", "move between numbers that are not figures yet"),
        (
            "Enter",
            "fill in the form for that number; Enter there adds it",
        ),
        ("", ""),
        ("Filters and sources", ""),
        (
            "1-9 Enter",
            "value chooser: stack that filter (on already: lift it)",
        ),
        ("o", "sources: order by figures, disagreement, name"),
        ("Enter", "sources: only that outlet's or speaker's figures"),
        ("", ""),
        ("Mouse", ""),
        ("wheel", "scroll the pane under the pointer"),
        ("click", "focus a pane; select an article, row or figure"),
        ("", ""),
        ("Marks", ""),
    ];
    out.extend(fixed.iter().map(|(k, w)| (k.to_string(), w.to_string())));
    for (mark, what) in [
        (Mark::Accepted, "accepted: checked and right"),
        (Mark::Flagged, "flagged (the reason is under the text)"),
        (
            Mark::NotAFigure,
            "not a figure: struck through, left out of claims",
        ),
        (
            Mark::Corrected,
            "corrected: shown as corrected, the engine's answer beside",
        ),
        (Mark::Added, "added by hand"),
    ] {
        out.push((format!("{}17", mark.sign()), what.into()));
    }
    out.push((
        format!("17{DOUBT_MARK}"),
        "a doubted figure (the checks' reasons are in the table)".into(),
    ));
    out.push((
        "▶".into(),
        "the selected figure, described under the text".into(),
    ));
    let colours = if app.theme.color {
        "blue ua · red ru · magenta other · grey unknown"
    } else {
        "underlined (NO_COLOR is set)"
    };
    out.push(("figures".into(), colours.into()));
    out.push((
        "!".into(),
        "claims rows where both sides speak or values disagree".into(),
    ));
    out.push((String::new(), String::new()));
    let path = config_path().map_or("(no config folder)".into(), |p| p.display().to_string());
    out.push(("Keymap".into(), path));
    let settings =
        super::settings::path().map_or("(no config folder)".into(), |p| p.display().to_string());
    out.push(("Settings".into(), settings));
    let review = app
        .review
        .path()
        .map_or("(in memory only, not saved)".into(), |p| {
            p.display().to_string()
        });
    out.push(("Review".into(), review));
    out
}

impl Widget for HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let lines = lines(app);
        let h = (lines.len() as u16 + 2)
            .min(area.height.saturating_sub(2))
            .max(3);
        let inner = popup(app, area, buf, 86, h, "Keys · Esc closes");
        if inner.height == 0 {
            return;
        }
        let height = inner.height as usize;
        let offset = app
            .view
            .help_offset
            .get()
            .min(lines.len().saturating_sub(height));
        app.view.help_offset.set(offset);
        let key_w = 18.min(inner.width as usize / 3);
        for (i, (keys, what)) in lines.iter().enumerate().skip(offset).take(height) {
            let y = inner.y + (i - offset) as u16;
            let x = inner.x + 1;
            let w = inner.width.saturating_sub(2) as usize;
            if what.is_empty() {
                put(buf, x, y, keys, w, t.heading());
            } else {
                put(buf, x, y, &pad(&format!("  {keys}"), key_w), key_w, t.key());
                put(
                    buf,
                    x + key_w as u16 + 1,
                    y,
                    what,
                    w.saturating_sub(key_w + 1),
                    Style::new(),
                );
            }
        }
        if offset + height < lines.len() {
            let more = format!(" ↓ {} more ", lines.len() - offset - height);
            put(
                buf,
                inner
                    .right()
                    .saturating_sub(more.chars().count() as u16 + 1),
                inner.bottom(),
                &more,
                16,
                t.dim(),
            );
        }
    }
}
