//! A long article read in parts, so memory follows the part, not the article.

use std::ops::Range;

use crate::model::{Article, Figure};

/// The most bytes of an article read at once: a megabyte of prose is some
/// 200,000 tokens, of text dense with marks up to a million, 40 MB.
pub(super) const PART: usize = 1 << 20;

/// Every figure of `article`, found by `one` in parts of its zones of at
/// most [`PART`] bytes each, cut between paragraphs where it can be: no
/// news article is that long, so what a part cannot see of another (a
/// speaker a paragraph carries over, the article's opening) is what a
/// file of many articles run together should not share anyway.
pub(super) fn in_parts(article: &Article, one: impl Fn(&Article) -> Vec<Figure>) -> Vec<Figure> {
    let total: usize = article.zones.iter().map(ExactSizeIterator::len).sum();
    if total <= PART {
        return one(article);
    }
    let mut figures = Vec::new();
    let mut part = article.clone();
    let mut read = |zones: Vec<Range<usize>>, figures: &mut Vec<Figure>| {
        part.zones = zones;
        let before = figures.len();
        figures.extend(one(&part).into_iter().map(|mut f| {
            // Parts are numbered from the article's first figure.
            f.subset_of = f.subset_of.map(|i| i + before);
            f
        }));
    };
    let (mut zones, mut size) = (Vec::new(), 0);
    for zone in &article.zones {
        let mut start = zone.start;
        while start < zone.end {
            let end = cut(&article.text, start, zone.end);
            if size + (end - start) > PART && !zones.is_empty() {
                read(std::mem::take(&mut zones), &mut figures);
                size = 0;
            }
            zones.push(start..end);
            size += end - start;
            start = end;
        }
    }
    if !zones.is_empty() {
        read(zones, &mut figures);
    }
    figures
}

/// Where the part of `text` from `start` (before `end`) ends: at `end` if
/// that is near enough, else in the second half of a part's length, just
/// after a blank line, a line break, a full stop or a space, the first
/// found of these, else at any character.
fn cut(text: &str, start: usize, end: usize) -> usize {
    if end - start <= PART {
        return end;
    }
    let from = text.ceil_char_boundary(start + PART / 2);
    let to = text.floor_char_boundary(start + PART);
    let window = &text.as_bytes()[from..to];
    let after = |found: Option<usize>, len: usize| found.map(|i| from + i + len);
    after(memchr::memmem::rfind(window, b"\n\n"), 2)
        .or_else(|| after(memchr::memrchr(b'\n', window), 1))
        .or_else(|| after(memchr::memmem::rfind(window, b". "), 2))
        .or_else(|| after(memchr::memrchr(b' ', window), 1))
        .unwrap_or(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_cut_between_paragraphs_and_cover_the_text() {
        let para = "Russia launched 5 missiles at Lviv, officials said.\n\n";
        let text = para.repeat(3 * PART / para.len());
        let mut at = 0;
        let mut parts = 0;
        while at < text.len() {
            let end = cut(&text, at, text.len());
            assert!(end > at && end - at <= PART);
            assert!(end == text.len() || text[..end].ends_with("\n\n"));
            at = end;
            parts += 1;
        }
        assert!((3..=6).contains(&parts), "{parts}");
        // No break at all: cut at a character.
        let solid = "ї".repeat(PART);
        let end = cut(&solid, 0, solid.len());
        assert!(solid.is_char_boundary(end) && (PART / 2..=PART).contains(&end));
    }

    #[test]
    fn a_long_article_gives_the_figures_of_its_parts() {
        let para = "Russia launched 5 missiles at Lviv, officials said.\n\n";
        let article = Article::from_text("long", para.repeat(2 * PART / para.len() + 1));
        let figures = in_parts(&article, super::super::assembly::extract);
        let paras = article.text.len() / para.len();
        assert_eq!(figures.len(), paras);
        assert!(figures.windows(2).all(|w| w[0].start < w[1].start));
        assert!(figures.iter().all(|f| &article.text[f.start..f.end] == "5"));
    }
}
