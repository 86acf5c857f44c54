//! The figures pane: a table of the current article's figures (value with
//! hedge, item, event, attacker, claimant, source, doubts) as the analyst
//! has them, sortable; the selected row is the figure selected in the text.
//! The first column carries the review mark and the doubt mark; a corrected
//! value shows the engine's beside it (`120 (engine 100)`), other corrected
//! cells are set apart, figures marked not a figure are struck through, and
//! added ones are numbered `+`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Widget;

use super::app::{App, Pane, SortKey};
use super::articles::pad;
use super::reviewed::{Mark, is_added};
use super::ui::{bottom_note, hedged, pane_block, put, scrolled};
use super::wrap::{DOUBT_MARK, width};
use crate::store::FigureId;

pub struct FiguresPane<'a> {
    pub app: &'a App,
    /// Show the Figures · Claims tabs in the title (medium layout).
    pub tabs: bool,
}

/// A column: header, width, and which sort key it stands for.
struct Col {
    name: &'static str,
    width: usize,
    sort: Option<SortKey>,
}

impl Widget for FiguresPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let title = lower_tabs(
            app,
            Pane::Figures,
            self.tabs,
            format!(" {}", app.rows.len()),
        );
        let inner = pane_block(app, area, buf, Pane::Figures, title);
        let inner = super::filter_line::draw(app, inner, buf);
        if self.tabs {
            record_tabs(app, area);
        }
        bottom_note(
            area,
            buf,
            &format!(" sorted by {} ", app.sort.label()),
            t.dim(),
        );
        if inner.height < 2 || inner.width < 10 {
            return;
        }
        let w = inner.width as usize;
        // The value column widens for `120 (engine 100)`, up to a point.
        let value_w = app
            .rows
            .iter()
            .map(|&id| width(&value_cell(app, id)))
            .max()
            .unwrap_or(0)
            .clamp(7, 20);
        let mut cols = vec![
            Col {
                name: "",
                width: 2,
                sort: None,
            },
            Col {
                name: "#",
                width: 3,
                sort: Some(SortKey::Position),
            },
            Col {
                name: "value",
                width: value_w,
                sort: Some(SortKey::Value),
            },
            Col {
                name: "item",
                width: 10,
                sort: Some(SortKey::Item),
            },
            Col {
                name: "event",
                width: 11,
                sort: Some(SortKey::Event),
            },
            Col {
                name: "atk",
                width: 3,
                sort: None,
            },
            Col {
                name: "claim",
                width: 6,
                sort: Some(SortKey::Claimant),
            },
            Col {
                name: "doubts",
                width: 0,
                sort: Some(SortKey::Doubts),
            },
            Col {
                name: "source",
                width: 0,
                sort: Some(SortKey::Source),
            },
        ];
        // Doubts, then the source, get what the fixed columns leave;
        // narrow panes cut the last columns, wide ones show items whole and
        // the night each figure is about.
        let fixed: usize = cols.iter().map(|c| c.width + 1).sum();
        let mut rest = w.saturating_sub(fixed);
        if rest >= 45 {
            cols[3].width = 16;
            cols.insert(
                7,
                Col {
                    name: "night",
                    width: 10,
                    sort: None,
                },
            );
            rest -= 6 + 11;
        }
        let (doubts, source) = (cols.len() - 2, cols.len() - 1);
        if rest >= 20 {
            cols[source].width = rest / 2;
            cols[doubts].width = rest - cols[source].width - 1;
        } else if rest >= 8 {
            cols[doubts].width = rest + 1;
            cols.truncate(source);
        } else {
            cols.truncate(doubts);
        }
        let header: String = cols
            .iter()
            .map(|c| {
                let arrow = if c.sort == Some(app.sort) && c.sort != Some(SortKey::Position) {
                    "▼"
                } else {
                    ""
                };
                pad(&format!("{}{arrow}", c.name), c.width)
            })
            .collect::<Vec<_>>()
            .join(" ");
        put(buf, inner.x, inner.y, &header, w, t.header());
        let rows = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
        let mut areas = app.view.areas.get();
        areas.figures = Some(rows);
        app.view.areas.set(areas);
        if app.rows.is_empty() {
            let why = if app.current().is_none() {
                "no article"
            } else if app.filters.on_figures() {
                "no figure passes the filters"
            } else {
                "no figures in this article"
            };
            put(buf, rows.x, rows.y, why, w, t.dim());
            return;
        }
        let Some(a) = app.current() else { return };
        let first_id = app.store.article_figures(a).start;
        let h = rows.height as usize;
        let sel = app
            .figure
            .and_then(|f| app.rows.iter().position(|&r| r == f))
            .unwrap_or(0);
        let offset = scrolled(app.view.figures_offset.get(), sel, h, app.rows.len());
        app.view.figures_offset.set(offset);
        let focused = app.focus == Pane::Figures;
        for (i, &id) in app.rows.iter().enumerate().skip(offset).take(h) {
            let y = rows.y + (i - offset) as u16;
            let f = app.fig(id);
            let doubts = app.doubts(id);
            let mark = app.mark(id);
            let engine = app.engine(id);
            let marks = format!(
                "{}{}",
                mark.map_or(" ", Mark::sign),
                if doubts.is_empty() { " " } else { DOUBT_MARK }
            );
            let kinds = doubts
                .iter()
                .map(|d| d.kind.name())
                .collect::<Vec<_>>()
                .join(", ");
            let number = if is_added(id) {
                "+".to_string()
            } else {
                (id - first_id + 1).to_string()
            };
            let cell = |name: &str| match name {
                "" => marks.clone(),
                "#" => number.clone(),
                "value" => value_cell(app, id),
                "item" => f.item.to_string(),
                "event" => f.event.to_string(),
                "atk" => f.attacker.map_or("-".into(), |s| s.to_string()),
                "claim" => f.claimant.to_string(),
                "night" => f.date.map_or("-".into(), |d| d.to_string()),
                "doubts" => kinds.clone(),
                _ => f.source.as_deref().unwrap_or_default().to_string(),
            };
            let cells: Vec<String> = cols.iter().map(|c| cell(c.name)).collect();
            let selected = Some(id) == app.figure;
            let mut row_style = if selected {
                t.selected_row(focused)
            } else {
                Style::new()
            };
            if mark == Some(Mark::NotAFigure) {
                row_style = row_style.patch(t.struck());
            }
            // Which cells the analyst changed, by column name.
            let changed = |name: &str| {
                engine.is_some_and(|e| match name {
                    "value" => (e.value, e.qualifier) != (f.value, f.qualifier),
                    "item" => e.item != f.item,
                    "event" => e.event != f.event,
                    "atk" => e.attacker != f.attacker,
                    "claim" => e.claimant != f.claimant,
                    _ => false,
                })
            };
            buf.set_style(Rect::new(rows.x, y, rows.width, 1), row_style);
            let mut x = rows.x;
            for (c, cell) in cols.iter().zip(cells.iter()) {
                if x >= rows.right() {
                    break;
                }
                let cw = c.width.min((rows.right() - x) as usize);
                let mut style = match c.name {
                    "claim" => row_style.patch(t.side(f.claimant)),
                    "" => row_style.patch(t.doubt_mark()),
                    _ => row_style,
                };
                if changed(c.name) {
                    style = style.patch(t.corrected());
                }
                if c.name.is_empty()
                    && let Some(m) = mark
                {
                    // The review mark in its colour, the doubt mark in its.
                    let sign = m.sign();
                    put(buf, x, y, sign, cw, row_style.patch(t.review_mark(m)));
                    let sw = width(sign) as u16;
                    put(
                        buf,
                        x + sw,
                        y,
                        &cell[sign.len()..],
                        cw.saturating_sub(sw as usize),
                        style,
                    );
                } else {
                    put(buf, x, y, cell, cw, style);
                }
                x += c.width as u16 + 1;
            }
        }
    }
}

/// The title of a lower pane: in the medium layout, both tabs with the
/// shown one lit; else the pane's name.
pub fn lower_tabs(app: &App, pane: Pane, tabs: bool, extra: String) -> Vec<Span<'static>> {
    let t = &app.theme;
    if !tabs {
        return vec![Span::styled(pane.title(), t.heading()), Span::raw(extra)];
    }
    let mut out = Vec::new();
    for (i, p) in [Pane::Figures, Pane::Claims].into_iter().enumerate() {
        if i > 0 {
            out.push(Span::styled(" · ", t.dim()));
        }
        if p == pane {
            out.push(Span::styled(
                p.title(),
                t.heading()
                    .add_modifier(ratatui::style::Modifier::UNDERLINED),
            ));
            out.push(Span::raw(extra.clone()));
        } else {
            out.push(Span::styled(p.title(), t.dim()));
        }
    }
    out
}

/// Where the two tab labels of a lower pane are, for clicks. The title
/// starts two cells in: the corner and a space.
pub fn record_tabs(app: &App, area: Rect) {
    let mut areas = app.view.areas.get();
    let x = area.x + 2;
    let shown = app.lower;
    let extra = |p: Pane| {
        if p == shown {
            title_extra_width(app, p)
        } else {
            0
        }
    };
    let fw = 7 + extra(Pane::Figures);
    areas.tabs[Pane::Figures as usize] = Some(Rect::new(x, area.y, fw, 1));
    areas.tabs[Pane::Claims as usize] = Some(Rect::new(x + fw + 3, area.y, 6, 1));
    app.view.areas.set(areas);
}

fn title_extra_width(app: &App, pane: Pane) -> u16 {
    match pane {
        Pane::Figures => format!(" {}", app.rows.len()).len() as u16,
        _ => 0,
    }
}

/// The value with its hedge, and the engine's when the analyst changed it.
fn value_cell(app: &App, id: FigureId) -> String {
    let f = app.fig(id);
    let now = hedged(f.value, f.qualifier);
    match app.engine(id) {
        Some(e) if (e.value, e.qualifier) != (f.value, f.qualifier) => {
            format!("{now} (engine {})", hedged(e.value, e.qualifier))
        }
        _ => now,
    }
}
