//! The line on top of the figures table that says which filters on the
//! figures are on: the stacked column filters, only flagged, only doubted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::App;
use super::ui::put;

/// `filters: claimant=ru · value≥100 · only flagged`, or none when no
/// filter is on the figures.
pub fn text(app: &App) -> Option<String> {
    let f = &app.filters;
    let mut parts: Vec<String> = f.columns.iter().map(ToString::to_string).collect();
    if f.only_flagged {
        parts.push("only flagged".into());
    }
    if f.only_doubted {
        parts.push("only doubted".into());
    }
    (!parts.is_empty()).then(|| format!("filters: {} · Esc clears", parts.join(" · ")))
}

/// Draw the line at the top of `inner` when a filter is on; returns what
/// is left below it.
pub fn draw(app: &App, inner: Rect, buf: &mut Buffer) -> Rect {
    let Some(line) = text(app) else {
        return inner;
    };
    if inner.height < 3 {
        return inner;
    }
    put(
        buf,
        inner.x,
        inner.y,
        &line,
        inner.width as usize,
        app.theme.message(),
    );
    Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    }
}
