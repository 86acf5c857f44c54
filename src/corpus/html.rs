//! Reading markup: HTML as plain paragraphs (the same way for feed items and
//! saved pages), the shape of a page's tags, the charset a file declares.

use std::cell::Cell;

use dom_query::Document;
use encoding_rs::Encoding;
use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Elements whose text is never prose to read.
const DROPPED: &str = "script, style, noscript, template, svg, math, iframe, object, embed, \
                       canvas, select, textarea";

/// Block elements the formatter does not know as blocks: renamed to `div`,
/// so that each still ends a paragraph instead of running into the next.
const BLOCKS: &str = "address, aside, center, details, summary, dd, dt, figure, figcaption, \
                      footer, header, hgroup, main, nav, fieldset, legend, caption, form";

/// The text of an HTML fragment as plain paragraphs: each block element
/// (`p`, `div`, headings, lists, tables, …) a paragraph, paragraphs parted
/// by a blank line, `<br>` and list items a new line, entities decoded,
/// scripts and styles left out, runs of white space inside a paragraph
/// made one space.
#[must_use]
pub(super) fn paragraphs(html: &str) -> String {
    document_paragraphs(&Document::fragment(html))
}

/// [`paragraphs`] of a parsed fragment. It takes the unread parts out.
#[must_use]
pub(super) fn document_paragraphs(doc: &Document) -> String {
    doc.select(DROPPED).remove();
    doc.select(BLOCKS).rename("div");
    tidy(&doc.formatted_text())
}

/// Plain text (a feed's `type="text"` content) in the same shape as
/// [`paragraphs`] gives: paragraphs parted by one blank line, the lines of
/// each joined, as feeds wrap plain text at a width and HTML would read
/// the line ends as spaces.
#[must_use]
pub(super) fn plain_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for paragraph in tidy(text).split("\n\n") {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&paragraph.replace('\n', " "));
    }
    out
}

/// Paragraphs parted by exactly one blank line, no blank lines inside one,
/// no white space at either end of a line, and single spaces between words.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_before = false;
    for line in text.lines() {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            blank_before = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_before { "\n\n" } else { "\n" });
        }
        blank_before = false;
        for (i, word) in words.enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// The encoding a markup file declares in its opening bytes, by `<meta
/// charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or
/// the XML declaration's `encoding`. `None` for text that does not open
/// with markup, and for a declaration that names no known encoding.
#[must_use]
pub(super) fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    if bytes[start] != b'<' {
        return None;
    }
    // Where browsers look for it: the first 1024 bytes.
    let head = bytes[start..]
        .get(..1024)
        .unwrap_or(&bytes[start..])
        .to_ascii_lowercase();
    let label = ["charset=", "encoding="].iter().find_map(|key| {
        let at = head.windows(key.len()).position(|w| w == key.as_bytes())? + key.len();
        let value = &head[at..];
        let value = value
            .strip_prefix(b"\"")
            .or_else(|| value.strip_prefix(b"'"))
            .unwrap_or(value);
        let end = value
            .iter()
            .position(|b| {
                matches!(b, b'"' | b'\'' | b';' | b'>' | b'/' | b'?') || b.is_ascii_whitespace()
            })
            .unwrap_or(value.len());
        Some(&value[..end])
    })?;
    Encoding::for_label(label)
}

/// The size of a page's markup, read by the tokenizer alone: building
/// the tree costs time that grows with the square of the nesting, so a
/// page's shape is known before anything builds one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Shape {
    /// Start tags.
    pub elements: usize,
    /// The deepest the elements nest, counting only those that need an
    /// end tag (an unclosed `<p>` or `<li>` is closed by the next one).
    pub depth: usize,
}

/// Elements that never hold others, or whose end tag may be left out:
/// neither deepens the nesting that matters.
const NO_NESTING: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td",
    "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp", "colgroup",
    "caption", "html", "head", "body",
];

/// Counts a page's elements and how deeply they nest, in one pass over
/// its tags.
#[must_use]
pub(super) fn shape(html: &str) -> Shape {
    let tokenizer = Tokenizer::new(ShapeSink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    while let TokenizerResult::Script(()) = tokenizer.feed(&input) {}
    tokenizer.end();
    tokenizer.sink.shape.get()
}

/// Tallies tags for [`shape`].
#[derive(Default)]
struct ShapeSink {
    shape: Cell<Shape>,
    open: Cell<usize>,
}

impl TokenSink for ShapeSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        let nests = !tag.self_closing && !NO_NESTING.contains(&&*tag.name);
        let mut shape = self.shape.get();
        match tag.kind {
            TagKind::StartTag => {
                shape.elements += 1;
                if nests {
                    self.open.set(self.open.get() + 1);
                    shape.depth = shape.depth.max(self.open.get());
                }
            }
            TagKind::EndTag if nests => self.open.set(self.open.get().saturating_sub(1)),
            TagKind::EndTag => {}
        }
        self.shape.set(shape);
        // What a tree builder would tell the tokenizer, so that a script's
        // or a style's text is not read as tags.
        match (tag.kind, &*tag.name) {
            (TagKind::StartTag, "script") => TokenSinkResult::RawData(RawKind::ScriptData),
            (
                TagKind::StartTag,
                "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript",
            ) => TokenSinkResult::RawData(RawKind::Rawtext),
            (TagKind::StartTag, "title" | "textarea") => TokenSinkResult::RawData(RawKind::Rcdata),
            (TagKind::StartTag, "plaintext") => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs() {
        let html = "<h2>Overnight</h2><p>Russia launched <b>50</b>\n   drones.</p>\
                    <div>Air defence shot down 40.</div><blockquote>A quote.</blockquote>";
        assert_eq!(
            paragraphs(html),
            "Overnight\n\nRussia launched 50 drones.\n\nAir defence shot down 40.\n\nA quote."
        );
    }

    #[test]
    fn line_breaks_and_lists() {
        let html = "<p>Kyiv: 3 injured<br>Odesa: 2 injured<br/>Lviv: none</p>\
                    <ul><li>12 drones</li><li>4 missiles</li></ul><p>After.</p>";
        assert_eq!(
            paragraphs(html),
            "Kyiv: 3 injured\nOdesa: 2 injured\nLviv: none\n\n12 drones\n4 missiles\n\nAfter."
        );
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            paragraphs("<p>Shahed&nbsp;&amp; Gerbera &#8212; 1&#160;200 &laquo;drones&raquo;</p>"),
            "Shahed & Gerbera \u{2014} 1 200 \u{ab}drones\u{bb}"
        );
    }

    #[test]
    fn scripts_and_styles_are_dropped() {
        let html = "<style>p { color: red }</style><p>Text.</p><script>var n = 42;</script>\
                    <noscript>Enable scripts</noscript><p>More.</p>";
        assert_eq!(paragraphs(html), "Text.\n\nMore.");
    }

    #[test]
    fn other_blocks_end_a_paragraph() {
        let html = "<figure><img src=x><figcaption>Photo: rescuers</figcaption></figure>\
                    <p>Two people were killed.</p><aside>Side note</aside>";
        assert_eq!(
            paragraphs(html),
            "Photo: rescuers\n\nTwo people were killed.\n\nSide note"
        );
    }

    #[test]
    fn plain_text_is_tidied() {
        assert_eq!(
            plain_paragraphs("  First   line\nsecond\n\n\n\n  Next\tparagraph  \n"),
            "First line second\n\nNext paragraph"
        );
    }

    #[test]
    fn declared_encodings() {
        let name = |b: &[u8]| declared_encoding(b).map(Encoding::name);
        assert_eq!(
            name(b"<!DOCTYPE html><html><head><meta charset=\"windows-1251\">"),
            Some("windows-1251")
        );
        assert_eq!(name(b"  <html><meta charset=koi8-r>"), Some("KOI8-R"));
        assert_eq!(
            name(b"<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=cp1251\">"),
            Some("windows-1251")
        );
        assert_eq!(
            name(b"<?xml version='1.0' encoding='KOI8-R'?><rss>"),
            Some("KOI8-R")
        );
        assert_eq!(name(b"<html><meta charset=\"no-such\">"), None);
        assert_eq!(name(b"Text with charset=windows-1251 in it"), None);
        assert_eq!(name(b"<html><body>no declaration</body></html>"), None);
    }

    #[test]
    fn shape_counts_elements_and_nesting() {
        let html = "<html><body><div><div><p>x<p>y<br><img src=a><span>z</span></div></div>\
                    <script>if (a <div) { '<div><div><div>' }</script></body></html>";
        assert_eq!(
            shape(html),
            Shape {
                elements: 10,
                depth: 3
            }
        );
        let deep = format!("{}x{}", "<div>".repeat(5000), "</div>".repeat(5000));
        assert_eq!(
            shape(&deep),
            Shape {
                elements: 5000,
                depth: 5000
            }
        );
        let flat = "<ul><li>a<li>b<li>c</ul>".repeat(1000);
        assert_eq!(shape(&flat).depth, 1);
    }
}
