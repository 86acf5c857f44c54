//! The timeline view: nights down, the main matters across, each cell the
//! counting side's figure with the articles behind it and a mark where
//! sources disagree; under it the selected cell in words and the selected
//! matter as a chart of each side's figure per night, gaps where nobody
//! reported.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::{
    Axis, Block, BorderType, Chart, Clear, Dataset, GraphType, LegendPosition, Widget,
};

use super::app::{App, CellList};
use super::ui::{popup, put, scrolled};
use super::wrap::width;
use crate::model::Claimant;
use crate::timeline::{Cell, SIDES, Timeline};

/// Width of the night column.
const NIGHT: usize = 11;
/// Narrowest and widest a matter's column gets.
const MIN_COL: usize = 6;
const MAX_COL: usize = 11;
/// From this much room beside the table, the chart goes beside it.
const MIN_CHART_WIDTH: usize = 60;

pub struct TimelineView<'a> {
    pub app: &'a App,
}

/// What a cell shows: `112·2!` (value, articles when more than one, `!`
/// where sources disagree), and whose figure it is.
fn cell_text(cell: &Cell, counted_by: Claimant) -> (String, Option<Claimant>) {
    let Some((side, v)) = cell.headline(counted_by) else {
        return match cell.is_empty() {
            true => (String::new(), None),
            // Only parts of totals: there is something behind it to open.
            false => ("…".into(), None),
        };
    };
    let mut s = v.to_string();
    if cell.articles > 1 {
        s.push_str(&format!("·{}", cell.articles));
    }
    if cell.disagree {
        s.push('!');
    }
    (s, Some(side))
}

/// Each side's figure of a cell in words.
fn sides_text(cell: &Cell) -> String {
    let parts: Vec<String> = SIDES
        .iter()
        .filter_map(|&s| cell.side(s).map(|v| (s, v)))
        .map(|(s, v)| {
            let more = if v.values > 1 {
                format!(" (of {} values)", v.values)
            } else {
                String::new()
            };
            let places = if v.places > 1 {
                format!(" over {} places", v.places)
            } else {
                String::new()
            };
            format!("{} {v}{places}{more}", crate::timeline::side_name(s))
        })
        .collect();
    let mut s = if parts.is_empty() {
        "only parts of totals".to_string()
    } else {
        parts.join(" · ")
    };
    s.push_str(&format!(
        " · {} article{}, {} outlet{}",
        cell.articles,
        if cell.articles == 1 { "" } else { "s" },
        cell.outlets,
        if cell.outlets == 1 { "" } else { "s" },
    ));
    if cell.disagree {
        s.push_str(" · sources disagree");
    }
    s
}

impl Widget for TimelineView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let th = &app.theme;
        let t = app.timeline();
        Clear.render(area, buf);
        let updating = if app.claims_busy() {
            " · updating…"
        } else {
            ""
        };
        let title = format!(
            " Timeline · {} nights · Enter: a night's claims, a cell's figures{updating} ",
            t.nights.len()
        );
        let block = Block::bordered()
            .border_type(BorderType::Thick)
            .border_style(th.border(true));
        let inner = block.inner(area);
        block.render(area, buf);
        put(
            buf,
            area.x + 1,
            area.y,
            &title,
            area.width.saturating_sub(2) as usize,
            th.heading(),
        );
        if inner.height < 3 || inner.width < 20 {
            return;
        }
        if t.nights.is_empty() {
            let msg = match t.undated {
                0 => "No figure of the main matters has been read yet.".to_string(),
                n => format!(
                    "No night to show: {n} figures of the main matters have no night (D gives an article one)."
                ),
            };
            put(
                buf,
                inner.x + 1,
                inner.y + 1,
                &msg,
                inner.width as usize - 2,
                th.dim(),
            );
            return;
        }
        let row = app.timeline_row(&t);
        // Measured once a frame: every cell of every night is formatted.
        let widths = column_widths(&t);
        let natural = NIGHT + 2 + widths.iter().sum::<usize>();
        if inner.width as usize >= natural + 2 + MIN_CHART_WIDTH && inner.height >= 12 {
            // Wide: the chart beside the table, as tall as it.
            let [top, detail] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(inner);
            let [table, chart] =
                Layout::horizontal([Constraint::Length(natural as u16), Constraint::Fill(1)])
                    .spacing(2)
                    .areas(top);
            draw_table(app, &t, &widths, row, table, buf);
            draw_detail(app, &t, row, detail, buf);
            draw_chart(app, &t, row, chart, buf);
        } else {
            // The chart under the table, where there is room for one worth
            // reading.
            let chart_h = match inner.height {
                h if h >= 30 => h * 2 / 5,
                h if h >= 16 => 8,
                _ => 0,
            };
            let [table, detail, chart] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(2),
                Constraint::Length(chart_h),
            ])
            .areas(inner);
            draw_table(app, &t, &widths, row, table, buf);
            draw_detail(app, &t, row, detail, buf);
            if chart_h > 0 {
                draw_chart(app, &t, row, chart, buf);
            }
        }
        if let Some(list) = &app.timeline.cell {
            draw_cell_list(app, &t, row, list, area, buf);
        }
    }
}

/// The widths of the matter columns: as wide as their heading and cells.
fn column_widths(t: &Timeline) -> Vec<usize> {
    t.lines
        .iter()
        .enumerate()
        .map(|(l, line)| {
            let cells = t
                .nights
                .iter()
                .map(|r| width(&cell_text(&r.cells[l], line.counted_by).0))
                .max()
                .unwrap_or(0);
            cells.max(width(&line.short)).clamp(MIN_COL, MAX_COL) + 1
        })
        .collect()
}

fn draw_table(app: &App, t: &Timeline, widths: &[usize], row: usize, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    if area.height < 2 {
        return;
    }
    let column = app.timeline.column;
    // Matter columns scroll sideways to keep the selected one in view.
    let room = (area.width as usize).saturating_sub(NIGHT + 1);
    let mut first = app
        .view
        .timeline_column_offset
        .get()
        .min(widths.len().saturating_sub(1));
    if column > 0 {
        let sel = column - 1;
        first = first.min(sel);
        while first < sel && widths[first..=sel].iter().sum::<usize>() > room {
            first += 1;
        }
    }
    app.view.timeline_column_offset.set(first);
    let mut shown = Vec::new();
    let mut used = 0;
    for (l, &w) in widths.iter().enumerate().skip(first) {
        if used + w > room {
            break;
        }
        shown.push((l, used, w));
        used += w;
    }
    let x0 = area.x + 1 + NIGHT as u16;
    let more_left = if first > 0 { "◀" } else { " " };
    put(
        buf,
        area.x,
        area.y,
        &format!("{more_left}night"),
        NIGHT,
        th.header(),
    );
    for &(l, at, w) in &shown {
        let style = if column == l + 1 {
            th.header().add_modifier(Modifier::REVERSED)
        } else {
            th.header()
        };
        put(
            buf,
            x0 + at as u16,
            area.y,
            &format!("{:>w$}", t.lines[l].short, w = w - 1),
            w,
            style,
        );
    }
    if shown.last().is_some_and(|&(l, _, _)| l + 1 < widths.len()) {
        put(
            buf,
            area.right().saturating_sub(1),
            area.y,
            "▶",
            1,
            th.header(),
        );
    }
    let height = (area.height - 1) as usize;
    let offset = scrolled(app.view.timeline_offset.get(), row, height, t.nights.len());
    app.view.timeline_offset.set(offset);
    for (i, night) in t.nights.iter().enumerate().skip(offset).take(height) {
        let y = area.y + 1 + (i - offset) as u16;
        let selected = i == row;
        let marker = if selected { "▶" } else { " " };
        let style = if selected && column == 0 {
            th.selected_row(true)
        } else if selected {
            th.header()
        } else {
            Style::new()
        };
        put(
            buf,
            area.x,
            y,
            &format!("{marker}{}", night.night),
            NIGHT,
            style,
        );
        for &(l, at, w) in &shown {
            let (text, side) = cell_text(&night.cells[l], t.lines[l].counted_by);
            let mut style = side.map_or(th.dim(), |s| th.side(s));
            if night.cells[l].disagree {
                style = style.add_modifier(Modifier::BOLD);
            }
            if selected && column == l + 1 {
                style = th.selected_row(true);
            }
            let text = if text.is_empty() && selected && column == l + 1 {
                "·".to_string()
            } else {
                text
            };
            put(
                buf,
                x0 + at as u16,
                y,
                &format!("{text:>w$}", w = w - 1),
                w,
                style,
            );
        }
    }
}

fn draw_detail(app: &App, t: &Timeline, row: usize, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let w = area.width as usize;
    let night = &t.nights[row];
    let (head, body) = match app.timeline.column {
        0 => {
            let with = night.cells.iter().filter(|c| !c.is_empty()).count();
            let articles: usize = night.cells.iter().map(|c| c.articles).max().unwrap_or(0);
            (
                format!(
                    "night of {} · {with} of {} matters reported",
                    night.night,
                    t.lines.len()
                ),
                format!(
                    "Enter: the night's claims (up to {articles} articles a matter) · →: the matters"
                ),
            )
        }
        c => {
            let line = &t.lines[c - 1];
            let cell = &night.cells[c - 1];
            let body = if cell.is_empty() {
                "nobody reported it that night".to_string()
            } else {
                format!("{} · Enter lists the figures", sides_text(cell))
            };
            (format!("{} · night of {}", line.label, night.night), body)
        }
    };
    put(
        buf,
        area.x + 1,
        area.y,
        &head,
        w.saturating_sub(2),
        th.heading(),
    );
    put(
        buf,
        area.x + 1,
        area.y + 1,
        &body,
        w.saturating_sub(2),
        Style::new(),
    );
}

/// The selected matter, each side's figure per night: a line through
/// nights in a row, a gap where a night has none, and the selected night
/// marked.
fn draw_chart(app: &App, t: &Timeline, row: usize, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let l = app.timeline.column.max(1) - 1;
    let line = &t.lines[l];
    let start = t.nights[0].night;
    let days = (t.nights[t.nights.len() - 1].night - start)
        .num_days()
        .max(1) as f64;
    let top = t
        .nights
        .iter()
        .flat_map(|r| r.cells[l].sides.iter().flatten().map(|v| v.value))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut runs: Vec<(Claimant, Vec<(f64, f64)>)> = Vec::new();
    let mut points: Vec<(Claimant, Vec<(f64, f64)>)> = Vec::new();
    for side in SIDES {
        let series = t.series(l, side);
        let dots: Vec<(f64, f64)> = series
            .iter()
            .enumerate()
            .filter_map(|(x, (_, v))| v.map(|v| (x as f64, v as f64)))
            .collect();
        if dots.is_empty() {
            continue;
        }
        for run in series.split(|(_, v)| v.is_none()) {
            if run.len() > 1 {
                let x0 = (run[0].0 - start).num_days() as f64;
                let data = run
                    .iter()
                    .enumerate()
                    .filter_map(|(i, (_, v))| v.map(|v| (x0 + i as f64, v as f64)))
                    .collect();
                runs.push((side, data));
            }
        }
        points.push((side, dots));
    }
    let sel = (t.nights[row].night - start).num_days() as f64;
    let cursor = vec![(sel, 0.0), (sel, top)];
    let marker = |side: Claimant| {
        if th.color {
            Marker::Braille
        } else {
            match side {
                Claimant::Ua => Marker::Dot,
                Claimant::Ru => Marker::Block,
                _ => Marker::Bar,
            }
        }
    };
    let mut datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(th.dim())
            .data(&cursor),
    ];
    for (side, data) in &runs {
        datasets.push(
            Dataset::default()
                .marker(marker(*side))
                .graph_type(GraphType::Line)
                .style(th.side(*side))
                .data(data),
        );
    }
    for (side, data) in &points {
        datasets.push(
            Dataset::default()
                .name(crate::timeline::side_name(*side))
                .marker(if th.color { Marker::Dot } else { marker(*side) })
                .graph_type(GraphType::Scatter)
                .style(th.side(*side).add_modifier(Modifier::BOLD))
                .data(data),
        );
    }
    let last = t.nights[t.nights.len() - 1].night;
    // Labels spread evenly along the axis: only its two ends are dates
    // where they stand; the cursor's night is named above the chart.
    let x_labels = vec![Span::raw(start.to_string()), Span::raw(last.to_string())];
    let title = TextLine::from(vec![Span::styled(
        format!(" {} ", line.label),
        th.heading(),
    )]);
    let chart = Chart::new(datasets)
        .block(Block::new().title(title))
        .x_axis(
            Axis::default()
                .bounds([0.0, days])
                .labels(x_labels)
                .style(th.dim()),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, top * 1.1])
                .labels([
                    Span::raw("0"),
                    Span::raw(format!("{}", (top / 2.0).round())),
                    Span::raw(format!("{top}")),
                ])
                .style(th.dim()),
        )
        .legend_position(Some(LegendPosition::TopRight))
        .hidden_legend_constraints((Constraint::Percentage(50), Constraint::Percentage(60)));
    chart.render(area, buf);
}

/// The figures behind the cell Enter opened, over the timeline.
fn draw_cell_list(
    app: &App,
    t: &Timeline,
    row: usize,
    list: &CellList,
    area: Rect,
    buf: &mut Buffer,
) {
    let th = &app.theme;
    let c = app.timeline.column.max(1) - 1;
    let title = format!(
        "{} · {} · {} figures · Enter shows one in its text",
        t.lines[c].label,
        t.nights[row].night,
        list.figures.len()
    );
    let h = (list.figures.len() as u16 + 2).min(area.height.saturating_sub(2));
    let inner = popup(
        app,
        area,
        buf,
        area.width.saturating_sub(4).min(110),
        h,
        &title,
    );
    if inner.height == 0 {
        return;
    }
    let height = inner.height as usize;
    let offset = scrolled(
        app.view.cell_list_offset.get(),
        list.selected,
        height,
        list.figures.len(),
    );
    app.view.cell_list_offset.set(offset);
    let w = inner.width.saturating_sub(2) as usize;
    for (i, &id) in list.figures.iter().enumerate().skip(offset).take(height) {
        let f = app.fig(id);
        let a = app.owner(id);
        let outlet = app.store.outlet(a);
        let said = f
            .source
            .as_deref()
            .map_or(String::new(), |s| format!(" ({s})"));
        let line = format!(
            "{} {} {} {} · {}{said} · {outlet} · {}",
            if i == list.selected { "▶" } else { " " },
            super::ui::hedged(f.value, f.qualifier),
            f.item,
            f.event,
            f.claimant,
            app.store.article(a).label(),
        );
        let y = inner.y + (i - offset) as u16;
        let style = if i == list.selected {
            th.selected_row(true)
        } else {
            th.side(f.claimant)
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        put(buf, inner.x + 1, y, &line, w, style);
    }
}
