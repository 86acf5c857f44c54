//! Untrusted article text made safe and laid out for the terminal: control
//! characters shown as visible placeholders, tabs expanded, and lines
//! wrapped by display width (wide characters and emoji count two cells),
//! with room kept for the review and doubt markers drawn beside figures.
//!
//! Layout keeps only byte ranges, so a wrapped article is cheap to keep in a
//! cache and the styling of a line is done only when the line is drawn.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Article, SourceKind};
use crate::safe::{clean, is_unsafe, placeholder};

/// Columns between tab stops.
pub const TAB: usize = 4;

/// The marker drawn before a flagged figure (other review marks are in
/// `reviewed::Mark`).
pub const FLAG_MARK: &str = "⚑";
/// The marker drawn after a doubted figure.
pub const DOUBT_MARK: &str = "?";

/// How one grapheme of untrusted text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph<'a> {
    /// Safe as it is.
    Text(&'a str),
    /// A control or direction-changing character, shown as a visible sign.
    Placeholder(char),
    /// A tab, as spaces up to the next tab stop.
    Spaces(usize),
}

impl Glyph<'_> {
    pub fn width(&self) -> usize {
        match self {
            Glyph::Text(g) => g.cell_width() as usize,
            Glyph::Placeholder(_) => 1,
            Glyph::Spaces(n) => *n,
        }
    }
}

/// How grapheme `g` is drawn when it starts at column `col`.
pub fn glyph(g: &str, col: usize) -> Glyph<'_> {
    if g == "\t" {
        return Glyph::Spaces(TAB - col % TAB);
    }
    if let Some(c) = g.chars().find(|&c| is_unsafe(c)) {
        return Glyph::Placeholder(placeholder(c));
    }
    Glyph::Text(g)
}

/// `s` cut to `width` display cells, with `…` when cut.
pub fn fit(s: &str, width: usize) -> Cow<'_, str> {
    let s = clean(s);
    if s.as_ref().cell_width() as usize <= width {
        return s;
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.cell_width() as usize;
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    Cow::Owned(out)
}

/// Display width of a clean string.
pub fn width(s: &str) -> usize {
    s.cell_width() as usize
}

/// Where markers go: before reviewed figures (`⚑` flagged, `✓` accepted,
/// and so on: the sign at each figure's start) and after doubted ones (the
/// ends of their figures), both sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    pub before: Vec<(usize, &'static str)>,
    pub doubted_ends: Vec<usize>,
}

impl Marks {
    /// The markers drawn with the grapheme at `start..end`: the sign
    /// before it, and whether a doubt mark follows.
    pub fn extra(&self, start: usize, end: usize) -> (Option<&'static str>, bool) {
        let before = self
            .before
            .binary_search_by_key(&start, |&(s, _)| s)
            .ok()
            .map(|i| self.before[i].1);
        (before, self.doubted_ends.binary_search(&end).is_ok())
    }

    fn width(&self, start: usize, end: usize) -> usize {
        let (b, d) = self.extra(start, end);
        b.map_or(0, |s| s.cell_width() as usize) + usize::from(d) * DOUBT_MARK.len()
    }
}

/// What a display line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The title.
    Heading,
    /// Source, date, URL and where the article came from.
    Meta,
    /// The line under the metadata.
    Rule,
    /// Something the analyst must see about the article (review entries
    /// that no longer match it).
    Note,
    /// Article text.
    Body,
}

/// Where a display line's characters come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Src {
    /// The article's `text`, so figure offsets apply.
    Text,
    /// One of [`Doc::meta`].
    Meta(usize),
    /// Nothing (a rule or a blank line).
    None,
}

/// One display line: a byte range of its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VLine {
    pub kind: Kind,
    pub src: Src,
    pub range: Range<usize>,
}

/// An article laid out at one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<VLine>,
    /// Metadata lines, made from the article's fields.
    pub meta: Vec<String>,
    pub width: usize,
}

/// Where the title is in the text: a text file's title zone, or the first
/// line of a post whose title is that line.
fn title_zone(article: &Article) -> Option<Range<usize>> {
    let title = article.title.as_deref()?;
    let text: &str = &article.text;
    let first = article.zones.first()?;
    if article.zones.len() > 1 && text.get(first.clone()) == Some(title) {
        return Some(first.clone());
    }
    let rest = text.get(first.clone())?;
    let lead = rest.len() - rest.trim_start().len();
    let start = first.start + lead;
    let end = start + title.len();
    let on_its_line = text.get(start..end) == Some(title)
        && (end == first.end || text[end..].starts_with(['\n', '\r']));
    (article.zones.len() == 1 && on_its_line).then_some(start..end)
}

/// The start of the line after the one that ends at `end`.
fn line_after(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let skip = rest.len() - rest.trim_start_matches(['\r', '\n']).len();
    end + skip
}

impl Doc {
    /// Lay `article` out at `width` columns, leaving room for `marks`, with
    /// `notes` as lines of their own after the metadata.
    pub fn build(article: &Article, width: usize, marks: &Marks, notes: &[String]) -> Doc {
        let width = width.max(1);
        let mut doc = Doc {
            width,
            ..Doc::default()
        };
        let text: &str = &article.text;
        // A text file's title is part of `text` (its figures count), and a
        // post's is its first line; a JSON article's is metadata.
        let title_zone = title_zone(article);
        match &title_zone {
            Some(z) => doc.wrap_src(text, Src::Text, z.clone(), Kind::Heading, marks),
            None => doc.push_meta(article.label().to_string(), Kind::Heading),
        }
        let date = article.date.map(|d| d.format("%a %-d %B %Y").to_string());
        let kind = (article.kind != SourceKind::File).then(|| article.kind.name());
        let about: Vec<&str> = [
            kind,
            article.source.as_deref(),
            date.as_deref(),
            article.url.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !about.is_empty() {
            doc.push_meta(about.join(" · "), Kind::Meta);
        }
        if !article.meta.is_empty() {
            let meta: Vec<String> = article.meta.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            doc.push_meta(meta.join(" · "), Kind::Meta);
        }
        doc.push_meta(format!("{} · {}", article.id, article.origin), Kind::Meta);
        for note in notes {
            doc.push_meta(note.clone(), Kind::Note);
        }
        doc.lines.push(VLine {
            kind: Kind::Rule,
            src: Src::None,
            range: 0..0,
        });
        let mut first = true;
        for zone in &article.zones {
            if Some(zone) == title_zone.as_ref() {
                continue;
            }
            // A post's first line was shown as its title.
            let mut zone = zone.clone();
            if let Some(t) = &title_zone
                && zone.contains(&t.start)
            {
                zone.start = line_after(text, t.end).min(zone.end);
                if zone.is_empty() {
                    continue;
                }
            }
            let zone = &zone;
            if !first {
                doc.lines.push(VLine {
                    kind: Kind::Body,
                    src: Src::None,
                    range: 0..0,
                });
            }
            first = false;
            let mut start = zone.start;
            for line in text[zone.clone()].split('\n') {
                let end = start + line.len();
                let shown = if line.ends_with('\r') { end - 1 } else { end };
                doc.wrap_src(text, Src::Text, start..shown, Kind::Body, marks);
                start = end + 1;
            }
        }
        // A trailing newline leaves one blank line; drop it.
        while doc
            .lines
            .last()
            .is_some_and(|l| l.kind == Kind::Body && l.range.is_empty())
            && doc.lines.len() > 1
        {
            doc.lines.pop();
        }
        doc
    }

    fn push_meta(&mut self, s: String, kind: Kind) {
        let i = self.meta.len();
        let len = s.len();
        self.meta.push(s);
        let meta = std::mem::take(&mut self.meta);
        self.wrap_src(&meta[i], Src::Meta(i), 0..len, kind, &Marks::default());
        self.meta = meta;
    }

    fn wrap_src(&mut self, s: &str, src: Src, range: Range<usize>, kind: Kind, marks: &Marks) {
        for r in wrap(s, range, self.width, marks) {
            self.lines.push(VLine {
                kind,
                src,
                range: r,
            });
        }
    }

    /// The source text of line `i`.
    pub fn source<'a>(&'a self, article: &'a Article, line: &VLine) -> &'a str {
        match line.src {
            Src::Text => &article.text,
            Src::Meta(i) => &self.meta[i],
            Src::None => "",
        }
    }

    /// The display line that holds byte `offset` of the article text.
    pub fn line_of(&self, offset: usize) -> Option<usize> {
        let mut best = None;
        for (i, l) in self.lines.iter().enumerate() {
            if l.src != Src::Text {
                continue;
            }
            if l.range.start <= offset && offset < l.range.end.max(l.range.start + 1) {
                return Some(i);
            }
            if l.range.start <= offset {
                best = Some(i);
            }
        }
        best
    }

    /// The byte of the article text drawn at column `col` of line `line`.
    pub fn offset_at(
        &self,
        article: &Article,
        marks: &Marks,
        line: usize,
        col: usize,
    ) -> Option<usize> {
        let l = self.lines.get(line)?;
        if l.src != Src::Text {
            return None;
        }
        let mut x = 0;
        for (off, g) in article.text[l.range.clone()].grapheme_indices(true) {
            let gs = l.range.start + off;
            let w = glyph(g, x).width() + marks.width(gs, gs + g.len());
            if col < x + w {
                return Some(gs);
            }
            x += w;
        }
        None
    }
}

/// Break `s[range]` (one line, no `\n`) into display lines of at most
/// `width` cells: at spaces when it can, inside a word when the word is
/// longer than a line. A space where a line breaks is dropped.
pub fn wrap(s: &str, range: Range<usize>, width: usize, marks: &Marks) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let base = range.start;
    let mut line_start = base;
    let mut col = 0;
    // Just after the last space on this line, and the column there.
    let mut last_break: Option<(usize, usize)> = None;
    for (off, g) in s[range.clone()].grapheme_indices(true) {
        let gs = base + off;
        let ge = gs + g.len();
        let space = g == " " || g == "\t";
        let mut w = glyph(g, col).width() + marks.width(gs, ge);
        if col + w > width && col > 0 {
            if space {
                out.push(line_start..gs);
                line_start = ge;
                col = 0;
                last_break = None;
                continue;
            }
            match last_break.take() {
                Some((at, at_col)) if at > line_start => {
                    out.push(line_start..at);
                    line_start = at;
                    col -= at_col;
                    w = glyph(g, col).width() + marks.width(gs, ge);
                    if col + w > width && col > 0 {
                        out.push(line_start..gs);
                        line_start = gs;
                        col = 0;
                        w = glyph(g, 0).width() + marks.width(gs, ge);
                    }
                }
                _ => {
                    out.push(line_start..gs);
                    line_start = gs;
                    col = 0;
                    w = glyph(g, 0).width() + marks.width(gs, ge);
                }
            }
        }
        col += w;
        if space {
            last_break = Some((ge, col));
        }
    }
    out.push(line_start..range.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str, width: usize) -> Vec<&str> {
        wrap(s, 0..s.len(), width, &Marks::default())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_drops_the_space_at_the_break() {
        // A space that fits stays at the end of its line (it draws as
        // nothing); one that would overflow is dropped.
        assert_eq!(
            lines("one two three four", 9),
            ["one two ", "three ", "four"]
        );
        assert_eq!(lines("one two three", 7), ["one two", "three"]);
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(lines("", 5), [""]);
    }

    #[test]
    fn wide_characters_count_two_cells() {
        // Each ideograph is two cells: three fit in 6 columns, not 4.
        assert_eq!(lines("東京都庁舎", 6), ["東京都", "庁舎"]);
        assert_eq!(lines("a 🚀🚀 b", 5), ["a ", "🚀🚀 ", "b"]);
        assert_eq!(lines("🚀🚀🚀", 5), ["🚀🚀", "🚀"]);
    }

    #[test]
    fn markers_take_room() {
        let s = "at 17 people";
        let marks = Marks {
            before: vec![(3, FLAG_MARK)],
            doubted_ends: vec![5],
        };
        // "at ⚑17? people" is 14 cells: "people" no longer fits in 12.
        let got: Vec<&str> = wrap(s, 0..s.len(), 12, &marks)
            .into_iter()
            .map(|r| &s[r])
            .collect();
        assert_eq!(got, ["at 17 ", "people"]);
    }

    #[test]
    fn control_characters_become_placeholders() {
        assert_eq!(glyph("\u{1b}", 0), Glyph::Placeholder('␛'));
        assert_eq!(glyph("\u{202e}", 0), Glyph::Placeholder('�'));
        assert_eq!(glyph("\t", 1), Glyph::Spaces(3));
    }

    /// Each display line of `doc` as its text.
    fn shown<'a>(doc: &'a Doc, article: &'a Article) -> Vec<(Kind, &'a str)> {
        doc.lines
            .iter()
            .map(|l| (l.kind, &doc.source(article, l)[l.range.clone()]))
            .collect()
    }

    #[test]
    fn a_post_shows_its_kind_link_metadata_and_first_line_as_title() {
        let mut a = Article::from_text("kpszsu/101", "Збито 40 дронів\nУсього 50 БпЛА.");
        a.title = Some("Збито 40 дронів".into());
        a.kind = SourceKind::Telegram;
        a.source = Some("Повітряні сили".into());
        a.url = Some("https://t.me/kpszsu/101".into());
        a.meta = vec![("Forwarded from".into(), "Канал".into())];
        let doc = Doc::build(&a, 200, &Marks::default(), &[]);
        assert_eq!(
            shown(&doc, &a),
            [
                (Kind::Heading, "Збито 40 дронів"),
                (Kind::Meta, "Telegram · Повітряні сили · https://t.me/kpszsu/101"),
                (Kind::Meta, "Forwarded from: Канал"),
                (Kind::Meta, "kpszsu/101 · kpszsu/101"),
                (Kind::Rule, ""),
                (Kind::Body, "Усього 50 БпЛА."),
            ]
        );
        // The title line is the text itself, so its figure can be marked.
        assert_eq!(doc.lines[0].src, Src::Text);

        // A one-line post is its title alone; a file article is no post.
        let mut one = Article::from_text("c/1", "Збито 40 дронів");
        one.title = Some("Збито 40 дронів".into());
        let doc = Doc::build(&one, 200, &Marks::default(), &[]);
        assert_eq!(shown(&doc, &one).last(), Some(&(Kind::Rule, "")));
        assert!(!shown(&doc, &one).iter().any(|(_, l)| l.contains("file")));
    }

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Kharkiv", 10), "Kharkiv");
        assert_eq!(fit("Kharkiv death toll", 8), "Kharkiv…");
        assert_eq!(fit("東京都庁舎", 5), "東京…");
    }
}
