//! The claims pane: the comparison for the article, the night or the
//! corpus with the figures as the analyst has them (corrected, added, and
//! without those that are not figures), one row per matter (per matter and
//! night across the corpus), Ukrainian claims in one column and Russian in
//! the next, rows where the sides disagree marked `!`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::{App, Pane, ScopeKind};
use super::articles::pad;
use super::figures::{lower_tabs, record_tabs};
use super::ui::{bottom_note, hedged, pane_block, put, scrolled, wrapped_height, wrapped_pair};
use super::wrap::fit;
use crate::compare::{Claim, Night, Row, Scope};

pub struct ClaimsPane<'a> {
    pub app: &'a App,
    /// Show the Figures · Claims tabs in the title (medium layout).
    pub tabs: bool,
}

/// From this inner width the derived figures get a column.
const WIDE_CLAIMS: usize = 120;

impl Widget for ClaimsPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let scope = match app.scope {
            ScopeKind::Article => format!(
                " · article {}",
                app.current()
                    .map_or("-", |a| app.store.article(a).id.as_str())
            ),
            ScopeKind::Night => match app.night_scope() {
                Some(Scope::Night(d)) => format!(" · night of {d}"),
                Some(s) => format!(" · {}", s.name(&app.store)),
                None => " · night of ?".to_string(),
            },
            ScopeKind::Corpus if app.claims_updating() => " · corpus (updating…)".to_string(),
            ScopeKind::Corpus => " · corpus".to_string(),
        };
        let scope = fit(&scope, (area.width as usize).saturating_sub(30)).into_owned();
        let title = lower_tabs(app, Pane::Claims, self.tabs, scope);
        let inner = pane_block(app, area, buf, Pane::Claims, title);
        if self.tabs {
            record_tabs(app, area);
        }
        let scope_key = app.keymap.label("cycle_scope");
        bottom_note(
            area,
            buf,
            &format!(" {scope_key}: {} ", app.scope.next().label()),
            t.dim(),
        );
        if inner.height < 2 || inner.width < 16 {
            return;
        }
        let rows = app.claim_rows_shown();
        let w = inner.width as usize;
        // `!`, matter, the night across the corpus, then Ukrainian, Russian
        // and the others sharing the rest.
        // Across the corpus there are tens of thousands of rows, sorted by
        // matter: each matter's width is measured once, where it changes.
        let mut last = None;
        let matter_w = rows
            .iter()
            .filter(|r| last.replace((r.matter, r.cumulative)) != Some((r.matter, r.cumulative)))
            .map(|r| matter(r).chars().count())
            .max()
            .unwrap_or(6)
            .clamp(6, w / 3);
        let night_w = night_width(&rows, w / 6);
        let mut rest = w.saturating_sub(2 + matter_w + 3 + night_w + usize::from(night_w > 0));
        // A wide pane gives the derived figures a column of their own.
        let derived_w = if w >= WIDE_CLAIMS { rest / 4 } else { 0 };
        rest = rest.saturating_sub(derived_w + usize::from(derived_w > 0));
        let (ua_w, ru_w) = (rest * 3 / 8, rest * 3 / 8);
        let other_w = rest.saturating_sub(ua_w + ru_w);
        let widths = [1, matter_w, night_w, ua_w, ru_w, other_w, derived_w];
        let line = |cells: [&str; 7]| -> String {
            cells
                .iter()
                .zip(widths)
                .filter(|&(_, w)| w > 0)
                .map(|(c, w)| pad(c, w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        put(
            buf,
            inner.x,
            inner.y,
            &line([
                "!",
                "matter",
                "night",
                "Ukrainian",
                "Russian",
                "others",
                "derived",
            ]),
            w,
            t.header(),
        );
        // The selected row in full under the list, wrapped: a rule and two
        // lines, more where they wrap and the pane is tall.
        let detail = (inner.height >= 8 && !rows.is_empty())
            .then(|| row_detail(app, &rows[app.claim.min(rows.len() - 1)], w));
        let detail_h: u16 = detail.as_ref().map_or(0, |lines| {
            let most = (inner.height / 4).max(2);
            1 + wrapped_height(lines, inner.width).clamp(2, most)
        });
        let list = Rect::new(
            inner.x,
            inner.y + 1,
            inner.width,
            inner.height - 1 - detail_h,
        );
        let mut areas = app.view.areas.get();
        areas.claims = Some(list);
        app.view.areas.set(areas);
        if rows.is_empty() {
            put(buf, list.x, list.y, "no claims", w, t.dim());
            return;
        }
        let h = list.height as usize;
        let sel = app.claim.min(rows.len() - 1);
        let offset = scrolled(app.view.claims_offset.get(), sel, h, rows.len());
        app.view.claims_offset.set(offset);
        let focused = app.focus == Pane::Claims;
        for (i, r) in rows.iter().enumerate().skip(offset).take(h) {
            let y = list.y + (i - offset) as u16;
            let style = if i == sel {
                t.selected_row(focused)
            } else {
                Style::new()
            };
            buf.set_style(Rect::new(list.x, y, list.width, 1), style);
            let mark = if r.contested() { "!" } else { " " };
            let mut x = list.x;
            let cells = [
                mark.to_string(),
                matter(r),
                r.night
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                cell(app, &r.ua, ua_w, false),
                cell(app, &r.ru, ru_w, false),
                others(app, r, other_w, false),
                if derived_w > 0 {
                    derived(r, derived_w)
                } else {
                    String::new()
                },
            ];
            for (k, (c, cw)) in cells.iter().zip(widths).enumerate() {
                if cw == 0 {
                    continue;
                }
                let cell_style = match k {
                    0 => style.patch(t.contested()),
                    3 => style.patch(t.side(crate::model::Claimant::Ua)),
                    4 => style.patch(t.side(crate::model::Claimant::Ru)),
                    6 => style.patch(t.dim()),
                    _ => style,
                };
                // The claim holding the selected figure stands out.
                let holds = match k {
                    3 => holds(app, &r.ua),
                    4 => holds(app, &r.ru),
                    5 => holds(app, &r.other) || holds(app, &r.unknown),
                    _ => false,
                };
                let cell_style = if holds {
                    cell_style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                } else {
                    cell_style
                };
                put(buf, x, y, c, cw, cell_style);
                x += cw as u16 + 1;
            }
        }
        if let Some([first, second]) = detail {
            let y = list.bottom();
            buf.set_stringn(inner.x, y, "─".repeat(w), w, t.dim());
            let area = Rect::new(inner.x, y + 1, inner.width, detail_h - 1);
            wrapped_pair(first, second, area, buf);
        }
    }
}

/// The selected row in two lines, uncut: each side's claims, then the
/// others' and the derived figures.
fn row_detail(app: &App, r: &Row, w: usize) -> [Line<'static>; 2] {
    let t = &app.theme;
    let label = |c: crate::model::Claimant| {
        Span::styled(format!("{c} "), t.side(c).add_modifier(Modifier::BOLD))
    };
    let first = vec![
        label(crate::model::Claimant::Ua),
        Span::raw(or_dash(cell(app, &r.ua, usize::MAX, true))),
        Span::raw("   "),
        label(crate::model::Claimant::Ru),
        Span::raw(or_dash(cell(app, &r.ru, usize::MAX, true))),
    ];
    let mut second = Vec::new();
    let others = others(app, r, usize::MAX, true);
    if !others.is_empty() {
        second.push(Span::raw(format!("{others}  ")));
    }
    let derived = derived(r, usize::MAX);
    if !derived.is_empty() {
        second.push(Span::styled(derived, t.dim()));
    }
    // Long claims lists are cut at a few screen lines' worth.
    let cut = |spans: Vec<Span<'static>>| -> Line<'static> {
        Line::from(
            spans
                .into_iter()
                .map(|s| Span::styled(fit(&s.content, w * 4).into_owned(), s.style))
                .collect::<Vec<_>>(),
        )
    };
    [cut(first), cut(second)]
}

/// A row's derived figures (interception rate, unaccounted) cut to `width`.
fn derived(r: &Row, width: usize) -> String {
    joined(
        r.derived.iter().map(|d| {
            if d.kind == "interception_rate" {
                format!("{}% shot down ({})", d.value, d.text())
            } else {
                format!("{} unaccounted ({})", d.value, d.text())
            }
        }),
        width,
    )
}

/// The night column's width: its widest night up to `most`, none outside
/// the corpus. Reading stops at `most`, as an undated article's night
/// (`undated · <article id>`) soon reaches it.
fn night_width(rows: &[Row], most: usize) -> usize {
    let mut widest = None;
    for n in rows.iter().filter_map(|r| r.night.as_ref()) {
        let w = match n {
            Night::Date(_) => 10,
            Night::Undated(a) => "undated · ".chars().count() + a.chars().count(),
        };
        widest = widest.max(Some(w));
        if w >= most {
            break;
        }
    }
    widest.map_or(0, |w| w.clamp(5, most.max(5)))
}

fn or_dash(s: String) -> String {
    if s.is_empty() { "-".into() } else { s }
}

fn holds(app: &App, claims: &[Claim]) -> bool {
    app.figure
        .is_some_and(|f| claims.iter().any(|c| c.figures.contains(&f)))
}

/// `ru drone intercepted`, `(total)` for running totals.
fn matter(r: &Row) -> String {
    crate::sheet::claims::matter_text(r)
}

/// One side's claims: `≥130 ×2 (the air force); 3 in Kursk (Moscow); 3 in
/// Bryansk (Moscow)`, as far as `width` shows; `full` says what a repeat
/// counts (`×2: 2 articles, 1 outlet`).
fn cell(app: &App, claims: &[Claim], width: usize, full: bool) -> String {
    joined(claims.iter().map(|c| claim(app, c, full)), width)
}

/// Pieces joined by `; `, stopping once wider than `width`: the pane cuts
/// the text there anyway, and across the corpus a row holds thousands of
/// claims and derived figures that would be written out for nothing.
fn joined(pieces: impl Iterator<Item = String>, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for p in pieces {
        if used > width {
            break;
        }
        if !out.is_empty() {
            out.push_str("; ");
            used += 2;
        }
        used += super::wrap::width(&crate::safe::clean(&p));
        out.push_str(&p);
    }
    out
}

fn claim(app: &App, c: &Claim, full: bool) -> String {
    let f = app.fig(c.figures[0]);
    let (place, source) = c.labels(f, |s| fit(s, 22).into_owned());
    let value = hedged(c.value, c.qualifier);
    match (c.figures.len(), full) {
        (1, _) => format!("{value}{place}{source}"),
        (n, false) => format!("{value}{place} ×{n}{source}"),
        (_, true) => format!("{value}{place}{source} {}", c.counted()),
    }
}

/// Third parties' and unattributed claims in one column, as far as `width`
/// shows.
fn others(app: &App, r: &Row, width: usize, full: bool) -> String {
    let mut parts = Vec::new();
    if !r.other.is_empty() {
        parts.push(format!("3rd: {}", cell(app, &r.other, width, full)));
    }
    if !r.unknown.is_empty() {
        parts.push(format!("unattr.: {}", cell(app, &r.unknown, width, full)));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_cut_short_shows_as_the_whole_would() {
        let pieces: Vec<String> = [
            "≥130 ×2 (Ukraine's air force)",
            "126 (Moscow)",
            "~90",
            "国防部 12",
            "7 (ministry\u{7})",
            "1,000 ×14 (the governor of the region)",
        ]
        .map(String::from)
        .to_vec();
        let whole = pieces.join("; ");
        for width in 0..=whole.chars().count() + 2 {
            let cut = joined(pieces.iter().cloned(), width);
            assert!(whole.starts_with(&cut), "{cut:?}");
            assert_eq!(fit(&cut, width), fit(&whole, width), "width {width}");
        }
        assert!(joined(pieces.iter().cloned(), 10).len() < whole.len());
    }
}
