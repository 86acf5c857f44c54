//! The screen: which panes go where at this size, and the helpers the
//! panes share. Each pane is a short-lived struct borrowing the [`App`]
//! (in its own file) that draws itself as a ratatui `Widget`.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

use super::app::{App, Areas, Modal, Pane};
use super::articles::ArticlesPane;
use super::chooser::ChooserView;
use super::claims::ClaimsPane;
use super::confirm_view::ConfirmView;
use super::figures::FiguresPane;
use super::flag_dialog::FlagDialogView;
use super::form_view::FormView;
use super::help::HelpView;
use super::mention::MentionView;
use super::sources_view::SourcesOverlay;
use super::status::StatusBar;
use super::summary::SummaryView;
use super::text::TextPane;
use super::timeline::TimelineView;
use super::wrap::{fit, width};
use super::write_view::WriteView;

/// Below this the screen says it is too small rather than draw garbage.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the figures and claims get a column of their own.
pub const WIDE: u16 = 160;
/// From this width the claims span the screen under text and figures.
pub const WIDEST: u16 = 200;
/// From this width articles and text sit side by side.
pub const MEDIUM: u16 = 100;

/// How the panes are arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Articles | text | figures over claims.
    Wide,
    /// Articles | text over (figures or claims).
    Medium,
    /// One pane at a time, with tabs.
    Narrow,
    TooSmall,
}

impl Arrangement {
    pub fn of(area: Rect) -> Arrangement {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            Arrangement::TooSmall
        } else if area.width >= WIDE {
            Arrangement::Wide
        } else if area.width >= MEDIUM {
            Arrangement::Medium
        } else {
            Arrangement::Narrow
        }
    }
}

/// Draw the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    frame.render_widget(Screen { app }, frame.area());
}

/// The whole screen as one widget.
pub struct Screen<'a> {
    pub app: &'a App,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        app.view.areas.set(Areas::default());
        app.view.size.set(Some(area));
        let arrangement = Arrangement::of(area);
        if arrangement == Arrangement::TooSmall {
            return too_small(area, buf);
        }
        let [main, status] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        match arrangement {
            Arrangement::Wide if area.width >= WIDEST => {
                // Room enough for the claims to span the screen under the
                // text and the figures, with every column of both.
                let list = (area.width * 20 / 100).clamp(34, 48);
                let [a, right] =
                    Layout::horizontal([Constraint::Length(list), Constraint::Fill(1)]).areas(main);
                let [top, c] = Layout::vertical([Constraint::Fill(1), Constraint::Percentage(38)])
                    .areas(right);
                let [t, f] = Layout::horizontal([Constraint::Percentage(53), Constraint::Fill(1)])
                    .areas(top);
                ArticlesPane { app }.render(a, buf);
                TextPane { app }.render(t, buf);
                FiguresPane { app, tabs: false }.render(f, buf);
                claims(app, c, buf, false);
            }
            Arrangement::Wide => {
                let [a, t, right] = Layout::horizontal([
                    Constraint::Percentage(24),
                    Constraint::Percentage(42),
                    Constraint::Fill(1),
                ])
                .areas(main);
                let [f, c] = Layout::vertical([Constraint::Percentage(50), Constraint::Fill(1)])
                    .areas(right);
                ArticlesPane { app }.render(a, buf);
                TextPane { app }.render(t, buf);
                FiguresPane { app, tabs: false }.render(f, buf);
                claims(app, c, buf, false);
            }
            Arrangement::Medium => {
                let list = (main.width * 30 / 100).clamp(34, 50);
                let [a, right] =
                    Layout::horizontal([Constraint::Length(list), Constraint::Fill(1)]).areas(main);
                let [t, lower] =
                    Layout::vertical([Constraint::Percentage(58), Constraint::Fill(1)])
                        .areas(right);
                ArticlesPane { app }.render(a, buf);
                TextPane { app }.render(t, buf);
                match app.lower {
                    Pane::Claims => claims(app, lower, buf, true),
                    _ => FiguresPane { app, tabs: true }.render(lower, buf),
                }
            }
            _ => {
                let [tabs, pane] =
                    Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(main);
                tab_bar(app, tabs, buf);
                match app.focus {
                    Pane::Articles => ArticlesPane { app }.render(pane, buf),
                    Pane::Text => TextPane { app }.render(pane, buf),
                    Pane::Figures => FiguresPane { app, tabs: false }.render(pane, buf),
                    Pane::Claims => claims(app, pane, buf, false),
                }
            }
        }
        StatusBar { app }.render(status, buf);
        // The timeline stays under the prompts opened over it.
        if app.over_timeline() {
            TimelineView { app }.render(main, buf);
        }
        match &app.modal {
            Modal::Help => HelpView { app }.render(main, buf),
            Modal::Flag(d) => FlagDialogView { app, dialog: d }.render(main, buf),
            Modal::Summary(s) => SummaryView { app, sheet: s }.render(main, buf),
            Modal::Correct(form) => FormView { app, form }.render(main, buf),
            Modal::Write(dialog) => WriteView { app, dialog }.render(main, buf),
            Modal::Confirm(confirm) => ConfirmView { app, confirm }.render(main, buf),
            Modal::Choose(chooser) => ChooserView { app, chooser }.render(main, buf),
            Modal::Sources(sources) => SourcesOverlay { app, sources }.render(main, buf),
            _ => {}
        }
    }
}

/// The claims pane, with the mention Enter showed beneath it.
fn claims(app: &App, area: Rect, buf: &mut Buffer, tabs: bool) {
    let Some(mention) = app.mention() else {
        return ClaimsPane { app, tabs }.render(area, buf);
    };
    let [rows, shown] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(MentionView::height(area)),
    ])
    .areas(area);
    ClaimsPane { app, tabs }.render(rows, buf);
    MentionView { app, mention }.render(shown, buf);
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let lines = [
        format!("terminal too small: {}×{}", area.width, area.height),
        format!("need at least {MIN_WIDTH}×{MIN_HEIGHT}"),
        "q quits".to_string(),
    ];
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, l) in lines.iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let w = (width(l) as u16).min(area.width);
        let x = area.x + (area.width - w) / 2;
        buf.set_stringn(x, y, l, w as usize, Style::new());
    }
}

/// The tabs of the narrow layout, one per pane.
fn tab_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let mut areas = app.view.areas.get();
    let mut x = area.x;
    for pane in Pane::ALL {
        let label = format!(" {} ", pane.title());
        let w = (width(&label) as u16).min(area.right().saturating_sub(x));
        let style = if pane == app.focus {
            app.theme.selected_row(true)
        } else {
            app.theme.dim()
        };
        buf.set_stringn(x, area.y, &label, w as usize, style);
        areas.tabs[pane as usize] = Some(Rect::new(x, area.y, w, 1));
        x += w + 1;
        if x >= area.right() {
            break;
        }
    }
    app.view.areas.set(areas);
}

/// Draw a pane's border and title; returns the inside. The focused pane
/// gets a thick border, which shows without colour too.
pub fn pane_block(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    pane: Pane,
    title: Vec<Span<'_>>,
) -> Rect {
    let focused = app.focus == pane;
    let block = Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(app.theme.border(focused));
    let inner = block.inner(area);
    block.render(area, buf);
    let mut spans = vec![Span::raw(" ")];
    spans.extend(title);
    spans.push(Span::raw(" "));
    buf.set_line(
        area.x + 1,
        area.y,
        &Line::from(spans),
        area.width.saturating_sub(2),
    );
    let mut areas = app.view.areas.get();
    areas.blocks[pane as usize] = Some(area);
    app.view.areas.set(areas);
    inner
}

/// A note on the bottom border of a pane, right-aligned.
pub fn bottom_note(area: Rect, buf: &mut Buffer, note: &str, style: Style) {
    if note.is_empty() || area.width < 6 {
        return;
    }
    let s = fit(note, area.width as usize - 4);
    let w = width(&s) as u16;
    buf.set_stringn(
        area.right() - 2 - w,
        area.bottom() - 1,
        &s,
        w as usize,
        style,
    );
}

/// The first row to show so that `selected` is among `height` rows,
/// moving as little as possible from `offset`.
pub fn scrolled(offset: usize, selected: usize, height: usize, len: usize) -> usize {
    let height = height.max(1);
    let mut offset = offset.min(len.saturating_sub(height));
    if selected < offset {
        offset = selected;
    } else if selected >= offset + height {
        offset = selected + 1 - height;
    }
    offset
}

/// Write `s` (untrusted) at `(x, y)` in at most `w` cells.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, w: usize, style: Style) -> u16 {
    let s = fit(s, w);
    buf.set_stringn(x, y, &s, w, style).0
}

/// A box in the middle of `area`, at most `w`×`h`, cleared, with a border
/// and title; returns the inside.
pub fn popup(app: &App, area: Rect, buf: &mut Buffer, w: u16, h: u16, title: &str) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(app.theme.border(true));
    let inner = block.inner(rect);
    block.render(rect, buf);
    buf.set_stringn(
        rect.x + 2,
        rect.y,
        format!(" {title} "),
        w.saturating_sub(4) as usize,
        app.theme.heading(),
    );
    let mut areas = app.view.areas.get();
    areas.modal = Some(rect);
    app.view.areas.set(areas);
    inner
}

/// The value with its hedge: `≥17`, `~30`, `≤5`, `17`.
pub fn hedged(value: u64, q: crate::model::Qualifier) -> String {
    let sign = q.sign();
    format!("{sign}{value}")
}

/// Rows `lines` take at `width`, each wrapped at word boundaries.
pub fn wrapped_height(lines: &[Line<'_>], width: u16) -> u16 {
    lines
        .iter()
        .map(|l| {
            Paragraph::new(l.clone())
                .wrap(Wrap { trim: true })
                .line_count(width) as u16
        })
        .sum()
}

/// Two lines in `area`, each wrapped: the first given the rows it needs
/// (one row kept for the second), the second the rest; what still does not
/// fit is cut.
pub fn wrapped_pair(first: Line<'_>, second: Line<'_>, area: Rect, buf: &mut Buffer) {
    let first = Paragraph::new(first).wrap(Wrap { trim: true });
    let h = (first.line_count(area.width) as u16)
        .clamp(1, area.height.saturating_sub(1).max(1))
        .min(area.height);
    first.render(Rect { height: h, ..area }, buf);
    let rest = Rect {
        y: area.y + h,
        height: area.height - h,
        ..area
    };
    Paragraph::new(second)
        .wrap(Wrap { trim: true })
        .render(rest, buf);
}

/// One row of an overlay's list: `text` from `x` to a cell before the
/// row's end, the whole row lit when `selected`.
pub fn list_row(app: &App, buf: &mut Buffer, row: Rect, x: u16, text: &str, selected: bool) {
    let style = if selected {
        app.theme.selected_row(true)
    } else {
        Style::new()
    };
    buf.set_style(row, style);
    let w = row.right().saturating_sub(x + 1) as usize;
    put(buf, x, row.y, text, w, style);
}
