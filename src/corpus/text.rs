//! Text files: an optional `Key: value` header block, then the body.

use std::ops::Range;

use super::Loaded;
use crate::model::Article;
use crate::time::parse_date;

const BOM: char = '\u{feff}';

/// The header keys a text file may use, in any case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Title,
    Source,
    Url,
    Date,
    Id,
    Language,
}

impl Key {
    fn parse(s: &str) -> Option<Key> {
        [
            ("title", Key::Title),
            ("source", Key::Source),
            ("url", Key::Url),
            ("date", Key::Date),
            ("id", Key::Id),
            ("language", Key::Language),
        ]
        .into_iter()
        .find_map(|(name, key)| s.eq_ignore_ascii_case(name).then_some(key))
    }
}

/// A header block, as byte ranges of the text so that nothing is copied
/// before we know the block is one.
#[derive(Debug, Default)]
struct Header {
    title: Option<Range<usize>>,
    source: Option<Range<usize>>,
    url: Option<Range<usize>>,
    date: Option<Range<usize>>,
    id: Option<Range<usize>>,
    language: Option<Range<usize>>,
    /// Where the body starts: just past the blank line ending the block.
    body: usize,
}

/// Reads an article from a text file's contents.
///
/// `id` is used unless the header gives `Id:`; `origin` is recorded as is.
/// `text` keeps the whole contents, BOM and header included, so that
/// offsets match the file on disk; `zones` holds the title value (when
/// there is a header with a title) and the body. A block counts as a header
/// only if its first line, and every line up to the first blank one (or the
/// end of the file), is `Key: value` with a known key (`Title`, `Source`,
/// `URL`, `Date`, `Id`, `Language`, in any case); otherwise the whole file
/// is the body. An unparseable `Date:` leaves `date` empty, and the
/// language is read from the text when `Language:` names none;
/// [`load`](super::load) warns about both.
#[must_use]
pub fn parse_text(id: &str, origin: &str, contents: String) -> Article {
    let (mut article, _, language) = parse(id, origin, contents);
    article.language = super::language::choose(&article, language.as_deref()).0;
    article
}

/// Like [`parse_text`], returning the `Date:` value when it does not
/// parse, and the `Language:` value, for the caller to settle the
/// language and say what was wrong; the article's language is not set.
pub(super) fn parse(
    id: &str,
    origin: &str,
    text: String,
) -> (Article, Option<String>, Option<String>) {
    let start = if text.starts_with(BOM) {
        BOM.len_utf8()
    } else {
        0
    };
    let Some(h) = parse_header(&text, start) else {
        let mut article = Article::from_text(id, text);
        // The BOM is not prose, though offsets still count it.
        article.zones[0].start = start;
        article.zones.retain(|z| !z.is_empty());
        article.origin = origin.to_string();
        return (article, None, None);
    };
    let value = |r: &Option<Range<usize>>| {
        r.as_ref()
            .filter(|r| !r.is_empty())
            .map(|r| text[r.clone()].to_string())
    };
    let date_value = value(&h.date);
    let language = value(&h.language);
    let date = date_value.as_deref().and_then(parse_date);
    let bad_date = date_value.filter(|_| date.is_none());
    let zones = h
        .title
        .iter()
        .cloned()
        .chain(std::iter::once(h.body..text.len()))
        .filter(|z| !z.is_empty())
        .collect();
    let article = Article {
        id: value(&h.id).unwrap_or_else(|| id.to_string()),
        title: value(&h.title),
        source: value(&h.source),
        url: value(&h.url),
        date,
        language: Default::default(),
        zones,
        origin: origin.to_string(),
        text: std::sync::Arc::new(text),
    };
    (article, bad_date, language)
}

/// Reads the header block starting at `start`, or `None` when the text does
/// not open with one.
fn parse_header(text: &str, start: usize) -> Option<Header> {
    let mut header = Header::default();
    let mut pos = start;
    loop {
        if pos >= text.len() {
            // A file of header lines alone: a header with an empty body.
            if pos == start {
                return None;
            }
            header.body = text.len();
            return Some(header);
        }
        // A line ends at `\n`, `\r\n`, or a lone `\r` (old Mac files).
        let end = text[pos..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| pos + i);
        let next = if text[end..].starts_with("\r\n") {
            end + 2
        } else {
            (end + 1).min(text.len())
        };
        let line = &text[pos..end];
        if line.trim().is_empty() {
            if pos == start {
                return None;
            }
            header.body = next;
            return Some(header);
        }
        let (key, value) = key_value(line)?;
        let value = pos + value.start..pos + value.end;
        let slot = match key {
            Key::Title => &mut header.title,
            Key::Source => &mut header.source,
            Key::Url => &mut header.url,
            Key::Date => &mut header.date,
            Key::Id => &mut header.id,
            Key::Language => &mut header.language,
        };
        // The first of a repeated key wins; the rest stay out of every zone.
        slot.get_or_insert(value);
        pos = next;
    }
}

/// Splits a `Key: value` line, giving the key and the trimmed value's byte
/// range within the line.
fn key_value(line: &str) -> Option<(Key, Range<usize>)> {
    let colon = line.find(':')?;
    let key = Key::parse(line[..colon].trim())?;
    let raw = &line[colon + 1..];
    let start = colon + 1 + (raw.len() - raw.trim_start().len());
    let end = start + raw.trim().len();
    Some((key, start..end))
}

/// Parses a text file's contents into `out`, warning about a bad date, a
/// language not understood or unclear, or a file with no prose in it.
pub(super) fn load(id: &str, origin: &str, contents: String, out: &mut Loaded) {
    let (mut article, bad_date, language) = parse(id, origin, contents);
    if let Some(date) = bad_date {
        out.warn(
            origin,
            format!("unparseable date {date:?}; date left empty"),
        );
    }
    if article.zones.is_empty() {
        out.warn(origin, "header but no article text; skipped");
        return;
    }
    super::language::settle(&mut article, language.as_deref(), origin, "", out);
    out.articles.push(article);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use chrono::NaiveDate;

    fn zone_texts(a: &Article) -> Vec<&str> {
        a.zones.iter().map(|z| &a.text[z.clone()]).collect()
    }

    #[test]
    fn header_with_every_key() {
        let src = "Title: 93 drones shot down\nSource: Kyiv Independent\n\
                   URL: https://example.com/2025/07/04/93-drones\nDate: 2025-07-04\n\
                   Id: kyiv-0704\n\nUkraine's air force said 93 drones were launched.\n";
        let a = parse_text("stem", "a.txt", src.to_string());
        assert_eq!(a.id, "kyiv-0704");
        assert_eq!(a.title.as_deref(), Some("93 drones shot down"));
        assert_eq!(a.source.as_deref(), Some("Kyiv Independent"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://example.com/2025/07/04/93-drones")
        );
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(a.origin, "a.txt");
        assert_eq!(&*a.text, src, "text is the whole file");
        assert_eq!(
            zone_texts(&a),
            [
                "93 drones shot down",
                "Ukraine's air force said 93 drones were launched.\n"
            ]
        );
        // No zone reaches into the URL or date lines.
        let url_at = src.find("https://").unwrap();
        assert!(a.zones.iter().all(|z| !z.contains(&url_at)));
    }

    #[test]
    fn keys_in_any_case() {
        for src in [
            "title: Night attack\nsource: AFP\n\nBody.",
            "TITLE: Night attack\nSOURCE: AFP\n\nBody.",
            "Title:Night attack\nSource :  AFP  \n\nBody.",
        ] {
            let a = parse_text("s", "o", src.to_string());
            assert_eq!(a.title.as_deref(), Some("Night attack"), "{src:?}");
            assert_eq!(a.source.as_deref(), Some("AFP"), "{src:?}");
            assert_eq!(zone_texts(&a), ["Night attack", "Body."], "{src:?}");
        }
    }

    #[test]
    fn no_header() {
        let src = "Russia launched 50 drones overnight.\n\nThe air force said 40 were downed.\n";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.id, "stem");
        assert_eq!(a.title, None);
        assert_eq!(a.zones, vec![0..src.len()]);
    }

    #[test]
    fn header_like_first_line_is_body() {
        // Prose follows the first line without a blank line: not a header.
        let src = "Source: The Whistler\nRussia fired 12 missiles at Kyiv overnight.\n\nMore.\n";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.source, None);
        assert_eq!(a.zones, vec![0..src.len()]);

        // An unknown key anywhere in the block spoils it too.
        let src = "Title: T\nAuthor: Someone\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title, None);
        assert_eq!(a.zones, vec![0..src.len()]);

        // A leading blank line means there is no header.
        let src = "\nTitle: T\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title, None);

        // A colon in prose does not make a key.
        let src = "Update: 5 killed in Kharkiv\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.zones, vec![0..src.len()]);
    }

    #[test]
    fn crlf() {
        let src = "Title: 12 missiles\r\nDate: Jul 4, 2025\r\n\r\nBody line.\r\nSecond.\r\n";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("12 missiles"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(zone_texts(&a), ["12 missiles", "Body line.\r\nSecond.\r\n"]);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let src = "Title: 12 missiles\rDate: Jul 4, 2025\r\rBody line.\rSecond.\r";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("12 missiles"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 7, 4));
        assert_eq!(zone_texts(&a), ["12 missiles", "Body line.\rSecond.\r"]);
    }

    #[test]
    fn bom() {
        let src = "\u{feff}Title: Ten drones\n\nBody.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.title.as_deref(), Some("Ten drones"));
        assert_eq!(a.zones[0], 10..20, "offsets count the BOM's 3 bytes");
        assert_eq!(zone_texts(&a), ["Ten drones", "Body."]);

        let src = "\u{feff}No header here.";
        let a = parse_text("stem", "o", src.to_string());
        assert_eq!(a.zones, vec![3..src.len()]);
        assert_eq!(&*a.text, src);
    }

    #[test]
    fn title_zone_is_the_title_value() {
        let src = "Source: X\nTitle:   550 drones and missiles  \nURL: u\n\nBody";
        let a = parse_text("stem", "o", src.to_string());
        let z = a.zones[0].clone();
        assert_eq!(&a.text[z], a.title.as_deref().unwrap());
        assert_eq!(a.title.as_deref(), Some("550 drones and missiles"));
    }

    #[test]
    fn header_edge_cases() {
        // Header lines alone: a title and no body.
        let a = parse_text("s", "o", "Title: Only a title\n".to_string());
        assert_eq!(zone_texts(&a), ["Only a title"]);

        // Empty values are no values.
        let a = parse_text("s", "o", "Title:\nId:  \n\nBody".to_string());
        assert_eq!((a.title.as_deref(), a.id.as_str()), (None, "s"));
        assert_eq!(zone_texts(&a).len(), 1);

        // A repeated key: the first wins.
        let a = parse_text("s", "o", "Title: A\nTitle: B\n\nBody".to_string());
        assert_eq!(a.title.as_deref(), Some("A"));
        assert_eq!(a.zones.len(), 2);

        // A whitespace-only line ends the header.
        let a = parse_text("s", "o", "Title: A\n  \t\nBody".to_string());
        assert_eq!(zone_texts(&a), ["A", "Body"]);

        // Multi-byte text keeps byte offsets.
        let a = parse_text("s", "o", "Title: Удари — 20 дронів\n\nТекст".to_string());
        assert_eq!(zone_texts(&a), ["Удари — 20 дронів", "Текст"]);
    }

    #[test]
    fn bad_date_is_reported_and_left_empty() {
        let (a, bad, _) = parse("s", "o", "Date: last Tuesday\n\nBody".to_string());
        assert_eq!(a.date, None);
        assert_eq!(bad.as_deref(), Some("last Tuesday"));
        let mut out = Loaded::default();
        load(
            "s",
            "x/a.txt",
            "Date: last Tuesday\n\nBody".to_string(),
            &mut out,
        );
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.warnings.len(), 1);
        assert!(
            out.warnings[0]
                .to_string()
                .starts_with("x/a.txt: unparseable date")
        );
    }

    #[test]
    fn language_from_the_header_else_the_text() {
        let a = parse_text("s", "o", "Language: Ukrainian\n\nBody.".to_string());
        assert_eq!(a.language, Language::Uk);
        assert_eq!(zone_texts(&a), ["Body."], "the header line is no prose");
        let a = parse_text(
            "s",
            "o",
            "language: EN\n\nСили ППО збили 40 дронів.".to_string(),
        );
        assert_eq!(a.language, Language::En, "the header wins");
        let a = parse_text(
            "s",
            "o",
            "Title: Удар\n\nСили ППО збили 40 дронів.".to_string(),
        );
        assert_eq!(a.language, Language::Uk);
        let a = parse_text("s", "o", "Силы ПВО сбили 40 дронов.".to_string());
        assert_eq!(a.language, Language::Ru);
        let a = parse_text(
            "s",
            "o",
            "Title: Night\n\nRussia launched 50 drones.".to_string(),
        );
        assert_eq!(a.language, Language::En);
    }

    #[test]
    fn a_strange_or_unclear_language_is_warned_of() {
        let mut out = Loaded::default();
        let src = "Language: Klingon\n\nСилы ПВО сбили 40 дронов.";
        load("s", "x/a.txt", src.to_string(), &mut out);
        load(
            "t",
            "x/b.txt",
            "Удар по Харкову, як та що".to_string(),
            &mut out,
        );
        let langs: Vec<_> = out.articles.iter().map(|a| a.language).collect();
        assert_eq!(langs, [Language::Ru, Language::Uk]);
        let warnings: Vec<_> = out.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "x/a.txt: unknown language \"Klingon\" (en, uk or ru); read from the text as ru",
                "x/b.txt: language unclear (neither Ukrainian і ї є ґ nor Russian ы э ъ ё); \
                 read as uk, the likelier",
            ]
        );
    }

    #[test]
    fn header_only_without_title_is_skipped() {
        let mut out = Loaded::default();
        load("s", "a.txt", "Source: X\nURL: y\n\n".to_string(), &mut out);
        assert!(out.articles.is_empty());
        assert_eq!(out.warnings.len(), 1);
    }
}
