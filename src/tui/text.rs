//! The text pane: the article with its metadata on top and every figure
//! highlighted in place by claimant side (as the analyst corrected it),
//! reviewed figures marked before (`✓` accepted, `⚑` flagged, `✗` not a
//! figure and struck through, `✎` corrected, `+` added), doubted ones `?`
//! after, search hits lit, and the selected figure emphasised and
//! described underneath with the engine's answer when it was corrected.
//! While a number is being chosen to add, the numbers that could be are
//! underlined and the one under the cursor lit. Only the lines on screen
//! are styled.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_segmentation::UnicodeSegmentation;

use super::app::{App, Modal, Pane};
use super::form::attacker_name;
use super::reviewed::Mark;
use super::ui::{bottom_note, hedged, pane_block, put, wrapped_height, wrapped_pair};
use super::wrap::{DOUBT_MARK, Glyph, Kind, Marks, Src, VLine, glyph};
use crate::model::{Figure, Language};
use crate::store::FigureId;

/// Columns left of the text for the `▶` of the selected figure's line.
const GUTTER: u16 = 2;

pub struct TextPane<'a> {
    pub app: &'a App,
}

impl Widget for TextPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let Some(a) = app.current() else {
            let inner = pane_block(
                app,
                area,
                buf,
                Pane::Text,
                vec![Span::styled("Text", t.heading())],
            );
            let why = if app.loading.done {
                "no article to show".to_string()
            } else {
                format!(
                    "loading: {} articles read, {} extracted",
                    app.loading.read, app.loading.extracted
                )
            };
            if inner.height > 0 {
                put(
                    buf,
                    inner.x + 1,
                    inner.y,
                    &why,
                    inner.width.saturating_sub(1) as usize,
                    t.dim(),
                );
            }
            return;
        };
        let article = app.store.article(a);
        let title = vec![
            Span::styled("Text", t.heading()),
            Span::raw(" · "),
            Span::raw(article.id.clone()),
        ];
        let inner = pane_block(app, area, buf, Pane::Text, title);
        if inner.width <= GUTTER + 1 || inner.height == 0 {
            return;
        }
        // The selected figure described under the text, when there is room:
        // a rule and two lines, more where they wrap and the pane is tall.
        let detail_h = match app.figure {
            Some(id) if inner.height >= 10 => {
                let most = (inner.height / 4).max(2);
                1 + detail_height(app, id, inner.width).clamp(2, most)
            }
            _ => 0,
        };
        let body = Rect::new(
            inner.x + GUTTER,
            inner.y,
            inner.width - GUTTER,
            inner.height - detail_h,
        );
        let mut areas = app.view.areas.get();
        areas.text = Some(body);
        app.view.areas.set(areas);
        let Some((doc, marks)) = app.doc(body.width as usize) else {
            return;
        };
        let h = body.height as usize;
        let mut scroll = app.view.text_scroll.get();
        if let Some(anchor) = app.view.anchor.take()
            && let Some(line) = doc.line_of(anchor)
            && (line < scroll || line >= scroll + h)
        {
            // Bring it a third of the way down, with context above.
            scroll = line.saturating_sub(h / 3);
        }
        scroll = scroll.min(doc.lines.len().saturating_sub(h));
        app.view.text_scroll.set(scroll);

        let figs: Vec<(Range<usize>, FigureId)> = app
            .figures_of(a)
            .into_iter()
            .map(|id| (app.fig(id).start..app.fig(id).end, id))
            .collect();
        let hits: Vec<Range<usize>> = app.hits_in(a).iter().map(|h| h.range.clone()).collect();
        let pick = match &app.modal {
            Modal::Pick(p) if p.article == a => Some(p),
            _ => None,
        };
        // The margin arrow follows the pick cursor while there is one.
        let selected_start = match pick {
            Some(p) => p.current().map(|r| r.start),
            None => app.figure.map(|id| app.fig(id).start),
        };
        let painter = Painter {
            app,
            marks: &marks,
            figs: &figs,
            hits: &hits,
            spots: pick.map_or(&[], |p| p.spots.as_slice()),
            spot: pick.and_then(|p| p.current().cloned()),
        };
        for (i, line) in doc.lines.iter().enumerate().skip(scroll).take(h) {
            let y = body.y + (i - scroll) as u16;
            if line.src == Src::Text && selected_start.is_some_and(|s| line.range.contains(&s)) {
                buf.set_stringn(inner.x, y, "▶", 1, t.selected_figure());
            }
            let spans = painter.line(doc.source(article, line), line, body.width as usize);
            buf.set_line(body.x, y, &Line::from(spans), body.width);
        }
        let pos = format!(
            " {}-{}/{} ",
            scroll + 1,
            (scroll + h).min(doc.lines.len()),
            doc.lines.len()
        );
        bottom_note(area, buf, &pos, t.dim());
        if detail_h > 0
            && let Some(id) = app.figure
        {
            let y = body.bottom();
            let rule = "─".repeat(inner.width as usize);
            buf.set_stringn(inner.x, y, &rule, inner.width as usize, t.dim());
            detail(
                app,
                id,
                Rect::new(inner.x, y + 1, inner.width, detail_h - 1),
                buf,
            );
        }
    }
}

/// Styles one display line: figures, hits, markers, placeholders.
struct Painter<'a> {
    app: &'a App,
    marks: &'a Marks,
    /// The article's figures, in text order.
    figs: &'a [(Range<usize>, FigureId)],
    hits: &'a [Range<usize>],
    /// Numbers that could be added, and the one under the cursor.
    spots: &'a [Range<usize>],
    spot: Option<Range<usize>>,
}

impl Painter<'_> {
    fn line(&self, src: &str, line: &VLine, width: usize) -> Vec<Span<'static>> {
        let t = &self.app.theme;
        let base = match line.kind {
            Kind::Heading => t.heading(),
            Kind::Meta => t.dim(),
            Kind::Rule => return vec![Span::styled("─".repeat(width), t.dim())],
            Kind::Note => t.message(),
            Kind::Body => Style::new(),
        };
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut run = String::new();
        let mut run_style = base;
        let flush = |spans: &mut Vec<Span<'static>>, run: &mut String, style: Style| {
            if !run.is_empty() {
                spans.push(Span::styled(std::mem::take(run), style));
            }
        };
        let in_text = line.src == Src::Text;
        // Figures and hits are in text order: start the scan at this line.
        let mut fi = if in_text {
            self.figs
                .partition_point(|(r, _)| r.end <= line.range.start)
        } else {
            self.figs.len()
        };
        let mut hi = if in_text {
            self.hits.partition_point(|r| r.end <= line.range.start)
        } else {
            self.hits.len()
        };
        let mut si = if in_text {
            self.spots.partition_point(|r| r.end <= line.range.start)
        } else {
            self.spots.len()
        };
        let mut col = 0;
        for (off, g) in src[line.range.clone()].grapheme_indices(true) {
            let gs = line.range.start + off;
            let ge = gs + g.len();
            let mut style = base;
            let mut marks = (None, false);
            let mut mark_style = Style::new();
            if in_text {
                while fi < self.figs.len() && self.figs[fi].0.end <= gs {
                    fi += 1;
                }
                if let Some((r, id)) = self.figs.get(fi).filter(|(r, _)| r.start <= gs) {
                    let f = self.app.fig(*id);
                    let mark = self.app.mark(*id);
                    style = style.patch(if mark == Some(Mark::NotAFigure) {
                        t.struck()
                    } else {
                        t.figure(f.claimant)
                    });
                    if Some(*id) == self.app.figure && self.spot.is_none() {
                        style = style.patch(t.selected_figure());
                    }
                    marks = self.marks.extra(gs, ge);
                    if gs != r.start {
                        marks.0 = None;
                    }
                    marks.1 &= ge == r.end;
                    if let Some(m) = mark {
                        mark_style = t.review_mark(m);
                    }
                }
                while hi < self.hits.len() && self.hits[hi].end <= gs {
                    hi += 1;
                }
                if self.hits.get(hi).is_some_and(|r| r.start <= gs) {
                    style = style.patch(t.hit());
                }
                while si < self.spots.len() && self.spots[si].end <= gs {
                    si += 1;
                }
                if let Some(r) = self.spots.get(si).filter(|r| r.start <= gs) {
                    style = style.patch(if Some(r) == self.spot.as_ref() {
                        t.pick()
                    } else {
                        t.pickable()
                    });
                }
            }
            if let Some(sign) = marks.0 {
                flush(&mut spans, &mut run, run_style);
                spans.push(Span::styled(sign, mark_style));
                col += super::wrap::width(sign);
            }
            let (text, w, glyph_style) = match glyph(g, col) {
                Glyph::Text(s) => (s.to_string(), Glyph::Text(s).width(), style),
                Glyph::Placeholder(c) => (c.to_string(), 1, style.patch(t.dim())),
                Glyph::Spaces(n) => (" ".repeat(n), n, style),
            };
            if glyph_style != run_style {
                flush(&mut spans, &mut run, run_style);
                run_style = glyph_style;
            }
            run.push_str(&text);
            col += w;
            if marks.1 {
                flush(&mut spans, &mut run, run_style);
                spans.push(Span::styled(DOUBT_MARK, t.doubt_mark()));
                col += 1;
            }
        }
        flush(&mut spans, &mut run, run_style);
        spans
    }
}

/// Rows [`detail`] takes at `width` with nothing cut: each of its lines
/// wrapped.
pub fn detail_height(app: &App, id: FigureId, width: u16) -> u16 {
    wrapped_height(&detail_lines(app, id), width)
}

/// The selected figure described in `area`: its two lines (see
/// [`detail_lines`]) wrapped.
pub fn detail(app: &App, id: FigureId, area: Rect, buf: &mut Buffer) {
    let [first, second] = detail_lines(app, id);
    wrapped_pair(first, second, area, buf);
}

/// Two lines about a figure: what it says (as corrected) and who says it;
/// then the analyst's decision, the engine's answer where it was
/// corrected, and the checks' doubts.
pub fn detail_lines(app: &App, id: FigureId) -> [Line<'static>; 2] {
    let t = &app.theme;
    let f = app.fig(id);
    let attacker = f.attacker.map_or("?".to_string(), |s| s.to_string());
    let source = f
        .source
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let date = f.date.map(|d| format!(" · {d}")).unwrap_or_default();
    // English, the usual, goes unsaid; another language is said early,
    // where a narrow pane does not cut it off.
    let language = if f.language == Language::En {
        String::new()
    } else {
        format!(" · in {}", f.language.name())
    };
    let total = if f.cumulative {
        " · running total"
    } else {
        ""
    };
    let first = Line::from(vec![
        Span::styled(
            format!("▶ {}", hedged(f.value, f.qualifier)),
            t.selected_figure(),
        ),
        Span::raw(format!(
            " {} {}{language} · attack {attacker} · claimed by ",
            f.item, f.event
        )),
        Span::styled(
            f.claimant.to_string(),
            t.side(f.claimant)
                .add_modifier(ratatui::style::Modifier::BOLD),
        ),
        Span::raw(format!("{source}{date}{total}")),
    ]);
    let first = Line::from(
        first
            .spans
            .into_iter()
            .map(|s| Span::styled(crate::safe::clean(&s.content).into_owned(), s.style))
            .collect::<Vec<_>>(),
    );
    let mut second = Vec::new();
    match app.decision(id) {
        Some(d) => {
            let mark = Mark::of(d);
            let mut s = format!("{} ", mark.sign());
            match &d.flag {
                Some((reason, _)) if mark == Mark::Flagged => s.push_str(reason.label()),
                _ => s.push_str(mark.label()),
            }
            if mark != Mark::Added && d.added.is_some() {
                s.push_str(" · added by hand");
            }
            if let Some(engine) = app.engine(id) {
                let said = engine_said(engine, f);
                if !said.is_empty() {
                    s.push_str(&format!(" · engine: {}", said.join(", ")));
                }
            }
            let note = match &d.flag {
                Some((_, n)) if !n.is_empty() => n,
                _ => &d.note,
            };
            if !note.is_empty() {
                s.push_str(&format!(": {note}"));
            }
            second.push(Span::styled(format!("{s} · "), t.review_mark(mark)));
        }
        None => second.push(Span::styled("not reviewed · ", t.dim())),
    }
    let doubts = app.doubts(id);
    if let Some(d) = doubts.first() {
        let more = if doubts.len() > 1 {
            format!(" (+{} more in the table)", doubts.len() - 1)
        } else {
            String::new()
        };
        second.push(Span::styled(
            format!("{DOUBT_MARK} {}: ", d.kind.name()),
            t.doubt_mark(),
        ));
        second.push(Span::raw(format!(
            "{}{more}",
            d.message(&app.reviewed.view(&app.store), id)
        )));
    } else {
        second.push(Span::styled("no doubts", t.dim()));
    }
    let second: Vec<Span> = second
        .into_iter()
        .map(|s| Span::styled(crate::safe::clean(&s.content).into_owned(), s.style))
        .collect();
    [first, Line::from(second)]
}

/// What the engine said where the analyst's figure differs: `≥100`,
/// `item drone`, `claimant ua`.
pub fn engine_said(engine: &Figure, now: &Figure) -> Vec<String> {
    let mut out = Vec::new();
    if (engine.value, engine.qualifier) != (now.value, now.qualifier) {
        out.push(hedged(engine.value, engine.qualifier));
    }
    if engine.item != now.item {
        out.push(format!("item {}", engine.item));
    }
    if engine.event != now.event {
        out.push(format!("event {}", engine.event));
    }
    if engine.attacker != now.attacker {
        out.push(format!("attacker {}", attacker_name(engine.attacker)));
    }
    if engine.claimant != now.claimant {
        out.push(format!("claimant {}", engine.claimant));
    }
    if engine.source != now.source {
        out.push(format!(
            "source {}",
            engine.source.as_deref().unwrap_or("none")
        ));
    }
    if engine.date != now.date {
        out.push(format!(
            "night {}",
            engine.date.map_or("none".into(), |d| d.to_string())
        ));
    }
    if engine.cumulative != now.cumulative {
        out.push(format!(
            "running total {}",
            if engine.cumulative { "yes" } else { "no" }
        ));
    }
    out
}
